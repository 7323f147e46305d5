"""What a memory is, and what a write reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["episodic", "fact", "note"]
Provenance = Literal["user", "agent", "tool", "web", "mcp"]

KINDS: tuple[str, ...] = ("episodic", "fact", "note")
PROVENANCES: tuple[str, ...] = ("user", "agent", "tool", "web", "mcp")
UNTRUSTED: frozenset[str] = frozenset({"tool", "web", "mcp"})

# Lifecycle of a stored memory. Only `active` ones are indexed and recalled; the others stay
# in the catalog so that nothing disappears without a trace.
ACTIVE, SUPERSEDED, MERGED, FORGOTTEN, EXPIRED = "active", "superseded", "merged", "forgotten", "expired"


@dataclass
class Memory:
    id: str
    text: str
    kind: str
    importance: float
    provenance: str
    created: float
    last_used: float
    request_ids: list[str] = field(default_factory=list)
    score: float = 0.0
    status: str = ACTIVE
    slot: str | None = None
    slot_value: str | None = None
    superseded_by: str | None = None
    history: list[dict] = field(default_factory=list)
    # What led up to this memory (for an episode: the exchange before it). Only the lexical channel
    # reads it, so a question that names the earlier topic still finds the answer given after it.
    context: str = ""

    @property
    def untrusted(self) -> bool:
        return self.provenance in UNTRUSTED

    def as_dict(self) -> dict:
        return {
            "id": self.id, "text": self.text, "kind": self.kind, "score": round(self.score, 4),
            "provenance": self.provenance, "importance": round(self.importance, 3),
            "created": self.created, "last_used": self.last_used, "request_ids": self.request_ids,
            "status": self.status,
        }


@dataclass
class WriteEvent:
    action: Literal["added", "merged", "superseded", "dropped"]
    memory_id: str | None
    detail: str


@dataclass
class WriteReport:
    events: list[WriteEvent] = field(default_factory=list)

    def note(self, action, memory_id: str | None, detail: str) -> None:
        self.events.append(WriteEvent(action, memory_id, detail))

    def ids(self, action: str) -> list[str]:
        return [e.memory_id for e in self.events if e.action == action and e.memory_id]

    @property
    def added(self) -> list[str]:
        return self.ids("added")

    @property
    def merged(self) -> list[str]:
        return self.ids("merged")

    @property
    def superseded(self) -> list[str]:
        return self.ids("superseded")

    @property
    def dropped(self) -> list[str]:
        return [e.detail for e in self.events if e.action == "dropped"]

    def lines(self) -> list[str]:
        return [f"{e.action} {e.memory_id or '-'}: {e.detail}" for e in self.events]
