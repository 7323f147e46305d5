"""`aegis prompt show | history | diff A B | rollback VERSION | edit | proposals`: the versions of
the editable part of the system prompt. The safety core is shown (`show --full`), never edited."""

from __future__ import annotations

import difflib
from pathlib import Path

import click

from agent.cli.common import CliError, echo_json, settings_of


def _version_number(raw: str) -> int:
    text = raw.strip().lower().split(":")[0].lstrip("v")
    if not text.isdigit():
        raise CliError(f"'{raw}' is not a prompt version; use a number such as 3 or v3 (see `aegis prompt history`)")
    return int(text)


def _get(settings, raw: str):
    from graphs.prompt_policy import store_of

    version = store_of(settings).get(_version_number(raw))
    if version is None:
        raise CliError(f"there is no prompt version {raw}; see `aegis prompt history`")
    return version


@click.group()
def prompt() -> None:
    """The agent's own prompt: versions, diffs, rollback, manual edit."""


@prompt.command()
@click.option("--version", "version", default=None, help="a version other than the active one")
@click.option("--full", is_flag=True, help="include the fixed safety core")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def show(ctx: click.Context, version: str | None, full: bool, as_json: bool) -> None:
    """Print the active (or a given) version's editable text."""
    from graphs.prompt_policy import active_version, compose, version_label

    settings = settings_of(ctx)
    v = _get(settings, version) if version else active_version(settings)
    text = compose(v.text) if full else v.text
    if as_json:
        echo_json({**v.to_dict(), "label": version_label(v), "text": text})
    else:
        click.echo(f"# prompt {version_label(v)} ({v.author}{', active' if v.active else ''})", err=True)
        click.echo(text)


@prompt.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def history(ctx: click.Context, as_json: bool) -> None:
    """All versions, oldest first."""
    from graphs.prompt_policy import active_version, store_of

    settings = settings_of(ctx)
    active_version(settings)
    versions = [v.summary() for v in store_of(settings).history()]
    if as_json:
        echo_json(versions)
        return
    for v in versions:
        mark = "*" if v["active"] else " "
        parent = f"v{v['parent']}" if v["parent"] else "-"
        click.echo(f"{mark} v{v['version']:<4} parent {parent:<5} {v['author']:<7} {v['created']}  {v['rationale'][:80]}")


@prompt.command()
@click.argument("a")
@click.argument("b")
@click.pass_context
def diff(ctx: click.Context, a: str, b: str) -> None:
    """Unified diff of the editable text of versions A and B."""
    settings = settings_of(ctx)
    va, vb = _get(settings, a), _get(settings, b)
    lines = difflib.unified_diff(va.text.splitlines(), vb.text.splitlines(), f"v{va.version}", f"v{vb.version}", lineterm="")
    out = "\n".join(lines)
    click.echo(out or f"v{va.version} and v{vb.version} have the same text")


@prompt.command()
@click.argument("version")
@click.pass_context
def rollback(ctx: click.Context, version: str) -> None:
    """Make VERSION's exact text active again (recorded as a new version)."""
    from graphs.prompt_gate import rollback as do_rollback

    settings = settings_of(ctx)
    try:
        outcome = do_rollback(settings, _version_number(version))
    except LookupError as exc:
        raise CliError(f"{exc}; see `aegis prompt history`") from None
    if outcome.status != "committed":
        raise CliError(f"rollback rejected: {outcome.reason}")
    click.echo(f"prompt v{outcome.version} is active (the text of v{_version_number(version)})")


@prompt.command()
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="take the new editable text from FILE instead of opening $EDITOR")
@click.option("--rationale", default="manual edit", show_default=True)
@click.pass_context
def edit(ctx: click.Context, file: Path | None, rationale: str) -> None:
    """Edit the editable part in $EDITOR; the result must pass the gate to become active."""
    from agent.providers import ProviderError, make_provider
    from graphs.prompt_gate import submit_edit
    from graphs.prompt_policy import active_version

    settings = settings_of(ctx)
    current = active_version(settings)
    if file is not None:
        new = file.read_text(encoding="utf-8")
    else:
        new = click.edit(current.text, extension=".md", require_save=True)
        if new is None:
            click.echo("prompt unchanged (nothing saved)")
            return
    if new.strip() == current.text.strip():
        click.echo("prompt unchanged")
        return
    try:
        provider = make_provider(settings)
    except ProviderError as exc:
        raise CliError(str(exc)) from None
    outcome = submit_edit(settings, provider, new.strip(), author="user", source="cli", rationale=rationale,
                          progress=lambda msg: click.echo(msg, err=True))
    if outcome.status != "committed":
        raise CliError(f"edit rejected: {outcome.reason}")
    click.echo(f"prompt v{outcome.version} is active")


@prompt.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--rejected", is_flag=True, help="only rejected proposals")
@click.pass_context
def proposals(ctx: click.Context, as_json: bool, rejected: bool) -> None:
    """Every proposed edit with the gate's outcome and reason."""
    from graphs.prompt_policy import store_of

    rows = store_of(settings_of(ctx)).proposals("rejected" if rejected else None)
    if as_json:
        echo_json(rows)
        return
    for r in rows:
        where = f"-> v{r['version']}" if r["version"] else ""
        click.echo(f"#{r['id']:<4} {r['created']} {r['source']:<8} {r['status']:<9} {where} {r['reason'][:100]}")
