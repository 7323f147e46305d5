from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage, ToolMessage
from langgraph.types import interrupt

from agent.schema import AgentState
from graphs.nodes.common import last_ai
from graphs.services import Services
from training.safety.verdict import Decision, Verdict


def parse_reply(reply: Any) -> dict[str, Any]:
    """A human's answer to an approval request: approve / deny (reason) / edit (args)."""
    if isinstance(reply, str):
        reply = {"action": reply}
    if not isinstance(reply, dict) or reply.get("action") not in ("approve", "deny", "edit"):
        raise ValueError("resume with {'action': 'approve' | 'deny' | 'edit', 'reason'?, 'args'?}")
    return reply


def _edited_args(reply: dict[str, Any], call_id: str, first: bool) -> dict[str, Any] | None:
    if reply["action"] != "edit":
        return None
    edits = reply.get("edits") or {}
    if call_id in edits:
        return edits[call_id]
    return reply.get("args") if first else None


def make_policy(services: Services):
    def policy(state: AgentState) -> dict:
        """<think-policy>: the request verdict and one verdict per proposed call; strictest wins."""
        request = Verdict.from_dict(state["verdict"])
        ai = last_ai(state["messages"])
        calls = list(ai.tool_calls) if ai else []
        human = dict(state.get("human") or {})
        rounds_left = state.get("tool_rounds", 0) < services.settings.history.max_tool_rounds
        judged = [(c, services.judge.judge_action(c["name"], c["args"])) for c in calls]
        ask_request = request.decision == Decision.ESCALATE and "request" not in human
        escalated = [(c, v) for c, v in judged if v.decision == Decision.ESCALATE] if rounds_left else []
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
        actions, approved, new_calls = list(state.get("actions", [])), [], []
        for index, (call, verdict) in enumerate(judged):
            decided_by_human = None
            outcome = "run"
            note = ""
            if request_denied:
                outcome, note = "denied", f"The user did not approve this request. {reply.get('reason', '') if reply else ''}"
            elif not rounds_left:
                outcome, note = "blocked", "Tool round limit reached; answer with what you have."
            elif verdict.decision == Decision.DENY:
                outcome, note = "blocked", f"DENIED by policy ({verdict.category}): {verdict.rationale}. This action is never allowed."
            elif verdict.decision == Decision.ESCALATE:
                decided_by_human = reply["action"]
                edited = _edited_args(reply, call["id"], first=escalated[0][0]["id"] == call["id"])
                if reply["action"] == "deny":
                    outcome, note = "denied", f"The user denied this action. Reason: {reply.get('reason') or 'none given'}"
                elif edited is not None:
                    call = {**call, "args": edited}
                    verdict = services.judge.judge_action(call["name"], edited)
                    if verdict.decision == Decision.DENY:
                        outcome, note = "blocked", f"DENIED by policy ({verdict.category}): {verdict.rationale}."
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
        ) + (f" request approval: {human['request']['action']}" if "request" in human else "") + "</think-policy>"
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
