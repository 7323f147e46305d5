"""SQLite checkpointers for the one endless session, pruned so storage per turn stays bounded.

`make_checkpointer` is what `langgraph.json` names: the `langgraph dev` server opens
`$AEGIS_HOME/state.db` through it and, while it runs, announces itself in `server.json` so the
CLI talks to the server instead of opening the files (one writer per database)."""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

from agent.settings import Settings, load_settings

PRAGMAS = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;"
_CUTOFF = ("SELECT checkpoint_id FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = ? "
           "ORDER BY checkpoint_id DESC LIMIT 1 OFFSET ?")
PRUNE_SQL = (
    f"DELETE FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id < ({_CUTOFF})",
    f"DELETE FROM writes WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id < ({_CUTOFF})",
)
PRUNE_EVERY = 8  # puts between prunes: a turn writes about this many checkpoints


def _prune_args(config: dict, keep: int) -> tuple:
    thread = str(config["configurable"]["thread_id"])
    ns = config["configurable"].get("checkpoint_ns", "")
    return (thread, ns, thread, ns, keep - 1)


class PruningSqliteSaver(SqliteSaver):
    """SqliteSaver that keeps only the newest `keep` checkpoints of each thread."""

    def __init__(self, conn: sqlite3.Connection, keep: int = 12, **kwargs):
        super().__init__(conn, **kwargs)
        self.keep = keep
        self._puts = 0

    def put(self, config, checkpoint, metadata, new_versions):
        saved = super().put(config, checkpoint, metadata, new_versions)
        self._puts += 1
        if self._puts % PRUNE_EVERY == 0:
            self.prune(saved)
        return saved

    def prune(self, config: dict) -> None:
        with self.cursor() as cur:
            for sql in PRUNE_SQL:
                cur.execute(sql, _prune_args(config, self.keep))


class PruningAsyncSqliteSaver(AsyncSqliteSaver):
    """The async twin, for the `langgraph dev` server."""

    keep: int = 12
    _puts: int = 0

    async def aput(self, config, checkpoint, metadata, new_versions):
        saved = await super().aput(config, checkpoint, metadata, new_versions)
        self._puts += 1
        if self._puts % PRUNE_EVERY == 0:
            await self.aprune(saved)
        return saved

    async def aprune(self, config: dict) -> None:
        async with self.lock:
            for sql in PRUNE_SQL:
                await self.conn.execute(sql, _prune_args(config, self.keep))
            await self.conn.commit()


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
    conn.executescript(PRAGMAS)
    return conn


@contextmanager
def open_saver(settings: Settings):
    conn = connect(settings.paths.state_db)
    try:
        yield PruningSqliteSaver(conn, keep=settings.history.keep_checkpoints)
    finally:
        conn.close()


@asynccontextmanager
async def make_checkpointer():
    """Factory for `langgraph.json`: the server's checkpointer on `$AEGIS_HOME/state.db`."""
    import aiosqlite

    settings = load_settings()
    settings.paths.ensure()
    conn = await aiosqlite.connect(str(settings.paths.state_db), timeout=10)
    await conn.executescript(PRAGMAS)
    saver = PruningAsyncSqliteSaver(conn)
    saver.keep = settings.history.keep_checkpoints
    marker = settings.paths.server_file
    marker.write_text(json.dumps({"pid": os.getpid(), "url": settings.server_url}))
    try:
        yield saver
    finally:
        try:
            if json.loads(marker.read_text()).get("pid") == os.getpid():
                marker.unlink()
        except (OSError, ValueError):
            pass
        await conn.close()
