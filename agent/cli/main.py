"""The `aegis` command. Command groups live in their own modules and load only when used,
so `aegis ask` pays for nothing it does not run."""

from __future__ import annotations

import importlib
import sys

import click

from agent.cli.common import EXIT_BAD_INPUT, EXIT_INTERNAL, CliContext, CliError

# name -> "module:attribute" of a click command or group
COMMANDS = {
    "chat": "agent.cli.chat_cmd:chat",
    "ask": "agent.cli.turn_cmd:ask",
    "approve": "agent.cli.turn_cmd:approve",
    "deny": "agent.cli.turn_cmd:deny",
    "history": "agent.cli.info_cmd:history",
    "status": "agent.cli.info_cmd:status",
    "audit": "agent.cli.audit_cmd:audit",
    "bench": "agent.cli.bench_cmd:bench",
    "safety": "agent.cli.safety_cmd:safety",
    "eval": "agent.cli.eval_cmd:eval_group",
    "memory": "agent.cli.memory_cmd:memory",
    "prompt": "agent.cli.prompt_cmd:prompt",
    "data": "agent.cli.data_cmd:data",
    "feedback": "agent.cli.feedback_cmd:feedback",
    "improve": "agent.cli.improve_cmd:improve",
    "train": "agent.cli.train_cmd:train",
    "adapters": "agent.cli.adapters_cmd:adapters",
    "rules": "agent.cli.rules_cmd:rules",
    "mcp": "agent.cli.mcp_cmd:mcp",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, _, attr = target.partition(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, invoke_without_command=True)
@click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
              help="config file (default: $AEGIS_HOME/config.yaml)")
@click.pass_context
def cli(ctx: click.Context, config_file: str | None) -> None:
    """AEGIS: a local, safety-first agent with one endless session."""
    ctx.obj = CliContext(config_file)
    if ctx.invoked_subcommand is None:
        ctx.invoke(cli.get_command(ctx, "chat"))


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="aegis", standalone_mode=False)
    except CliError as exc:
        click.echo(f"aegis: {exc}", err=True)
        sys.exit(exc.code)
    except click.exceptions.Abort:
        click.echo("", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_BAD_INPUT)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as exc:
        click.echo(f"aegis: {exc.strerror or exc} ({getattr(exc, 'filename', '') or 'I/O'}); "
                   "check free disk space and permissions under $AEGIS_HOME", err=True)
        sys.exit(EXIT_INTERNAL)
