"""Text features shared by training and prediction: hashed character n-grams plus word uni- and
bigrams. Pure Python + zlib, so the predict path imports no ML library and both paths see
exactly the same features.

Character n-grams need no tokenizer, so Japanese (no spaces) and English get the same
treatment; words add English phrase context ("kill my" vs "kill a")."""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from collections import Counter

N_BUCKETS = 1 << 20
CHAR_NGRAMS = (2, 3, 4)
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[^\sa-z0-9]", re.IGNORECASE)


def canonical(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def _grams(text: str) -> list[str]:
    padded = f" {text} "
    grams = [padded[i : i + n] for n in CHAR_NGRAMS for i in range(len(padded) - n + 1)]
    words = [w for w in _WORD.findall(text) if w.strip() and (w.isalnum() or len(w) == 1)]
    grams.extend("w:" + w for w in words)
    grams.extend(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return grams


def bucket_counts(text: str) -> Counter[int]:
    """Hashed n-gram counts of one text (bucket id -> count)."""
    return Counter(zlib.crc32(g.encode("utf-8")) % N_BUCKETS for g in _grams(canonical(text)))


def tfidf(counts: Counter[int], idf: dict[int, float] | None = None) -> dict[int, float]:
    """Sublinear tf times idf (1.0 where idf is unknown), L2-normalised."""
    weights = {b: (1.0 + math.log(c)) * (idf.get(b, 0.0) if idf is not None else 1.0) for b, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {b: w / norm for b, w in weights.items() if w}
