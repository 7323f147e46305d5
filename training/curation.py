"""Curation of the tuning dataset: what may enter it and what is taken out.

Admission (one candidate at a time): personal data scrubbed, shape checked, quality at or above
the threshold, no exact or near duplicate of an active example, not over the size limit.
Dataset passes (the `improve` graph's last step): the same rules again over everything active,
plus length outliers and class balance. Every drop or removal is logged with its reason."""

from __future__ import annotations

import bisect
import hashlib
import json
import math
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from agent.settings import ImproveSettings
from memory.redact import redact
from memory.tuning_store import EXTERNAL, Example, TuningStore

ROLES = ("system", "user", "assistant")
_JA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_FAILURE = re.compile(r"I could not complete this request|^error:|Traceback \(most recent call last\)", re.M)


@dataclass(frozen=True)
class Rules:
    quality_threshold: float = 0.7
    near_duplicate: float = 0.9
    max_chars: int = 8000
    outlier_z: float = 3.5
    balance_ratio: float = 4.0
    eval_fraction: float = 0.1

    @classmethod
    def of(cls, s: ImproveSettings) -> Rules:
        return cls(s.quality_threshold, s.near_duplicate, s.max_example_chars, s.outlier_z,
                   s.balance_ratio, s.eval_fraction)


@dataclass
class Candidate:
    messages: list[dict[str, str]]
    provenance: str
    kind: str = "sft"
    rejected: str = ""
    label: str = "chat"
    reward: float | None = None
    request_ids: list[str] = field(default_factory=list)
    approved: bool = False


@dataclass
class Admission:
    example_id: int | None
    reason: str  # "added" or the reason it was dropped
    detail: str = ""


class BadExample(ValueError):
    """A chat record that is not a list of {role, content} messages ending with the assistant."""


# text helpers
def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def shingles(text: str, n: int = 3) -> frozenset[str]:
    norm = normalize(text)
    if len(norm) <= n:
        return frozenset({norm}) if norm else frozenset()
    return frozenset(norm[i : i + n] for i in range(len(norm) - n + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def flat_text(messages: list[dict[str, str]], rejected: str = "") -> str:
    return "\n".join(m["content"] for m in messages) + ("\n" + rejected if rejected else "")


def content_hash(messages: list[dict[str, str]], rejected: str = "") -> str:
    body = [[m["role"], normalize(m["content"])] for m in messages] + ([["rejected", normalize(rejected)]] if rejected else [])
    return hashlib.sha256(json.dumps(body, ensure_ascii=False).encode()).hexdigest()


def split_for(digest: str, eval_fraction: float) -> str:
    """Deterministic: the same content always lands in the same split."""
    return "eval" if int(digest[:8], 16) % 1000 < eval_fraction * 1000 else "train"


# shape and scrub
def validate_messages(raw: Any) -> list[dict[str, str]]:
    if not isinstance(raw, list) or not raw:
        raise BadExample("`messages` must be a non-empty list")
    out = []
    for i, m in enumerate(raw):
        if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
            raise BadExample(f"message {i} needs role in {ROLES} and string content")
        out.append({"role": m["role"], "content": m["content"]})
    if out[-1]["role"] != "assistant" or not any(m["role"] == "user" for m in out):
        raise BadExample("a conversation needs a user message and must end with the assistant's answer")
    return out


def scrub(messages: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{"role": m["role"], "content": redact(m["content"])} for m in messages]


# quality
def quality_score(messages: list[dict[str, str]], rejected: str = "") -> tuple[float, list[str]]:
    """A 0..1 score of how fit a conversation is to teach from, with the reasons it lost points.
    Content only: neither engagement nor length earns points; verbosity loses them."""
    users = [m["content"] for m in messages if m["role"] == "user"]
    answer = messages[-1]["content"].strip() if messages and messages[-1]["role"] == "assistant" else ""
    if not users or not answer:
        return 0.0, ["no answer"]
    question = users[-1]
    score, why = 1.0, []

    def lose(points: float, reason: str) -> None:
        nonlocal score
        score -= points
        why.append(reason)

    if _FAILURE.search(answer):
        lose(0.6, "answer is a failure message")
    if len(normalize(answer)) < 2:
        lose(0.5, "answer is empty or trivial")
    if normalize(answer) == normalize(question):
        lose(0.5, "answer repeats the question")
    redactions = answer.count("[REDACTED:") + question.count("[REDACTED:")
    if redactions:
        lose(min(0.3, 0.1 * redactions), "contains redacted personal data")
    grams = [answer[i : i + 10] for i in range(max(0, len(answer) - 9))]
    if len(grams) >= 30 and len(set(grams)) / len(grams) < 0.5:
        lose(0.4, "answer repeats itself")
    q_ja, a_ja = bool(_JA.search(question)), bool(_JA.search(answer))
    if q_ja and not a_ja:
        lose(0.4, "Japanese question, answer not in Japanese")
    elif not q_ja and a_ja and _LATIN_WORD.search(question):
        lose(0.4, "English question, answer in Japanese")
    if len(answer) > 2000 and len(answer) > 20 * max(1, len(question)):
        lose(0.2, "answer far longer than the question calls for")
    if rejected and normalize(rejected) == normalize(answer):
        lose(1.0, "chosen and rejected answers are the same")
    return max(0.0, round(score, 3)), why


# duplicate index
class DedupIndex:
    """Exact hashes plus trigram sets sorted by size. Jaccard >= t needs sizes within a factor t,
    so each lookup compares only against sets of similar size."""

    def __init__(self, threshold: float):
        self.threshold = threshold
        self.hashes: dict[str, int] = {}
        self.sizes: list[int] = []
        self.entries: list[tuple[frozenset[str], int]] = []

    def add(self, digest: str, grams: frozenset[str], example_id: int) -> None:
        self.hashes.setdefault(digest, example_id)
        pos = bisect.bisect_left(self.sizes, len(grams))
        self.sizes.insert(pos, len(grams))
        self.entries.insert(pos, (grams, example_id))

    def find(self, digest: str, grams: frozenset[str]) -> tuple[str, int] | None:
        if digest in self.hashes:
            return "exact_duplicate", self.hashes[digest]
        lo = bisect.bisect_left(self.sizes, math.floor(len(grams) * self.threshold))
        hi = bisect.bisect_right(self.sizes, math.ceil(len(grams) / self.threshold))
        for other, example_id in self.entries[lo:hi]:
            if jaccard(grams, other) >= self.threshold:
                return "near_duplicate", example_id
        return None


def dedup_index(store: TuningStore, rules: Rules) -> DedupIndex:
    index = DedupIndex(rules.near_duplicate)
    for ex in store.examples(status="active"):
        index.add(ex.content_hash, shingles(flat_text(ex.messages, ex.rejected)), ex.id)
    return index


def admit(store: TuningStore, candidate: Candidate, rules: Rules, index: DedupIndex | None = None) -> Admission:
    """Scrub, check and store one candidate, or log why it was dropped."""
    try:
        messages = scrub(validate_messages(candidate.messages))
    except BadExample as exc:
        store.log_drop("malformed", str(exc))
        return Admission(None, "malformed", str(exc))
    rejected = redact(candidate.rejected)
    text = flat_text(messages, rejected)
    preview = text[:120].replace("\n", " / ")
    if len(text) > rules.max_chars:
        store.log_drop("too_long", f"{len(text)} chars > {rules.max_chars}: {preview}")
        return Admission(None, "too_long", f"{len(text)} chars")
    quality, why = quality_score(messages, rejected)
    if quality < rules.quality_threshold:
        detail = f"quality {quality:.2f} < {rules.quality_threshold}: {'; '.join(why)}"
        store.log_drop("low_quality", f"{detail}: {preview}")
        return Admission(None, "low_quality", detail)
    digest = content_hash(messages, rejected)
    grams = shingles(text)
    index = index or dedup_index(store, rules)
    hit = index.find(digest, grams)
    if hit is not None:
        reason, other = hit
        store.log_drop(reason, f"same as example {other}: {preview}")
        return Admission(None, reason, f"same as example {other}")
    example_id = store.add_example(
        kind=candidate.kind, messages=messages, rejected=rejected, provenance=candidate.provenance,
        content_hash=digest, quality=quality, label=candidate.label, reward=candidate.reward,
        request_ids=candidate.request_ids, approved=candidate.approved and candidate.provenance in EXTERNAL,
        split=split_for(digest, rules.eval_fraction))
    index.add(digest, grams, example_id)
    return Admission(example_id, "added")


# dataset pass
_PROVENANCE_RANK = {"user": 0, "agent": 1, "file": 2, "mcp": 2, "web": 2}


def _keep_order(ex: Example) -> tuple:
    """Which of two duplicates survives: the user's over the agent's, higher reward, older."""
    return (_PROVENANCE_RANK.get(ex.provenance, 3), -(ex.reward or 0.0), ex.id)


def curate(store: TuningStore, rules: Rules) -> dict[str, int]:
    """One pass over the active examples. Returns removals per reason."""
    removed: Counter[str] = Counter()

    def drop(ex: Example, reason: str, detail: str) -> None:
        if store.remove(ex.id, reason, detail):
            removed[reason] += 1

    alive: list[Example] = []
    for ex in store.examples(status="active"):
        quality, why = quality_score(ex.messages, ex.rejected)
        if quality != ex.quality:
            store.set_fields(ex.id, quality=quality)
        if quality < rules.quality_threshold:
            drop(ex, "low_quality", f"quality {quality:.2f}: {'; '.join(why)}")
        elif len(flat_text(ex.messages, ex.rejected)) > rules.max_chars:
            drop(ex, "too_long", f"over {rules.max_chars} chars")
        else:
            alive.append(ex)

    index = DedupIndex(rules.near_duplicate)
    survivors: list[Example] = []
    for ex in sorted(alive, key=_keep_order):
        grams = shingles(flat_text(ex.messages, ex.rejected))
        hit = index.find(ex.content_hash, grams)
        if hit is not None:
            drop(ex, hit[0], f"same as example {hit[1]}")
            continue
        index.add(ex.content_hash, grams, ex.id)
        survivors.append(ex)

    survivors = _drop_outliers(survivors, rules, drop)
    _balance(survivors, rules, drop)
    return dict(removed)


def _drop_outliers(examples: list[Example], rules: Rules, drop) -> list[Example]:
    """Length outliers by robust z-score (median and MAD); needs enough examples to judge."""
    if len(examples) < 10:
        return examples
    lengths = [len(flat_text(ex.messages, ex.rejected)) for ex in examples]
    median = statistics.median(lengths)
    mad = statistics.median(abs(n - median) for n in lengths)
    if mad == 0:
        return examples
    kept = []
    for ex, n in zip(examples, lengths, strict=True):
        z = 0.6745 * (n - median) / mad
        if abs(z) > rules.outlier_z:
            drop(ex, "outlier", f"length {n} chars, robust z {z:.1f} (median {median:.0f})")
        else:
            kept.append(ex)
    return kept


def _balance(examples: list[Example], rules: Rules, drop) -> None:
    """No label of a kind may outnumber the smallest label by more than balance_ratio: the
    lowest-quality, lowest-reward examples of an oversized label go first."""
    groups: dict[tuple[str, str], list[Example]] = defaultdict(list)
    for ex in examples:
        groups[(ex.kind, ex.label)].append(ex)
    for kind in {k for k, _ in groups}:
        labels = {label: exs for (k, label), exs in groups.items() if k == kind}
        if len(labels) < 2:
            continue
        cap = math.ceil(rules.balance_ratio * min(len(v) for v in labels.values()))
        for label, exs in labels.items():
            if len(exs) <= cap:
                continue
            ranked = sorted(exs, key=lambda e: (e.quality, e.reward or 0.0, e.id), reverse=True)
            for ex in ranked[cap:]:
                drop(ex, "class_balance", f"label {label!r} has {len(exs)} > {cap} examples")
