"""The agent's memory tools. `forget` is judged ESCALATE by tools/risk.py, so a human approves
every forget before it runs; that is how forgetting what the user stated asks the user."""

from __future__ import annotations

from typing import Literal

from langchain_core.tools import BaseTool, StructuredTool
from pydantic import BaseModel, Field

from memory.longterm.prompt import format_for_prompt
from memory.longterm.store import LongTermMemory


class _RememberArgs(BaseModel):
    text: str = Field(description="what to remember, as a self-contained sentence")
    importance: float | None = Field(None, ge=0.0, le=1.0, description="0..1; omit to let the store judge")
    source: Literal["agent", "tool", "web", "mcp"] = Field(
        "agent", description="where the content came from: 'agent' for your own conclusions; "
                             "'tool', 'web' or 'mcp' when it was read from one of those")


class _RecallArgs(BaseModel):
    query: str = Field(description="what to look for")
    k: int = Field(5, ge=1, le=50, description="how many memories")


class _ForgetArgs(BaseModel):
    memory_id: str = Field(description="the id shown as [memory m_...]")


def make_memory_tools(mem: LongTermMemory) -> list[BaseTool]:
    def remember(text: str, importance: float | None = None, source: str = "agent") -> str:
        try:
            report = mem.remember(text, provenance=source, importance=importance)
        except ValueError as exc:
            return f"not saved: {exc}"
        return "; ".join(report.lines()) or "nothing saved"

    def recall(query: str, k: int = 5) -> str:
        found = mem.recall(query, k)
        return "\n".join(format_for_prompt(found)) if found else "no matching memories"

    def forget(memory_id: str) -> str:
        try:
            memory = mem.forget(memory_id.strip())
        except KeyError as exc:
            return f"not forgotten: {exc.args[0]}"
        return f"forgot {memory.id} ({memory.kind} from {memory.provenance}): {memory.text[:80]!r}"

    return [
        StructuredTool.from_function(
            remember, name="remember", args_schema=_RememberArgs,
            description="Save a note to long-term memory for future conversations."),
        StructuredTool.from_function(
            recall, name="recall", args_schema=_RecallArgs,
            description="Search long-term memory; returns memories with their ids and sources."),
        StructuredTool.from_function(
            forget, name="forget", args_schema=_ForgetArgs,
            description="Forget one memory by id (needs the user's approval)."),
    ]
