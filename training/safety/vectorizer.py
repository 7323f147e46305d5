"""The head's n-gram block at training time: hashed n-gram buckets with document frequency >= MIN_DF,
idf-weighted, sublinear tf, L2-normalised per text (`SafetyHead._features` is its predict-time twin).
Built with array operations over all texts at once: per-text Python loops took ~20 s on the seed set."""

from __future__ import annotations

import numpy as np

from training.safety.features import bucket_array

MIN_DF = 2


def _bucket_arrays(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row of each entry, bucket id, count): the distinct buckets of every text, concatenated."""
    pairs = [bucket_array(t) for t in texts]
    rows = np.repeat(np.arange(len(texts)), [len(ids) for ids, _ in pairs])
    if not pairs:
        return rows, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return rows, np.concatenate([ids for ids, _ in pairs]), np.concatenate([c for _, c in pairs])


class Vectorizer:
    def __init__(self, texts: list[str]):
        self._entries = _bucket_arrays(texts)
        self._n_texts = len(texts)
        ids, df = np.unique(self._entries[1], return_counts=True)  # a text lists each bucket once
        kept = df >= MIN_DF
        self.buckets = ids[kept].astype(np.int64)
        self.idf = (np.log((1 + len(texts)) / (1 + df[kept])) + 1.0).astype(np.float32)

    @classmethod
    def of_vocabulary(cls, buckets: np.ndarray, idf: np.ndarray) -> Vectorizer:
        """A fitted head's vocabulary, for `transform` only."""
        vec = cls([])
        vec.buckets, vec.idf = buckets.astype(np.int64), idf.astype(np.float32)
        return vec

    def matrix(self):
        """The texts the vocabulary was built on, one row each."""
        return self._matrix(*self._entries, self._n_texts)

    def transform(self, texts: list[str]):
        return self._matrix(*_bucket_arrays(texts), len(texts))

    def _matrix(self, rows: np.ndarray, ids: np.ndarray, counts: np.ndarray, n_rows: int):
        from scipy.sparse import csr_matrix

        cols = np.minimum(np.searchsorted(self.buckets, ids), max(len(self.buckets) - 1, 0))
        known = self.buckets[cols] == ids if len(self.buckets) else np.zeros(len(ids), dtype=bool)
        rows, cols = rows[known], cols[known]
        values = (1.0 + np.log(counts[known].astype(np.float64))) * self.idf[cols]
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n_rows))
        values /= np.where(norms > 0, norms, 1.0)[rows]
        return csr_matrix((values, (rows, cols)), shape=(n_rows, len(self.buckets)), dtype=np.float64)
