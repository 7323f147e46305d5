"""The numpy runtime of the packaged all-MiniLM-L6-v2 must agree with sentence-transformers."""

from __future__ import annotations

import numpy as np
import pytest

from memory.longterm.encoder import NumpyBertEncoder, load_encoder, packaged_model_dir

TEXTS = ["Caroline went to the LGBTQ support group yesterday.", "今日の会議の要点をまとめて",
         "hi", "word " * 400]


def test_numpy_runtime_matches_sentence_transformers():
    pytest.importorskip("sentence_transformers")
    from sentence_transformers import SentenceTransformer

    ours = load_encoder()
    assert isinstance(ours, NumpyBertEncoder)
    reference = SentenceTransformer(str(packaged_model_dir()), device="cpu", local_files_only=True)
    expected = reference.encode(TEXTS, normalize_embeddings=True)
    cosine = (ours.encode(TEXTS) * expected).sum(axis=1)
    assert cosine.min() > 0.999, cosine


def test_vectors_are_unit_length_and_batch_independent():
    encoder = load_encoder()
    together = encoder.encode(TEXTS)
    alone = np.stack([encoder.encode([t])[0] for t in TEXTS])
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.allclose(together, alone, atol=1e-5)


def test_a_directory_that_is_not_a_model_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_encoder(str(tmp_path))
