"""Rewards per turn and the tuning dataset in `aegis.db`: examples (SFT conversations and
preference pairs) with provenance, reward, quality, label and split, plus the log of every
example curation removed and why. Removal is soft: the row stays, marked with its reason."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Float, Index, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from memory.appdb import Base, TranscriptRow, engine_for
from memory.prompt_store import ensure_tables

# Provenance of an example's content. Content from the world needs a human's approval.
PROVENANCES = ("user", "agent", "web", "mcp", "file")
EXTERNAL = frozenset({"web", "mcp", "file"})


class TurnMetaRow(Base):
    __tablename__ = "turn_meta"
    request_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    session: Mapped[str] = mapped_column(String(200))
    decision: Mapped[str] = mapped_column(String(16), default="")
    tools: Mapped[str] = mapped_column(Text, default="[]")
    prompt_version: Mapped[str] = mapped_column(String(64), default="")
    created: Mapped[float] = mapped_column(Float)


class TurnRewardRow(Base):
    __tablename__ = "turn_rewards"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(String(64))
    session: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16))  # explicit | implicit
    signal: Mapped[str] = mapped_column(String(32))  # good, bad, thanks, correction, ...
    value: Mapped[float] = mapped_column(Float)
    comment: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[float] = mapped_column(Float)

    __table_args__ = (Index("ix_turn_rewards_request", "request_id"),)


class ExampleRow(Base):
    __tablename__ = "tuning_examples"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # sft | preference
    messages: Mapped[str] = mapped_column(Text)  # JSON chat messages; for pairs, ends with `chosen`
    rejected: Mapped[str] = mapped_column(Text, default="")  # the rejected answer of a pair
    request_ids: Mapped[str] = mapped_column(Text, default="[]")
    provenance: Mapped[str] = mapped_column(String(16))
    approved: Mapped[bool] = mapped_column(Boolean, default=False)  # by a human
    reward: Mapped[float | None] = mapped_column(Float, nullable=True)
    quality: Mapped[float] = mapped_column(Float, default=0.0)
    label: Mapped[str] = mapped_column(String(32), default="chat")
    split: Mapped[str] = mapped_column(String(8), default="train")
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | removed
    removed_reason: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    created: Mapped[float] = mapped_column(Float)

    __table_args__ = (Index("ix_tuning_examples_status", "status", "id"),)


class CurationLogRow(Base):
    __tablename__ = "curation_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    example_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: dropped before storing
    reason: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[float] = mapped_column(Float)


@dataclass(frozen=True)
class Example:
    id: int
    kind: str
    messages: list[dict[str, str]]
    rejected: str
    request_ids: list[str]
    provenance: str
    approved: bool
    reward: float | None
    quality: float
    label: str
    split: str
    status: str
    removed_reason: str
    content_hash: str
    created: float

    @property
    def usable(self) -> bool:
        """Whether the trainer may see it: active, and human-approved if from the world."""
        return self.status == "active" and (self.provenance not in EXTERNAL or self.approved)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "messages": self.messages, "rejected": self.rejected or None,
                "request_ids": self.request_ids, "provenance": self.provenance, "approved": self.approved,
                "reward": self.reward, "quality": round(self.quality, 3), "label": self.label,
                "split": self.split, "status": self.status, "removed_reason": self.removed_reason or None,
                "created": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(self.created))}


def _example(r: ExampleRow) -> Example:
    return Example(r.id, r.kind, json.loads(r.messages), r.rejected, json.loads(r.request_ids), r.provenance,
                   r.approved, r.reward, r.quality, r.label, r.split, r.status, r.removed_reason,
                   r.content_hash, r.created)


_TABLES = [TurnMetaRow.__table__, TurnRewardRow.__table__, ExampleRow.__table__, CurationLogRow.__table__]


class TuningStore:
    def __init__(self, db_path: Path):
        self.engine = engine_for(db_path)
        ensure_tables(self.engine, _TABLES)

    # turns and rewards
    def note_turn(self, request_id: str, session: str, decision: str, tools: list[str], prompt_version: str) -> None:
        with Session(self.engine) as s, s.begin():
            if s.get(TurnMetaRow, request_id) is None:
                s.add(TurnMetaRow(request_id=request_id, session=session, decision=decision,
                                  tools=json.dumps(sorted(set(tools))), prompt_version=prompt_version,
                                  created=time.time()))

    def turn_meta(self, request_id: str) -> dict[str, Any] | None:
        with Session(self.engine) as s:
            r = s.get(TurnMetaRow, request_id)
            if r is None:
                return None
            return {"request_id": r.request_id, "session": r.session, "decision": r.decision,
                    "tools": json.loads(r.tools), "prompt_version": r.prompt_version, "created": r.created}

    def turn_texts(self, request_id: str) -> tuple[str, str]:
        """(user text, answer) of a turn from the transcript; empty strings when unknown."""
        with Session(self.engine) as s:
            rows = s.execute(select(TranscriptRow.role, TranscriptRow.content)
                             .where(TranscriptRow.request_id == request_id).order_by(TranscriptRow.id)).all()
        texts = {role: content for role, content in rows}
        return texts.get("user", ""), texts.get("assistant", "")

    def latest_request(self, session: str) -> str | None:
        with Session(self.engine) as s:
            return s.scalar(select(TranscriptRow.request_id).where(TranscriptRow.session == session)
                            .order_by(TranscriptRow.id.desc()).limit(1))

    def previous_request(self, request_id: str) -> str | None:
        """The turn before this one in the same session."""
        with Session(self.engine) as s:
            first = s.execute(select(TranscriptRow.id, TranscriptRow.session)
                              .where(TranscriptRow.request_id == request_id).order_by(TranscriptRow.id).limit(1)).first()
            if first is None:
                return None
            return s.scalar(select(TranscriptRow.request_id)
                            .where(TranscriptRow.session == first.session, TranscriptRow.id < first.id,
                                   TranscriptRow.request_id != request_id)
                            .order_by(TranscriptRow.id.desc()).limit(1))

    def recent_turns(self, session: str, limit: int) -> list[dict[str, Any]]:
        """The last `limit` turns of a session, oldest first: request id, user text, answer."""
        with Session(self.engine) as s:
            rows = s.execute(select(TranscriptRow.request_id, TranscriptRow.role, TranscriptRow.content)
                             .where(TranscriptRow.session == session)
                             .order_by(TranscriptRow.id.desc()).limit(limit * 2)).all()
        turns: dict[str, dict[str, Any]] = {}
        for rid, role, content in reversed(rows):
            turns.setdefault(rid, {"request_id": rid, "user": "", "answer": ""})
            turns[rid]["user" if role == "user" else "answer"] = content
        return list(turns.values())[-limit:]

    def add_reward(self, request_id: str, session: str, source: str, signal: str, value: float,
                   comment: str = "") -> None:
        """One reward per turn and source: a newer explicit verdict replaces an older one."""
        with Session(self.engine) as s, s.begin():
            for old in s.scalars(select(TurnRewardRow).where(TurnRewardRow.request_id == request_id,
                                                             TurnRewardRow.source == source)):
                s.delete(old)
            s.add(TurnRewardRow(request_id=request_id, session=session, source=source, signal=signal,
                                value=max(-1.0, min(1.0, value)), comment=comment, created=time.time()))

    def rewards_for(self, request_id: str) -> list[dict[str, Any]]:
        with Session(self.engine) as s:
            rows = s.scalars(select(TurnRewardRow).where(TurnRewardRow.request_id == request_id)
                             .order_by(TurnRewardRow.id))
            return [_reward(r) for r in rows]

    def effective_reward(self, request_id: str) -> dict[str, Any] | None:
        """The explicit reward when the user gave one, else the implicit one."""
        rewards = self.rewards_for(request_id)
        explicit = [r for r in rewards if r["source"] == "explicit"]
        chosen = explicit or rewards
        return chosen[-1] if chosen else None

    def recent_rewards(self, limit: int = 200, session: str | None = None) -> list[dict[str, Any]]:
        with Session(self.engine) as s:
            q = select(TurnRewardRow).order_by(TurnRewardRow.id.desc()).limit(limit)
            if session:
                q = q.where(TurnRewardRow.session == session)
            return [_reward(r) for r in reversed(list(s.scalars(q)))]

    def reward_counts(self) -> dict[str, dict[str, int]]:
        with Session(self.engine) as s:
            rows = s.execute(select(TurnRewardRow.source, TurnRewardRow.signal, func.count())
                             .group_by(TurnRewardRow.source, TurnRewardRow.signal)).all()
        out: dict[str, dict[str, int]] = {}
        for source, signal, n in rows:
            out.setdefault(source, {})[signal] = n
        return out

    # examples
    def add_example(self, *, kind: str, messages: list[dict[str, str]], provenance: str, content_hash: str,
                    quality: float, label: str = "chat", rejected: str = "", request_ids: list[str] | None = None,
                    reward: float | None = None, approved: bool = False, split: str = "train") -> int:
        if provenance not in PROVENANCES:
            raise ValueError(f"provenance must be one of {', '.join(PROVENANCES)}")
        with Session(self.engine) as s, s.begin():
            row = ExampleRow(kind=kind, messages=json.dumps(messages, ensure_ascii=False), rejected=rejected,
                             request_ids=json.dumps(request_ids or []), provenance=provenance,
                             approved=approved or provenance == "user", reward=reward, quality=quality,
                             label=label, split=split, content_hash=content_hash, created=time.time())
            s.add(row)
            s.flush()
            return row.id

    def get(self, example_id: int) -> Example | None:
        with Session(self.engine) as s:
            r = s.get(ExampleRow, example_id)
            return _example(r) if r else None

    def examples(self, *, status: str | None = "active", kind: str | None = None, split: str | None = None,
                 limit: int | None = None) -> list[Example]:
        with Session(self.engine) as s:
            q = select(ExampleRow).order_by(ExampleRow.id)
            if status:
                q = q.where(ExampleRow.status == status)
            if kind:
                q = q.where(ExampleRow.kind == kind)
            if split:
                q = q.where(ExampleRow.split == split)
            if limit:
                q = q.limit(limit)
            return [_example(r) for r in s.scalars(q)]

    def has_request(self, request_id: str) -> bool:
        """Whether an active example already came from this turn."""
        needle = json.dumps(request_id)
        with Session(self.engine) as s:
            q = select(ExampleRow.id).where(ExampleRow.status == "active",
                                            ExampleRow.request_ids.contains(needle)).limit(1)
            return s.scalar(q) is not None

    def set_fields(self, example_id: int, **fields: Any) -> None:
        allowed = {"split", "quality", "label", "approved", "reward"}
        if not set(fields) <= allowed:
            raise ValueError(f"only {sorted(allowed)} can change")
        with Session(self.engine) as s, s.begin():
            row = s.get(ExampleRow, example_id)
            if row is not None:
                for key, value in fields.items():
                    setattr(row, key, value)

    def remove(self, example_id: int, reason: str, detail: str = "") -> bool:
        """Soft-remove an active example and log why; False when there is no such active one."""
        with Session(self.engine) as s, s.begin():
            row = s.get(ExampleRow, example_id)
            if row is None or row.status != "active":
                return False
            row.status, row.removed_reason = "removed", reason
            s.add(CurationLogRow(example_id=example_id, reason=reason, detail=detail[:1000], created=time.time()))
            return True

    def log_drop(self, reason: str, detail: str) -> None:
        """A candidate dropped before it was stored (e.g. an imported line)."""
        with Session(self.engine) as s, s.begin():
            s.add(CurationLogRow(example_id=None, reason=reason, detail=detail[:1000], created=time.time()))

    def curation_log(self, limit: int = 100) -> list[dict[str, Any]]:
        with Session(self.engine) as s:
            rows = s.scalars(select(CurationLogRow).order_by(CurationLogRow.id.desc()).limit(limit))
            return [{"id": r.id, "example_id": r.example_id, "reason": r.reason, "detail": r.detail,
                     "created": r.created} for r in rows]

    def counts(self) -> dict[str, Any]:
        with Session(self.engine) as s:
            by = s.execute(select(ExampleRow.status, ExampleRow.kind, ExampleRow.split, ExampleRow.label,
                                  ExampleRow.provenance, func.count())
                           .group_by(ExampleRow.status, ExampleRow.kind, ExampleRow.split, ExampleRow.label,
                                     ExampleRow.provenance)).all()
            removals = s.execute(select(CurationLogRow.reason, func.count()).group_by(CurationLogRow.reason)).all()
        out: dict[str, Any] = {"active": 0, "removed": 0, "kind": {}, "split": {}, "label": {}, "provenance": {}}
        for status, kind, split, label, provenance, n in by:
            out[status] = out.get(status, 0) + n
            if status == "active":
                for key, value in (("kind", kind), ("split", split), ("label", label), ("provenance", provenance)):
                    out[key][value] = out[key].get(value, 0) + n
        out["removals"] = {reason: n for reason, n in removals}
        return out


def _reward(r: TurnRewardRow) -> dict[str, Any]:
    return {"request_id": r.request_id, "session": r.session, "source": r.source, "signal": r.signal,
            "value": r.value, "comment": r.comment, "created": r.created}
