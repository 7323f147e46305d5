"""The background self-improvement graph `improve`:

    START -> collect -> propose -+- no lesson ---------------------------+
                                 +- gate -+- commit -+                   |
                                          +- reject -+-> curate -> END <-+

`make_improve_graph(settings)` is the builder; `graphs.server` compiles it for `langgraph dev`.
`maybe_start_improve` is what the turn calls: it only launches a run (a detached process, or a
thread) and returns at once, so a reply never waits for it. One run at a time (a file lock).

`python -m graphs.improve_graph --trigger T` runs once with the settings read from stdin (JSON)."""

from __future__ import annotations

import fcntl
import subprocess
import sys
import threading
from typing import Any

from langgraph.graph import END, START, StateGraph

from agent.providers import ChatProvider, make_provider
from agent.settings import Settings
from graphs.improve_nodes import (
    ImproveState,
    make_collect,
    make_curate,
    make_decide,
    make_gate,
    make_propose,
    route_after_gate,
    route_after_propose,
)
from graphs.prompt_policy import store_of


def make_improve_graph(settings: Settings, provider: ChatProvider | None = None) -> StateGraph:
    holder: dict[str, ChatProvider] = {"provider": provider} if provider else {}

    def provider_of() -> ChatProvider:
        if "provider" not in holder:
            holder["provider"] = make_provider(settings)
        return holder["provider"]

    decide = make_decide(settings)
    g = StateGraph(ImproveState)
    g.add_node("collect", make_collect(settings))
    g.add_node("propose", make_propose(settings, provider_of))
    g.add_node("gate", make_gate(settings, provider_of))
    g.add_node("commit", decide)
    g.add_node("reject", decide)
    g.add_node("curate", make_curate(settings))
    g.add_edge(START, "collect")
    g.add_edge("collect", "propose")
    g.add_conditional_edges("propose", route_after_propose, ["gate", "curate"])
    g.add_conditional_edges("gate", route_after_gate, ["commit", "reject"])
    g.add_edge("commit", "curate")
    g.add_edge("reject", "curate")
    g.add_edge("curate", END)
    return g


def compile_improve(settings: Settings, provider: ChatProvider | None = None, checkpointer=None):
    return make_improve_graph(settings, provider).compile(checkpointer=checkpointer, name="improve")


def run_improve(settings: Settings, trigger: str = "manual", provider: ChatProvider | None = None) -> dict[str, Any]:
    """One run, unless another holds the lock. Returns the run's record (see `last_improve_run`)."""
    settings.paths.ensure()
    with open(settings.home / "improve.lock", "a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return {"status": "skipped", "outcome": "skipped", "detail": "another improve run is in progress"}
        store = store_of(settings)
        run_id = store.start_run(trigger)
        try:
            compile_improve(settings, provider).invoke({"trigger": trigger, "run_id": run_id})
        except Exception as exc:
            store.finish_run(run_id, status="error", detail=f"{type(exc).__name__}: {exc}")
        return next(r.to_dict() for r in store.runs(50) if r.id == run_id)


_children: list[subprocess.Popen] = []


def _reap() -> None:
    _children[:] = [p for p in _children if p.poll() is None]


def start_background(settings: Settings, trigger: str) -> None:
    """Launch a run and return without waiting for it."""
    if settings.improve.background == "thread":
        threading.Thread(target=run_improve, args=(settings, trigger), name="aegis-improve", daemon=True).start()
        return
    _reap()
    settings.paths.ensure()
    with open(settings.paths.runs / "improve.log", "ab") as log:
        proc = subprocess.Popen([sys.executable, "-m", "graphs.improve_graph", "--trigger", trigger],
                                stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    assert proc.stdin is not None
    proc.stdin.write(settings.model_dump_json().encode())
    proc.stdin.close()
    _children.append(proc)


def maybe_start_improve(settings: Settings, turns_done: int) -> bool:
    """Call after each turn with the session's turn count: every `improve.every_n_turns` turns a
    run starts in the background. Returns whether one was started; never raises."""
    n = settings.improve.every_n_turns
    if n <= 0 or turns_done <= 0 or turns_done % n:
        return False
    try:
        start_background(settings, f"every {n} turns")
    except Exception:  # a failed launch must not fail the turn; the next trigger tries again
        return False
    return True


def last_improve_run(settings: Settings) -> dict[str, Any] | None:
    """The latest run for `aegis status`: id, trigger, status, outcome, detail, version, times."""
    runs = store_of(settings).runs(1)
    return runs[0].to_dict() if runs else None


def _main(argv: list[str]) -> int:
    trigger = argv[argv.index("--trigger") + 1] if "--trigger" in argv else "background"
    settings = Settings.model_validate_json(sys.stdin.read())
    result = run_improve(settings, trigger)
    print(f"improve run {result.get('id', '-')}: {result['status']} {result.get('outcome', '')} {result.get('detail', '')}")
    return 0 if result["status"] != "error" else 1


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
