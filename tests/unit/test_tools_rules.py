"""Standing approval rules: exact and pattern rules, never covering a DENY, revocation, audit."""

from __future__ import annotations

import json

from click.testing import CliRunner

from agent.cli.main import cli
from memory.approval_rules import ApprovalRules, pattern_matches
from tests.unit.tool_helpers import ask, last_actions, resume


def _audit(session) -> list[dict]:
    return [r for _, r in session.services.audit.records()]


def test_always_allow_exact_action_stops_asking_in_this_workspace(session, workspace):
    for name in ("a.log", "b.log"):
        (workspace / name).write_text("x")
    first = ask(session, 'tidy\n!tool shell {"command": "rm a.log"}')
    assert first.pending_approval["kind"] == "action"
    assert first.pending_approval["actions"][0]["category"] == "delete"
    resume(session, {"action": "approve", "remember": "exact"})
    assert not (workspace / "a.log").exists()
    rules = ApprovalRules(session.settings.paths.app_db).list()
    assert [(r.tool, r.args, r.pattern) for r in rules] == [("shell", {"command": "rm a.log"}, None)]

    (workspace / "a.log").write_text("again")
    again = ask(session, 'tidy again\n!tool shell {"command": "rm a.log"}')
    assert again.pending_approval is None and not (workspace / "a.log").exists()
    assert last_actions(session)[-1]["human"] == f"rule:{rules[0].id}"
    assert any(f"shell:rule:{rules[0].id}" in (r["human_decision"] or "") for r in _audit(session))

    other = ask(session, 'tidy b\n!tool shell {"command": "rm b.log"}')
    assert other.pending_approval is not None  # a different action still asks
    resume(session, {"action": "deny"})
    assert (workspace / "b.log").exists()


def test_pattern_rule_covers_matching_simple_commands_only(session, workspace):
    for name in ("a.log", "b.log", "c.txt"):
        (workspace / name).write_text("x")
    ask(session, 'tidy\n!tool shell {"command": "rm a.log"}')
    resume(session, {"action": "approve", "remember": "pattern", "pattern": "rm *.log"})
    assert not (workspace / "a.log").exists()

    covered = ask(session, 'tidy\n!tool shell {"command": "rm b.log"}')
    assert covered.pending_approval is None and not (workspace / "b.log").exists()

    chained = ask(session, 'tidy\n!tool shell {"command": "rm x.log; rm c.txt"}')
    assert chained.pending_approval is not None, "a chained command must not ride on a pattern"
    resume(session, {"action": "deny", "reason": "no"})
    assert (workspace / "c.txt").exists()
    assert not pattern_matches("shell", "rm *.log", {"command": "rm x.log && rm -rf ."})


def test_no_rule_covers_a_deny_and_a_denied_call_leaves_no_trace(session, home):
    # Neutral words: the request judge may fairly refuse "forged" audit lines before the policy sees the call.
    target = home / "audit" / "entry.jsonl"
    args = {"path": str(target), "content": "note"}
    store = ApprovalRules(session.settings.paths.app_db)
    store.add(session.settings.workspace, "write_file", args=args, request_id="test")
    store.add(session.settings.workspace, "write_file", pattern=str(home) + "/*", request_id="test")
    result = ask(session, "log this\n!tool write_file " + json.dumps(args))
    assert result.pending_approval is None
    assert "DENIED by policy (tamper)" in result.answer
    assert not target.exists()
    assert last_actions(session)[-1]["human"] is None


def test_revoked_rule_asks_again_and_rule_changes_are_audited(session, workspace, env):
    (workspace / "a.log").write_text("x")
    ask(session, 'tidy\n!tool shell {"command": "rm a.log"}')
    resume(session, {"action": "approve", "remember": "exact"})
    rule = ApprovalRules(session.settings.paths.app_db).list()[0]

    runner = CliRunner()
    listed = runner.invoke(cli, ["rules", "list", "--json"], env=env)
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.output)[0]["id"] == rule.id
    removed = runner.invoke(cli, ["rules", "rm", str(rule.id)], env=env)
    assert removed.exit_code == 0 and f"revoked rule #{rule.id}" in removed.output
    again = runner.invoke(cli, ["rules", "rm", str(rule.id)], env=env)
    assert again.exit_code != 0 and f"no active rule #{rule.id}" in str(again.exception)
    assert json.loads(runner.invoke(cli, ["rules", "list", "--json"], env=env).output) == []

    (workspace / "a.log").write_text("x")
    result = ask(session, 'tidy\n!tool shell {"command": "rm a.log"}')
    assert result.pending_approval is not None
    resume(session, {"action": "deny"})
    assert (workspace / "a.log").exists()

    events = [(r["decision"], r["human_decision"]) for r in _audit(session) if r["category"] == "approval_policy"]
    assert events == [("RULE_CREATE", f"rule:{rule.id}:created"), ("RULE_REVOKE", f"rule:{rule.id}:revoked")]
    assert session.services.audit.verify().ok


def test_cli_approve_always_and_pattern_validation(session, workspace, env):
    (workspace / "a.log").write_text("x")
    pending = ask(session, 'tidy\n!tool shell {"command": "rm a.log"}')
    assert pending.pending_approval is not None
    session.close()
    runner = CliRunner()
    bad = runner.invoke(cli, ["approve", "--pattern", "git *"], env=env)
    assert bad.exit_code != 0 and "does not match 'rm a.log'" in str(bad.exception)  # one line via main()
    ok = runner.invoke(cli, ["approve", "--always"], env=env)
    assert ok.exit_code == 0, ok.output
    assert not (workspace / "a.log").exists()
    rules = json.loads(runner.invoke(cli, ["rules", "list", "--json"], env=env).output)
    assert [(r["tool"], r["kind"], r["args"]) for r in rules] == [("shell", "exact", {"command": "rm a.log"})]


def test_chat_prompt_offers_always_and_pattern():
    from agent.cli.chat_cmd import _approval_reply

    payload = {"request_id": "r1", "kind": "action", "decision": "ESCALATE", "category": "delete",
               "rationale": "deletes a.log", "request": None,
               "actions": [{"id": "c1", "tool": "shell", "args": {"command": "rm a.log"},
                            "category": "delete", "rationale": "deletes a.log"}]}
    runner = CliRunner()
    with runner.isolation(input="A\n"):
        assert _approval_reply(payload) == {"action": "approve", "remember": "exact"}
    with runner.isolation(input="a\n"):
        assert _approval_reply(payload) == {"action": "approve"}
    # a pattern that does not cover the action is refused and the prompt asks again
    with runner.isolation(input="p\ngit *\np\nrm *.log\n"):
        assert _approval_reply(payload) == {"action": "approve", "remember": "pattern", "pattern": "rm *.log"}
    with runner.isolation(input="d\nnot now\n"):
        assert _approval_reply(payload) == {"action": "deny", "reason": "not now"}
