"""MCP tool pins in `aegis.db`: the SHA-256 of a tool's name, description and input schema at
its first human approval. A server that later serves a different hash gets the tool
quarantined: it needs a fresh approval, which pins the new hash (defends against tool
poisoning / rug pulls). Quarantine is sticky: changing back does not lift it."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Float, Integer, String, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from memory.appdb import Base, engine_for

PINNED, QUARANTINED = "pinned", "quarantined"
# What `check` reports
OK, UNPINNED, CHANGED = "ok", "unpinned", "changed"


class ToolPinRow(Base):
    __tablename__ = "mcp_tool_pins"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    server: Mapped[str] = mapped_column(String(200))
    tool: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))  # the approved hash
    observed_sha256: Mapped[str] = mapped_column(String(64))  # the last hash seen from the server
    approved_request_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    updated: Mapped[float] = mapped_column(Float)

    __table_args__ = (UniqueConstraint("server", "tool", name="uq_mcp_tool_pin"),)


@dataclass(frozen=True)
class ToolPin:
    server: str
    tool: str
    sha256: str
    observed_sha256: str
    approved_request_id: str
    status: str
    updated: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _pin(r: ToolPinRow) -> ToolPin:
    return ToolPin(r.server, r.tool, r.sha256, r.observed_sha256, r.approved_request_id, r.status, r.updated)


class ToolPins:
    def __init__(self, db_path: Path):
        self.engine = engine_for(db_path)
        ToolPinRow.__table__.create(self.engine, checkfirst=True)

    def get(self, server: str, tool: str) -> ToolPin | None:
        with Session(self.engine) as s:
            row = s.scalars(select(ToolPinRow).where(ToolPinRow.server == server, ToolPinRow.tool == tool)).first()
            return _pin(row) if row is not None else None

    def all(self) -> list[ToolPin]:
        with Session(self.engine) as s:
            return [_pin(r) for r in s.scalars(select(ToolPinRow).order_by(ToolPinRow.server, ToolPinRow.tool))]

    def check(self, server: str, tool: str, sha256: str) -> str:
        """OK when the tool is pinned at this hash; UNPINNED when never approved; CHANGED when the
        server now serves something else than was approved (the pin is quarantined)."""
        with Session(self.engine) as s, s.begin():
            row = s.scalars(select(ToolPinRow).where(ToolPinRow.server == server, ToolPinRow.tool == tool)).first()
            if row is None:
                return UNPINNED
            if row.status == PINNED and row.sha256 == sha256:
                return OK
            if row.status != QUARANTINED or row.observed_sha256 != sha256:
                row.status, row.observed_sha256, row.updated = QUARANTINED, sha256, time.time()
            return CHANGED

    def pin(self, server: str, tool: str, sha256: str, request_id: str) -> ToolPin:
        """A human approved the tool as it is now."""
        with Session(self.engine) as s, s.begin():
            row = s.scalars(select(ToolPinRow).where(ToolPinRow.server == server, ToolPinRow.tool == tool)).first()
            if row is None:
                row = ToolPinRow(server=server, tool=tool)
                s.add(row)
            row.sha256 = row.observed_sha256 = sha256
            row.approved_request_id, row.status, row.updated = request_id or "", PINNED, time.time()
            s.flush()
            return _pin(row)
