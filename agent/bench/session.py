"""`aegis bench session`: per-turn overhead and storage per turn of the endless session, with a
naive baseline (same graph, unbounded message list, no checkpoint pruning) side by side.
Runs on the scripted model in a temporary AEGIS_HOME."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import click

from agent.bench import percentile
from agent.settings import HistorySettings, load_settings


def _bytes(home: Path) -> int:
    return sum(p.stat().st_size for p in home.rglob("*") if p.is_file() and "audit" not in p.parts) + \
        sum(p.stat().st_size for p in (home / "audit").rglob("*") if p.is_file())


def _run(label: str, turns: int, marks: list[int], naive: bool, memory: bool) -> list[dict]:
    from agent.session import LocalSession

    home = Path(tempfile.mkdtemp(prefix=f"aegis-bench-{label}-"))
    # the background improve graph is not part of the per-turn cost: keep it off here
    settings = load_settings(env={"AEGIS_HOME": str(home), "AEGIS_MODEL_PROVIDER": "scripted",
                                  "AEGIS_IMPROVE_EVERY_N_TURNS": "0",
                                  "AEGIS_MEMORY_ENABLED": "true" if memory else "false"})
    if naive:
        # model_construct skips the validation that caps these settings
        settings.history = HistorySettings.model_construct(
            **{**settings.history.model_dump(), "window": 10**9, "keep_checkpoints": 10**9})
    session = LocalSession(settings)
    if naive:
        from langgraph.checkpoint.sqlite import SqliteSaver

        from graphs.agent_graph import compile_graph

        plain = SqliteSaver(session.graph.checkpointer.conn)
        session.graph = compile_graph(session.services, plain)
    rows, times = [], []
    with click.progressbar(range(1, turns + 1), label=f"{label:>8}", show_pos=True, file=sys.stderr) as bar:
        for i in bar:
            start = time.perf_counter()
            result = session.ask(f"turn {i}: please note the number {i * 7919 % 10007} for later")
            if result.pending_approval is not None:  # the judge asked a human: answer as one would
                session.resume({"action": "approve"})
            times.append((time.perf_counter() - start) * 1000)
            if i in marks:
                rows.append({
                    "run": label, "memory": memory, "turns": i,
                    "p50_ms": round(statistics.median(times[-min(len(times), 1000):]), 2),
                    "p95_ms": round(percentile(times[-min(len(times), 1000):], 0.95), 2),
                    "bytes_per_turn": round(_bytes(home) / i),
                })
    session.close()
    return rows


@click.command("session")
@click.option("--turns", type=click.IntRange(min=10), default=10_000, show_default=True)
@click.option("--baseline-turns", type=click.IntRange(min=0), default=2_000, show_default=True)
@click.option("--memory/--no-memory", default=False, show_default=True,
              help="include long-term memory recall and writes (its own benchmark: `aegis bench memory`)")
@click.option("--json", "as_json", is_flag=True)
def bench_session(turns: int, baseline_turns: int, memory: bool, as_json: bool) -> None:
    """Per-turn overhead p50/p95 (last 1,000 turns) and bytes per turn, AEGIS vs naive."""
    marks = sorted({m for m in (100, 1_000, 2_000, 5_000, 10_000, turns) if m <= turns})
    rows = _run("aegis", turns, marks, naive=False, memory=memory)
    if baseline_turns:
        base_marks = sorted({m for m in (100, 1_000, 2_000, baseline_turns) if m <= baseline_turns})
        rows += _run("naive", baseline_turns, base_marks, naive=True, memory=memory)
    if as_json:
        click.echo(json.dumps(rows))
        return
    click.echo(f"{'run':>6} {'memory':>6} {'turns':>7} {'p50 ms':>8} {'p95 ms':>8} {'bytes/turn':>11}")
    for r in rows:
        click.echo(f"{r['run']:>6} {str(r['memory']):>6} {r['turns']:>7} {r['p50_ms']:>8} {r['p95_ms']:>8} "
                   f"{r['bytes_per_turn']:>11}")
