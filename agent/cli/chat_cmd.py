"""`aegis chat` (also plain `aegis`): the streaming terminal chat on the endless session."""

from __future__ import annotations

import json

import click

from agent.cli.common import settings_of
from agent.cli.runner import session_for

HELP = """commands:
  /help      this help
  /history   the last 20 transcript entries
  /status    model, session and storage
  /good      the last answer was good
  /bad [why] the last answer was bad (a comment helps the agent improve)
  /quit      leave (the session continues next time, from any directory)
Ctrl-C cancels the current turn; Ctrl-D leaves."""


def _ask_edit(action: dict) -> dict | None:
    args = action.get("args") or {}
    if set(args) == {"command"}:
        new = click.prompt("  new command", default=args["command"])
        return {"command": new}
    raw = click.prompt("  new arguments (JSON)", default=json.dumps(args, ensure_ascii=False))
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        click.echo("  not valid JSON; nothing changed")
        return None
    return value if isinstance(value, dict) else None


def _approval_reply(payload: dict) -> dict:
    """Asks the human. For actions, besides approve / deny / edit: [A]lways (this exact action in
    this workspace) or [p]attern (this tool whenever its command/path matches a glob); both make
    a standing rule (`aegis rules list|rm`). MCP tools that are new or changed show why."""
    from agent.session import describe_pending

    click.echo(f"aegis needs your approval: {describe_pending(payload)}")
    actions = payload.get("actions") or []
    can_edit = bool(actions)
    choices = "[a]pprove / [A]lways / [p]attern / [d]eny / [e]dit" if can_edit else "[a]pprove / [d]eny"
    while True:
        raw = click.prompt(f"  {choices} ?", default="d").strip()
        choice = "A" if raw == "A" or raw.lower() == "always" else raw.lower()[:1]
        if choice == "a":
            return {"action": "approve"}
        if choice == "A" and can_edit:
            return {"action": "approve", "remember": "exact"}
        if choice == "p" and can_edit:
            glob = _ask_pattern(actions[0])
            if glob is not None:
                return {"action": "approve", "remember": "pattern", "pattern": glob}
        if choice == "d":
            return {"action": "deny", "reason": click.prompt("  reason", default="", show_default=False)}
        if choice == "e" and can_edit:
            edited = _ask_edit(actions[0])
            if edited is not None:
                return {"action": "edit", "args": edited}


def _ask_pattern(action: dict) -> str | None:
    """A glob for [p]attern, checked against the action at hand; None to go back to the choices."""
    from memory.approval_rules import pattern_matches, subject

    current = subject(action["tool"], action["args"])
    default = (current.split()[0] + " *") if action["tool"] == "shell" and current.split() else current
    glob = click.prompt(f"  allow {action['tool']} in this workspace when it matches (glob)", default=default).strip()
    if not glob.strip("*? "):
        click.echo("  a bare `*` would allow every call; name something")
        return None
    if not pattern_matches(action["tool"], glob, action["args"]):
        hint = " (shell patterns cover one simple command: no ; | & $ ` < >)" if action["tool"] == "shell" else ""
        click.echo(f"  {glob!r} does not match {current!r}{hint}")
        return None
    return glob


class _Printer:
    def __init__(self):
        self.started = False
        self.text = ""

    def __call__(self, piece: str) -> None:
        if not self.started:
            click.echo("aegis> ", nl=False)
            self.started = True
        self.text += piece
        click.echo(piece, nl=False)

    def finish(self, result) -> None:
        if self.started:
            click.echo("")
        if result.answer is not None and result.answer.strip() != self.text.strip():
            click.echo(f"aegis> {result.answer}")


def _turn(session, call) -> None:
    """Run one turn (or resume) with streaming, then answer approvals until the turn ends."""
    printer = _Printer()
    try:
        result = call(printer)
        printer.finish(result)
        while result.pending_approval is not None:
            reply = _approval_reply(result.pending_approval)
            printer = _Printer()
            result = session.resume(reply, on_token=printer)
            printer.finish(result)
    except KeyboardInterrupt:
        click.echo("\n(cancelling the turn)")
        session.cancel()


def _slash(command: str, ctx: click.Context) -> bool:
    """Handle a /command; False means quit."""
    name = command.split()[0]
    if name in ("/quit", "/exit"):
        return False
    if name == "/help":
        click.echo(HELP)
    elif name == "/history":
        from agent.cli.info_cmd import history

        ctx.invoke(history, last_n=20, as_json=False)
    elif name in ("/good", "/bad"):
        from training.rewards import record_feedback

        comment = command[len(name):].strip()
        try:
            record_feedback(settings_of(ctx), name[1:], None, comment)
            click.echo(f"thanks: recorded {name[1:]} for the last answer")
        except LookupError as exc:
            click.echo(f"aegis: {exc}")
    elif name == "/status":
        from agent.cli.info_cmd import status

        ctx.invoke(status, as_json=False)
    else:
        click.echo(f"unknown command {name}; /help lists them")
    return True


@click.command()
@click.pass_context
def chat(ctx: click.Context) -> None:
    """Open the chat on the endless session."""
    from agent.session import SessionError

    settings = settings_of(ctx)
    with session_for(settings) as session:
        click.echo(f"aegis: session '{settings.session}' · model {session.model_label} · /help for commands")
        for note in session.new_notices():
            click.echo(f"aegis: {note}")
        resumed = session.continue_unfinished()
        if resumed is not None:
            click.echo("aegis: finished a turn that was cut off last time:")
            _Printer().finish(resumed)
        pending = session.pending()
        if pending is not None:
            _turn(session, lambda sink: session.resume(_approval_reply(pending), on_token=sink))
        while True:
            try:
                text = input("you> ")
            except EOFError:
                click.echo("")
                break
            except KeyboardInterrupt:
                click.echo("")
                continue
            if not text.strip():
                continue
            if text.startswith("/"):
                if not _slash(text.strip(), ctx):
                    break
                continue
            try:
                _turn(session, lambda sink, t=text: session.ask(t, on_token=sink))
            except SessionError as exc:  # bad input, busy session: say so and keep chatting
                click.echo(f"aegis: {exc}")
            for note in session.new_notices():
                click.echo(f"aegis: {note}")
