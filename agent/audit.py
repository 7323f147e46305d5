"""Append-only audit log: one JSON line per turn, SHA-256 hash chain, size-based rotation with
gzip. The chain runs across rotated files; when the oldest backups are dropped, `anchor.json`
keeps the hash the oldest remaining record must chain from, so truncation stays detectable."""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

GENESIS = "0" * 64
FIELDS = (
    "timestamp", "request_id", "session_id", "user_id", "input", "input_sha256", "decision",
    "category", "rationale", "human_required", "human_decision", "model_version",
    "prompt_version", "processing_time_ms", "confidence_score", "thinking_sha256",
)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_hash(record: dict[str, Any]) -> str:
    body = {k: v for k, v in record.items() if k != "hash"}
    return sha256_text(json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")))


@dataclass
class VerifyResult:
    ok: bool
    records: int
    where: str = ""  # "file:line" of the first broken record
    reason: str = ""


class AuditLog:
    def __init__(self, directory: Path, max_bytes: int = 10_000_000, backup_count: int = 20):
        self.dir = Path(directory)
        self.path = self.dir / "audit.jsonl"
        self.anchor = self.dir / "anchor.json"
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def _backup(self, n: int) -> Path:
        return self.dir / f"audit.{n}.jsonl.gz"

    def files(self) -> list[Path]:
        """Oldest first."""
        backups = sorted(
            (p for p in self.dir.glob("audit.*.jsonl.gz")),
            key=lambda p: int(p.name.split(".")[1]),
            reverse=True,
        )
        return backups + ([self.path] if self.path.exists() else [])

    def append(self, fields: dict[str, Any]) -> dict[str, Any]:
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / ".lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if self.path.exists() and self.path.stat().st_size >= self.max_bytes:
                self._rotate()
            record = {k: fields.get(k) for k in FIELDS}
            if "thinking" in fields:  # debug setting audit.keep_thinking
                record["thinking"] = fields["thinking"]
            record["prev_hash"] = self._last_hash()
            record["hash"] = record_hash(record)
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
            with open(self.path, "a", encoding="utf-8") as f:
                f.write(line)
                f.flush()
                os.fsync(f.fileno())
            return record

    def last_record(self) -> dict[str, Any] | None:
        for path in reversed(self.files()):
            last = _last_line(path)
            if last:
                return json.loads(last)
        return None

    def _last_hash(self) -> str:
        last = self.last_record()
        return last["hash"] if last else self._anchor_hash()

    def _anchor_hash(self) -> str:
        if self.anchor.exists():
            return json.loads(self.anchor.read_text())["prev_hash"]
        return GENESIS

    def _rotate(self) -> None:
        oldest = self._backup(self.backup_count)
        if oldest.exists():
            # The records after the dropped file chain from its last record's hash.
            last = _last_line(oldest)
            if last:
                tmp = self.anchor.with_suffix(".tmp")
                tmp.write_text(json.dumps({"prev_hash": json.loads(last)["hash"]}))
                os.replace(tmp, self.anchor)
            oldest.unlink()
        for n in range(self.backup_count - 1, 0, -1):
            src = self._backup(n)
            if src.exists():
                os.replace(src, self._backup(n + 1))
        tmp = self.dir / "audit.1.jsonl.gz.tmp"
        with open(self.path, "rb") as src, gzip.open(tmp, "wb") as dst:
            dst.write(src.read())
        os.replace(tmp, self._backup(1))
        self.path.unlink()

    def records(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for path in self.files():
            for i, line in enumerate(_lines(path), start=1):
                yield f"{path.name}:{i}", json.loads(line)

    def verify(self) -> VerifyResult:
        prev = self._anchor_hash()
        count = 0
        for path in self.files():
            for i, line in enumerate(_lines(path), start=1):
                where = f"{path.name}:{i}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    return VerifyResult(False, count, where, "not valid JSON")
                if record.get("prev_hash") != prev:
                    return VerifyResult(False, count, where, "prev_hash does not match the previous record")
                if record_hash(record) != record.get("hash"):
                    return VerifyResult(False, count, where, "hash does not match the record's content")
                prev = record["hash"]
                count += 1
        return VerifyResult(True, count)


def _open_text(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def _lines(path: Path) -> Iterator[str]:
    with _open_text(path) as f:
        for line in f:
            if line.strip():
                yield line.rstrip("\n")


def _last_line(path: Path) -> str:
    if path.suffix == ".gz":
        last = ""
        for last in _lines(path):  # noqa: B007 - keep the final one
            pass
        return last
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        end = f.tell()
        pos = end
        chunk = b""
        while pos > 0:
            step = min(4096, pos)
            pos -= step
            f.seek(pos)
            chunk = f.read(step) + chunk
            stripped = chunk.rstrip(b"\n")
            if b"\n" in stripped:
                return stripped.rsplit(b"\n", 1)[1].decode("utf-8")
        return chunk.strip().decode("utf-8")
