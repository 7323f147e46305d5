"""<think-policy>: every proposed tool call is judged before it runs.

Order per call: the action judge (a DENY is final: no rule, pin or human can run it) -> taint
(after untrusted tool output in this turn, writes to the agent's own memory, prompt or tuning
data go to a human) -> MCP pin check (an MCP tool never approved, or changed since its approval,
goes to a human whatever the rules say) -> standing approval rules of this workspace
(`aegis rules`) -> the human.
A human's approval may carry `"remember": "exact" | "pattern"` (+ `"pattern"`) to create a rule;
every rule creation and MCP pin is appended to the audit log."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.types import interrupt

from agent.audit import AuditLog, sha256_text
from agent.schema import AgentState
from graphs.nodes.common import last_ai
from graphs.services import Services
from training.safety.verdict import Decision, Verdict

REMEMBER = (None, "exact", "pattern")
# Tools that write what the agent itself becomes: its memory, its prompt, its tuning data.
SELF_WRITE_TOOLS = {"remember", "forget", "update_my_prompt", "add_tuning_example", "remove_tuning_example"}


def parse_reply(reply: Any) -> dict[str, Any]:
    """A human's answer to an approval request: approve / deny (reason) / edit (args), and for
    an approval optionally `remember` = "exact" | "pattern" (with `pattern`, a glob)."""
    if isinstance(reply, str):
        reply = {"action": reply}
    if not isinstance(reply, dict) or reply.get("action") not in ("approve", "deny", "edit"):
        raise ValueError("resume with {'action': 'approve' | 'deny' | 'edit', 'reason'?, 'args'?, 'remember'?}")
    if reply.get("remember") not in REMEMBER:
        raise ValueError("'remember' must be 'exact' or 'pattern'")
    if reply.get("remember") == "pattern" and not str(reply.get("pattern") or "").strip():
        raise ValueError("'remember': 'pattern' needs a non-empty 'pattern' (a glob)")
    return reply


@dataclass(frozen=True)
class McpIdentity:
    server: str
    tool: str
    sha256: str


def mcp_identity(services: Services, name: str) -> McpIdentity | None:
    """Server, tool and current hash of a loaded MCP tool; None for other (or unknown) tools."""
    if not name.startswith("mcp__"):
        return None
    tool = services.tools.get(name)
    meta = getattr(tool, "metadata", None) or {}
    if not meta.get("mcp_sha256"):
        return None
    return McpIdentity(meta["mcp_server"], meta["mcp_tool"], meta["mcp_sha256"])


def audit_event(audit: AuditLog, settings, event: str, request_id: str, text: str, human: str) -> None:
    """One audit record for a change to what AEGIS may do without asking (rules, pins)."""
    from memory.redact import redact

    audit.append({
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "request_id": request_id,
        "session_id": settings.session, "user_id": settings.user_id, "input": redact(text),
        "input_sha256": sha256_text(text), "decision": event, "category": "approval_policy",
        "rationale": text, "human_required": True, "human_decision": human,
    })


def rule_audit(audit: AuditLog, settings, rule, event: str, request_id: str) -> None:
    """`event` is RULE_CREATE or RULE_REVOKE."""
    verb = "created" if event == "RULE_CREATE" else "revoked"
    audit_event(audit, settings, event, f"{request_id or 'cli'}:rule-{rule.id}:{verb}",
                f"approval rule {verb}: {rule.describe()}", f"rule:{rule.id}:{verb}")


def tainted(messages: list) -> bool:
    """Has this turn already fed untrusted tool output (web, files, shell, MCP) to the model?"""
    for m in reversed(messages):
        if isinstance(m, HumanMessage):
            return False
        if isinstance(m, ToolMessage) and (m.additional_kwargs or {}).get("aegis_untrusted"):
            return True
    return False


def _taint_verdict(name: str, verdict: Verdict) -> Verdict:
    return Verdict(Decision.ESCALATE, "untrusted_influence", 1.0,
                   f"{name} would write into the agent's own memory, prompt or tuning data after it read untrusted "
                   f"content this turn; a person decides (the action itself: {verdict.rationale})", "policy:taint")


def _pin_verdict(status: str, ident: McpIdentity, verdict: Verdict) -> Verdict:
    if status == "unpinned":
        category, why = "mcp_unpinned", (f"first use of MCP tool {ident.server}.{ident.tool}: approving pins its "
                                         "name, description and input schema")
    else:
        category, why = "mcp_changed", (f"MCP tool {ident.server}.{ident.tool} changed its description or input "
                                        "schema since it was approved (possible tool poisoning); it is quarantined "
                                        "until you approve it again")
    also = f"; the action itself: {verdict.rationale}" if verdict.decision == Decision.ESCALATE else ""
    return Verdict(Decision.ESCALATE, category, 1.0, why + also, f"pin:{ident.server}/{ident.tool}")


def _edited_args(reply: dict[str, Any], call_id: str, first: bool) -> dict[str, Any] | None:
    if reply["action"] != "edit":
        return None
    edits = reply.get("edits") or {}
    if call_id in edits:
        return edits[call_id]
    return reply.get("args") if first else None


def make_policy(services: Services):
    settings = services.settings
    stores: dict[str, Any] = {}

    def rules():
        if "rules" not in stores:
            from memory.approval_rules import ApprovalRules

            stores["rules"] = ApprovalRules(settings.paths.app_db)
        return stores["rules"]

    def pins():
        if "pins" not in stores:
            from memory.tool_pins import ToolPins

            stores["pins"] = ToolPins(settings.paths.app_db)
        return stores["pins"]

    def gate(call: dict, verdict: Verdict, taint: bool) -> tuple[Verdict, Any, McpIdentity | None]:
        """(verdict, matching rule, MCP identity) of one call. Reads only (safe to repeat when the
        node re-runs on resume), except that a changed MCP tool is marked quarantined."""
        if verdict.decision == Decision.DENY:
            return verdict, None, None
        if taint and call["name"] in SELF_WRITE_TOOLS:
            return _taint_verdict(call["name"], verdict), None, None  # no rule covers this
        ident = mcp_identity(services, call["name"])
        if ident is not None:
            status = pins().check(ident.server, ident.tool, ident.sha256)
            if status != "ok":
                return _pin_verdict(status, ident, verdict), None, ident
        if verdict.decision == Decision.ESCALATE:
            return verdict, rules().match(settings.workspace, call["name"], call["args"]), ident
        return verdict, None, ident

    def remember(reply: dict, call: dict, request_id: str) -> str:
        """Creates the rule a human asked for with their approval; a note for the thinking."""
        from memory.approval_rules import RuleError, pattern_matches

        kind = reply.get("remember")
        try:
            if kind == "exact":
                rule, created = rules().add(settings.workspace, call["name"], args=call["args"], request_id=request_id)
            else:
                glob = str(reply["pattern"]).strip()
                if not pattern_matches(call["name"], glob, call["args"]):
                    return f" (pattern {glob!r} does not cover this call; no rule made)"
                rule, created = rules().add(settings.workspace, call["name"], pattern=glob, request_id=request_id)
        except RuleError as exc:
            return f" (no rule made: {exc})"
        if created:
            rule_audit(services.audit, settings, rule, "RULE_CREATE", request_id)
        return f" (rule #{rule.id})"

    def policy(state: AgentState) -> dict:
        """<think-policy>: the request verdict and one verdict per proposed call; strictest wins."""
        request = Verdict.from_dict(state["verdict"])
        ai = last_ai(state["messages"])
        calls = list(ai.tool_calls) if ai else []
        human = dict(state.get("human") or {})
        rounds_left = state.get("tool_rounds", 0) < services.settings.history.max_tool_rounds
        taint = tainted(state["messages"])
        gated = [(c, *gate(c, services.judge.judge_action(c["name"], c["args"]), taint)) for c in calls] if rounds_left \
            else [(c, services.judge.judge_action(c["name"], c["args"]), None, None) for c in calls]
        judged = [(c, v) for c, v, _, _ in gated]
        ask_request = request.decision == Decision.ESCALATE and "request" not in human
        escalated = [(c, v) for c, v, rule, _ in gated if v.decision == Decision.ESCALATE and rule is None] \
            if rounds_left else []
        reply: dict[str, Any] | None = None
        if ask_request or escalated:
            payload = {
                "request_id": state.get("request_id"),
                "kind": "action" if escalated else "request",
                "decision": "ESCALATE",
                "category": escalated[0][1].category if escalated else request.category,
                "rationale": escalated[0][1].rationale if escalated else request.rationale,
                "request": request.to_dict() if ask_request else None,
                "actions": [{"id": c["id"], "tool": c["name"], "args": c["args"], "category": v.category,
                             "rationale": v.rationale} for c, v in escalated],
            }
            reply = parse_reply(interrupt(payload))
        if ask_request:
            human["request"] = {"action": reply["action"], "reason": reply.get("reason", "")}
        request_denied = human.get("request", {}).get("action") == "deny"

        messages: list = []
        rid = state.get("request_id") or ""
        actions, approved, new_calls, notes = list(state.get("actions", [])), [], [], []
        for index, (call, verdict, rule, ident) in enumerate(gated):
            decided_by_human = None
            outcome = "run"
            note = ""
            if request_denied:
                outcome, note = "denied", f"The user did not approve this request. {reply.get('reason', '') if reply else ''}"
            elif not rounds_left:
                outcome, note = "blocked", "Tool round limit reached; answer with what you have."
            elif verdict.decision == Decision.DENY:
                outcome, note = "blocked", f"DENIED by policy ({verdict.category}): {verdict.rationale}. This action is never allowed."
            elif verdict.decision == Decision.ESCALATE and rule is not None:
                decided_by_human = f"rule:{rule.id}"  # a standing approval of this workspace
            elif verdict.decision == Decision.ESCALATE:
                decided_by_human = reply["action"]
                pin_needed = ident is not None and verdict.category in ("mcp_unpinned", "mcp_changed")
                edited = _edited_args(reply, call["id"], first=escalated[0][0]["id"] == call["id"])
                if reply["action"] == "deny":
                    outcome, note = "denied", f"The user denied this action. Reason: {reply.get('reason') or 'none given'}"
                elif edited is not None:
                    call = {**call, "args": edited}
                    verdict = services.judge.judge_action(call["name"], edited)
                    if verdict.decision == Decision.DENY:
                        outcome, note = "blocked", f"DENIED by policy ({verdict.category}): {verdict.rationale}."
                if outcome == "run" and pin_needed:
                    pins().pin(ident.server, ident.tool, ident.sha256, rid)
                    audit_event(services.audit, settings, "MCP_PIN", f"{rid}:pin-{ident.server}-{ident.tool}",
                                f"MCP tool {ident.server}.{ident.tool} pinned at sha256 {ident.sha256}", "approve")
                    notes.append(f"pinned {call['name']}")
                if outcome == "run" and reply["action"] == "approve" and reply.get("remember"):
                    notes.append(f"remember {reply['remember']} {call['name']}" + remember(reply, call, rid))
            new_calls.append(call)
            if outcome == "run":
                approved.append(call["id"])
            else:
                messages.append(ToolMessage(content=note, tool_call_id=call["id"], name=call["name"]))
            actions.append({"id": call["id"], "tool": call["name"], "args": call["args"],
                            "verdict": verdict.to_dict(), "human": decided_by_human, "outcome": outcome,
                            "index": index})
        if ai is not None and any(n["args"] != o["args"] for n, o in zip(new_calls, calls, strict=True)):
            messages.insert(0, AIMessage(content=ai.content, tool_calls=new_calls, id=ai.id))
        thought = "<think-policy>" + "; ".join(
            f"{a['tool']}: {a['verdict']['decision']} -> {a['outcome']}" for a in actions[-len(judged):]
        ) + (f" request approval: {human['request']['action']}" if "request" in human else "") + (
            f" {'; '.join(notes)}" if notes else "") + "</think-policy>"
        update = {"approved": approved, "actions": actions, "human": human,
                  "tool_rounds": state.get("tool_rounds", 0) + (1 if calls else 0),
                  "thinking": {**state.get("thinking", {}), "policy": state.get("thinking", {}).get("policy", "") + thought}}
        if messages:
            update["messages"] = messages
        return update

    return policy


def make_route_after_policy(services: Services):
    def route_after_policy(state: AgentState) -> str:
        """Approved calls run; refused ones go back to the model (it is told why) while rounds
        remain; an answer without calls, or a denied request, goes to final."""
        if state.get("approved"):
            return "tools"
        if state.get("human", {}).get("request", {}).get("action") == "deny":
            return "final"
        ai = last_ai(state["messages"])
        within = state.get("tool_rounds", 0) < services.settings.history.max_tool_rounds
        return "task_think" if ai is not None and ai.tool_calls and within else "final"

    return route_after_policy
