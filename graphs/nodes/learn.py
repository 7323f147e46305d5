from __future__ import annotations

import json
import time

from langchain_core.messages import (
    AIMessage,
    HumanMessage,
    RemoveMessage,
    SystemMessage,
    ToolMessage,
)

from agent.audit import sha256_text
from agent.schema import AgentState
from graphs.nodes.common import current_input, previous_exchange, text_of
from graphs.prompts import SUMMARY_PROMPT
from graphs.services import Services
from memory.redact import redact
from training.rewards import record_turn_rewards
from training.safety.feedback import record_human_decision
from training.safety.verdict import Verdict


def human_decision(state: AgentState) -> str | None:
    parts = []
    request = (state.get("human") or {}).get("request")
    if request:
        parts.append(f"request:{request['action']}" + (f" ({request['reason']})" if request.get("reason") else ""))
    parts += [f"{a['tool']}:{a['human']}" for a in state.get("actions", []) if a.get("human")]
    return "; ".join(parts) or None


def verdict_allows_memory(state: AgentState) -> bool:
    """Refused and declined turns are audited, not remembered."""
    declined = (state.get("human") or {}).get("request", {}).get("action") == "deny"
    return state["verdict"]["decision"] != "REFUSE" and not declined


def make_learn(services: Services):
    settings = services.settings

    def summarize(previous: str, evicted: list) -> str:
        lines = "\n".join(f"{type(m).__name__.replace('Message', '').lower()}: {text_of(m)}" for m in evicted)
        prompt = [SystemMessage(content=SUMMARY_PROMPT.format(chars=settings.history.summary_chars)),
                  HumanMessage(content=f"Current summary:\n{previous or '(none)'}\n\nNew messages:\n{lines}")]
        try:
            text = text_of(services.provider.model.invoke(prompt)).strip()
        except Exception:  # a failed summary must not lose the turn: keep the raw lines instead
            text = (previous + "\n" + lines).strip()
        return text[-settings.history.summary_chars :]

    def audit_record(state: AgentState, rid: str, user_text: str) -> dict:
        verdict = state["verdict"]
        actions = state.get("actions", [])
        thinking = state.get("thinking", {})
        record = {
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "request_id": rid,
            "session_id": settings.session,
            "user_id": settings.user_id,
            "input": redact(user_text),
            "input_sha256": sha256_text(user_text),
            "decision": verdict["decision"],
            "category": verdict["category"],
            "rationale": verdict["rationale"],
            "human_required": verdict["decision"] == "ESCALATE" or any(
                a["verdict"]["decision"] == "ESCALATE" for a in actions),
            "human_decision": human_decision(state),
            "model_version": services.provider.label if verdict["decision"] != "REFUSE" else None,
            "prompt_version": state.get("prompt_version"),
            "processing_time_ms": round((time.time() - state.get("started_at", time.time())) * 1000, 2),
            "confidence_score": verdict["confidence"],
            "thinking_sha256": sha256_text(json.dumps(thinking, sort_keys=True, ensure_ascii=False)),
        }
        if settings.audit.keep_thinking:
            record["thinking"] = thinking
        return record

    def learn(state: AgentState) -> dict:
        """Record the turn (transcript, audit), keep the message window bounded, close the turn."""
        rid = state["request_id"]
        user_text = text_of(current_input(state["messages"]))
        answer = state.get("answer", "")
        if not services.transcript.has_request(rid):
            services.transcript.append(rid, [("user", redact(user_text)), ("assistant", answer)])
        last = services.audit.last_record()
        if last is None or last.get("request_id") != rid:
            services.audit.append(audit_record(state, rid, user_text))
            request_reply = (state.get("human") or {}).get("request")
            if request_reply:  # a person decided an escalated request: a labelled example for the judge
                record_human_decision(settings.home, user_text, Verdict.from_dict(state["verdict"]),
                                      request_reply["action"] == "approve", rid)
            if verdict_allows_memory(state):
                services.remember_turn(rid, user_text, answer, previous_exchange(state["messages"]))
            record_turn_rewards(settings, rid, user_text, answer, state.get("last_turn"),
                                decision=state["verdict"]["decision"],
                                tools=[a["tool"] for a in state.get("actions", []) if a["outcome"] == "run"],
                                prompt_version=state.get("prompt_version", ""))
            if settings.improve.every_n_turns:
                # imported here: the improve graph imports the turn graph itself
                from graphs.improve_graph import maybe_start_improve

                maybe_start_improve(settings, services.transcript.turns())

        messages = state["messages"]
        scratch = [m for m in messages if isinstance(m, ToolMessage) or (isinstance(m, AIMessage) and m.tool_calls)]
        keep = [m for m in messages if m not in scratch]
        removed = list(scratch)
        summary = state.get("summary", "")
        window = settings.history.window
        if len(keep) > window + settings.history.evict_batch:
            evicted = keep[: len(keep) - window]
            removed += evicted
            summary = summarize(summary, evicted)
        verdict = state["verdict"]
        return {
            "messages": [RemoveMessage(id=m.id) for m in removed],
            "summary": summary,
            "last_turn": {
                "request_id": rid, "answer": answer, "decision": verdict["decision"],
                "category": verdict["category"], "confidence": verdict["confidence"],
                "rationale": verdict["rationale"], "source": verdict.get("source"),
                "human_decision": human_decision(state),
            },
            "request_id": "", "thinking": {}, "actions": [], "approved": [], "human": {},
            "memories": [], "answer": "",
        }

    return learn
