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
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def approve(ctx: click.Context, request_id: str | None, as_json: bool) -> None:
    """Approve the action a waiting turn asked about, and finish the turn."""
    with session_for(settings_of(ctx)) as session:
        _check_request(session, request_id)
        result = session.resume({"action": "approve"})
    _report(result, as_json)


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
