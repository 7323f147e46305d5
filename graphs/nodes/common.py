from __future__ import annotations

import re

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_control(text: str) -> str:
    return _CONTROL.sub("", text)


def current_input(messages: list[AnyMessage]) -> HumanMessage | None:
    for m in reversed(messages):
        if isinstance(m, HumanMessage):
            return m
    return None


def previous_exchange(messages: list[AnyMessage]) -> str:
    """The exchange before the current input ("User: ...\nAEGIS: ..."), or "" at the start of the window."""
    humans = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    if len(humans) < 2:
        return ""
    start, end = humans[-2], humans[-1]
    replies = [m for m in messages[start + 1 : end] if isinstance(m, AIMessage) and not m.tool_calls]
    answer = text_of(replies[-1]) if replies else ""
    return f"User: {text_of(messages[start])}\nAEGIS: {answer}"


def last_ai(messages: list[AnyMessage]) -> AIMessage | None:
    for m in reversed(messages):
        if isinstance(m, AIMessage):
            return m
        if isinstance(m, HumanMessage):
            return None
    return None


def text_of(message: AnyMessage | None) -> str:
    if message is None:
        return ""
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
