"""Development measurement of the head's feature options, side by side: n-grams alone, n-grams plus
the static MiniLM vector, n-grams plus full all-MiniLM-L6-v2 sentence embeddings, and what the head
uses: n-grams, the static vector and the safety encoder's log-probabilities (out-of-fold ones for
seed requests, see `tuned_encoder.py`). Measured on grouped splits of the seed set (no phrasing of a test task is seen in
training) and on the held-out dev file (trained on the whole seed set); with per-item latency.

`python -m training.safety.compare_features`; nothing at predict time uses this module."""

from __future__ import annotations

import json
import time

import numpy as np

from training.safety.dataset import Example, read_jsonl, seed_examples
from training.safety.dev_check import DEV_REQUESTS
from training.safety.head import PACKAGED_DIR, SafetyHead
from training.safety.static_embedding import static_embedder
from training.safety.train import _fit_lr, encoder_features, sample_weights
from training.safety.vectorizer import Vectorizer

_DEV_LABEL = {"everyday": "ALLOW", "harmful": "REFUSE", "escalate": "ESCALATE"}


def _scores(y_true: np.ndarray, y_pred: np.ndarray) -> dict:
    from sklearn.metrics import f1_score

    return {"macro_f1": float(f1_score(y_true, y_pred, average="macro")),
            "refuse_recall": float((y_pred[y_true == "REFUSE"] == "REFUSE").mean()),
            "allow_not_allowed": float((y_pred[y_true == "ALLOW"] != "ALLOW").mean())}


def _ms_per_text(embed, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        embed([text])
    return (time.perf_counter() - start) * 1000 / len(texts)


def main() -> None:
    from scipy.sparse import csr_matrix, hstack
    from sklearn.model_selection import GroupShuffleSplit

    from memory.longterm.encoder import load_encoder

    examples = seed_examples()
    dev = read_jsonl(DEV_REQUESTS)
    texts = [e.text for e in examples] + [r["text"] for r in dev]
    labels = np.array([e.label for e in examples] + [_DEV_LABEL[r["kind"]] for r in dev])
    fine = np.array([e.fine_label for e in examples])
    groups = np.array([e.group or e.text for e in examples])
    n_seed = len(examples)
    static = static_embedder().embed(texts)
    encoded, _ = encoder_features(examples, [Example(r["text"], "", "", "dev") for r in dev])
    blocks = {"ngrams": None, "ngrams+static_minilm": static,
              "ngrams+full_minilm": load_encoder().encode(texts),
              "ngrams+static_minilm+safety_encoder": np.hstack([static, encoded])}
    splits = [(train, test) for train, test in GroupShuffleSplit(n_splits=3, test_size=0.25, random_state=11)
              .split(np.zeros(n_seed), labels[:n_seed], groups)]
    splits.append((np.arange(n_seed), np.arange(n_seed, len(texts))))
    results: dict[str, list[dict]] = {name: [] for name in blocks}
    for train_idx, test_idx in splits:
        vec = Vectorizer([texts[i] for i in train_idx])
        x_train, x_test = vec.matrix(), vec.transform([texts[i] for i in test_idx])
        for name, dense in blocks.items():
            a = x_train if dense is None else hstack([x_train, csr_matrix(dense[train_idx])]).tocsr()
            b = x_test if dense is None else hstack([x_test, csr_matrix(dense[test_idx])]).tocsr()
            model = _fit_lr(a, labels[train_idx], sample_weights(fine[train_idx]))
            results[name].append(_scores(labels[test_idx], model.predict(b)))
    sample = texts[:200]
    head = SafetyHead(PACKAGED_DIR)  # its dense features: one tokenization for the static vector and the encoder
    latency = {"ngrams+static_minilm": _ms_per_text(static_embedder().embed, sample),
               "ngrams+full_minilm": _ms_per_text(load_encoder().encode, sample),
               "ngrams+static_minilm+safety_encoder": _ms_per_text(lambda one: head.begin(one[0]).result(), sample)}
    summary = {}
    for name, runs in results.items():
        summary[name] = {"seed_split": {k: round(float(np.mean([r[k] for r in runs[:-1]])), 4) for k in runs[0]},
                         "dev": {k: round(v, 4) for k, v in runs[-1].items()},
                         "extra_ms_per_text": round(latency.get(name, 0.0), 3)}
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
