"""Versions of the editable part of the system prompt, the proposals that led to them, and the
runs of the `improve` graph, in `aegis.db`.

Only the editable part (persona, instructions, learned skills) is ever stored: the safety core
is not data, so no row here can change it."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Engine, Float, Integer, String, Text, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from memory.appdb import Base, engine_for

AUTHORS = ("agent", "user", "builtin")


class PromptVersionRow(Base):
    __tablename__ = "prompt_versions"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    parent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(16))
    rationale: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="{}")  # JSON: turns and feedback cited
    gate: Mapped[str] = mapped_column(Text, default="{}")  # JSON: the gate's checks
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[float] = mapped_column(Float)


class PromptProposalRow(Base):
    __tablename__ = "prompt_proposals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(16))  # improve | cli | tool
    author: Mapped[str] = mapped_column(String(16))
    parent: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    rationale: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="{}")
    gate: Mapped[str] = mapped_column(Text, default="{}")
    status: Mapped[str] = mapped_column(String(16))  # committed | rejected
    reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created: Mapped[float] = mapped_column(Float)


class ImproveRunRow(Base):
    __tablename__ = "improve_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    trigger: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # running | done | error
    outcome: Mapped[str] = mapped_column(String(32), default="")  # committed | rejected | no_change
    detail: Mapped[str] = mapped_column(Text, default="")
    proposal_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    report: Mapped[str] = mapped_column(Text, default="{}")  # JSON: counts, curation summary
    started: Mapped[float] = mapped_column(Float)
    finished: Mapped[float | None] = mapped_column(Float, nullable=True)


@dataclass(frozen=True)
class PromptVersion:
    version: int
    parent: int | None
    text: str
    author: str
    rationale: str
    created: float
    active: bool
    evidence: dict[str, Any] = field(default_factory=dict)
    gate: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        return {"version": self.version, "parent": self.parent, "author": self.author,
                "created": _iso(self.created), "active": self.active, "rationale": self.rationale}

    def to_dict(self) -> dict[str, Any]:
        return {**self.summary(), "text": self.text, "evidence": self.evidence, "gate": self.gate}


@dataclass(frozen=True)
class ImproveRun:
    id: int
    trigger: str
    status: str
    outcome: str
    detail: str
    proposal_id: int | None
    version: int | None
    report: dict[str, Any]
    started: float
    finished: float | None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["started"] = _iso(self.started)
        data["finished"] = _iso(self.finished) if self.finished else None
        return data


class StaleParentError(RuntimeError):
    """The active version moved on while a proposal was being made."""


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(ts))


def _version(row: PromptVersionRow) -> PromptVersion:
    return PromptVersion(row.version, row.parent, row.text, row.author, row.rationale, row.created,
                         row.active, json.loads(row.evidence or "{}"), json.loads(row.gate or "{}"))


def _run(row: ImproveRunRow) -> ImproveRun:
    return ImproveRun(row.id, row.trigger, row.status, row.outcome, row.detail, row.proposal_id,
                      row.version, json.loads(row.report or "{}"), row.started, row.finished)


def ensure_tables(engine: Engine, tables: list) -> None:
    """`engine_for` creates the tables known when it first opens a file; tables of modules
    imported later are created here, once per engine."""
    key = (id(engine), tuple(t.name for t in tables))
    if key not in _created:
        Base.metadata.create_all(engine, tables=tables)
        _created.add(key)


_created: set[tuple[int, tuple[str, ...]]] = set()


class PromptStore:
    def __init__(self, db_path: Path):
        self.engine = engine_for(db_path)
        ensure_tables(self.engine, [PromptVersionRow.__table__, PromptProposalRow.__table__,
                                    ImproveRunRow.__table__])

    # versions
    def active(self) -> PromptVersion | None:
        with Session(self.engine) as s:
            row = s.scalar(select(PromptVersionRow).where(PromptVersionRow.active.is_(True))
                           .order_by(PromptVersionRow.version.desc()).limit(1))
            return _version(row) if row else None

    def ensure_initial(self, text: str) -> PromptVersion:
        """The active version, creating version 1 (author `builtin`) from `text` when empty."""
        with Session(self.engine) as s, s.begin():
            row = s.scalar(select(PromptVersionRow).where(PromptVersionRow.active.is_(True)).limit(1))
            if row is None:
                row = PromptVersionRow(parent=None, text=text, author="builtin",
                                       rationale="initial persona", active=True, created=time.time())
                s.add(row)
                s.flush()
            return _version(row)

    def get(self, version: int) -> PromptVersion | None:
        with Session(self.engine) as s:
            row = s.get(PromptVersionRow, version)
            return _version(row) if row else None

    def history(self) -> list[PromptVersion]:
        with Session(self.engine) as s:
            rows = s.scalars(select(PromptVersionRow).order_by(PromptVersionRow.version))
            return [_version(r) for r in rows]

    def commit(self, text: str, *, parent: int | None, author: str, rationale: str,
               evidence: dict[str, Any] | None = None, gate: dict[str, Any] | None = None) -> PromptVersion:
        """Add a version and make it active. Fails with StaleParentError when `parent` is no
        longer the active version, so a slow proposal never overwrites a newer edit."""
        if author not in AUTHORS:
            raise ValueError(f"author must be one of {AUTHORS}")
        with Session(self.engine) as s, s.begin():
            current = s.scalar(select(PromptVersionRow.version).where(PromptVersionRow.active.is_(True)).limit(1))
            if current != parent:
                raise StaleParentError(f"the active prompt is v{current}, not v{parent}")
            s.execute(update(PromptVersionRow).values(active=False))
            row = PromptVersionRow(parent=parent, text=text, author=author, rationale=rationale,
                                   evidence=json.dumps(evidence or {}, ensure_ascii=False),
                                   gate=json.dumps(gate or {}, ensure_ascii=False), active=True,
                                   created=time.time())
            s.add(row)
            s.flush()
            return _version(row)

    # proposals
    def record_proposal(self, *, source: str, author: str, parent: int | None, text: str, rationale: str,
                        evidence: dict[str, Any], gate: dict[str, Any], status: str, reason: str = "",
                        version: int | None = None) -> int:
        with Session(self.engine) as s, s.begin():
            row = PromptProposalRow(source=source, author=author, parent=parent, text=text,
                                    rationale=rationale, evidence=json.dumps(evidence, ensure_ascii=False),
                                    gate=json.dumps(gate, ensure_ascii=False), status=status,
                                    reason=reason, version=version, created=time.time())
            s.add(row)
            s.flush()
            return row.id

    def proposals(self, status: str | None = None) -> list[dict[str, Any]]:
        with Session(self.engine) as s:
            q = select(PromptProposalRow).order_by(PromptProposalRow.id)
            if status:
                q = q.where(PromptProposalRow.status == status)
            return [{"id": r.id, "source": r.source, "author": r.author, "parent": r.parent,
                     "text": r.text, "rationale": r.rationale, "status": r.status, "reason": r.reason,
                     "version": r.version, "gate": json.loads(r.gate), "created": _iso(r.created)}
                    for r in s.scalars(q)]

    # improve runs
    def start_run(self, trigger: str) -> int:
        with Session(self.engine) as s, s.begin():
            row = ImproveRunRow(trigger=trigger, status="running", started=time.time())
            s.add(row)
            s.flush()
            return row.id

    def finish_run(self, run_id: int, *, status: str, outcome: str = "", detail: str = "",
                   proposal_id: int | None = None, version: int | None = None,
                   report: dict[str, Any] | None = None) -> None:
        with Session(self.engine) as s, s.begin():
            row = s.get(ImproveRunRow, run_id)
            if row is None:
                return
            row.status, row.outcome, row.detail = status, outcome, detail[:2000]
            row.proposal_id, row.version = proposal_id, version
            row.report = json.dumps(report or {}, ensure_ascii=False)
            row.finished = time.time()

    def runs(self, limit: int = 20) -> list[ImproveRun]:
        with Session(self.engine) as s:
            rows = s.scalars(select(ImproveRunRow).order_by(ImproveRunRow.id.desc()).limit(limit))
            return [_run(r) for r in rows]
