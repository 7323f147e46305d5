"""`aegis ask`, `aegis approve`, `aegis deny`: one turn, or the answer to a waiting one."""

from __future__ import annotations

import sys

import click

from agent.cli.common import EXIT_PENDING, echo_json, settings_of
from agent.cli.runner import session_for


def _report(result, as_json: bool) -> None:
    from agent.session import describe_pending

    if as_json:
        echo_json(result.to_dict())
    elif result.pending_approval is not None:
        click.echo(f"aegis needs your approval: {describe_pending(result.pending_approval)}")
        click.echo("  answer with `aegis approve` or `aegis deny --reason TEXT`")
    else:
        click.echo(result.answer)
    if result.pending_approval is not None:
        sys.exit(EXIT_PENDING)


def _pending_exit(exc, as_json: bool) -> None:
    from agent.session import TurnResult

    payload = exc.payload
    result = TurnResult(None, "ESCALATE", payload.get("category"), None, payload.get("rationale"),
                        payload.get("request_id"), payload)
    if not as_json:
        click.echo(f"aegis: {exc}", err=True)
    _report(result, as_json)


@click.command()
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object")
@click.pass_context
def ask(ctx: click.Context, text: str, as_json: bool) -> None:
    """Run one turn of the session and print the answer."""
    from agent.cli.common import CliError
    from agent.session import PendingApproval, SessionError, validate_input

    settings = settings_of(ctx)
    try:
        validate_input(text, settings.history.max_input_chars)  # before any file is opened
    except SessionError as exc:
        raise CliError(str(exc)) from None
    with session_for(settings) as session:
        try:
            result = session.ask(text)
        except PendingApproval as exc:
            _pending_exit(exc, as_json)
            return
        for note in session.new_notices():
            click.echo(f"aegis: {note}", err=True)
    _report(result, as_json)


def _check_request(session, request_id: str | None) -> None:
    from agent.cli.common import CliError

    pending = session.pending()
    if pending is None:
        raise CliError("no turn is waiting for approval")
    if request_id and pending.get("request_id") != request_id:
        raise CliError(f"the waiting turn is {pending.get('request_id')}, not {request_id}")


@click.command()
@click.argument("request_id", required=False)
@click.option("--always", is_flag=True, help="also allow this exact action in this workspace from now on")
@click.option("--pattern", "glob", default=None, metavar="GLOB",
              help="also allow this tool in this workspace whenever its command/path matches GLOB")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def approve(ctx: click.Context, request_id: str | None, always: bool, glob: str | None, as_json: bool) -> None:
    """Approve the action a waiting turn asked about, and finish the turn.

    With --always or --pattern the approval becomes a standing rule (`aegis rules list`); a rule
    never covers a forbidden (DENY) action, nor an MCP tool whose description changed."""
    from agent.cli.common import CliError

    if always and glob:
        raise CliError("give --always or --pattern, not both")
    reply: dict = {"action": "approve"}
    if always:
        reply["remember"] = "exact"
    elif glob is not None:
        reply.update(remember="pattern", pattern=glob)
    with session_for(settings_of(ctx)) as session:
        _check_request(session, request_id)
        if always or glob is not None:
            _check_rule(session.pending(), glob)
        result = session.resume(reply)
    _report(result, as_json)


def _check_rule(pending: dict, glob: str | None) -> None:
    """A rule needs an action to remember, and a pattern must cover the action it is made at."""
    from agent.cli.common import CliError
    from memory.approval_rules import pattern_matches, subject

    actions = pending.get("actions") or []
    if not actions:
        raise CliError("the waiting turn asks about the request, not an action; rules cover actions only")
    if glob is not None:
        if not glob.strip() or not glob.strip("*? "):
            raise CliError("the pattern must name something; a bare `*` would allow every call")
        first = actions[0]
        if not pattern_matches(first["tool"], glob, first["args"]):
            raise CliError(f"pattern {glob!r} does not match {subject(first['tool'], first['args'])!r}"
                           + (" (shell patterns cover one simple command: no ; | & $ ` < >)" if first["tool"] == "shell" else ""))


@click.command()
@click.argument("request_id", required=False)
@click.option("--reason", default="", help="told to the model")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def deny(ctx: click.Context, request_id: str | None, reason: str, as_json: bool) -> None:
    """Deny the action a waiting turn asked about, and finish the turn."""
    with session_for(settings_of(ctx)) as session:
        _check_request(session, request_id)
        result = session.resume({"action": "deny", "reason": reason})
    _report(result, as_json)
