"""`aegis rules list|rm`: the standing approvals ("always allow") made at approval prompts."""

from __future__ import annotations

import time

import click

from agent.cli.common import CliError, echo_json, settings_of


@click.group()
def rules() -> None:
    """Standing approvals: actions that no longer ask, per workspace (never a DENY)."""


def _store(settings):
    from memory.approval_rules import ApprovalRules

    return ApprovalRules(settings.paths.app_db)


@rules.command("list")
@click.option("--all", "include_revoked", is_flag=True, help="also show revoked rules")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def list_rules(ctx: click.Context, include_revoked: bool, as_json: bool) -> None:
    """List the rules (every workspace)."""
    found = _store(settings_of(ctx)).list(include_revoked=include_revoked)
    if as_json:
        echo_json([r.to_dict() for r in found])
        return
    if not found:
        click.echo("no approval rules; answer an approval with [A]lways or [p]attern to make one")
        return
    for r in found:
        what = r.pattern if r.pattern is not None else _short(r.args)
        state = f"  (revoked {time.strftime('%Y-%m-%d %H:%M', time.localtime(r.revoked))})" if r.revoked else ""
        click.echo(f"#{r.id:<4} {r.tool:<14} {r.kind:<7} {what}")
        click.echo(f"      in {r.workspace} · made {time.strftime('%Y-%m-%d %H:%M', time.localtime(r.created))}"
                   f" by request {r.created_by or '-'}{state}")


def _short(args) -> str:
    from memory.approval_rules import canonical

    text = args.get("command") if isinstance(args, dict) and set(args) == {"command"} else canonical(args or {})
    return text if len(text) <= 100 else text[:97] + "..."


@rules.command("rm")
@click.argument("rule_id", type=int)
@click.pass_context
def rm_rule(ctx: click.Context, rule_id: int) -> None:
    """Revoke rule RULE_ID: its actions ask again (the revocation is audited)."""
    from agent.audit import AuditLog
    from graphs.nodes.policy import rule_audit

    settings = settings_of(ctx)
    rule = _store(settings).revoke(rule_id)
    if rule is None:
        raise CliError(f"no active rule #{rule_id}; `aegis rules list` shows them")
    audit = AuditLog(settings.paths.audit_dir, settings.audit.max_bytes, settings.audit.backup_count)
    rule_audit(audit, settings, rule, "RULE_REVOKE", "cli")
    click.echo(f"revoked rule #{rule.id}: {rule.tool} {rule.kind} in {rule.workspace}")
