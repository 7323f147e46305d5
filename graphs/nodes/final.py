from __future__ import annotations

from langchain_core.messages import AIMessage

from agent.schema import AgentState
from graphs.nodes.common import last_ai, text_of
from graphs.prompts import DECLINED, REFUSAL
from graphs.services import Services
from memory.redact import redact
from training.safety.verdict import Decision


def make_final(services: Services):
    def final(state: AgentState) -> dict:
        """<final>: the only text the user sees, sanitised."""
        verdict = state["verdict"]
        request_reply = (state.get("human") or {}).get("request", {})
        ai = last_ai(state["messages"])
        if verdict["decision"] == Decision.REFUSE:
            answer, replace = REFUSAL.format(category=verdict["category"], rationale=verdict["rationale"]), None
        elif request_reply.get("action") == "deny":
            reason = f" ({request_reply['reason']})" if request_reply.get("reason") else ""
            answer, replace = DECLINED.format(reason=reason), None
        else:
            answer = text_of(ai).strip() if ai is not None and not ai.tool_calls else ""
            answer = answer or "I could not complete this request with the tools that were allowed."
            replace = ai if ai is not None and not ai.tool_calls else None
        answer = redact(answer)
        if replace is not None:
            message = AIMessage(content=answer, id=replace.id)
        else:
            message = AIMessage(content=answer)
        return {"answer": answer, "messages": [message]}

    return final
