from __future__ import annotations

import time
import uuid

from langchain_core.messages import HumanMessage

from agent.schema import AgentState
from graphs.nodes.common import current_input, strip_control, text_of
from graphs.services import Services


def make_recall(services: Services):
    def recall(state: AgentState) -> dict:
        """Open the turn: request id, active prompt, long-term memories; reset per-turn fields."""
        human = current_input(state.get("messages", []))
        if human is None:
            raise ValueError("a turn needs a user message")
        text = text_of(human)
        update: dict = {}
        clean = strip_control(text)
        if clean != text:
            update["messages"] = [HumanMessage(content=clean, id=human.id)]
        _, version = services.system_prompt()
        update |= {
            "request_id": state.get("request_id") or uuid.uuid4().hex,
            "started_at": time.time(),
            "prompt_version": version,
            "memories": services.recall_memories(clean),
            "verdict": {},
            "actions": [],
            "human": {},
            "approved": [],
            "thinking": {},
            "tool_rounds": 0,
            "answer": "",
        }
        return update

    return recall
