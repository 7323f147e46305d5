"""The CUDA side of a run: find the GGUF of a model the user runs in Ollama (its manifest),
ask Ollama to unload it (`keep_alive: 0`) so its VRAM is free, and refuse a QLoRA run that
would not fit in the free VRAM. Everything here works without a GPU (numbers are injected
in tests)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from training.lora.runs import TrainError

DEFAULT_REGISTRY = "registry.ollama.ai"
MODEL_MEDIA = "application/vnd.ollama.image.model"
GB = 1024**3


def ollama_models_dir(configured: str = "") -> Path:
    """`train.ollama_models_dir` (which $OLLAMA_MODELS sets), else ~/.ollama/models."""
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".ollama" / "models"


def manifest_path(models_dir: Path, name: str) -> Path:
    """qwen2.5:3b -> manifests/registry.ollama.ai/library/qwen2.5/3b; user/m -> .../user/m/latest;
    host/ns/m:tag -> manifests/host/ns/m/tag."""
    model, _, tag = name.partition(":")
    if "/" in tag:  # a port in the host, e.g. localhost:5000/ns/m
        model, tag = name.rsplit(":", 1) if name.count(":") > 1 else (name, "")
    parts = [p for p in model.split("/") if p]
    if len(parts) == 1:
        parts = [DEFAULT_REGISTRY, "library", parts[0]]
    elif len(parts) == 2:
        parts = [DEFAULT_REGISTRY, *parts]
    return models_dir.joinpath("manifests", *parts, tag or "latest")


def ollama_gguf(models_dir: Path, name: str) -> Path:
    """The GGUF blob of an Ollama model, read from its manifest."""
    path = manifest_path(models_dir, name)
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TrainError(f"Ollama has no model {name!r} under {models_dir} (no {path}); "
                         f"run `ollama pull {name}` or set train.ollama_models_dir") from None
    except (OSError, ValueError) as exc:
        raise TrainError(f"cannot read the Ollama manifest {path}: {exc}") from None
    for layer in manifest.get("layers", []):
        if layer.get("mediaType") == MODEL_MEDIA:
            digest = str(layer.get("digest", ""))
            blob = models_dir / "blobs" / digest.replace(":", "-")
            if not blob.is_file():
                raise TrainError(f"the model blob {blob} of {name!r} is missing; run `ollama pull {name}`")
            return blob
    raise TrainError(f"the Ollama manifest of {name!r} lists no model layer")


def ollama_unload(host: str, model: str, timeout_s: float = 10.0) -> str:
    """Ask Ollama to drop `model` from memory now (`keep_alive: 0`). Returns what happened;
    an Ollama that is not running has nothing loaded, which is fine."""
    import httpx

    try:
        resp = httpx.post(host.rstrip("/") + "/api/generate", json={"model": model, "keep_alive": 0},
                          timeout=timeout_s)
    except (httpx.HTTPError, OSError) as exc:
        return f"Ollama at {host} not reachable ({type(exc).__name__}); nothing to unload"
    if resp.status_code >= 400:
        return f"Ollama answered {resp.status_code} to the unload of {model}"
    return f"asked Ollama to unload {model}"


@dataclass(frozen=True)
class Shape:
    hidden: int
    intermediate: int
    layers: int
    heads: int
    kv_heads: int
    vocab: int
    tied: bool

    @classmethod
    def of(cls, config: dict[str, Any]) -> Shape:
        heads = int(config["num_attention_heads"])
        return cls(int(config["hidden_size"]), int(config["intermediate_size"]), int(config["num_hidden_layers"]),
                   heads, int(config.get("num_key_value_heads") or heads), int(config["vocab_size"]),
                   bool(config.get("tie_word_embeddings", False)))

    @property
    def head_dim(self) -> int:
        return self.hidden // self.heads

    def linear_params(self) -> int:
        kv = self.kv_heads * self.head_dim
        per_layer = 2 * self.hidden * self.hidden + 2 * self.hidden * kv + 3 * self.hidden * self.intermediate
        return per_layer * self.layers

    def lora_params(self, r: int) -> int:
        kv = self.kv_heads * self.head_dim
        h, i = self.hidden, self.intermediate
        per_layer = r * ((h + h) * 2 + (h + kv) * 2 + (h + i) * 3)
        return per_layer * self.layers


def estimate_qlora_bytes(config: dict[str, Any], seq_len: int, batch: int, lora_r: int, loss_chunk: int) -> int:
    """Peak VRAM of a QLoRA step (NF4 + double quantisation, gradient checkpointing, paged 8-bit
    AdamW, chunked loss): an estimate, meant to err on the high side."""
    s = Shape.of(config)
    tokens = seq_len * batch
    weights = s.linear_params() * 4.127 / 8  # NF4 with double-quantised absmax
    embeds = s.vocab * s.hidden * 2 * (1 if s.tied else 2)  # bf16, not quantised
    lora = s.lora_params(lora_r) * (4 + 4 + 2)  # fp32 weight and grad, 8-bit Adam moments
    saved = tokens * s.hidden * 2 * s.layers  # checkpointed layer inputs
    layer = tokens * (s.hidden * 12 + s.intermediate * 4) * 2  # one layer recomputed in backward
    dequant = s.hidden * max(s.intermediate, s.hidden) * 2 * 2  # a dequantised weight and its grad path
    chunk = min(loss_chunk, seq_len) if loss_chunk > 0 else seq_len
    logits = batch * chunk * s.vocab * 4 * 3  # fp32 logits, softmax and grad of one chunk
    context = 450 * 1024**2  # CUDA context, cuBLAS workspace
    return int((weights + embeds + lora + saved + layer + dequant + logits) * 1.1 + context)


def free_vram() -> tuple[int, int]:
    import torch

    free, total = torch.cuda.mem_get_info()
    return int(free), int(total)


def check_fit(need: int, free: int, *, margin_mb: int, what: str, unloaded: str = "") -> None:
    """Refuse, in one line, a run that would not fit in the free VRAM."""
    if need + margin_mb * 1024**2 <= free:
        return
    after = f" ({unloaded})" if unloaded else ""
    raise TrainError(f"{what} needs about {need / GB:.1f} GB of GPU memory but only {free / GB:.1f} GB is free"
                     f"{after}, keeping {margin_mb} MB in reserve; lower train.seq_len or train.lora_r, "
                     f"choose a smaller base (--base), or close other GPU programs")


def round_gb(n: float) -> float:
    return math.ceil(n / GB * 10) / 10
