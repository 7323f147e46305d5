"""`aegis audit verify`: check the audit log's hash chain."""

from __future__ import annotations

import sys

import click

from agent.cli.common import settings_of


@click.group()
def audit() -> None:
    """The audit log."""


@audit.command()
@click.pass_context
def verify(ctx: click.Context) -> None:
    """Exit 0 when the hash chain is intact; else print the first broken record and exit 1."""
    from agent.audit import AuditLog

    settings = settings_of(ctx)
    result = AuditLog(settings.paths.audit_dir, settings.audit.max_bytes, settings.audit.backup_count).verify()
    if result.ok:
        click.echo(f"audit log intact: {result.records} records")
        return
    click.echo(f"audit log broken at {result.where} (line {result.where.rsplit(':', 1)[1]}): {result.reason}")
    sys.exit(1)
