"""`aegis memory ...`: search, list, add, forget, compact and count long-term memories."""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager

import click

from agent.cli.common import EXIT_BAD_INPUT, EXIT_INTERNAL, CliError, echo_json, settings_of


@contextmanager
def _opened(ctx: click.Context):
    from memory.longterm import MemoryUnavailable, open_memory

    settings = settings_of(ctx)
    if not settings.memory.enabled:
        raise CliError("long-term memory is disabled (memory.enabled = false)", EXIT_BAD_INPUT)
    try:
        mem = open_memory(settings)
    except MemoryUnavailable as exc:
        raise CliError(str(exc), EXIT_INTERNAL) from None
    try:
        yield mem
    except MemoryUnavailable as exc:
        raise CliError(str(exc), EXIT_INTERNAL) from None
    finally:
        mem.close()


def _day(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def _one_line(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@click.group()
def memory() -> None:
    """Long-term memory (ChromaDB under $AEGIS_HOME/chroma)."""


@memory.command()
@click.argument("text")
@click.option("--k", "k", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="a list of {id, text, kind, score, provenance}, best first")
@click.pass_context
def search(ctx: click.Context, text: str, k: int, as_json: bool) -> None:
    """Find the memories most relevant to TEXT."""
    if not text.strip():
        raise CliError("search text is empty", EXIT_BAD_INPUT)
    with _opened(ctx) as mem:
        found = mem.recall(text, k, touch=False)
    if as_json:
        echo_json([{"id": m.id, "text": m.text, "kind": m.kind, "score": round(m.score, 4),
                    "provenance": m.provenance} for m in found])
        return
    if not found:
        click.echo("no matching memories")
    for m in found:
        click.echo(f"{m.id}  {m.score:.3f}  {m.kind:<8} {m.provenance:<5} {_one_line(m.text)}")


@memory.command("list")
@click.option("--status", default="active", show_default=True,
              type=click.Choice(["active", "superseded", "merged", "forgotten", "expired", "all"]))
@click.option("--kind", type=click.Choice(["episodic", "fact", "note"]), default=None)
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def list_memories(ctx: click.Context, status: str, kind: str | None, limit: int, as_json: bool) -> None:
    """List memories, newest first."""
    with _opened(ctx) as mem:
        rows = list(mem.catalog.iter(status=None if status == "all" else status, kind=kind, limit=limit))
    if as_json:
        echo_json([m.as_dict() for m in rows])
        return
    if not rows:
        click.echo("no memories")
    for m in rows:
        extra = f" -> {m.superseded_by}" if m.superseded_by else ""
        click.echo(f"{m.id}  {_day(m.created)}  {m.kind:<8} {m.provenance:<5} {m.status}{extra}  "
                   f"{_one_line(m.text, 70)}")


@memory.command()
@click.argument("text")
@click.option("--importance", type=click.FloatRange(0.0, 1.0), default=None)
@click.pass_context
def add(ctx: click.Context, text: str, importance: float | None) -> None:
    """Store TEXT as something the user said (facts are detected and kept as facts)."""
    with _opened(ctx) as mem:
        try:
            report = mem.remember(text, provenance="user", importance=importance)
        except ValueError as exc:
            raise CliError(str(exc), EXIT_BAD_INPUT) from None
    for line in report.lines():
        click.echo(line)


@memory.command()
@click.argument("memory_id")
@click.option("--yes", is_flag=True, help="do not ask before forgetting something the user stated")
@click.pass_context
def forget(ctx: click.Context, memory_id: str, yes: bool) -> None:
    """Forget one memory by id (its text is erased; the log keeps that it was forgotten)."""
    with _opened(ctx) as mem:
        memory_row = mem.catalog.get(memory_id)
        if memory_row is None:
            raise CliError(f"no memory with id {memory_id}; see `aegis memory list`", EXIT_BAD_INPUT)
        if memory_row.provenance == "user" and memory_row.kind != "episodic" and not yes:
            if not sys.stdin.isatty():
                raise CliError(f"{memory_id} is something you stated; pass --yes to forget it", EXIT_BAD_INPUT)
            click.confirm(f"Forget what you told me: {_one_line(memory_row.text, 60)!r}?", abort=True)
        forgotten = mem.forget(memory_id)
    click.echo(f"forgot {forgotten.id} ({forgotten.kind} from {forgotten.provenance})")


@memory.command()
@click.pass_context
def compact(ctx: click.Context) -> None:
    """Merge near-duplicates and expire old, unimportant memories; report every removal."""
    from memory.longterm.maintenance import compact as run_compact

    with _opened(ctx) as mem:
        total = mem.catalog.active_count()
        with click.progressbar(length=total, label="checking memories", file=sys.stderr) as bar:
            report = run_compact(mem, progress=bar.update)
    for line in report.lines():
        click.echo(line)
    click.echo(f"compact: {len(report.merged)} merged, {len(report.expired)} expired "
               "(kept in the catalog; `aegis memory list --status all`)")


@memory.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts by status and kind, and the store's location."""
    with _opened(ctx) as mem:
        counts = mem.catalog.count_by()
        events = mem.catalog.events(5)
        root = str(mem.root)
        model = mem.settings.embedding_model or "all-MiniLM-L6-v2 (packaged)"
    data = {"store": root, "embedding_model": model,
            "counts": {f"{status}/{kind}": n for (status, kind), n in sorted(counts.items())},
            "recent_events": [{"at": at, "action": a, "id": i, "detail": d} for at, a, i, d in events]}
    if as_json:
        echo_json(data)
        return
    click.echo(f"store: {root}")
    click.echo(f"embedding model: {model}")
    if not counts:
        click.echo("no memories")
    for key, n in data["counts"].items():
        click.echo(f"  {key:<22} {n}")
    for at, action, memory_id, detail in events:
        click.echo(f"  {_day(at)} {action} {memory_id or '-'}: {_one_line(detail, 70)}")
