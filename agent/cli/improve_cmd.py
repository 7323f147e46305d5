"""`aegis improve now | runs`: the self-improvement graph on request, and its past runs."""

from __future__ import annotations

import click

from agent.cli.common import CliError, echo_json, settings_of


@click.group()
def improve() -> None:
    """Self-improvement: propose, gate and commit prompt edits; curate tuning data."""


def _line(run: dict) -> str:
    version = f" -> v{run['version']}" if run.get("version") else ""
    return (f"#{run.get('id', '-')} {run.get('started', '')} {run.get('trigger', '')}: "
            f"{run['status']} {run.get('outcome', '')}{version} {run.get('detail', '')}").rstrip()


@improve.command()
@click.option("--detach", is_flag=True, help="start in the background and return at once")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def now(ctx: click.Context, detach: bool, as_json: bool) -> None:
    """Run the improve graph now."""
    from agent.providers import ProviderError
    from graphs.improve_graph import run_improve, start_background

    settings = settings_of(ctx)
    if detach:
        start_background(settings, "manual")
        click.echo("improve started in the background; see `aegis improve runs`")
        return
    click.echo("improve: collecting turns, proposing, gating, curating ...", err=True)
    try:
        run = run_improve(settings, "manual")
    except ProviderError as exc:
        raise CliError(str(exc)) from None
    if as_json:
        echo_json(run)
    else:
        click.echo(_line(run))
    if run["status"] == "error":
        raise CliError(f"improve failed: {run.get('detail', '')}", 1)


@improve.command()
@click.option("--limit", type=int, default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def runs(ctx: click.Context, limit: int, as_json: bool) -> None:
    """The latest runs and their outcomes."""
    from graphs.prompt_policy import store_of

    rows = [r.to_dict() for r in store_of(settings_of(ctx)).runs(limit)]
    if as_json:
        echo_json(rows)
        return
    if not rows:
        click.echo("no improve runs yet")
    for run in rows:
        click.echo(_line(run))
