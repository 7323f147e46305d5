"""`aegis bench startup`: wall time from process start to the final answer of a one-line
`aegis ask` on the embedded model, cold (fresh AEGIS_HOME) and warm, plus a breakdown measured
in a separate process (imports, session open, model load, the turn)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

import click

QUESTION = "Say hi in three words."


def _env(home: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AEGIS_")}
    env.update(AEGIS_HOME=home, AEGIS_MODEL_PROVIDER="llamacpp", AEGIS_MODEL_MAX_TOKENS="16")
    return env


def _timed_ask(home: str) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "agent.cli", "ask", QUESTION], env=_env(home),
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise click.ClickException(f"aegis ask failed: {proc.stderr.strip()[-300:]}")
    return time.perf_counter() - start


def probe() -> dict[str, float]:
    """Runs inside a fresh interpreter: where the time of one `aegis ask` goes."""
    marks: dict[str, float] = {}
    t0 = time.perf_counter()
    import graphs.agent_graph  # noqa: F401,E402
    from agent.session import LocalSession  # noqa: E402  (timed on purpose)
    from agent.settings import load_settings

    marks["imports_s"] = time.perf_counter() - t0
    t = time.perf_counter()
    session = LocalSession(load_settings())
    marks["open_session_s"] = time.perf_counter() - t
    t = time.perf_counter()
    session.services.provider.model.load()
    marks["model_load_s"] = time.perf_counter() - t
    t = time.perf_counter()
    session.ask(QUESTION)
    marks["turn_s"] = time.perf_counter() - t
    session.close()
    return {k: round(v, 3) for k, v in marks.items()}


@click.command("startup")
@click.option("--runs", type=click.IntRange(min=1), default=3, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def bench_startup(runs: int, as_json: bool) -> None:
    """Process start to final answer of `aegis ask`, cold and warm, with a breakdown."""
    cold, warm = [], []
    for i in range(runs):
        home = tempfile.mkdtemp(prefix="aegis-startup-")
        click.echo(f"run {i + 1}/{runs} ...", err=True)
        cold.append(_timed_ask(home))
        warm.append(_timed_ask(home))
    home = tempfile.mkdtemp(prefix="aegis-startup-")
    proc = subprocess.run([sys.executable, "-c", "import json; from agent.bench.startup import probe; "
                           "print(json.dumps(probe()))"], env=_env(home), capture_output=True, text=True)
    breakdown = json.loads(proc.stdout.strip().splitlines()[-1]) if proc.returncode == 0 else {"error": proc.stderr[-300:]}
    result = {"cold_s": round(min(cold), 3), "warm_s": round(min(warm), 3),
              "cold_runs_s": [round(x, 3) for x in cold], "warm_runs_s": [round(x, 3) for x in warm],
              "breakdown": breakdown, "target_s": 3.0}
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"cold {result['cold_s']} s, warm {result['warm_s']} s (best of {runs}; target <= 3 s)")
    for key, value in breakdown.items():
        click.echo(f"  {key:>15}: {value}")
