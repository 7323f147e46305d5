"""The detached training job: `python -m training.lora.job RUN_DIR`.

Stages: prepare (device, base model, Ollama unload and VRAM check on CUDA, data export) ->
train -> evaluate -> convert (GGUF LoRA) -> promote. A restarted job skips the stages already
done and resumes training from the newest valid checkpoint. SIGTERM / SIGINT: checkpoint, then
end with stage `stopped`. Any failure ends with stage `failed` and a one-line detail."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from agent.settings import Settings
from training.lora.runs import Run, TrainError, hold_lock, lock_path


def _progress(run: Run):
    def say(message: str) -> None:
        print(time.strftime("%H:%M:%S"), message, flush=True)
        run.update(detail=message)

    return say


def _done(run: Run, stage: str, **results: Any) -> None:
    done = list(run.status().get("stages_done", []))
    if stage not in done:
        done.append(stage)
    run.update(stages_done=done, **results)


def prepare(run: Run, settings: Settings, say) -> None:
    from training.lora.base import resolve
    from training.lora.data import export_splits
    from training.lora.trainer import pick_device

    t = settings.train
    device = pick_device(t.device)
    run.update(stage="prepare", device=device)
    base = resolve(settings, run.spec().get("base", ""), device, say)
    if device == "cuda":
        from training.lora.gpu import check_fit, estimate_qlora_bytes, free_vram, ollama_unload

        unloaded = ollama_unload(settings.model.ollama_host, t.ollama_model or settings.model.name)
        say(unloaded)
        config = json.loads((Path(base.hf_dir) / "config.json").read_text(encoding="utf-8"))
        need = estimate_qlora_bytes(config, t.seq_len, t.batch_size, t.lora_r, t.loss_chunk)
        free, _total = free_vram()
        check_fit(need, free, margin_mb=t.vram_margin_mb, what=f"QLoRA of {base.label} at seq_len {t.seq_len}",
                  unloaded=unloaded)
    counts = export_splits(settings.paths.app_db, run.data_dir)
    if counts["train"] == 0:
        raise TrainError("there are no curated training examples; add some with `aegis data add` or "
                         "`aegis data import FILE`")
    say(f"data: {counts['train']} train / {counts['eval']} eval examples; base {base.label} on {device}")
    _done(run, "prepare", base=base.to_dict(), data=counts)


def evaluate(run: Run, settings: Settings, say) -> None:
    from memory.adapter_store import AdapterStore
    from training.lora.data import read_jsonl
    from training.lora.evaluate import compare, decide

    st = run.status()
    base = st["base"]
    run.update(stage="evaluate")
    active = AdapterStore(settings.paths.app_db).active()
    reference_dir, name = None, "the bare base"
    if active is not None and active.base_hf == base["hf_dir"] and Path(active.peft_dir).is_dir():
        reference_dir, name = Path(active.peft_dir), f"active adapter {active.id}"
    say(f"evaluating against {name}")
    result = compare(base["hf_dir"], st["device"], run.adapter_dir, reference_dir,
                     read_jsonl(run.data_dir / "eval.jsonl"), settings.train)
    promote, reason = decide(result["candidate"], result["reference"], settings.train, name)
    result["reference_name"] = name
    _done(run, "evaluate", eval=result, decision={"promote": promote, "reason": reason})
    say(reason)


def convert(run: Run, settings: Settings, say) -> None:
    from training.lora.gguf_lora import convert as to_gguf

    st = run.status()
    run.update(stage="convert")
    home = settings.paths.adapters / run.run_id
    peft_dir = home / "peft"
    if peft_dir.exists():
        shutil.rmtree(peft_dir)
    home.mkdir(parents=True, exist_ok=True)
    shutil.copytree(run.adapter_dir, peft_dir)
    gguf_path = ""
    try:
        config = json.loads((Path(st["base"]["hf_dir"]) / "config.json").read_text(encoding="utf-8"))
        gguf_path = str(to_gguf(peft_dir, config, home / "adapter.gguf"))
        say(f"wrote GGUF LoRA {gguf_path}")
    except TrainError as exc:  # the PEFT adapter stays usable (vLLM, Ollama safetensors import)
        say(f"no GGUF LoRA: {exc}")
    _done(run, "convert", peft_dir=str(peft_dir), gguf=gguf_path)


def promote(run: Run, settings: Settings, say) -> None:
    from memory.adapter_store import AdapterStore

    st = run.status()
    run.update(stage="promote")
    base, decision = st["base"], st["decision"]
    store = AdapterStore(settings.paths.app_db)
    metrics = {"eval": st.get("eval"), "steps": st.get("step"), "data": st.get("data")}
    store.record(run.run_id, base=base["label"], base_hf=base["hf_dir"], serve_gguf=base.get("serve_gguf", ""),
                 ollama_from=base.get("ollama_from", ""), peft_dir=st.get("peft_dir", ""), gguf_path=st.get("gguf", ""),
                 device=st.get("device", "cpu"), status="candidate" if decision["promote"] else "rejected",
                 reason=decision["reason"], metrics=metrics)
    if decision["promote"] and (store.active() is None or store.active().id != run.run_id):
        store.promote(run.run_id, decision["reason"])
    say(("promoted: " if decision["promote"] else "not promoted: ") + decision["reason"])
    _done(run, "promote")


def run_stages(run: Run, settings: Settings, should_stop) -> str:
    from training.lora.trainer import train

    say = _progress(run)
    done = set(run.status().get("stages_done", []))
    for stage in ("prepare", "train", "evaluate", "convert", "promote"):
        if stage in done:
            continue
        if should_stop():
            return "stopped"
        if stage == "prepare":
            prepare(run, settings, say)
        elif stage == "train":
            st = run.status()
            outcome = train(run, settings, st["base"]["hf_dir"], st["device"], should_stop, say)
            if outcome == "stopped":
                return "stopped"
            _done(run, "train")
        elif stage == "evaluate":
            evaluate(run, settings, say)
        elif stage == "convert":
            convert(run, settings, say)
        else:
            promote(run, settings, say)
    return "done"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m training.lora.job RUN_DIR", file=sys.stderr)
        return 2
    run = Run(Path(argv[0]))
    try:
        settings = Settings.model_validate_json(run.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"cannot read {run.settings_file}: {exc}", file=sys.stderr)
        return 2
    lock = hold_lock(lock_path(settings))
    if lock is None:
        run.update(detail="another training job is running")
        return 2
    requested: list[int] = []

    def on_signal(signum: int, _frame: Any) -> None:
        requested.append(signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    run.update(pid=os.getpid(), detail="started")
    try:
        outcome = run_stages(run, settings, lambda: bool(requested))
        if outcome == "stopped":
            st = run.status()
            run.update(stage="stopped", eta_s=None,
                       detail=f"stopped at step {st.get('step', 0)} (checkpoint {st.get('last_checkpoint_step')}); "
                              "continue with `aegis train --resume`")
        else:
            decision = run.status().get("decision") or {}
            run.update(stage="done", eta_s=None, detail=decision.get("reason", "done"))
        return 0
    except TrainError as exc:
        run.update(stage="failed", detail=str(exc), eta_s=None)
        print(f"failed: {exc}", flush=True)
        return 1
    except Exception as exc:  # unexpected: the traceback goes to job.log
        traceback.print_exc()
        run.update(stage="failed", detail=f"{type(exc).__name__}: {exc} (see {run.log_file})", eta_s=None)
        return 1
    finally:
        lock.close()

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
