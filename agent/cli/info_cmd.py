"""`aegis history` and `aegis status`: read-only views of the session."""

from __future__ import annotations

import time
from pathlib import Path

import click

from agent.cli.common import echo_json, settings_of


def _size(path: Path) -> int:
    """Bytes of a SQLite database including its WAL and shared-memory files."""
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists())


@click.command()
@click.option("--last", "last_n", type=click.IntRange(min=1), default=None, help="only the last N entries")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def history(ctx: click.Context, last_n: int | None, as_json: bool) -> None:
    """The session transcript, oldest first."""
    from memory.appdb import Transcript

    settings = settings_of(ctx)
    entries = Transcript(settings.paths.app_db, settings.session).last(last_n)
    if as_json:
        echo_json([e.to_dict() for e in entries])
        return
    for e in entries:
        stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(e.timestamp))
        click.echo(f"[{stamp}] {e.role}: {e.content}")


@click.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Provider and model, session turns, storage sizes."""
    from agent.providers import make_provider
    from agent.session import server_owner
    from graphs.improve_graph import last_improve_run
    from memory.appdb import Transcript

    settings = settings_of(ctx)
    paths = settings.paths
    provider = make_provider(settings)
    info = {
        "provider": settings.model.provider,
        "model": provider.label,
        "model_note": provider.note or None,
        "session": settings.session,
        "thread_id": settings.thread_id,
        "home": str(settings.home),
        "turns": Transcript(paths.app_db, settings.session).turns() if paths.app_db.exists() else 0,
        "state_db_bytes": _size(paths.state_db),
        "aegis_db_bytes": _size(paths.app_db),
        "server": server_owner(settings),
        "last_improve": last_improve_run(settings) if paths.app_db.exists() else None,
    }
    if as_json:
        echo_json(info)
        return
    for key, value in info.items():
        if value is not None:
            click.echo(f"{key:>15}: {value}")
