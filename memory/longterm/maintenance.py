"""`aegis memory compact`: fold duplicates together and expire old, unimportant memories.
Every removal is reported and logged; the rows stay in the catalog with their new status."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from memory.longterm.records import ACTIVE, EXPIRED, UNTRUSTED, Memory
from memory.longterm.store import LongTermMemory


@dataclass
class CompactReport:
    merged: list[tuple[str, str, str]] = field(default_factory=list)  # (duplicate id, kept id, text)
    expired: list[tuple[str, str]] = field(default_factory=list)  # (id, text)

    def lines(self) -> list[str]:
        out = [f"merged {dup} into {keep}: {text[:70]!r}" for dup, keep, text in self.merged]
        out += [f"expired {mid}: {text[:70]!r}" for mid, text in self.expired]
        return out


def _expirable(memory: Memory) -> bool:
    # What the user stated, and notes saved on purpose by a trusted source, never expire.
    return memory.kind == "episodic" or memory.provenance in UNTRUSTED


def compact(mem: LongTermMemory, now: float | None = None,
            progress: Callable[[int], None] | None = None) -> CompactReport:
    now = time.time() if now is None else now
    settings = mem.settings
    report = CompactReport()
    index = mem._vectors()
    active = list(mem.catalog.iter(status=ACTIVE, newest_first=False))
    gone: set[str] = set()
    for start in range(0, len(active), 256):
        chunk = active[start : start + 256]
        vectors = index.vectors([m.id for m in chunk])
        for memory in chunk:
            if progress:
                progress(1)
            if memory.id in gone or memory.id not in vectors:
                continue
            for other_id, similarity in index.nearest(vectors[memory.id], 4, kind=memory.kind):
                if other_id == memory.id or other_id in gone or similarity < settings.dedupe_similarity:
                    continue
                other = mem.catalog.get(other_id)
                if other is None or other.status != ACTIVE or (memory.slot and other.slot != memory.slot):
                    continue
                # The older memory keeps its id; the newer one is folded into it.
                keeper, duplicate = (memory, other) if memory.created <= other.created else (other, memory)
                if duplicate.provenance not in UNTRUSTED and keeper.provenance in UNTRUSTED:
                    keeper, duplicate = duplicate, keeper
                mem.absorb(keeper, duplicate, similarity)
                gone.add(duplicate.id)
                report.merged.append((duplicate.id, keeper.id, duplicate.text))
                if duplicate.id == memory.id:
                    break
    horizon = now - settings.expire_days * 86400.0
    for memory in mem.catalog.iter(status=ACTIVE, newest_first=False):
        if (_expirable(memory) and memory.importance < settings.expire_below_importance
                and memory.last_used < horizon):
            mem.retire(memory, EXPIRED, f"unused since {time.strftime('%Y-%m-%d', time.localtime(memory.last_used))}, "
                                        f"importance {memory.importance:.2f}")
            report.expired.append((memory.id, memory.text))
    return report
