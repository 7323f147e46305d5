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

        return make_self_edit_tools(self.settings, provider_of=lambda: self.provider)

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
        editable version from the prompt store."""
        from graphs.prompt_policy import active_system_prompt

        return active_system_prompt(self.settings)

    def recall_memories(self, text: str) -> list[str]:
        return []
