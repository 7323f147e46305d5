"""The safety head's features: hashed n-grams and the static MiniLM vector."""

import numpy as np

from training.safety.features import N_BUCKETS, bucket_array, bucket_counts
from training.safety.static_embedding import SHRINK_PIECES, static_embedder


def test_ngram_buckets_are_stable_and_counted():
    ids, counts = bucket_array("kill kill")
    assert list(ids) == sorted(ids) and ids.min() >= 0 and ids.max() < N_BUCKETS
    again = bucket_counts("KILL   kill")  # canonical form: case and spacing do not matter
    assert again == dict(zip(ids.tolist(), counts.tolist(), strict=True))
    assert again[max(again, key=again.get)] >= 2  # repeated grams are counted, not deduplicated
    assert len(bucket_counts("ナイフで玉ねぎを切る")) > 10


def test_static_vectors_shrink_short_texts_and_ignore_unknown_pieces():
    embedder = static_embedder()
    short, long = embedder.embed(["from a", "please summarise the minutes of today's budget meeting"])
    assert np.isclose(np.linalg.norm(short), 2 / (2 + SHRINK_PIECES), atol=1e-5)
    assert np.linalg.norm(long) > np.linalg.norm(short)
    unknown_only = embedder.embed(["覚"])[0]  # a kanji outside the model's vocabulary: [UNK]
    assert not unknown_only.any()
