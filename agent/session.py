"""The one endless session, as the CLI sees it: run a turn, resume an approval, continue a turn
that a crash cut off. `open_session` picks the local files, or the `langgraph dev` server when
one owns them (one writer per database)."""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any

from agent.settings import Settings

TokenSink = Callable[[str], None]


class SessionError(RuntimeError):
    """An expected session failure (busy, bad input): one line for the user."""


class SessionBusy(SessionError):
    pass


class PendingApproval(SessionError):
    def __init__(self, payload: dict[str, Any]):
        super().__init__(f"a turn is waiting for approval: {describe_pending(payload)}; "
                         "answer it with `aegis approve` or `aegis deny`")
        self.payload = payload


@dataclass
class TurnResult:
    answer: str | None
    decision: str | None
    category: str | None
    confidence: float | None
    rationale: str | None
    request_id: str | None
    pending_approval: dict[str, Any] | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def describe_pending(payload: dict[str, Any]) -> str:
    if payload.get("actions"):
        parts = []
        for a in payload["actions"]:
            args = a["args"].get("command") if isinstance(a.get("args"), dict) and "command" in a["args"] else json.dumps(a.get("args"), ensure_ascii=False)
            parts.append(f"{a['tool']} `{args}` ({payload['decision']}, {a['category']}: {a['rationale']})")
        return "; ".join(parts)
    request = payload.get("request") or {}
    return f"request ({payload['decision']}, {request.get('category')}: {request.get('rationale')})"


def validate_input(text: str, max_chars: int) -> str:
    if not text or not text.strip():
        raise SessionError("empty input: type a message")
    if len(text) > max_chars:
        raise SessionError(f"input is {len(text):,} characters; the limit is {max_chars:,} (history.max_input_chars)")
    return text


def result_from_state(values: dict[str, Any], pending: dict[str, Any] | None) -> TurnResult:
    if pending is not None:
        return TurnResult(None, "ESCALATE", pending.get("category"), None, pending.get("rationale"),
                          pending.get("request_id"), pending)
    last = values.get("last_turn") or {}
    return TurnResult(last.get("answer"), last.get("decision"), last.get("category"), last.get("confidence"),
                      last.get("rationale"), last.get("request_id"), None)


class StreamRedactor:
    """Releases streamed text only once no redaction pattern can still be completing."""

    def __init__(self, sink: TokenSink):
        from memory.redact import holdback, redact

        self._redact, self._holdback = redact, holdback
        self.sink = sink
        self.buffer = ""
        self.shown = ""

    def feed(self, piece: str) -> None:
        self.buffer += piece
        keep = self._holdback(self.buffer)
        ready, self.buffer = self.buffer[: len(self.buffer) - keep], self.buffer[len(self.buffer) - keep :]
        if ready:
            self._emit(self._redact(ready))

    def flush(self) -> None:
        if self.buffer:
            self._emit(self._redact(self.buffer))
            self.buffer = ""

    def _emit(self, text: str) -> None:
        self.shown += text
        self.sink(text)


class LocalSession:
    """The CLI opens the session files itself (no server owns them)."""

    def __init__(self, settings: Settings, provider=None):
        from graphs.agent_graph import compile_graph
        from graphs.checkpointer import open_saver
        from graphs.services import Services

        self.settings = settings
        self.services = Services(settings, provider=provider)
        self._saver_cm = open_saver(settings)
        self.graph = compile_graph(self.services, self._saver_cm.__enter__())
        self.config = {"configurable": {"thread_id": settings.thread_id}}
        self._shown: set[str] = set()

    def close(self) -> None:
        self.services.close()
        self._saver_cm.__exit__(None, None, None)

    @property
    def model_label(self) -> str:
        return self.services.provider.label

    def new_notices(self) -> list[str]:
        """Things to tell the user once (which model answers, memory unavailable, ...)."""
        notes = [n for n in (self.services.provider.note, self.services.memory_note) if n and n not in self._shown]
        self._shown.update(notes)
        return notes

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One turn at a time across processes: wait up to history.lock_timeout_s, then say who holds it."""
        path = self.settings.paths.session_lock
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a+") as f:
            deadline = time.monotonic() + self.settings.history.lock_timeout_s
            while True:
                try:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        f.seek(0)
                        holder = f.read().strip() or "another process"
                        raise SessionBusy(f"the session is busy (held by pid {holder}); try again when its turn ends") from None
                    time.sleep(0.05)
            f.seek(0)
            f.truncate()
            f.write(str(os.getpid()))
            f.flush()
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def _snapshot(self):
        return self.graph.get_state(self.config)

    def pending(self) -> dict[str, Any] | None:
        snap = self._snapshot()
        return snap.interrupts[0].value if snap.interrupts else None

    def unfinished(self) -> bool:
        snap = self._snapshot()
        return bool(snap.next) and not snap.interrupts

    def _run(self, graph_input: Any, on_token: TokenSink | None) -> TurnResult:
        if on_token is None:
            self.graph.invoke(graph_input, self.config, durability="sync")
        else:
            redactor = StreamRedactor(on_token)
            for chunk, meta in self.graph.stream(graph_input, self.config, stream_mode="messages", durability="sync"):
                if meta.get("langgraph_node") == "task_think" and isinstance(chunk.content, str) \
                        and not getattr(chunk, "tool_call_chunks", None):
                    redactor.feed(chunk.content)
            redactor.flush()
        snap = self._snapshot()
        pending = snap.interrupts[0].value if snap.interrupts else None
        return result_from_state(snap.values, pending)

    def ask(self, text: str, on_token: TokenSink | None = None) -> TurnResult:
        from langchain_core.messages import HumanMessage

        validate_input(text, self.settings.history.max_input_chars)
        with self.lock():
            pending = self.pending()
            if pending is not None:
                raise PendingApproval(pending)
            if self.unfinished():
                self._run(None, None)
            return self._run({"messages": [HumanMessage(content=text)]}, on_token)

    def resume(self, reply: dict[str, Any], on_token: TokenSink | None = None) -> TurnResult:
        from langgraph.types import Command

        with self.lock():
            if self.pending() is None:
                raise SessionError("no turn is waiting for approval")
            return self._run(Command(resume=reply), on_token)

    def continue_unfinished(self) -> TurnResult | None:
        """Finish a turn that a crash or kill cut off; None when there is none."""
        with self.lock():
            if not self.unfinished():
                return None
            return self._run(None, None)

    def cancel(self) -> None:
        """Close the current turn as cancelled (Ctrl-C): recorded, nothing else runs."""
        from langchain_core.messages import AIMessage

        with self.lock():
            snap = self._snapshot()
            if not snap.next:
                return
            verdict = snap.values.get("verdict") or {
                "decision": "ALLOW", "category": "cancelled", "confidence": 0.0,
                "rationale": "The user cancelled the turn before it was judged.", "source": "user"}
            answer = "(cancelled by the user)"
            self.graph.update_state(self.config, {"answer": answer, "verdict": verdict,
                                                  "messages": [AIMessage(content=answer)]}, as_node="final")
            self.graph.invoke(None, self.config, durability="sync")


class RemoteSession:
    """A `langgraph dev` server owns the session: talk to it over its HTTP API."""

    def __init__(self, settings: Settings, url: str):
        from langgraph_sdk import get_sync_client

        self.settings = settings
        self.url = url
        self.client = get_sync_client(url=url)
        self.thread_id = settings.thread_id
        self.client.threads.create(thread_id=self.thread_id, if_exists="do_nothing")
        self.model_label = f"server at {url}"

    def new_notices(self) -> list[str]:
        return []

    def close(self) -> None:
        pass

    def pending(self) -> dict[str, Any] | None:
        state = self.client.threads.get_state(self.thread_id)
        interrupts = state.get("interrupts") or [i for t in state.get("tasks", []) for i in t.get("interrupts", [])]
        return interrupts[0]["value"] if interrupts else None

    def _result(self) -> TurnResult:
        state = self.client.threads.get_state(self.thread_id)
        return result_from_state(state.get("values") or {}, self.pending())

    def ask(self, text: str, on_token: TokenSink | None = None) -> TurnResult:
        validate_input(text, self.settings.history.max_input_chars)
        pending = self.pending()
        if pending is not None:
            raise PendingApproval(pending)
        self.client.runs.wait(self.thread_id, "agent", input={"messages": [{"role": "user", "content": text}]},
                              multitask_strategy="reject")
        result = self._result()
        if on_token and result.answer:
            on_token(result.answer)
        return result

    def resume(self, reply: dict[str, Any], on_token: TokenSink | None = None) -> TurnResult:
        if self.pending() is None:
            raise SessionError("no turn is waiting for approval")
        self.client.runs.wait(self.thread_id, "agent", command={"resume": reply})
        result = self._result()
        if on_token and result.answer:
            on_token(result.answer)
        return result

    def continue_unfinished(self) -> TurnResult | None:
        return None  # the server finishes or fails its own runs

    def cancel(self) -> None:
        pass


def server_owner(settings: Settings) -> str | None:
    """The URL of a live `langgraph dev` server that owns this session, if any."""
    marker = settings.paths.server_file
    try:
        info = json.loads(marker.read_text())
        os.kill(int(info["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return info.get("url") or None


def open_session(settings: Settings, provider=None) -> LocalSession | RemoteSession:
    url = server_owner(settings)
    if url:
        return RemoteSession(settings, url)
    return LocalSession(settings, provider=provider)
