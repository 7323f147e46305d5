"""`aegis bench actions`: milliseconds per tool call of the action rules, over the project's red-team action sets.

Each call is judged where `aegis eval safety` judges it (with its files: in a fresh temporary copy of the workspace and
home). With `--baseline DIR` (another AEGIS tree, such as a `git worktree` of an earlier commit) both trees judge the
same sets side by side: one long-lived worker process each, taking each set in turn in alternating order, so that a
machine's drift between minutes falls on both alike; the decisions of the two are compared call by call."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click

from agent.bench import percentile
from training.safety.dataset import DATA_DIR, MAC_ACTION_SETS

_WORKER = Path(__file__).with_name("action_worker.py")


def set_numbers(spec: str) -> list[int]:
    """`43-82,7` -> [43, ..., 82, 7]."""
    numbers: list[int] = []
    for part in spec.split(","):
        low, _, high = part.strip().partition("-")
        try:
            numbers += list(range(int(low), int(high or low) + 1))
        except ValueError:
            raise click.BadParameter(f"{part!r} is not a set number or a range such as 43-82") from None
    return numbers


def _request(number: int) -> dict[str, str]:
    path = DATA_DIR / f"dev_actions_redteam{number}.jsonl"
    if not path.exists():
        raise click.ClickException(f"there is no red-team action set {number} ({path.name})")
    return {"path": str(path), "home": "/Users/user" if path.name in MAC_ACTION_SETS else "/home/user"}


def _summary(ms: list[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(ms, 0.5), 2), "p95_ms": round(percentile(ms, 0.95), 2)}


class _Worker:
    def __init__(self, tree: Path):
        if not (tree / "tools" / "risk.py").exists():
            raise click.ClickException(f"{tree} is not an AEGIS tree (no tools/risk.py)")
        self.process = subprocess.Popen([sys.executable, str(_WORKER), str(tree)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)

    def judge(self, request: dict[str, str]) -> list[list]:
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise click.ClickException(f"the worker judging {Path(request['path']).name} stopped (see its error above)")
        return json.loads(answer)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)


def run(numbers: list[int], rounds: int, trees: dict[str, Path],
        progress=lambda _round, _name, _summary: None) -> dict:
    requests = [_request(n) for n in numbers]
    workers = {name: _Worker(tree) for name, tree in trees.items()}
    ms: dict[str, list[list[float]]] = {name: [] for name in trees}
    decisions: dict[str, list[str]] = {}
    try:
        for r in range(rounds):
            taken: dict[str, list[list]] = {name: [] for name in trees}
            for i, request in enumerate(requests):
                order = list(trees) if (i + r) % 2 == 0 else list(reversed(trees))
                for name in order:
                    taken[name] += workers[name].judge(request)
            for name, calls in taken.items():
                ms[name].append([c[1] for c in calls])
                decisions.setdefault(name, [c[0] for c in calls])
                progress(r + 1, name, _summary(ms[name][-1]))
    finally:
        for worker in workers.values():
            worker.close()
    result: dict = {"sets": numbers, "calls": len(next(iter(decisions.values()))), "rounds": rounds, "trees": {}}
    for name in trees:
        pooled = [x for one in ms[name] for x in one]
        result["trees"][name] = {
            "tree": str(trees[name]),
            "rounds": [_summary(one) for one in ms[name]],
            "pooled": _summary(pooled),
            "decisions": {d: decisions[name].count(d) for d in sorted(set(decisions[name]))}}
    if "baseline" in trees:
        result["decisions_differ"] = sum(a != b for a, b in zip(decisions["this"], decisions["baseline"], strict=True))
        this, base = result["trees"]["this"]["pooled"], result["trees"]["baseline"]["pooled"]
        result["p95_ratio"] = round(this["p95_ms"] / base["p95_ms"], 3)
    return result


@click.command("actions")
@click.option("--sets", "spec", default="43-82", show_default=True,
              help="red-team action sets, as numbers and ranges (43-82 are the calls that run files of the workspace)")
@click.option("--rounds", type=click.IntRange(min=1), default=3, show_default=True)
@click.option("--baseline", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="another AEGIS tree (such as a git worktree of an earlier commit) judged side by side")
@click.option("--json", "as_json", is_flag=True)
def bench_actions(spec: str, rounds: int, baseline: Path | None, as_json: bool) -> None:
    """p50 and p95 ms per tool call of the action rules (target: p95 <= 10 ms)."""
    trees = {"this": Path(__file__).resolve().parents[2]}
    if baseline is not None:
        trees["baseline"] = baseline.resolve()
    numbers = set_numbers(spec)
    click.echo(f"judging {len(numbers)} action sets x {rounds} rounds with {' and '.join(trees)} ...", err=True)
    result = run(numbers, rounds, trees,
                 lambda r, name, s: click.echo(f"  round {r} {name}: p50 {s['p50_ms']} ms  p95 {s['p95_ms']} ms", err=True))
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"{result['calls']} calls of {len(numbers)} sets, {rounds} rounds")
    for name, t in result["trees"].items():
        rounds_p95 = " / ".join(str(one["p95_ms"]) for one in t["rounds"])
        click.echo(f"  {name:<9} p95 by round {rounds_p95} ms; pooled p50 {t['pooled']['p50_ms']} ms, "
                   f"p95 {t['pooled']['p95_ms']} ms  ({t['tree']})")
    if baseline is not None:
        click.echo(f"  p95 this / baseline {result['p95_ratio']}; decisions that differ: {result['decisions_differ']}")
