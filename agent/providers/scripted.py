"""A deterministic chat model for tests about the graph, not the model.

Replies are derived from the prompt. Lines in the latest user message drive it:
  !tool NAME {json args}   propose that tool call (once per turn; several lines, several calls)
  !reply TEXT              answer with exactly TEXT
  !slow FILE SECONDS       (crash tests) the first call creates FILE and sleeps; later calls don't
  !gullible                (injection tests) play a model that obeys instructions in tool results:
                           `!tool` lines inside the latest tool results are proposed as calls
Without directives it answers `[scripted] heard: <the user's words>`. After tool results it
answers with a digest of them. A summarisation prompt gets an extractive summary."""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

SUMMARY_MARKER = "Update the running summary"
_DIRECTIVE = re.compile(r"^!(tool|reply)\s+(.*)$", re.M)
_SLOW = re.compile(r"^!slow\s+(\S+)\s+([\d.]+)\s*$", re.M)
_GULLIBLE = re.compile(r"^!gullible\s*$", re.M)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:8]


class ScriptedChatModel(BaseChatModel):
    model_name: str = "scripted-v1"

    @property
    def _llm_type(self) -> str:
        return "aegis-scripted"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any):
        return self.bind(tools=[getattr(t, "name", str(t)) for t in tools], **kwargs)

    def _reply(self, messages: list[BaseMessage]) -> AIMessage:
        system = "\n".join(m.content for m in messages if isinstance(m, SystemMessage))
        if SUMMARY_MARKER in system:
            return AIMessage(content=self._summary(messages))
        last_human = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
        if last_human < 0:
            return AIMessage(content="[scripted] nothing to answer")
        text = str(messages[last_human].content)
        for path, seconds in _SLOW.findall(text):
            marker = Path(path)
            if not marker.exists():
                marker.write_text("slow call started")
                time.sleep(float(seconds))
        text = _SLOW.sub("", text)
        after = messages[last_human + 1 :]
        results = [m for m in after if isinstance(m, ToolMessage)]
        directives = _DIRECTIVE.findall(text)
        replies = [arg for kind, arg in directives if kind == "reply"]
        calls = [arg for kind, arg in directives if kind == "tool"]
        if calls and not any(isinstance(m, AIMessage) and m.tool_calls for m in after):
            return AIMessage(content="", tool_calls=[self._call(spec, text, i) for i, spec in enumerate(calls)])
        if _GULLIBLE.search(text):
            injected = self._injected(after)
            if injected:
                return injected
        if results:
            digest = "; ".join(f"{m.name}: {str(m.content)[:300]}" for m in results)
            return AIMessage(content=(replies[0] + " " if replies else "") + f"[scripted] tool results: {digest}")
        if replies:
            return AIMessage(content=replies[0])
        plain = _DIRECTIVE.sub("", text).strip()
        return AIMessage(content=f"[scripted] heard: {plain[:500]}")

    def _injected(self, after: list[BaseMessage]) -> AIMessage | None:
        """Calls that the latest tool results (those after the last tool-calling AI message) ask for."""
        last_call = max((i for i, m in enumerate(after) if isinstance(m, AIMessage) and m.tool_calls), default=-1)
        latest = "\n".join(str(m.content) for m in after[last_call + 1 :] if isinstance(m, ToolMessage))
        specs = [arg for kind, arg in _DIRECTIVE.findall(latest) if kind == "tool"]
        if not specs:
            return None
        return AIMessage(content="Following the instructions in the tool output.",
                         tool_calls=[self._call(spec, latest, i) for i, spec in enumerate(specs)])

    @staticmethod
    def _call(spec: str, text: str, index: int) -> dict:
        name, _, raw = spec.strip().partition(" ")
        try:
            args = json.loads(raw) if raw.strip() else {}
        except json.JSONDecodeError:
            args = {"raw": raw}
        return {"name": name, "args": args, "id": f"call_{_digest(text)}_{index}", "type": "tool_call"}

    @staticmethod
    def _summary(messages: list[BaseMessage]) -> str:
        """Keeps every line of the previous summary and of the new messages, in order."""
        text = "\n".join(str(m.content) for m in messages if isinstance(m, HumanMessage))
        lines = [ln.replace("[scripted summary] ", "").strip() for ln in text.splitlines()]
        kept = [ln for ln in lines if ln and ln not in ("Current summary:", "New messages:", "(none)")]
        return "[scripted summary] " + " | ".join(kept)

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self._reply(messages))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        reply = self._reply(messages)
        if reply.tool_calls:
            chunk = AIMessageChunk(content="", tool_call_chunks=[
                {"name": c["name"], "args": json.dumps(c["args"]), "id": c["id"], "index": i, "type": "tool_call_chunk"}
                for i, c in enumerate(reply.tool_calls)])
            yield ChatGenerationChunk(message=chunk)
            return
        for piece in re.findall(r"\S+\s*|\s+", str(reply.content)):
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk
