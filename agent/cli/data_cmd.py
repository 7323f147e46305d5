"""`aegis data list | show ID | add | import FILE | rm ID | export PATH | stats | approve ID | curate`:
the tuning dataset. Import and export use chat JSONL (`{"messages": [...]}` per line)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from agent.cli.common import CliError, echo_json, settings_of


def _store(ctx: click.Context):
    from memory.tuning_store import TuningStore

    return TuningStore(settings_of(ctx).paths.app_db)


def _rules(ctx: click.Context):
    from training.curation import Rules

    return Rules.of(settings_of(ctx).improve)


def _example(ctx: click.Context, example_id: int):
    ex = _store(ctx).get(example_id)
    if ex is None:
        raise CliError(f"there is no example {example_id}; see `aegis data list`")
    return ex


@click.group()
def data() -> None:
    """The tuning dataset: examples, provenance, rewards, curation."""


@data.command("list")
@click.option("--all", "show_all", is_flag=True, help="include removed examples")
@click.option("--kind", type=click.Choice(["sft", "preference"]), default=None)
@click.option("--split", type=click.Choice(["train", "eval"]), default=None)
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def list_examples(ctx: click.Context, show_all: bool, kind: str | None, split: str | None, limit: int, as_json: bool) -> None:
    """Examples, oldest first."""
    rows = _store(ctx).examples(status=None if show_all else "active", kind=kind, split=split)[-limit:]
    if as_json:
        echo_json([ex.to_dict() for ex in rows])
        return
    for ex in rows:
        user = next((m["content"] for m in ex.messages if m["role"] == "user"), "")
        flags = "" if ex.usable else (" [removed: " + ex.removed_reason + "]" if ex.status != "active" else " [needs approval]")
        reward = f"{ex.reward:+.1f}" if ex.reward is not None else "  - "
        click.echo(f"{ex.id:>5} {ex.kind:<10} {ex.split:<5} {ex.provenance:<6} q={ex.quality:.2f} r={reward} "
                   f"{ex.label:<9} {user[:60]!r}{flags}")


@data.command()
@click.argument("example_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def show(ctx: click.Context, example_id: int, as_json: bool) -> None:
    """One example in full."""
    ex = _example(ctx, example_id)
    if as_json:
        echo_json(ex.to_dict())
        return
    d = ex.to_dict()
    click.echo(" ".join(f"{k}={d[k]}" for k in ("id", "kind", "provenance", "approved", "reward", "quality",
                                                  "label", "split", "status", "removed_reason", "created")))
    for m in ex.messages:
        click.echo(f"[{m['role']}] {m['content']}")
    if ex.rejected:
        click.echo(f"[rejected] {ex.rejected}")


@data.command()
@click.option("--user", "user", required=True, help="the user's message")
@click.option("--assistant", "assistant", required=True, help="the answer to learn")
@click.option("--system", "system", default="", help="an optional system message")
@click.option("--label", default="chat", show_default=True)
@click.pass_context
def add(ctx: click.Context, user: str, assistant: str, system: str, label: str) -> None:
    """Add one example (provenance `user`); it passes curation like any other."""
    from training.curation import Candidate, admit

    messages = ([{"role": "system", "content": system}] if system else []) + [
        {"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    result = admit(_store(ctx), Candidate(messages=messages, provenance="user", label=label), _rules(ctx))
    if result.example_id is None:
        raise CliError(f"not added: {result.reason} ({result.detail})")
    click.echo(f"added example {result.example_id}")


def _candidate_of(row: object):
    """A Candidate from one JSONL record: {"messages": [...]} or {"prompt", "chosen", "rejected"}."""
    from training.curation import BadExample, Candidate

    if not isinstance(row, dict):
        raise BadExample("each line must be a JSON object")
    label = str(row.get("label") or "chat")
    if "messages" in row:
        return Candidate(messages=row["messages"], provenance="user", label=label)
    if {"prompt", "chosen", "rejected"} <= row.keys():
        chosen, rejected = row["chosen"], row["rejected"]
        if not (isinstance(chosen, list) and isinstance(rejected, list) and chosen and rejected
                and isinstance(row["prompt"], list)):
            raise BadExample("`prompt`, `chosen` and `rejected` must be lists of messages")
        rejected_text = rejected[-1].get("content", "") if isinstance(rejected[-1], dict) else ""
        return Candidate(messages=[*row["prompt"], *chosen], rejected=str(rejected_text), kind="preference",
                         provenance="user", label=label)
    raise BadExample('a line needs "messages" (or "prompt", "chosen" and "rejected")')


@data.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def import_file(ctx: click.Context, file: Path, as_json: bool) -> None:
    """Import chat JSONL (provenance `user`); each line passes curation; drops are reported."""
    from training.curation import BadExample, admit, dedup_index

    store, rules = _store(ctx), _rules(ctx)
    index = dedup_index(store, rules)
    added, dropped = [], []
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise CliError(f"{file} is not UTF-8 text; export it as UTF-8 JSONL") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            candidate = _candidate_of(json.loads(line))
        except (json.JSONDecodeError, BadExample) as exc:
            reason = "malformed"
            store.log_drop(reason, f"{file.name}:{number}: {exc}")
            dropped.append({"line": number, "reason": reason, "detail": str(exc)})
            continue
        result = admit(store, candidate, rules, index)
        if result.example_id is None:
            dropped.append({"line": number, "reason": result.reason, "detail": result.detail})
        else:
            added.append(result.example_id)
    report = {"file": str(file), "added": len(added), "dropped": len(dropped), "drops": dropped, "ids": added}
    if as_json:
        echo_json(report)
        return
    click.echo(f"imported {len(added)} example(s) from {file}, dropped {len(dropped)}")
    for d in dropped:
        click.echo(f"  line {d['line']}: {d['reason']} ({d['detail']})")


@data.command()
@click.argument("example_id", type=int)
@click.option("--reason", default="removed by the user", show_default=True)
@click.pass_context
def rm(ctx: click.Context, example_id: int, reason: str) -> None:
    """Remove an example (kept, marked removed, with the reason logged)."""
    _example(ctx, example_id)
    if not _store(ctx).remove(example_id, "user_removed", reason):
        raise CliError(f"example {example_id} is already removed")
    click.echo(f"removed example {example_id}")


@data.command()
@click.argument("example_id", type=int)
@click.pass_context
def approve(ctx: click.Context, example_id: int) -> None:
    """Approve an example whose content came from the web, MCP or files, so training may use it."""
    ex = _example(ctx, example_id)
    if ex.status != "active":
        raise CliError(f"example {example_id} is removed ({ex.removed_reason})")
    _store(ctx).set_fields(example_id, approved=True)
    click.echo(f"approved example {example_id} ({ex.provenance})")


@data.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--kind", type=click.Choice(["sft", "preference"]), default="sft", show_default=True)
@click.option("--split", type=click.Choice(["train", "eval", "all"]), default="all", show_default=True)
@click.pass_context
def export(ctx: click.Context, path: Path, kind: str, split: str) -> None:
    """Write usable examples as JSONL for the trainer: sft as {"messages"}, preference pairs as
    {"prompt", "chosen", "rejected"}."""
    rows = [ex for ex in _store(ctx).examples(kind=kind, split=None if split == "all" else split) if ex.usable]
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for ex in rows:
            if kind == "sft":
                record = {"messages": ex.messages}
            else:
                record = {"prompt": ex.messages[:-1], "chosen": [ex.messages[-1]],
                          "rejected": [{"role": "assistant", "content": ex.rejected}]}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    click.echo(f"wrote {len(rows)} {kind} example(s) to {path}")


@data.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def stats(ctx: click.Context, as_json: bool) -> None:
    """Examples by kind, split, label and provenance; rewards by signal; curation removals."""
    store = _store(ctx)
    counts = store.counts()
    pending = sum(1 for ex in store.examples() if not ex.usable)
    report = {**counts, "needs_approval": pending, "rewards": store.reward_counts()}
    if as_json:
        echo_json(report)
        return
    click.echo(f"examples: {report['active']} active ({pending} need approval), {report['removed']} removed")
    for key in ("kind", "split", "label", "provenance"):
        click.echo(f"  {key}: " + (", ".join(f"{k}={v}" for k, v in sorted(report[key].items())) or "-"))
    for source, signals in sorted(report["rewards"].items()):
        click.echo(f"rewards ({source}): " + ", ".join(f"{k}={v}" for k, v in sorted(signals.items())))
    if report["removals"]:
        click.echo("removals: " + ", ".join(f"{k}={v}" for k, v in sorted(report["removals"].items())))


@data.command()
@click.pass_context
def curate(ctx: click.Context) -> None:
    """Run the curation pass now (dedupe, quality, outliers, class balance)."""
    from training.curation import curate as run_curation

    removed = run_curation(_store(ctx), _rules(ctx))
    click.echo("removed " + (", ".join(f"{n} {reason}" for reason, n in sorted(removed.items())) or "nothing"))
