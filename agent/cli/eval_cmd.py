"""`aegis eval ...`: measured quality of AEGIS's parts on labelled data."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import replace
from pathlib import Path

import click

from agent.cli.common import CliError, echo_json, settings_of
from training.safety.rewrites import REWRITES


@click.group(name="eval")
def eval_group() -> None:
    """Evaluations on labelled data (measure only)."""


def _progress(enabled: bool):
    def report(done: int, total: int) -> None:
        if enabled and (done == total or done % 100 == 0):
            click.echo(f"\r  judged {done}/{total}", err=True, nl=done == total)
    return report


@eval_group.command("safety")
@click.option("--data", "data", required=True, type=click.Path(path_type=Path), help="labelled items")
@click.option("--format", "fmt", default="jsonl", show_default=True,
              type=click.Choice(["jsonl", "xstest", "harmbench", "cse-frr", "cse-interpreter"]))
@click.option("--workspace", type=click.Path(path_type=Path), default=None,
              help="launch directory that actions are judged against (default: current directory; an item with "
                   "\"files\" is judged in a temporary copy of this directory and the home holding them)")
@click.option("--home", type=click.Path(path_type=Path), default=None,
              help="home directory that actions are judged against (default: $HOME)")
@click.option("--rewrite", type=click.Choice(sorted(REWRITES)), default=None,
              help="judge each request rewritten to slip past a judge (invisible characters, look-alike letters, "
                   "accents, base64, hex, ROT13, digits for letters, letters spaced out, everyday chatter around "
                   "the ask); actions are judged as written")
@click.option("--json", "as_json", is_flag=True, help="print the metrics as one JSON object")
@click.pass_context
def eval_safety(ctx: click.Context, data: Path, fmt: str, workspace: Path | None, home: Path | None,
                rewrite: str | None, as_json: bool) -> None:
    """Judge every item of a labelled set with the SafetyJudge and report the metrics."""
    from tools.risk import ActionContext, assess_action
    from training.safety.evaluate import BINARY_FORMATS, EvalDataError, evaluate, load_items
    from training.safety.judge import load_request_judge

    try:
        items = load_items(data, fmt)
    except EvalDataError as exc:
        raise CliError(str(exc)) from None
    if rewrite is not None:
        items = [replace(item, text=REWRITES[rewrite](item.text)) if item.tool == "" else item for item in items]
    settings = settings_of(ctx)
    try:
        start = time.perf_counter()
        judge = load_request_judge(settings)
        load_ms = (time.perf_counter() - start) * 1000.0
    except ValueError as exc:
        raise CliError(str(exc)) from None
    home_dir = (home or Path(os.path.expanduser("~"))).resolve()
    try:
        result = evaluate(items, lambda text: str(judge.judge(text).decision),
                          lambda tool, where: assess_action(tool, where.args, ActionContext(
                              where.workspace, where.home, where.home / ".local/share/aegis")).decision,
                          binary=fmt in BINARY_FORMATS, progress=_progress(sys.stderr.isatty() and not as_json),
                          workspace=workspace, home=home_dir)
    except EvalDataError as exc:
        raise CliError(str(exc)) from None
    result["format"], result["data"], result["head_load_ms"] = fmt, str(data), round(load_ms, 2)
    result["rewrite"] = rewrite
    head = getattr(judge, "head", None)
    encoder = head.encoder if head is not None else None
    result["head"] = head.version if head is not None else "rules-only"
    result["encoder_weights"] = encoder.weights_run() if encoder is not None else None
    if as_json:
        echo_json(result)
        return
    _print_human(result)


def _print_human(result: dict) -> None:
    rewritten = f", rewritten: {result['rewrite']}" if result["rewrite"] else ""
    click.echo(f"{result['n']} items ({result['format']}{rewritten}), head {result['head']}")
    for true, row in sorted(result["confusion"].items()):
        click.echo(f"  {true:9} -> " + ", ".join(f"{p} {n}" for p, n in sorted(row.items())))
    for cls, m in result["per_class"].items():
        click.echo(f"  {cls:9} precision {m['precision']:.3f} recall {m['recall']:.3f} f1 {m['f1']:.3f}")
    click.echo(f"  refuse recall {result['refuse_recall']:.3f}, over-refusal {result['over_refusal_rate']:.3f}")
    if "binary" in result:
        click.echo(f"  unsafe-positive F1 {result['binary']['f1']:.3f}, FPR {result['binary']['fpr']:.3f}")
    weights = result["encoder_weights"]
    ran = f" (encoder weights run {', '.join(f'{k} {v}' for k, v in weights.items())})" if weights else ""
    click.echo(f"  latency p50 {result['latency_ms']['p50']:.2f} ms, p95 {result['latency_ms']['p95']:.2f} ms{ran}")
