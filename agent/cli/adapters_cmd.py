"""`aegis adapters list | use ID | rollback | export ID --ollama DIR`: the self-trained adapters
(history in aegis.db). The embedded model loads the active adapter on its next start."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import click

from agent.cli.common import CliError, echo_json, settings_of


def _store(ctx: click.Context):
    from memory.adapter_store import AdapterStore

    return AdapterStore(settings_of(ctx).paths.app_db)


@click.group()
def adapters() -> None:
    """Trained LoRA adapters: which is active, switch, roll back, export for Ollama."""


@adapters.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def list_adapters(ctx: click.Context, as_json: bool) -> None:
    """All adapters, oldest first, with the decision and its reason."""
    store = _store(ctx)
    active = store.active()
    rows = [a.to_dict(active.id if active else None) for a in store.list()]
    if as_json:
        echo_json({"active": active.id if active else None, "adapters": rows})
        return
    if not rows:
        click.echo("no adapters yet; `aegis train` makes one")
        return
    for a in rows:
        ev = (a["metrics"].get("eval") or {}).get("candidate") or {}
        loss = f"eval_loss={ev['loss']:.4f}" if isinstance(ev.get("loss"), (int, float)) else ""
        click.echo(f"{'*' if a['active'] else ' '} {a['id']} {a['status']:<9} {a['base']} {loss}")
        click.echo(f"    {a['reason']}")
    click.echo(f"active: {active.id if active else 'none (bare base)'}")


@adapters.command()
@click.argument("adapter_id")
@click.pass_context
def use(ctx: click.Context, adapter_id: str) -> None:
    """Make an adapter the active one (even one that was not promoted)."""
    store = _store(ctx)
    if store.get(adapter_id) is None:
        raise CliError(f"there is no adapter {adapter_id}; see `aegis adapters list`")
    store.use(adapter_id)
    click.echo(f"active adapter: {adapter_id}")


@adapters.command()
@click.pass_context
def rollback(ctx: click.Context) -> None:
    """Back to the adapter that was active before (or the bare base)."""
    try:
        now = _store(ctx).rollback()
    except LookupError as exc:
        raise CliError(str(exc)) from None
    click.echo(f"active adapter: {now.id if now else 'none (bare base)'}")


@adapters.command()
@click.argument("adapter_id")
@click.option("--ollama", "ollama_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="directory for the Modelfile and the GGUF LoRA")
@click.option("--name", default="", help="name for `ollama create` (default aegis-<id>)")
@click.pass_context
def export(ctx: click.Context, adapter_id: str, ollama_dir: Path, name: str) -> None:
    """Write a Modelfile (FROM base, ADAPTER gguf) and print the `ollama create` command."""
    a = _store(ctx).get(adapter_id)
    if a is None:
        raise CliError(f"there is no adapter {adapter_id}; see `aegis adapters list`")
    if not a.gguf_path or not Path(a.gguf_path).is_file():
        raise CliError(f"adapter {adapter_id} has no GGUF LoRA file; its PEFT files are in {a.peft_dir}")
    base = a.ollama_from or a.serve_gguf
    if not base:
        raise CliError(f"adapter {adapter_id} does not record its base model")
    ollama_dir.mkdir(parents=True, exist_ok=True)
    target = ollama_dir / "adapter.gguf"
    shutil.copyfile(a.gguf_path, target)
    modelfile = ollama_dir / "Modelfile"
    modelfile.write_text(f"FROM {base}\nADAPTER ./adapter.gguf\n", encoding="utf-8")
    name = name or f"aegis-{adapter_id}".lower()
    click.echo(f"wrote {modelfile} and {target}")
    click.echo(f"run: ollama create {name} -f {shlex.quote(str(modelfile))}")
