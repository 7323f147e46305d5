"""Adapter history in `aegis.db`: every trained adapter (candidate, promoted or rejected, with its
metrics and the reason of the decision) and the log of activations. The active adapter is the
top of a stack replayed from the log: `promote` and `use` push, `rollback` pops, `reset` empties
(back to the bare base)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Float, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from memory.appdb import Base, engine_for
from memory.prompt_store import ensure_tables


class AdapterRow(Base):
    __tablename__ = "adapters"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the run id
    base: Mapped[str] = mapped_column(Text)  # base label
    base_hf: Mapped[str] = mapped_column(Text, default="")  # HF dir it was trained on
    serve_gguf: Mapped[str] = mapped_column(Text, default="")  # GGUF base it applies to in llama.cpp
    ollama_from: Mapped[str] = mapped_column(Text, default="")
    peft_dir: Mapped[str] = mapped_column(Text, default="")
    gguf_path: Mapped[str] = mapped_column(Text, default="")
    device: Mapped[str] = mapped_column(String(16), default="cpu")
    status: Mapped[str] = mapped_column(String(16), default="candidate")  # candidate | promoted | rejected
    reason: Mapped[str] = mapped_column(Text, default="")
    metrics: Mapped[str] = mapped_column(Text, default="{}")
    created: Mapped[float] = mapped_column(Float)


class AdapterEventRow(Base):
    __tablename__ = "adapter_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action: Mapped[str] = mapped_column(String(16))  # promote | use | rollback | reset
    adapter_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[float] = mapped_column(Float)


@dataclass(frozen=True)
class Adapter:
    id: str
    base: str
    base_hf: str
    serve_gguf: str
    ollama_from: str
    peft_dir: str
    gguf_path: str
    device: str
    status: str
    reason: str
    metrics: dict[str, Any]
    created: float

    def to_dict(self, active: str | None = None) -> dict[str, Any]:
        return {"id": self.id, "base": self.base, "status": self.status, "active": self.id == active,
                "reason": self.reason, "metrics": self.metrics, "device": self.device, "gguf": self.gguf_path,
                "peft_dir": self.peft_dir, "serve_gguf": self.serve_gguf,
                "created": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(self.created))}


def _adapter(r: AdapterRow) -> Adapter:
    return Adapter(r.id, r.base, r.base_hf, r.serve_gguf, r.ollama_from, r.peft_dir, r.gguf_path, r.device,
                   r.status, r.reason, json.loads(r.metrics or "{}"), r.created)


class AdapterStore:
    def __init__(self, db_path: Path):
        self.engine = engine_for(db_path)
        ensure_tables(self.engine, [AdapterRow.__table__, AdapterEventRow.__table__])

    def record(self, adapter_id: str, *, base: str, base_hf: str = "", serve_gguf: str = "", ollama_from: str = "",
               peft_dir: str = "", gguf_path: str = "", device: str = "cpu", status: str = "candidate",
               reason: str = "", metrics: dict[str, Any] | None = None) -> None:
        """Insert or update one adapter (a restarted job records again)."""
        with Session(self.engine) as s, s.begin():
            row = s.get(AdapterRow, adapter_id) or AdapterRow(id=adapter_id, created=time.time())
            row.base, row.base_hf, row.serve_gguf, row.ollama_from = base, base_hf, serve_gguf, ollama_from
            row.peft_dir, row.gguf_path, row.device = peft_dir, gguf_path, device
            row.status, row.reason, row.metrics = status, reason, json.dumps(metrics or {})
            s.add(row)

    def get(self, adapter_id: str) -> Adapter | None:
        with Session(self.engine) as s:
            r = s.get(AdapterRow, adapter_id)
            return _adapter(r) if r else None

    def list(self) -> list[Adapter]:
        with Session(self.engine) as s:
            return [_adapter(r) for r in s.scalars(select(AdapterRow).order_by(AdapterRow.created, AdapterRow.id))]

    def events(self) -> list[dict[str, Any]]:
        with Session(self.engine) as s:
            return [{"id": r.id, "action": r.action, "adapter_id": r.adapter_id, "detail": r.detail,
                     "created": r.created} for r in s.scalars(select(AdapterEventRow).order_by(AdapterEventRow.id))]

    def _stack(self) -> list[str]:
        stack: list[str] = []
        for e in self.events():
            if e["action"] in ("promote", "use") and e["adapter_id"]:
                stack.append(e["adapter_id"])
            elif e["action"] == "rollback" and stack:
                stack.pop()
            elif e["action"] == "reset":
                stack.clear()
        return stack

    def _log(self, action: str, adapter_id: str | None, detail: str = "") -> None:
        with Session(self.engine) as s, s.begin():
            s.add(AdapterEventRow(action=action, adapter_id=adapter_id, detail=detail, created=time.time()))

    def active(self) -> Adapter | None:
        stack = self._stack()
        return self.get(stack[-1]) if stack else None

    def promote(self, adapter_id: str, reason: str) -> None:
        with Session(self.engine) as s, s.begin():
            row = s.get(AdapterRow, adapter_id)
            if row is None:
                raise KeyError(adapter_id)
            row.status, row.reason = "promoted", reason
        self._log("promote", adapter_id, reason)

    def use(self, adapter_id: str, detail: str = "chosen by the user") -> None:
        if self.get(adapter_id) is None:
            raise KeyError(adapter_id)
        self._log("use", adapter_id, detail)

    def rollback(self) -> Adapter | None:
        """Back to the adapter active before the current one (None: the bare base)."""
        stack = self._stack()
        if not stack:
            raise LookupError("no adapter is active; nothing to roll back")
        self._log("rollback", stack[-1], "rolled back")
        return self.active()

    def reset(self) -> None:
        self._log("reset", None, "bare base")

    def active_gguf_for(self, serve_gguf: str) -> str:
        """The GGUF LoRA of the active adapter when it belongs to this GGUF base, else ""."""
        a = self.active()
        if a is None or not a.gguf_path or not Path(a.gguf_path).is_file():
            return ""
        try:
            same = Path(a.serve_gguf).resolve() == Path(serve_gguf).resolve()
        except OSError:
            same = False
        return a.gguf_path if same else ""
