"""The turn graph's state. Thinking texts, verdicts and the request id live for one turn;
`messages` is a bounded window and `summary` folds in what left it."""

from __future__ import annotations

from typing import Annotated, Any, TypedDict

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages


class AgentState(TypedDict, total=False):
    messages: Annotated[list[AnyMessage], add_messages]
    summary: str
    # per turn
    request_id: str
    started_at: float
    prompt_version: str
    memories: list[str]
    verdict: dict[str, Any]  # the request verdict (Verdict.to_dict())
    actions: list[dict[str, Any]]  # per tool call: call, verdict, human decision, outcome
    human: dict[str, Any]  # the human's decision on an escalated request, if any
    approved: list[str]  # ids of the tool calls approved to run in the next tools step
    thinking: dict[str, str]  # safety / task / policy texts, cleared by learn
    tool_rounds: int
    answer: str
    # across turns
    last_turn: dict[str, Any]  # what the CLI and the API report for the latest finished turn
