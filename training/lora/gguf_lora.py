"""A PEFT LoRA adapter as a GGUF LoRA that llama.cpp (llama-cpp-python's `lora_path`) and Ollama
(`ADAPTER` in a Modelfile) load. Uses only the `gguf` package: its writer and its HF -> GGUF tensor
name map. Like llama.cpp's convert_lora_to_gguf.py, the rows of lora_B of q_proj / k_proj are
permuted for Llama-family models, because the GGUF base stores those weights permuted."""

from __future__ import annotations

import json
from pathlib import Path

from training.lora.runs import TrainError

# HF model_type -> gguf MODEL_ARCH name, and whether q/k rows are permuted in the GGUF base
ARCHS = {"llama": ("LLAMA", True), "mistral": ("LLAMA", True), "qwen2": ("QWEN2", False),
         "qwen3": ("QWEN3", False), "gemma": ("GEMMA", False), "gemma2": ("GEMMA2", False),
         "phi3": ("PHI3", False)}


def permute(w, n_head: int, n_head_kv: int | None):
    """llama.cpp's permutation of q/k rows (rotary halves interleaved)."""
    if n_head_kv is not None and n_head != n_head_kv:
        n_head = n_head_kv
    return w.reshape(n_head, 2, w.shape[0] // n_head // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def convert(adapter_dir: Path, base_config: dict, out: Path) -> Path:
    """Write `out` (.gguf) from the PEFT adapter in adapter_dir for a base with base_config."""
    import gguf
    import numpy as np
    from safetensors.numpy import load_file

    adapter_dir = Path(adapter_dir)
    try:
        acfg = json.loads((adapter_dir / "adapter_config.json").read_text(encoding="utf-8"))
        tensors = load_file(str(adapter_dir / "adapter_model.safetensors"))
    except (OSError, ValueError) as exc:
        raise TrainError(f"{adapter_dir} is not a PEFT adapter ({exc})") from None
    if acfg.get("use_dora") or acfg.get("use_rslora"):
        raise TrainError("DoRA / rsLoRA adapters cannot be converted to a GGUF LoRA")
    model_type = base_config.get("model_type", "")
    if model_type not in ARCHS:
        raise TrainError(f"no GGUF LoRA mapping for model type {model_type!r}")
    arch_name, permuted = ARCHS[model_type]
    arch = getattr(gguf.MODEL_ARCH, arch_name)
    n_head = int(base_config["num_attention_heads"])
    n_kv = int(base_config.get("num_key_value_heads") or n_head)
    names = gguf.get_tensor_name_map(arch, int(base_config["num_hidden_layers"]))

    pairs: dict[str, dict[str, np.ndarray]] = {}
    for key, value in tensors.items():
        for part, tag in ((".lora_A.weight", "a"), (".lora_B.weight", "b")):
            if key.endswith(part):
                module = key[: -len(part)].removeprefix("base_model.model.")
                pairs.setdefault(module, {})[tag] = value.astype(np.float32)
    if not pairs:
        raise TrainError(f"{adapter_dir} holds no LoRA tensors")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    writer = gguf.GGUFWriter(str(tmp), arch=gguf.MODEL_ARCH_NAMES[arch])
    writer.add_string(gguf.Keys.General.TYPE, gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, float(acfg.get("lora_alpha", acfg.get("r", 8))))
    for module, ab in sorted(pairs.items()):
        if set(ab) != {"a", "b"}:
            raise TrainError(f"LoRA tensor pair of {module} is incomplete")
        name = names.get_name(module + ".weight", try_suffixes=(".weight",))
        if name is None:
            raise TrainError(f"no GGUF tensor name for {module}")
        a, b = ab["a"], ab["b"]
        if permuted and module.endswith("q_proj"):
            b = permute(b, n_head, n_head)
        elif permuted and module.endswith("k_proj"):
            b = permute(b, n_head, n_kv)
        writer.add_tensor(name + ".lora_a", np.ascontiguousarray(a))
        writer.add_tensor(name + ".lora_b", np.ascontiguousarray(b))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    tmp.replace(out)
    return out
