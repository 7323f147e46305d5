from __future__ import annotations

from agent.schema import AgentState
from graphs.nodes.common import current_input, text_of
from graphs.services import Services
from training.safety.verdict import Decision


def make_safety_think(services: Services):
    def safety_think(state: AgentState) -> dict:
        """<think-safety>: judge the request before the task is considered."""
        verdict = services.judge.judge_request(text_of(current_input(state["messages"])))
        thought = (f"<think-safety>decision={verdict.decision} category={verdict.category} "
                   f"confidence={verdict.confidence:.2f} by={verdict.source}: {verdict.rationale}</think-safety>")
        return {"verdict": verdict.to_dict(), "thinking": {**state.get("thinking", {}), "safety": thought}}

    return safety_think


def route_after_safety(state: AgentState) -> str:
    return "final" if state["verdict"]["decision"] == Decision.REFUSE else "task_think"
