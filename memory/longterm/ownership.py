"""One process at a time owns the memory store: an advisory lock file that says who holds it.
The operating system drops the lock when the owner exits, even after a crash."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from memory.longterm.errors import MemoryUnavailable

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; single ownership is not enforced there
    fcntl = None  # type: ignore[assignment]


class OwnerLock:
    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is None:
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            owner = self._read_owner()
            os.close(self._fd)
            self._fd = None
            raise MemoryUnavailable(
                f"long-term memory {self.path.parent} is in use by process {owner}; "
                "stop that process or talk to it (e.g. through the running `langgraph dev` server)"
            ) from None
        os.ftruncate(self._fd, 0)
        os.write(self._fd, json.dumps({"pid": os.getpid(), "argv": " ".join(sys.argv[:3]),
                                       "since": time.strftime("%Y-%m-%d %H:%M:%S")}).encode())

    def _read_owner(self) -> str:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return "(unknown pid)"
        if not info.get("pid"):
            return "(unknown pid)"
        return f"{info['pid']} ({info.get('argv', '?')}, since {info.get('since', '?')})"

    def release(self) -> None:
        if self._fd is None:
            return
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None
