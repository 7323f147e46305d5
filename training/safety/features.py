"""Text features shared by training and prediction: hashed character n-grams plus word uni- and
bigrams. numpy + zlib, so the predict path imports no ML library and both paths see exactly the
same features.

Character n-grams need no tokenizer, so Japanese (no spaces) and English get the same
treatment; words add English phrase context ("kill my" vs "kill a")."""

from __future__ import annotations

import re
import unicodedata
import zlib

import numpy as np

N_BUCKETS = 1 << 20
CHAR_NGRAMS = (2, 3, 4)
# The head reads only a long text's two ends (the hard rules read all of it): a pasted document
# states its ask at the start or at the end, and 5,000 characters cost ~5 ms of features and
# tokenizing where 3,000 fit the 10 ms budget. (No seed request is near this long.)
HEAD_CHARS, TAIL_CHARS = 1000, 2000
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[^\sa-z0-9]", re.IGNORECASE)


def text_ends(text: str) -> str:
    return text if len(text) <= HEAD_CHARS + TAIL_CHARS else f"{text[:HEAD_CHARS]} {text[-TAIL_CHARS:]}"


def canonical(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


_MULTIPLIER = np.uint64(1_000_003)
_MIX = np.uint64(0xBF58476D1CE4E5B9)


def _char_gram_ids(text: str) -> np.ndarray:
    """Bucket ids of the character n-grams of ` text `: a polynomial hash over code points, computed
    for all positions at once (hashing each n-gram string in Python cost ~7 ms on a 2,000-character
    request), then a 64-bit mix so that nearby hashes spread over the buckets."""
    padded = np.frombuffer(f" {text} ".encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = []
    with np.errstate(over="ignore"):
        for n in CHAR_NGRAMS:
            count = len(padded) - n + 1
            if count <= 0:
                continue
            h = np.full(count, n, dtype=np.uint64)
            for k in range(n):
                h = h * _MULTIPLIER + padded[k : k + count]
            h ^= h >> np.uint64(31)
            h *= _MIX
            h ^= h >> np.uint64(29)
            parts.append(h % np.uint64(N_BUCKETS))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)


def _word_grams(text: str) -> list[str]:
    words = [w for w in _WORD.findall(text) if w.strip() and (w.isalnum() or len(w) == 1)]
    return ["w:" + w for w in words] + [f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def bucket_array(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Distinct hashed n-gram bucket ids of one text's ends (sorted) and how often each occurs."""
    canon = canonical(text_ends(text))
    words = np.fromiter((zlib.crc32(g.encode("utf-8")) % N_BUCKETS for g in _word_grams(canon)), dtype=np.uint64)
    ids, counts = np.unique(np.concatenate([_char_gram_ids(canon), words]), return_counts=True)
    return ids.astype(np.int64), counts


def bucket_counts(text: str) -> dict[int, int]:
    """Hashed n-gram counts of one text (bucket id -> count)."""
    ids, counts = bucket_array(text)
    return dict(zip(ids.tolist(), counts.tolist(), strict=True))
