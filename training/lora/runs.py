"""A training run on disk, `$AEGIS_HOME/runs/<run_id>/`:

    spec.json      what to train (max_steps, base, device, data watermark)
    settings.json  the settings the job runs with
    status.json    stage, step, loss, tokens/s, ETA, device, pid (written atomically)
    metrics.jsonl  the loss curve, one line per optimizer step
    checkpoints/   step-N/ (see `checkpoint`)
    data/          train.jsonl, eval.jsonl exported from the tuning data
    job.log        the job's output

One job at a time: the job holds `runs/train.lock` (flock) while it lives; the lock dies with
the process, even on `kill -9`. `launch` starts `python -m training.lora.job RUN_DIR` in a new
session and returns at once; `stop` sends SIGTERM (the job checkpoints and ends `stopped`)."""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.settings import Settings

STAGES = ("prepare", "train", "evaluate", "convert", "promote")
TERMINAL = ("done", "failed", "stopped")
STATUS_KEYS = ("run_id", "stage", "step", "max_steps", "loss", "tokens_per_s", "eta_s", "device", "pid",
               "last_checkpoint_step")


class TrainError(RuntimeError):
    """An expected failure of a run: one line saying what failed and what to do."""


def write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read_json(path: Path, default: Any = None) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default


def new_run_id() -> str:
    return time.strftime("%Y%m%d-%H%M%S") + "-" + secrets.token_hex(2)


@dataclass(frozen=True)
class Run:
    path: Path

    @property
    def run_id(self) -> str:
        return self.path.name

    @property
    def status_file(self) -> Path:
        return self.path / "status.json"

    @property
    def metrics_file(self) -> Path:
        return self.path / "metrics.jsonl"

    @property
    def spec_file(self) -> Path:
        return self.path / "spec.json"

    @property
    def settings_file(self) -> Path:
        return self.path / "settings.json"

    @property
    def checkpoints(self) -> Path:
        return self.path / "checkpoints"

    @property
    def data_dir(self) -> Path:
        return self.path / "data"

    @property
    def log_file(self) -> Path:
        return self.path / "job.log"

    @property
    def adapter_dir(self) -> Path:
        """The final PEFT adapter of the run."""
        return self.path / "adapter"

    def spec(self) -> dict[str, Any]:
        return read_json(self.spec_file, {}) or {}

    def status(self) -> dict[str, Any]:
        return read_json(self.status_file, {}) or {}

    def update(self, **fields: Any) -> dict[str, Any]:
        data = self.status()
        data.update(fields, updated=time.time())
        write_json_atomic(self.status_file, data)
        return data

    def append_metric(self, record: dict[str, Any]) -> None:
        with open(self.metrics_file, "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")
            f.flush()

    def metrics(self) -> list[dict[str, Any]]:
        out = []
        try:
            lines = self.metrics_file.read_text(encoding="utf-8").splitlines()
        except OSError:
            return out
        for line in lines:
            try:
                row = json.loads(line)
            except ValueError:
                continue  # a line cut by power loss
            if isinstance(row, dict) and isinstance(row.get("step"), int):
                out.append(row)
        return out

    def truncate_metrics(self, last_step: int) -> None:
        """Keep the curve up to the checkpoint a resumed run continues from (no repeats)."""
        rows = [r for r in self.metrics() if r["step"] <= last_step]
        tmp = self.metrics_file.with_name(".metrics.jsonl.tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r) + "\n" for r in rows)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.metrics_file)


def lock_path(settings: Settings) -> Path:
    return settings.paths.runs / "train.lock"


def hold_lock(path: Path):
    """The job's lock: an open file with an exclusive flock, or None when another job holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(path, "a")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        return None
    return fh


def job_running(settings: Settings) -> bool:
    path = lock_path(settings)
    if not path.exists():
        return False
    with open(path, "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
        return False


def runs(settings: Settings) -> list[Run]:
    root = settings.paths.runs
    if not root.is_dir():
        return []
    return [Run(p) for p in sorted(root.iterdir()) if p.is_dir() and (p / "spec.json").exists()]


def latest_run(settings: Settings) -> Run | None:
    found = runs(settings)
    return found[-1] if found else None


def get_run(settings: Settings, run_id: str) -> Run | None:
    path = settings.paths.runs / run_id
    return Run(path) if (path / "spec.json").exists() else None


def view(run: Run, settings: Settings) -> dict[str, Any]:
    """`aegis train status --json`: the STATUS_KEYS plus `state` (running | interrupted | finished),
    `detail`, `stages_done` and `eval`."""
    st, spec = run.status(), run.spec()
    out: dict[str, Any] = {k: st.get(k) for k in STATUS_KEYS}
    out["run_id"] = run.run_id
    out["max_steps"] = st.get("max_steps", spec.get("max_steps"))
    out["stage"] = st.get("stage", "queued")
    out["step"] = st.get("step", 0)
    running = out["stage"] not in TERMINAL and job_running(settings) and _alive(st.get("pid"))
    out["state"] = "finished" if out["stage"] in TERMINAL else "running" if running else "interrupted"
    out["detail"] = st.get("detail", "")
    out["stages_done"] = st.get("stages_done", [])
    out["eval"] = st.get("eval")
    out["decision"] = st.get("decision")
    if out["state"] != "running":
        out["eta_s"] = None
    return out


def _alive(pid: Any) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def launch(settings: Settings, *, max_steps: int | None = None, base: str = "", resume: Run | None = None,
           watermark: int | None = None, trigger: str = "manual") -> Run:
    """Start (or resume) the detached job and return at once."""
    if job_running(settings):
        raise TrainError("a training job is already running; see `aegis train status` or `aegis train stop`")
    settings.paths.ensure()
    if resume is not None:
        run = resume
        spec = run.spec()
        if max_steps:
            spec["max_steps"] = max_steps
        spec["resumed"] = spec.get("resumed", 0) + 1
        st = run.status()
        if st.get("stage") == "done":
            raise TrainError(f"run {run.run_id} already ended {st.get('stage')}; start a new one with `aegis train`")
    else:
        if watermark is None:
            try:
                watermark = max(usable_train_ids(settings), default=0)
            except Exception:  # no tuning tables yet
                watermark = 0
        run = Run(settings.paths.runs / new_run_id())
        run.path.mkdir(parents=True)
        spec = {"run_id": run.run_id, "max_steps": max_steps or settings.train.max_steps, "base": base,
                "trigger": trigger, "created": time.time(), "watermark": watermark}
    write_json_atomic(run.spec_file, spec)
    run.settings_file.write_text(settings.model_dump_json(), encoding="utf-8")
    run.update(run_id=run.run_id, stage="queued", max_steps=spec["max_steps"], detail="starting", eta_s=None)
    with open(run.log_file, "ab") as log:
        proc = subprocess.Popen([sys.executable, "-m", "training.lora.job", str(run.path)],
                                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True, close_fds=True)
    run.update(pid=proc.pid)
    return run


def stop(settings: Settings, run: Run, sig: int = signal.SIGTERM) -> bool:
    """Ask the job to checkpoint and stop; False when it is not running."""
    pid = run.status().get("pid")
    if not job_running(settings) or not _alive(pid):
        return False
    os.kill(pid, sig)
    return True


def wait(run: Run, settings: Settings, timeout: float, poll: float = 0.5) -> dict[str, Any]:
    """Until the run finishes or stops running (for tests and `--wait`)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        v = view(run, settings)
        if v["state"] != "running" and v["stage"] != "queued":
            return v
        if v["stage"] == "queued" and not _alive(run.status().get("pid")):
            return v
        time.sleep(poll)
    return view(run, settings)


def usable_train_ids(settings: Settings) -> list[int]:
    from memory.tuning_store import TuningStore

    return [ex.id for ex in TuningStore(settings.paths.app_db).examples(kind="sft", split="train") if ex.usable]


def maybe_launch(settings: Settings) -> str:
    """The `improve` hook: resume an interrupted run, or launch one when at least
    `train.min_new_examples` usable curated train examples arrived since the last run's data.
    Returns what it did; never raises."""
    try:
        need = settings.train.min_new_examples
        if need <= 0:
            return "disabled"
        if job_running(settings):
            return "running"
        last = latest_run(settings)
        if last is not None and last.status().get("stage") not in TERMINAL:
            launch(settings, resume=last, trigger="improve")
            return f"resumed {last.run_id}"
        watermark = max((r.spec().get("watermark") or 0 for r in runs(settings)), default=0)
        ids = usable_train_ids(settings)
        new = sum(1 for i in ids if i > watermark)
        if new < need:
            return f"waiting ({new}/{need} new examples)"
        run = launch(settings, watermark=max(ids), trigger="improve")
        return f"launched {run.run_id}"
    except Exception as exc:  # the improve run must not fail because of training
        return f"error: {type(exc).__name__}: {exc}"
