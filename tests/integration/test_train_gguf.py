"""The real embedded model: the HF copy cached from the packaged GGUF, a PEFT adapter converted
to a GGUF LoRA that llama-cpp-python loads (logits move the way the HF model's do), the provider
serving the active adapter, `rollback` restoring the old logits, `export --ollama`."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from agent.settings import load_settings
from tests.conftest import run_aegis

pytestmark = pytest.mark.integration
PROMPT = "The capital of France is"


@pytest.fixture(scope="module")
def hf_copy(tmp_path_factory) -> Path:
    from training.lora.base import cached_hf, packaged_gguf

    root = tmp_path_factory.mktemp("models")
    first = cached_hf(packaged_gguf(), root)
    assert (first / "config.json").exists() and (first / "COMPLETE").exists()
    assert cached_hf(packaged_gguf(), root) == first  # once
    return first


def _llama_logits(gguf: str, lora: str, tokens: list[int]) -> np.ndarray:
    from llama_cpp import Llama

    kwargs = {"lora_path": lora} if lora else {}
    llm = Llama(model_path=gguf, n_ctx=64, n_threads=1, logits_all=True, verbose=False, **kwargs)
    llm.eval(tokens)
    out = np.array(llm.scores[len(tokens) - 1], dtype=np.float64)
    llm.close()
    return out


def test_gguf_lora_loads_changes_logits_and_rollback_restores(hf_copy, env, tmp_path):
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from agent.providers import _embedded
    from memory.adapter_store import AdapterStore
    from training.lora.base import packaged_gguf
    from training.lora.gguf_lora import convert

    torch.manual_seed(0)
    tok = AutoTokenizer.from_pretrained(str(hf_copy))
    model = AutoModelForCausalLM.from_pretrained(str(hf_copy), dtype=torch.float32)
    ids = tok(PROMPT, return_tensors="pt").input_ids
    with torch.no_grad():
        hf_base = model(ids).logits[0, -1].double().numpy()
    peft = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, init_lora_weights=False,
                                            target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "down_proj"]))
    with torch.no_grad():
        hf_lora = peft(ids).logits[0, -1].double().numpy()
    peft.save_pretrained(str(tmp_path / "peft"))
    config = json.loads((hf_copy / "config.json").read_text())
    gguf_lora = convert(tmp_path / "peft", config, tmp_path / "adapter.gguf")

    settings = load_settings(env=env)
    store = AdapterStore(settings.paths.app_db)
    base_gguf = str(packaged_gguf())
    store.record("run-1", base="SmolLM2", serve_gguf=base_gguf, peft_dir=str(tmp_path / "peft"),
                 gguf_path=str(gguf_lora), ollama_from=base_gguf)
    tokens = ids[0].tolist()
    assert _embedded(settings).model.lora_path == ""
    bare = _llama_logits(base_gguf, "", tokens)

    store.promote("run-1", "test")
    provider = _embedded(settings)
    assert provider.model.lora_path == str(gguf_lora) and "+lora:" in provider.label
    served = _llama_logits(base_gguf, provider.model.lora_path, tokens)
    delta_cpp, delta_hf = served - bare, hf_lora - hf_base
    assert np.abs(delta_cpp).mean() > 0.1  # the adapter changes the answer
    assert np.corrcoef(delta_cpp, delta_hf)[0, 1] > 0.9  # the same change as in transformers

    assert run_aegis(["adapters", "rollback"], env).returncode == 0
    assert _embedded(settings).model.lora_path == ""
    restored = _llama_logits(base_gguf, _embedded(settings).model.lora_path, tokens)
    assert np.allclose(restored, bare)

    out = tmp_path / "ollama"
    proc = run_aegis(["adapters", "export", "run-1", "--ollama", str(out)], env)
    assert proc.returncode == 0 and "ollama create aegis-run-1 -f" in proc.stdout
    assert (out / "Modelfile").read_text() == f"FROM {base_gguf}\nADAPTER ./adapter.gguf\n"
    assert (out / "adapter.gguf").stat().st_size == Path(gguf_lora).stat().st_size


def test_a_few_lora_steps_on_the_embedded_model(hf_copy, tmp_path):
    """Real LoRA steps on SmolLM2-135M (CPU): the loss on a repeated example goes down."""
    import torch

    from agent.settings import TrainSettings
    from training.lora.data import collate, encode
    from training.lora.trainer import add_lora, lm_loss_sum, load_base, make_optimizer

    torch.set_num_threads(1)
    t = TrainSettings(lr=3e-3, lora_dropout=0.0)
    base, tok = load_base(str(hf_copy), "cpu")
    model = add_lora(base, t)
    opt = make_optimizer([p for p in model.parameters() if p.requires_grad], t, "cpu")
    ids, mask, labels = collate([encode(tok, [{"role": "user", "content": "Code word?"},
                                              {"role": "assistant", "content": "Amber falcon."}], 48)], tok.pad_token_id)
    losses = []
    for _ in range(3):
        opt.zero_grad()
        loss, n = lm_loss_sum(model, ids, mask, labels, 16)
        (loss / n).backward()
        opt.step()
        losses.append(float(loss.detach()) / n)
    assert losses[-1] < losses[0]
