"""What the graph's nodes need from the world, built once per process from the settings."""

from __future__ import annotations

from functools import cached_property

from agent.audit import AuditLog
from agent.providers import ChatProvider, make_provider
from agent.settings import Settings
from graphs.judge import SafetyJudge, load_judge
from memory.appdb import Transcript
from tools.risk import ActionContext


class Services:
    def __init__(self, settings: Settings, provider: ChatProvider | None = None):
        self.settings = settings
        self._provider = provider
        self._prompt: tuple[str, str] | None = None  # (text, version) loaded by this turn's recall
        settings.paths.ensure()

    @property
    def provider(self) -> ChatProvider:
        if self._provider is None:
            self._provider = make_provider(self.settings)
        return self._provider

    @cached_property
    def tools(self) -> dict:
        """Every tool the model is offered: the world tools of `tools/` plus the agent's own
        memory and self-edit tools."""
        from tools.registry import make_tools

        return {t.name: t for t in [*make_tools(self.settings), *self.own_tools()]}

    def own_tools(self) -> list:
        from graphs.self_edit_tools import make_self_edit_tools

        tools = make_self_edit_tools(self.settings, provider_of=lambda: self.provider)
        if self.memory is not None:
            from memory.longterm import make_memory_tools

            tools += make_memory_tools(self.memory)
        return tools

    @cached_property
    def memory(self):
        """Long-term memory, or None (with `memory_note` saying why) when it cannot be opened:
        the chat then answers without recall."""
        from memory.longterm import MemoryUnavailable, open_memory

        if not self.settings.memory.enabled:
            return None
        try:
            return open_memory(self.settings)
        except MemoryUnavailable as exc:
            self.memory_note = str(exc)
            return None

    memory_note: str = ""

    def _memory_call(self, fn, *args, default=None):
        from memory.longterm import MemoryUnavailable

        if self.memory is None:
            return default
        try:
            return fn(*args)
        except MemoryUnavailable as exc:
            self.memory_note = str(exc)
            return default

    def remember_turn(self, request_id: str, user_text: str, answer: str, before: str = "") -> None:
        if self.memory is not None:
            self._memory_call(self.memory.write_turn, request_id, user_text, answer, before)

    def close(self) -> None:
        if "memory" in self.__dict__ and self.memory is not None:
            self.memory.close()

    @cached_property
    def judge(self) -> SafetyJudge:
        from pathlib import Path

        ctx = ActionContext(self.settings.workspace, Path.home(), self.settings.home)
        return load_judge(ctx, self.settings)

    @cached_property
    def transcript(self) -> Transcript:
        return Transcript(self.settings.paths.app_db, self.settings.session)

    @cached_property
    def audit(self) -> AuditLog:
        a = self.settings.audit
        return AuditLog(self.settings.paths.audit_dir, a.max_bytes, a.backup_count)

    def system_prompt(self) -> tuple[str, str]:
        """(text, version) of the active prompt: the hash-locked safety core + the active
        editable version from the prompt store. Read once per turn by recall."""
        from graphs.prompt_policy import active_system_prompt

        text, version = active_system_prompt(self.settings)
        self._prompt = (text, version)
        return text, version

    def prompt_text(self, version: str) -> str:
        """The prompt recall loaded for this turn (`version`), without reading the store again."""
        if self._prompt is not None and self._prompt[1] == version:
            return self._prompt[0]
        return self.system_prompt()[0]

    def recall_memories(self, text: str) -> list[str]:
        """The top-k long-term memories for this message, rendered with their provenance."""
        from memory.longterm import format_for_prompt

        k = self.settings.memory.top_k
        if k == 0 or self.memory is None:
            return []
        return format_for_prompt(self._memory_call(self.memory.recall, text, k, default=[]))
