"""The catalog: every memory's text, kind, provenance, times, history and status, plus the
BM25 lexical index (SQLite FTS5) and the log of what was merged, superseded or removed.
ChromaDB holds the vectors of the active memories; this file holds everything else."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from memory.longterm.lexical import fts_query, stem, terms
from memory.longterm.records import ACTIVE, Memory

_SCHEMA = """
CREATE TABLE IF NOT EXISTS memories (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    importance REAL NOT NULL,
    provenance TEXT NOT NULL,
    created REAL NOT NULL,
    last_used REAL NOT NULL,
    request_ids TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'active',
    slot TEXT,
    slot_value TEXT,
    superseded_by TEXT,
    history TEXT NOT NULL DEFAULT '[]',
    context TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS memories_status ON memories(status, kind);
CREATE INDEX IF NOT EXISTS memories_slot ON memories(slot) WHERE slot IS NOT NULL;
CREATE VIRTUAL TABLE IF NOT EXISTS lexicon USING fts5(terms, tokenize='porter unicode61');
CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
    at REAL NOT NULL,
    action TEXT NOT NULL,
    memory_id TEXT,
    detail TEXT NOT NULL
);
"""

# A lexical query reads at most about this many postings: the most common query terms are left
# out until the rest fit. It bounds recall latency on large stores and cannot bind while
# (memories x distinct query terms) stays under it, so small stores rank with every term.
POSTINGS_BUDGET = 5_000

SCHEMA_VERSION = 1  # 1: memories.context; term_df keyed by stem

_COLUMNS = ("id, text, kind, importance, provenance, created, last_used, request_ids, status, slot, "
            "slot_value, superseded_by, history, context")


def _lexical_text(text: str, context: str) -> str:
    return f"{context}\n{text}" if context else text


def _stems(terms_of_text: list[str]) -> set[str]:
    """The distinct posting lists (FTS5 porter stems) that index terms fall into."""
    return {stem(t) for t in terms_of_text}


def _row_to_memory(row: tuple) -> Memory:
    return Memory(id=row[0], text=row[1], kind=row[2], importance=row[3], provenance=row[4],
                  created=row[5], last_used=row[6], request_ids=json.loads(row[7]), status=row[8],
                  slot=row[9], slot_value=row[10], superseded_by=row[11], history=json.loads(row[12]),
                  context=row[13])


class Catalog:
    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self._upgrade()

    def _upgrade(self) -> None:
        """Bring a store written by an older AEGIS up to date, in place."""
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            return
        with self.transaction():
            columns = {row[1] for row in self.db.execute("PRAGMA table_info(memories)")}
            if "context" not in columns:  # memories gained a lexical context
                self.db.execute("ALTER TABLE memories ADD COLUMN context TEXT NOT NULL DEFAULT ''")
            # term_df used to count unstemmed terms; it counts FTS5's stems now
            df: dict[str, int] = {}
            for text, context in self.db.execute("SELECT text, context FROM memories WHERE status = ?", (ACTIVE,)):
                for term in _stems(terms(_lexical_text(text, context))):
                    df[term] = df.get(term, 0) + 1
            self.db.execute("DELETE FROM term_df")
            self.db.executemany("INSERT INTO term_df(term, df) VALUES (?, ?)", df.items())
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self.db.close()

    def transaction(self):
        return _Transaction(self.db)

    # -- reading ---------------------------------------------------------------------
    def get(self, memory_id: str) -> Memory | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM memories WHERE id = ?", (memory_id,)).fetchone()
        return _row_to_memory(row) if row else None

    def get_many(self, ids: Iterable[str]) -> dict[str, Memory]:
        ids = list(ids)
        found: dict[str, Memory] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"SELECT {_COLUMNS} FROM memories WHERE id IN ({marks})", chunk):
                found[row[0]] = _row_to_memory(row)
        return found

    def active_with_slot(self, slot: str) -> list[Memory]:
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM memories WHERE slot = ? AND status = ?",
                               (slot, ACTIVE)).fetchall()
        return [_row_to_memory(r) for r in rows]

    def iter(self, status: str | None = ACTIVE, kind: str | None = None, newest_first: bool = True,
             limit: int | None = None) -> Iterator[Memory]:
        where, args = [], []
        if status:
            where.append("status = ?")
            args.append(status)
        if kind:
            where.append("kind = ?")
            args.append(kind)
        sql = f"SELECT {_COLUMNS} FROM memories"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY seq " + ("DESC" if newest_first else "ASC")
        if limit:
            sql += f" LIMIT {int(limit)}"
        for row in self.db.execute(sql, args).fetchall():
            yield _row_to_memory(row)

    def count_by(self) -> dict[tuple[str, str], int]:
        rows = self.db.execute("SELECT status, kind, COUNT(*) FROM memories GROUP BY status, kind")
        return {(s, k): n for s, k, n in rows}

    def active_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM memories WHERE status = ?", (ACTIVE,)).fetchone()[0]

    def has_active(self) -> bool:
        return self.db.execute("SELECT 1 FROM memories WHERE status = ? LIMIT 1", (ACTIVE,)).fetchone() is not None

    def lexical_search(self, text: str, limit: int) -> list[tuple[str, float]]:
        """(id, bm25 score) best first; higher is better."""
        wanted = list(dict.fromkeys(terms(text)))
        if not wanted:
            return []
        stems = {t: stem(t) for t in wanted}
        distinct = sorted(set(stems.values()))
        frequency = dict(self.db.execute(f"SELECT term, df FROM term_df WHERE term IN ({','.join('?' * len(distinct))})",
                                         distinct).fetchall())
        kept: list[str] = []
        postings = 0
        for term in sorted(wanted, key=lambda t: frequency.get(stems[t], 0)):
            df = frequency.get(stems[term], 0)
            if kept and postings + df > POSTINGS_BUDGET:
                break
            kept.append(term)
            postings += df
        query = fts_query(" ".join(kept))
        if not query:
            return []
        # Only active memories are in the lexicon, so no join is needed to rank.
        hits = self.db.execute("SELECT rowid, -bm25(lexicon) FROM lexicon WHERE lexicon MATCH ? "
                               "ORDER BY bm25(lexicon) LIMIT ?", (query, limit)).fetchall()
        if not hits:
            return []
        seqs = [seq for seq, _ in hits]
        ids = dict(self.db.execute(f"SELECT seq, id FROM memories WHERE seq IN ({','.join('?' * len(seqs))})",
                                   seqs).fetchall())
        return [(ids[seq], score) for seq, score in hits if seq in ids]

    def events(self, limit: int = 50) -> list[tuple[float, str, str | None, str]]:
        return self.db.execute("SELECT at, action, memory_id, detail FROM events ORDER BY rowid DESC LIMIT ?",
                               (limit,)).fetchall()

    # -- writing (call inside a transaction) -------------------------------------------
    def insert(self, memories: Iterable[Memory]) -> None:
        for m in memories:
            cur = self.db.execute(
                f"INSERT INTO memories ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (m.id, m.text, m.kind, m.importance, m.provenance, m.created, m.last_used,
                 json.dumps(m.request_ids), m.status, m.slot, m.slot_value, m.superseded_by, json.dumps(m.history),
                 m.context))
            if m.status == ACTIVE:
                self._index_text(cur.lastrowid, m)

    def update(self, m: Memory, text_changed: bool) -> None:
        seq, old_text, old_context, old_status = self.db.execute(
            "SELECT seq, text, context, status FROM memories WHERE id = ?", (m.id,)).fetchone()
        self.db.execute(
            "UPDATE memories SET text=?, importance=?, provenance=?, last_used=?, request_ids=?, status=?, "
            "slot=?, slot_value=?, superseded_by=?, history=?, context=? WHERE id=?",
            (m.text, m.importance, m.provenance, m.last_used, json.dumps(m.request_ids), m.status, m.slot,
             m.slot_value, m.superseded_by, json.dumps(m.history), m.context, m.id))
        was_indexed = old_status == ACTIVE
        if was_indexed and (m.status != ACTIVE or text_changed or m.context != old_context):
            self._unindex_text(seq, _lexical_text(old_text, old_context))
            was_indexed = False
        if m.status == ACTIVE and not was_indexed:
            self._index_text(seq, m)

    def _index_text(self, seq: int, m: Memory) -> None:
        doc_terms = terms(_lexical_text(m.text, m.context))
        self.db.execute("INSERT INTO lexicon(rowid, terms) VALUES (?, ?)", (seq, " ".join(doc_terms)))
        self.db.executemany("INSERT INTO term_df(term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1",
                            [(t,) for t in _stems(doc_terms)])

    def _unindex_text(self, seq: int, lexical_text: str) -> None:
        self.db.execute("DELETE FROM lexicon WHERE rowid = ?", (seq,))
        self.db.executemany("UPDATE term_df SET df = df - 1 WHERE term = ?",
                            [(t,) for t in _stems(terms(lexical_text))])

    def touch(self, ids: list[str], when: float) -> None:
        self.db.executemany("UPDATE memories SET last_used = ? WHERE id = ?", [(when, i) for i in ids])

    def log(self, action: str, memory_id: str | None, detail: str, when: float | None = None) -> None:
        self.db.execute("INSERT INTO events(at, action, memory_id, detail) VALUES (?,?,?,?)",
                        (when or time.time(), action, memory_id, detail))


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
        return False
