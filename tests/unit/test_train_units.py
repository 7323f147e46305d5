"""Self-training pieces without a model: checkpoints, adapter history, decisions, status keys,
the Ollama manifest reader, the `keep_alive: 0` unload, the VRAM-fit check."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from agent.settings import TrainSettings, load_settings
from training.lora import checkpoint as ckpt
from training.lora.runs import STATUS_KEYS, Run, TrainError, view


def _write(d: Path, payload: bytes = b"x" * 100) -> None:
    (d / "trainer.pt").write_bytes(payload)


def test_checkpoints_are_atomic_pruned_and_half_written_ones_skipped(tmp_path):
    root = tmp_path / "checkpoints"
    for step in range(1, 14):
        ckpt.save(root, step, _write, keep=10)
    assert [s for s, _ in ckpt.checkpoints(root)] == list(range(13, 3, -1))
    half = root / "step-20"  # power lost before the marker
    half.mkdir()
    _write(half)
    cut = root / "step-21"  # marker present but the file was cut short
    cut.mkdir()
    (cut / "trainer.pt").write_bytes(b"x" * 10)
    (cut / ckpt.MARKER).write_text(json.dumps({"step": 21, "files": {"trainer.pt": 100}}))
    assert ckpt.newest_valid(root)[0] == 13
    ckpt.prune(root, 10)
    assert not half.exists() and not cut.exists()


def test_adapter_history_use_and_rollback(tmp_path):
    from memory.adapter_store import AdapterStore

    store = AdapterStore(tmp_path / "aegis.db")
    for aid in ("a1", "a2"):
        store.record(aid, base="b", serve_gguf="/m.gguf", gguf_path=str(tmp_path / f"{aid}.gguf"))
        (tmp_path / f"{aid}.gguf").write_bytes(b"g")
    assert store.active() is None
    store.promote("a1", "better")
    store.promote("a2", "better still")
    assert store.active().id == "a2" and store.get("a2").status == "promoted"
    assert store.active_gguf_for("/m.gguf").endswith("a2.gguf")
    assert store.active_gguf_for("/other.gguf") == ""
    assert store.rollback().id == "a1"
    assert store.rollback() is None
    with pytest.raises(LookupError):
        store.rollback()
    store.use("a2")
    assert store.active().id == "a2"
    assert [e["action"] for e in store.events()] == ["promote", "promote", "rollback", "rollback", "use"]


def test_promote_only_a_better_and_not_less_safe_adapter():
    from training.lora.evaluate import decide

    t = TrainSettings()
    ok, why = decide({"loss": 1.0, "ppl": 2.7, "refusal_margin": 0.5}, {"loss": 1.2, "ppl": 3.3, "refusal_margin": 0.5}, t)
    assert ok and "1.0000 < 1.2000" in why
    ok, why = decide({"loss": 1.3, "refusal_margin": 0.5}, {"loss": 1.2, "refusal_margin": 0.5}, t)
    assert not ok and "does not beat" in why
    ok, why = decide({"loss": 1.0, "refusal_margin": 0.1}, {"loss": 1.2, "refusal_margin": 0.5}, t)
    assert not ok and "safety regression" in why
    ok, why = decide({"loss": float("nan")}, {"loss": 1.0}, t)
    assert not ok and "no held-out" in why


def test_status_json_keys(tmp_path):
    settings = load_settings(env={"AEGIS_HOME": str(tmp_path)})
    run = Run(tmp_path / "runs" / "r1")
    run.path.mkdir(parents=True)
    run.spec_file.write_text(json.dumps({"max_steps": 9}))
    run.update(stage="train", step=3, loss=1.5, pid=999_999_999, device="cpu", last_checkpoint_step=2)
    v = view(run, settings)
    assert set(STATUS_KEYS) <= set(v)
    assert v["state"] == "interrupted" and v["max_steps"] == 9 and v["eta_s"] is None
    run.update(stage="stopped")
    assert view(run, settings)["state"] == "finished"


def test_checkpoint_seconds_from_env(tmp_path):
    s = load_settings(env={"AEGIS_HOME": str(tmp_path), "AEGIS_TRAIN_CHECKPOINT_SECONDS": "7",
                           "OLLAMA_MODELS": str(tmp_path / "om")})
    assert s.train.checkpoint_seconds == 7 and s.train.keep_checkpoints == 10
    assert s.train.ollama_models_dir == str(tmp_path / "om")


def test_ollama_manifest_reader(tmp_path):
    from training.lora.gpu import ollama_gguf

    models = tmp_path / "models"
    blob = models / "blobs" / "sha256-abc123"
    blob.parent.mkdir(parents=True)
    blob.write_bytes(b"GGUF")
    manifest = models / "manifests" / "registry.ollama.ai" / "library" / "qwen2.5" / "3b"
    manifest.parent.mkdir(parents=True)
    manifest.write_text(json.dumps({"layers": [
        {"mediaType": "application/vnd.ollama.image.template", "digest": "sha256:t"},
        {"mediaType": "application/vnd.ollama.image.model", "digest": "sha256:abc123"}]}))
    assert ollama_gguf(models, "qwen2.5:3b") == blob
    latest = models / "manifests" / "registry.ollama.ai" / "me" / "mine" / "latest"
    latest.parent.mkdir(parents=True)
    latest.write_text(manifest.read_text())
    assert ollama_gguf(models, "me/mine") == blob
    with pytest.raises(TrainError, match="ollama pull llama3"):
        ollama_gguf(models, "llama3")


def test_keep_alive_zero_unloads_the_ollama_model():
    from training.lora.gpu import ollama_unload

    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen.append((self.path, json.loads(body)))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"done": true, "done_reason": "unload"}')

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        msg = ollama_unload(f"http://127.0.0.1:{server.server_port}", "qwen2.5:3b")
    finally:
        server.shutdown()
    assert seen == [("/api/generate", {"model": "qwen2.5:3b", "keep_alive": 0})]
    assert "unload" in msg
    assert "not reachable" in ollama_unload("http://127.0.0.1:9", "m", timeout_s=0.5)


QWEN_3B = {"hidden_size": 2048, "intermediate_size": 11008, "num_hidden_layers": 36, "num_attention_heads": 16,
           "num_key_value_heads": 2, "vocab_size": 151936, "tie_word_embeddings": True}
QWEN_7B = {"hidden_size": 3584, "intermediate_size": 18944, "num_hidden_layers": 28, "num_attention_heads": 28,
           "num_key_value_heads": 4, "vocab_size": 152064, "tie_word_embeddings": False}


def test_vram_fit_check_refuses_with_a_clear_message():
    from training.lora.gpu import GB, check_fit, estimate_qlora_bytes

    need3 = estimate_qlora_bytes(QWEN_3B, 1024, 1, 8, 256)
    need7 = estimate_qlora_bytes(QWEN_7B, 1024, 1, 8, 256)
    assert 1.5 * GB < need3 < 5.5 * GB < need7
    assert estimate_qlora_bytes(QWEN_3B, 1024, 1, 8, 0) > need3  # the full logits cost more
    check_fit(need3, 6 * GB, margin_mb=256, what="QLoRA of 3B")
    with pytest.raises(TrainError) as err:
        check_fit(need7, int(5.2 * GB), margin_mb=512, what="QLoRA of ollama:qwen2.5:7b at seq_len 1024",
                  unloaded="asked Ollama to unload qwen2.5:7b")
    msg = str(err.value)
    assert "\n" not in msg and "5.2 GB is free" in msg and "lower train.seq_len" in msg


def test_data_order_is_a_function_of_the_step():
    from training.lora.data import sample_index

    a = [sample_index(s, 0, r, batch=2, accum=1, n=5, seed=1) for s in range(10) for r in range(2)]
    b = [sample_index(s, 0, r, batch=2, accum=1, n=5, seed=1) for s in range(10) for r in range(2)]
    assert a == b and sorted(a[:5]) == [0, 1, 2, 3, 4]


def test_improve_hook_launches_only_with_enough_new_data(tmp_path, monkeypatch):
    from graphs.improve_nodes import launch_training
    from memory.tuning_store import TuningStore
    from training.lora import runs

    settings = load_settings(env={"AEGIS_HOME": str(tmp_path), "AEGIS_TRAIN_MIN_NEW_EXAMPLES": "3"})
    store = TuningStore(settings.paths.app_db)
    for i in range(2):
        store.add_example(kind="sft", provenance="user", content_hash=str(i), quality=1.0,
                          messages=[{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": "a"}])
    assert launch_training(settings) == "waiting (2/3 new examples)"
    store.add_example(kind="sft", provenance="user", content_hash="x", quality=1.0,
                      messages=[{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}])
    launched = []
    monkeypatch.setattr(runs, "launch", lambda s, **kw: launched.append(kw) or Run(tmp_path / "r"))
    assert launch_training(settings).startswith("launched")
    assert launched == [{"watermark": 3, "trigger": "improve"}]
    settings.train.min_new_examples = 0
    assert launch_training(settings) == "disabled"
