"""Fusing the dense and lexical channels with importance and recency.

Reciprocal-rank fusion needs no score calibration between cosine similarity and BM25, and its
constant 60 is the value from the original RRF paper (Cormack et al., 2009). The lexical channel's
votes weigh 5x the dense channel's: on the project's own dev set (`devset/`, JA + EN), recall@10
rose from 0.713 at equal weights to 0.756 at 5x, on a plateau from 4x to 6x; MiniLM is weak on
Japanese and on paraphrase-free factual questions, so the dense channel mostly breaks ties.
Relevance decides the order: importance and recency only scale it by up to 15 %, enough to break
near-ties in favour of what matters and what is fresh. None of these constants was fitted to a
public evaluation set."""

from __future__ import annotations

import math

RRF_K = 60
LEXICAL_WEIGHT = 5.0  # of the lexical channel's RRF votes, relative to the dense channel's
IMPORTANCE_WEIGHT = 0.10
RECENCY_WEIGHT = 0.05
# A memory that only the dense channel found and that is this dissimilar is noise, not recall.
MIN_DENSE_ONLY_SIMILARITY = 0.2


def rrf(dense: list[str], lexical: list[str], lexical_weight: float = LEXICAL_WEIGHT) -> dict[str, float]:
    """Relevance in (0, 1]: the weighted RRF sum divided by its best possible value."""
    best = (1.0 + lexical_weight) / (RRF_K + 1)
    scores: dict[str, float] = {}
    for ranking, weight in ((dense, 1.0), (lexical, lexical_weight)):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (RRF_K + rank)
    return {item: s / best for item, s in scores.items()}


def recency(last_used: float, now: float, half_life_days: float) -> float:
    age_days = max(0.0, now - last_used) / 86400.0
    return math.pow(0.5, age_days / half_life_days)


def final_score(relevance: float, importance: float, freshness: float) -> float:
    return relevance * (1.0 - IMPORTANCE_WEIGHT - RECENCY_WEIGHT
                        + IMPORTANCE_WEIGHT * importance + RECENCY_WEIGHT * freshness)
