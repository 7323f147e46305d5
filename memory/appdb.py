"""The SQL app database `aegis.db` (SQLAlchemy): the transcript of the endless session."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    Engine,
    Float,
    Index,
    Integer,
    String,
    Text,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class TranscriptRow(Base):
    __tablename__ = "transcript"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    timestamp: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        Index("ix_transcript_session_id", "session", "id"),
        Index("ix_transcript_session_role", "session", "role"),
        Index("ix_transcript_request", "request_id"),
    )


@dataclass(frozen=True)
class TranscriptEntry:
    role: str
    content: str
    request_id: str
    timestamp: float

    def to_dict(self) -> dict:
        return {"role": self.role, "content": self.content, "request_id": self.request_id,
                "timestamp": self.timestamp}


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


_engines: dict[Path, Engine] = {}


def engine_for(path: Path) -> Engine:
    path = Path(path)
    if path not in _engines:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _sqlite_pragmas)
        Base.metadata.create_all(engine)
        _engines[path] = engine
    return _engines[path]


class Transcript:
    def __init__(self, db_path: Path, session: str):
        self.engine = engine_for(db_path)
        self.session = session

    def append(self, request_id: str, entries: list[tuple[str, str]]) -> None:
        now = time.time()
        with Session(self.engine) as s, s.begin():
            s.add_all(
                TranscriptRow(session=self.session, request_id=request_id, role=role,
                              content=content, timestamp=now)
                for role, content in entries
            )

    def last(self, n: int | None = None) -> list[TranscriptEntry]:
        """The last n entries (all when n is None), oldest first."""
        with Session(self.engine) as s:
            q = select(TranscriptRow).where(TranscriptRow.session == self.session).order_by(TranscriptRow.id.desc())
            if n is not None:
                q = q.limit(n)
            rows = list(s.scalars(q))
        return [TranscriptEntry(r.role, r.content, r.request_id, r.timestamp) for r in reversed(rows)]

    def turns(self) -> int:
        with Session(self.engine) as s:
            return s.scalar(
                select(func.count()).select_from(TranscriptRow).where(
                    TranscriptRow.session == self.session, TranscriptRow.role == "user")
            ) or 0

    def has_request(self, request_id: str) -> bool:
        with Session(self.engine) as s:
            return s.scalar(select(TranscriptRow.id).where(TranscriptRow.request_id == request_id).limit(1)) is not None
