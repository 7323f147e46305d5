"""Long-term memory: open the store, write what a turn taught, recall what a message needs."""

from __future__ import annotations

import re
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from memory.longterm import ranking
from memory.longterm.catalog import Catalog
from memory.longterm.errors import MemoryUnavailable
from memory.longterm.facts import extract_facts
from memory.longterm.importance import is_small_talk, score_importance
from memory.longterm.ownership import OwnerLock
from memory.longterm.records import (
    ACTIVE,
    FORGOTTEN,
    MERGED,
    PROVENANCES,
    SUPERSEDED,
    UNTRUSTED,
    Memory,
    WriteReport,
)
from memory.redact import redact

if TYPE_CHECKING:
    from agent.settings import MemorySettings, Settings
    from memory.longterm.vectors import LocalSentenceEmbedding, VectorIndex

CATALOG_FILE = "aegis_memory.sqlite3"
LOCK_FILE = "owner.lock"
EPISODE_CHARS = 2000
CONTEXT_CHARS = 1000
_NEGATION = re.compile(r"\b(not|never|no longer|don't|doesn't|didn't|won't|can't|isn't|aren't)\b"
                       r"|ない|ません|なかった|じゃない|ではない", re.I)
# An unslotted fact this close to an older one but of opposite polarity contradicts it.
CONTRADICTION_SIMILARITY = 0.8
# Something said again matters more: enough to lift a plain episode (0.3) out of expiry (< 0.4).
REPEAT_BONUS = 0.1


@dataclass(frozen=True)
class Candidates:
    """The two channels' rankings for one query, before fusion."""
    dense: list[tuple[str, float]]
    lexical: list[tuple[str, float]]


def _new_id() -> str:
    return "m_" + uuid.uuid4().hex[:12]


def _unavailable_because_corrupt(root: Path, exc: BaseException) -> MemoryUnavailable:
    reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
    return MemoryUnavailable(
        f"long-term memory store {root} cannot be opened ({reason}); it looks corrupt: "
        f"move it aside (mv {root} {root}.broken) and AEGIS will start an empty one")


def _check_sqlite_file(path: Path) -> None:
    """Fail fast on a damaged SQLite file without importing chromadb."""
    if not path.exists():
        return
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        db.close()


def open_memory(settings: Settings) -> LongTermMemory:
    """Open (creating if needed) the store under `$AEGIS_HOME/chroma` and become its only owner.
    Raises MemoryUnavailable with a one-line reason when that cannot be done."""
    root = settings.paths.chroma
    if not settings.memory.enabled:
        raise MemoryUnavailable("long-term memory is disabled (memory.enabled = false)")
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MemoryUnavailable(f"long-term memory store {root} cannot be created: {exc.strerror or exc}; "
                                "check the path and its permissions") from None
    if not root.is_dir():
        raise MemoryUnavailable(f"long-term memory store {root} is not a directory; move it aside")
    lock = OwnerLock(root / LOCK_FILE)
    try:
        lock.acquire()
    except OSError as exc:
        raise MemoryUnavailable(f"long-term memory store {root} cannot be locked: {exc.strerror or exc}") from None
    try:
        _check_sqlite_file(root / "chroma.sqlite3")
        catalog = Catalog(root / CATALOG_FILE)
    except (sqlite3.DatabaseError, OSError) as exc:
        lock.release()
        raise _unavailable_because_corrupt(root, exc) from None
    return LongTermMemory(root, settings.memory, lock, catalog)


class LongTermMemory:
    """One owner per store. ChromaDB and the embedding model load on first use (see warm_up)."""

    def __init__(self, root: Path, settings: MemorySettings, lock: OwnerLock, catalog: Catalog):
        self.root = root
        self.settings = settings
        self.catalog = catalog
        self._lock = lock
        self._guard = threading.RLock()
        self._embedding: LocalSentenceEmbedding | None = None
        self._index: VectorIndex | None = None
        self._lexical_worker: ThreadPoolExecutor | None = None
        self._closed = False

    # -- lifecycle -----------------------------------------------------------------------
    def warm_up(self) -> None:
        """Load ChromaDB and the embedding model now (e.g. in a background thread at startup)."""
        self._vectors()
        self.embed(["warm up"])

    def close(self) -> None:
        with self._guard:
            if self._closed:
                return
            self._closed = True
            self._index = None
            if self._lexical_worker is not None:
                self._lexical_worker.shutdown(wait=True)
            self.catalog.close()
            self._lock.release()

    def __enter__(self) -> LongTermMemory:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _vectors(self) -> VectorIndex:
        if self._index is None:
            if self._closed:
                raise MemoryUnavailable("long-term memory was closed")
            try:
                from memory.longterm.vectors import LocalSentenceEmbedding, VectorIndex

                self._embedding = self._embedding or LocalSentenceEmbedding(self.settings.embedding_model)
                self._index = VectorIndex(self.root, self._embedding)
            except MemoryUnavailable:
                raise
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as exc:  # chromadb's Rust core raises PanicException, a BaseException
                raise _unavailable_because_corrupt(self.root, exc) from None
        return self._index

    def embed(self, texts: list[str]) -> np.ndarray:
        if self._embedding is None:
            self._vectors()
        assert self._embedding is not None
        try:
            return self._embedding.encoder.encode(texts)
        except (FileNotFoundError, ValueError, OSError) as exc:
            raise MemoryUnavailable(f"embedding model '{self.settings.embedding_model or 'all-MiniLM-L6-v2'}' "
                                    f"cannot be loaded: {exc}; fix memory.embedding_model") from None

    # -- read path -----------------------------------------------------------------------
    def candidates(self, text: str, pool: int) -> Candidates:
        """Both channels at once: BM25 runs in SQLite on a worker thread while this one embeds the
        query and searches Chroma (numpy and SQLite release the GIL), so a recall costs the slower
        channel rather than the sum of both."""
        if self._lexical_worker is None:
            self._lexical_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="aegis-bm25")
        lexical = self._lexical_worker.submit(self.catalog.lexical_search, text, pool)
        try:
            vector = self.embed([text])[0]
            dense = self._vectors().nearest(vector, pool)
        finally:
            lexical_hits = lexical.result()
        return Candidates(dense, lexical_hits)

    def rank(self, found: Candidates, k: int, now: float | None = None) -> list[Memory]:
        now = time.time() if now is None else now
        dense_ids = [i for i, _ in found.dense]
        lexical_ids = [i for i, _ in found.lexical]
        relevance = ranking.rrf(dense_ids, lexical_ids)
        similarity = dict(found.dense)
        lexical_set = set(lexical_ids)
        keep = [i for i in relevance
                if i in lexical_set or similarity.get(i, 0.0) >= ranking.MIN_DENSE_ONLY_SIMILARITY]
        rows = self.catalog.get_many(keep)
        scored: list[Memory] = []
        for memory_id in keep:
            memory = rows.get(memory_id)
            if memory is None or memory.status != ACTIVE:
                continue
            freshness = ranking.recency(memory.last_used, now, self.settings.recency_half_life_days)
            memory.score = ranking.final_score(relevance[memory_id], memory.importance, freshness)
            scored.append(memory)
        scored.sort(key=lambda m: m.score, reverse=True)
        return scored[:k]

    def recall(self, text: str, k: int, touch: bool = True) -> list[Memory]:
        """The k memories most worth showing for `text`, best first. Like every method that
        reaches the vector index, it raises MemoryUnavailable when the index fails."""
        with self._guard:
            if k <= 0 or not text.strip() or not self.catalog.has_active():
                return []
            found = self.candidates(text, max(4 * k, 30))
            chosen = self.rank(found, k)
            if touch and chosen:
                with self.catalog.transaction():
                    self.catalog.touch([m.id for m in chosen], time.time())
            return chosen

    # -- write path ----------------------------------------------------------------------
    def write_turn(self, request_id: str, user_text: str, answer: str, before: str = "") -> WriteReport:
        """Remember a finished turn: the facts the user stated and the exchange itself. `before`, the
        exchange that preceded it, becomes the episode's lexical context."""
        report = WriteReport()
        with self._guard:
            user = redact(user_text).strip()
            reply = redact(answer).strip()
            facts = extract_facts(user)
            for fact in facts:
                self._write(fact.text, "fact", "user", [request_id], report, slot=fact.slot, slot_value=fact.value)
            if is_small_talk(user) and not facts:
                detail = f"small talk is not kept as an episode: {user[:60]!r}"
                report.note("dropped", None, detail)
                with self.catalog.transaction():
                    self.catalog.log("dropped", None, f"{request_id}: {detail}")
            else:
                episode = f"User: {user}\nAEGIS: {reply}"[:EPISODE_CHARS]
                context = redact(before).strip()[:CONTEXT_CHARS]
                self._write(episode, "episodic", "user", [request_id], report, context=context)
        return report

    def remember(self, text: str, provenance: str = "agent", importance: float | None = None,
                 request_ids: Iterable[str] = (), kind: str = "note") -> WriteReport:
        if provenance not in PROVENANCES:
            raise ValueError(f"provenance must be one of {', '.join(PROVENANCES)}")
        text = redact(text).strip()
        if not text:
            raise ValueError("nothing to remember: the text is empty")
        report = WriteReport()
        with self._guard:
            facts = extract_facts(text) if provenance == "user" else []
            if facts and kind == "note":
                for fact in facts:
                    self._write(fact.text, "fact", provenance, list(request_ids), report,
                                slot=fact.slot, slot_value=fact.value, importance=importance)
            else:
                self._write(text, kind, provenance, list(request_ids), report, importance=importance)
        return report

    def _write(self, text: str, kind: str, provenance: str, request_ids: list[str], report: WriteReport,
               slot: str | None = None, slot_value: str | None = None, importance: float | None = None,
               context: str = "") -> str:
        now = time.time()
        weight = score_importance(text, kind, provenance, importance)
        vector = self.embed([text])[0]
        index = self._vectors()
        new_id = _new_id()
        if slot:
            for old in self.catalog.active_with_slot(slot):
                if old.slot_value == slot_value:
                    return self._merge(old, text, vector, provenance, request_ids, weight, now, report, context)
                if provenance in UNTRUSTED and old.provenance not in UNTRUSTED:
                    continue
                self._supersede(old, new_id, text, now, report)
        for other_id, similarity in index.nearest(vector, 3, kind=kind):
            old = self.catalog.get(other_id)
            if old is None or old.status != ACTIVE:
                continue
            if similarity >= self.settings.dedupe_similarity and (not slot or old.slot in (None, slot)):
                return self._merge(old, text, vector, provenance, request_ids, weight, now, report, context)
            if (kind == "fact" and not slot and not old.slot and similarity >= CONTRADICTION_SIMILARITY
                    and bool(_NEGATION.search(text)) != bool(_NEGATION.search(old.text))
                    and not (provenance in UNTRUSTED and old.provenance not in UNTRUSTED)):
                self._supersede(old, new_id, text, now, report)
        memory = Memory(id=new_id, text=text, kind=kind, importance=weight, provenance=provenance,
                        created=now, last_used=now, request_ids=list(dict.fromkeys(request_ids)),
                        slot=slot, slot_value=slot_value, context=context)
        index.add([memory.id], vector.reshape(1, -1), [kind])
        with self.catalog.transaction():
            self.catalog.insert([memory])
            self.catalog.log("added", memory.id, f"{kind} from {provenance}, importance {weight:.2f}", now)
        report.note("added", memory.id, f"{kind} from {provenance}: {text[:80]!r}")
        return memory.id

    def _merge(self, old: Memory, text: str, vector: np.ndarray, provenance: str, request_ids: list[str],
               weight: float, now: float, report: WriteReport, context: str = "") -> str:
        # Untrusted text never overwrites what a trusted source said; it only counts as seen again.
        rewrite = text != old.text and not (provenance in UNTRUSTED and old.provenance not in UNTRUSTED)
        old.history.append({"at": now, "text": old.text if rewrite else None, "provenance": old.provenance,
                            "request_ids": request_ids})
        if rewrite:
            old.text = text
            old.provenance = provenance
            old.context = context
        old.request_ids = list(dict.fromkeys([*old.request_ids, *request_ids]))
        old.importance = min(1.0, max(old.importance, weight) + REPEAT_BONUS)
        old.last_used = now
        if rewrite:
            self._vectors().add([old.id], vector.reshape(1, -1), [old.kind])
        with self.catalog.transaction():
            self.catalog.update(old, text_changed=rewrite)
            self.catalog.log("merged", old.id, f"near-duplicate {'rewritten' if rewrite else 'seen again'}: {text[:80]!r}", now)
        report.note("merged", old.id, f"near-duplicate of {old.id}, history kept ({len(old.history)} versions)")
        return old.id

    def _supersede(self, old: Memory, newer_id: str, text: str, now: float, report: WriteReport) -> None:
        old.status = SUPERSEDED
        old.superseded_by = newer_id
        old.history.append({"at": now, "superseded_by": newer_id})
        with self.catalog.transaction():
            self.catalog.update(old, text_changed=False)
            self.catalog.log("superseded", old.id, f"{old.text[:80]!r} replaced by newer {text[:80]!r}", now)
        self._vectors().remove([old.id])
        report.note("superseded", old.id, f"{old.text[:80]!r} -> newer {text[:80]!r} ({newer_id})")

    def add_bulk(self, items: list[tuple[str, str, str, list[str], float]], batch: int = 256,
                 progress: Callable[[int], None] | None = None, vectors: np.ndarray | None = None,
                 contexts: list[str] | None = None) -> list[str]:
        """Import (text, kind, provenance, request_ids, created) rows as they are: no dedupe.
        For migrations and benchmarks (which may pass precomputed `vectors` and lexical
        `contexts`, one per row); the learn path uses write_turn."""
        ids: list[str] = []
        with self._guard:
            index = self._vectors()
            for start in range(0, len(items), batch):
                chunk = items[start : start + batch]
                if vectors is None:
                    chunk_vectors = self.embed([text for text, *_ in chunk])
                else:
                    chunk_vectors = vectors[start : start + batch]
                chunk_contexts = contexts[start : start + batch] if contexts is not None else [""] * len(chunk)
                memories = [Memory(id=_new_id(), text=text, kind=kind, provenance=prov, request_ids=rids,
                                   importance=score_importance(text, kind, prov), created=created,
                                   last_used=created, context=context)
                            for (text, kind, prov, rids, created), context in zip(chunk, chunk_contexts, strict=True)]
                index.add([m.id for m in memories], chunk_vectors, [m.kind for m in memories])
                with self.catalog.transaction():
                    self.catalog.insert(memories)
                ids.extend(m.id for m in memories)
                if progress:
                    progress(len(chunk))
        return ids

    def forget(self, memory_id: str) -> Memory:
        """Remove a memory from recall and erase its text; the log keeps that it was forgotten."""
        with self._guard:
            memory = self.catalog.get(memory_id)
            if memory is None:
                raise KeyError(f"no memory with id {memory_id}")
            if memory.status == FORGOTTEN:
                return memory
            forgotten = Memory(**{**memory.__dict__})
            memory.status = FORGOTTEN
            memory.text = "[forgotten]"
            memory.context = ""
            memory.history = [{"at": time.time(), "forgotten": True}]
            with self.catalog.transaction():
                self.catalog.update(memory, text_changed=False)
                self.catalog.log("forgotten", memory.id, f"{memory.kind} from {memory.provenance} forgotten on request")
            self._vectors().remove([memory.id])
            return forgotten

    def retire(self, memory: Memory, status: str, reason: str, into: str | None = None) -> None:
        """Take an active memory out of recall (merged or expired), keeping its row and a log line."""
        with self._guard:
            memory.status = status
            memory.superseded_by = into
            memory.history.append({"at": time.time(), status: reason})
            with self.catalog.transaction():
                self.catalog.update(memory, text_changed=False)
                self.catalog.log(status, memory.id, reason)
            self._vectors().remove([memory.id])

    def absorb(self, keeper: Memory, duplicate: Memory, similarity: float) -> None:
        """Fold a duplicate found by compaction into the memory that stays."""
        with self._guard:
            keeper.request_ids = list(dict.fromkeys([*keeper.request_ids, *duplicate.request_ids]))
            keeper.importance = min(1.0, max(keeper.importance, duplicate.importance) + REPEAT_BONUS)
            keeper.last_used = max(keeper.last_used, duplicate.last_used)
            keeper.history.append({"at": time.time(), "absorbed": duplicate.id, "text": duplicate.text})
            with self.catalog.transaction():
                self.catalog.update(keeper, text_changed=False)
            self.retire(duplicate, MERGED, f"duplicate of {keeper.id} (cosine {similarity:.3f})", into=keeper.id)
