"""The detached training job on CPU with a tiny random Llama (the SmolLM2 tokenizer, 2 layers),
so these run in seconds: kill -9 mid-run and restart (step counter and loss curve continuous),
SIGTERM -> stopped with a checkpoint -> `aegis train --resume` -> done, promote / keep recorded,
`aegis train status --json` keys."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest

from agent.settings import load_settings
from tests.conftest import run_aegis
from training.lora import runs
from training.lora.runs import STATUS_KEYS

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory) -> Path:
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from training.lora.base import packaged_gguf

    gguf = packaged_gguf()
    out = tmp_path_factory.mktemp("tiny-llama")
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name, local_files_only=True)
    tok.save_pretrained(str(out))
    torch.manual_seed(0)
    cfg = LlamaConfig(vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=256,
                      tie_word_embeddings=True, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id)
    LlamaForCausalLM(cfg).save_pretrained(str(out))
    return out


def _seed(settings, n_train: int = 6, n_eval: int = 2) -> None:
    from memory.tuning_store import TuningStore

    store = TuningStore(settings.paths.app_db)
    for i in range(n_train + n_eval):
        store.add_example(kind="sft", provenance="user", content_hash=f"h{i}", quality=1.0,
                          split="eval" if i >= n_train else "train",
                          messages=[{"role": "user", "content": f"Say the code word {i % 3}."},
                                    {"role": "assistant", "content": f"AEGIS code word {i % 3}: amber."}])


@pytest.fixture
def tenv(env, tiny_base) -> dict[str, str]:
    return env | {"AEGIS_TRAIN_SEQ_LEN": "48", "AEGIS_TRAIN_LR": "0.01", "AEGIS_TRAIN_WARMUP_STEPS": "0",
                  "AEGIS_TRAIN_SAFETY_CASES": "2", "AEGIS_TRAIN_THREADS": "1", "AEGIS_TRAIN_LORA_DROPOUT": "0.1",
                  "AEGIS_TRAIN_CHECKPOINT_SECONDS": "0.2", "AEGIS_TRAIN_DEVICE": "cpu", "HF_HUB_OFFLINE": "1"}


def _wait_for(pred, timeout: float = 120.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = pred()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_kill_9_then_restart_continues_from_the_checkpoint(tenv, tiny_base):
    settings = load_settings(env=tenv)
    _seed(settings)
    run = runs.launch(settings, max_steps=60, base=str(tiny_base))

    def mid_run():
        st = run.status()
        c = st.get("last_checkpoint_step") or 0
        return c >= 2 and st.get("step", 0) >= c + 2 and st.get("step", 0) < 50

    _wait_for(mid_run)
    os.kill(run.status()["pid"], signal.SIGKILL)
    _wait_for(lambda: not runs.job_running(settings), 20)
    before = {r["step"]: r["loss"] for r in run.metrics()}
    # power loss during the next checkpoint: a half-written newer one must be skipped
    newest = max(int(p.name[5:]) for p in run.checkpoints.glob("step-*"))
    half = run.checkpoints / f"step-{newest + 100}"
    half.mkdir()
    (half / "trainer.pt").write_bytes(b"partial")
    assert runs.view(run, settings)["state"] == "interrupted"

    runs.launch(settings, resume=run)
    v = runs.wait(run, settings, 180)
    assert v["stage"] == "done", (v, run.log_file.read_text()[-2000:])
    log = run.log_file.read_text()
    resumed_at = int(log.split("resumed from checkpoint step ")[1].split()[0])
    assert 2 <= resumed_at < newest + 100
    steps = [r["step"] for r in run.metrics()]
    assert steps == list(range(1, 61))  # no gap, no repeat
    after = {r["step"]: r["loss"] for r in run.metrics()}
    for step in range(resumed_at + 1, max(before) + 1):  # the same data, RNG and optimizer state
        assert after[step] == pytest.approx(before[step], rel=1e-3, abs=1e-4)
    assert not half.exists()
    assert len(list(run.checkpoints.glob("step-*"))) <= settings.train.keep_checkpoints


def test_sigterm_stops_with_a_checkpoint_and_resume_finishes(tenv, tiny_base):
    settings = load_settings(env=tenv)
    _seed(settings)
    proc = run_aegis(["train", "--max-steps", "400", "--base", str(tiny_base)], tenv)
    assert proc.returncode == 0 and "started training run" in proc.stdout, proc.stderr
    run = runs.latest_run(settings)
    _wait_for(lambda: run.status().get("step", 0) >= 3)
    assert run_aegis(["train", "stop", "--wait", "60"], tenv).returncode == 0
    v = json.loads(run_aegis(["train", "status", "--json"], tenv).stdout)
    assert set(STATUS_KEYS) <= set(v)
    assert v["stage"] == "stopped" and v["last_checkpoint_step"] == v["step"] >= 3
    assert "--resume" in v["detail"]
    stopped_at = v["step"]
    proc = run_aegis(["train", "--resume", "--max-steps", str(stopped_at + 4)], tenv)
    assert proc.returncode == 0, proc.stderr
    v = runs.wait(run, settings, 180)
    assert v["stage"] == "done" and v["step"] == stopped_at + 4, run.log_file.read_text()[-2000:]
    assert [r["step"] for r in run.metrics()] == list(range(1, stopped_at + 5))
    # first run against the bare base: promoted (the tiny random base knows nothing)
    listing = json.loads(run_aegis(["adapters", "list", "--json"], tenv).stdout)
    assert listing["active"] == run.run_id and listing["adapters"][0]["status"] == "promoted"

    # a second run that barely trains cannot beat the active adapter: kept, with the reason
    second = runs.launch(settings, max_steps=1, base=str(tiny_base))
    v2 = runs.wait(second, settings, 180)
    assert v2["stage"] == "done" and v2["decision"]["promote"] is False
    listing = json.loads(run_aegis(["adapters", "list", "--json"], tenv).stdout)
    assert listing["active"] == run.run_id
    rejected = next(a for a in listing["adapters"] if a["id"] == second.run_id)
    assert rejected["status"] == "rejected" and "kept the current adapter" in rejected["reason"]
    assert f"active adapter {run.run_id}" in rejected["reason"]
    assert rejected["metrics"]["eval"]["candidate"]["loss"] > 0


def test_train_refuses_without_data_and_status_without_runs(tenv):
    proc = run_aegis(["train"], tenv)
    assert proc.returncode == 2 and "no curated training examples" in proc.stderr
    assert json.loads(run_aegis(["train", "status", "--json"], tenv).stdout) is None
    assert run_aegis(["train", "stop"], tenv).returncode == 2
