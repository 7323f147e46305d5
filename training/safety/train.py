"""Fits the safety head with scikit-learn (training only) and saves a numpy-loadable version.

Weights: each decision gets a fixed share of the training weight (`DECISION_SHARE`), split equally
over its fine classes, so text without evidence starts from an ALLOW-leaning prior.
`fit` fits from scratch and calibrates on out-of-fold probabilities (`calibration.py`): the packaged
head. `aegis safety train` adapts that head to human feedback instead (`adapt.py`)."""

from __future__ import annotations

import json
import os
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from training.safety import dataset
from training.safety.calibration import choose_thresholds, decide_arrays, fit_temperature, softmax
from training.safety.dataset import Example, seed_examples
from training.safety.head import DECISIONS, PACKAGED_DIR
from training.safety.static_embedding import MODEL_NAME, static_embedder
from training.safety.tuned_encoder import file_sha256, safety_encoder
from training.safety.vectorizer import Vectorizer

C_VALUE = 10.0
FIT_TOL = 1e-6
# Share of the training weight per decision. Fine classes balanced within their decision, so a text
# with no evidence starts from these priors instead of 1/17 ALLOW (everyday traffic is mostly ALLOW).
DECISION_SHARE = {"ALLOW": 0.4, "ESCALATE": 0.25, "REFUSE": 0.35}


@dataclass
class FitReport:
    directory: Path
    n_examples: int
    n_feedback: int
    dropped_feedback: int
    seconds: float
    metrics: dict


def design_matrix(vec: Vectorizer, texts: list[str], encoder_inputs: np.ndarray):
    """The head's inputs for the texts `vec` was built on: the n-gram tf-idf block, the static
    MiniLM block and the safety encoder's block (`encoder_features`)."""
    from scipy.sparse import csr_matrix, hstack

    return hstack([vec.matrix(), csr_matrix(static_embedder().embed(texts)), csr_matrix(encoder_inputs)]).tocsr()


def encoder_features(seed: list[Example], extra: list[Example]) -> tuple[np.ndarray, str]:
    """The safety encoders' inputs to the head: for the seed requests, out-of-fold log-probabilities
    (saved when each encoder was tuned) or live ones for requests appended after its tune (see
    `RoutedEncoder.seed_head_inputs`); live ones for `extra`. Also the hash of the encoder models."""
    encoder = safety_encoder(PACKAGED_DIR)
    if encoder.tuned_on_other_seed(dataset.SEED_REQUESTS, len(seed)):
        raise ValueError("the safety encoder was tuned on another seed set; rebuild it with "
                         "`python -m training.safety.encoder_tune`")
    seed_part = encoder.seed_head_inputs([e.text for e in seed])
    live = encoder.head_inputs([e.text for e in extra]) if extra else np.zeros((0, seed_part.shape[1]), dtype=np.float32)
    return np.vstack([seed_part, live]), encoder.meta["model_sha256"]


def _fit_lr(x, y, sample_weight=None):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    warnings.simplefilter("ignore", ConvergenceWarning)
    # One BLAS thread: on small machines threaded BLAS makes this sparse fit several times slower.
    # tol well below scikit-learn's 1e-4: there lbfgs stops anywhere in a flat region, and a refit of the
    # same seed set (features equal to float rounding) moved decision probabilities by up to 0.12.
    with threadpool_limits(1):
        model = LogisticRegression(C=C_VALUE, solver="lbfgs", tol=FIT_TOL, max_iter=1000,
                                   class_weight=None if sample_weight is not None else "balanced")
        return model.fit(x, y, sample_weight=sample_weight)


def sample_weights(fine: np.ndarray) -> np.ndarray:
    """Each decision gets its DECISION_SHARE of the weight, split equally over its fine classes."""
    decision = np.array([f.split(":")[0] for f in fine])
    weights = np.zeros(len(fine))
    for d, share in DECISION_SHARE.items():
        classes = sorted(set(fine[decision == d]))
        for c in classes:
            mask = fine == c
            weights[mask] = share / len(classes) / mask.sum()
    return weights * len(fine) / weights.sum()


def _fit_in_parallel(jobs: list[tuple]) -> list:
    """`_fit_lr(*job)` for every job, one process per core: each fit is single-threaded."""
    from joblib import Parallel, delayed

    return Parallel(n_jobs=min(len(jobs), os.cpu_count() or 1))(delayed(_fit_lr)(*job) for job in jobs)


def _group_folds(fine: np.ndarray, groups: np.ndarray, folds: int = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    """Folds keep task groups together and are stratified on the fine classes."""
    from sklearn.model_selection import StratifiedGroupKFold

    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=7)
    return list(splitter.split(np.zeros(len(fine)), fine, groups))


def _oof_logits(x, models: list, splits: list[tuple[np.ndarray, np.ndarray]], classes: list[str]) -> np.ndarray:
    """Out-of-fold logits: each fold's model scores the rows it was not fitted on."""
    logits = np.zeros((x.shape[0], len(classes)))
    for model, (_, test_idx) in zip(models, splits, strict=True):
        part = np.full((len(test_idx), len(classes)), -30.0)
        cols = np.searchsorted(classes, model.classes_)
        part[:, cols] = model.decision_function(x[test_idx])
        logits[test_idx] = part
    return logits


@dataclass
class FittedHead:
    vec: Vectorizer
    model: object  # fine classes (decision:category): names the category
    classes: list[str]
    temperature: float
    decision_model: object  # ALLOW / ESCALATE / REFUSE: decides
    decision_temperature: float
    thresholds: dict
    metrics: dict


def fit(examples: list[Example], encoder_inputs: np.ndarray) -> FittedHead:
    """Two linear models on the same features: a 3-way decision model (pools the evidence of every
    harmful category, so it separates REFUSE better than a sum of 17 fine classes) whose out-of-fold
    probabilities set the temperature and thresholds, and a fine model that names the category."""
    texts = [e.text for e in examples]
    fine = np.array([e.fine_label for e in examples])
    labels = np.array([e.label for e in examples])
    vec = Vectorizer(texts)
    x = design_matrix(vec, texts, encoder_inputs)
    weights = sample_weights(fine)
    classes = sorted(set(fine))
    groups = np.array([e.group or e.text for e in examples])
    decisions = sorted(set(labels))
    if decisions != sorted(DECISIONS):
        raise ValueError("the safety head needs ALLOW, ESCALATE and REFUSE examples")
    splits = _group_folds(fine, groups)
    *fold_models, decision_model, model = _fit_in_parallel(
        [(x[train_idx], labels[train_idx], sample_weights(fine[train_idx])) for train_idx, _ in splits]
        + [(x, labels, weights), (x, fine, weights)])
    logits = _oof_logits(x, fold_models, splits, decisions)
    decision_temperature = fit_temperature(logits, np.searchsorted(decisions, labels))
    p = softmax(logits / decision_temperature)
    oof = {d: p[:, i] for i, d in enumerate(decisions)}
    thresholds = choose_thresholds(oof, labels)
    predicted = decide_arrays(oof, thresholds)
    metrics = {"oof_decision_accuracy": round(float((predicted == labels).mean()), 4),
               "oof_refuse_recall": round(float((predicted[labels == "REFUSE"] == "REFUSE").mean()), 4),
               "oof_refuse_non_allow_rate": round(float((predicted[labels == "REFUSE"] != "ALLOW").mean()), 4),
               "oof_allow_non_allow_rate": round(float((predicted[labels == "ALLOW"] != "ALLOW").mean()), 4),
               "oof_allow_refused": int((predicted[labels == "ALLOW"] == "REFUSE").sum()),
               "oof_escalate_non_allow_rate": round(float((predicted[labels == "ESCALATE"] != "ALLOW").mean()), 4)}
    return FittedHead(vec, model, classes, 1.0, decision_model, decision_temperature, thresholds, metrics)


def _weight_rows(vec: Vectorizer, model, classes: list[str]) -> tuple[np.ndarray, ...]:
    """(n-gram bucket rows, static embedding rows, encoder rows, bias), one column per class."""
    if len(model.classes_) == 2:  # binary LR keeps one row; not expected with >2 classes
        raise ValueError("the safety head needs at least three classes")
    order = np.searchsorted(classes, model.classes_)
    coef = np.zeros((model.coef_.shape[1], len(classes)), dtype=np.float32)
    bias = np.full(len(classes), -30.0, dtype=np.float32)
    coef[:, order] = model.coef_.T
    bias[order] = model.intercept_
    n_buckets, n_static = len(vec.buckets), static_embedder().dimension
    return coef[:n_buckets], coef[n_buckets:n_buckets + n_static], coef[n_buckets + n_static:], bias


def save_head(directory: Path, version: str, fitted: FittedHead, sources: dict, seed_sha256: str,
              encoder_sha256: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    weights, embed_weights, encoder_weights, bias = _weight_rows(fitted.vec, fitted.model, fitted.classes)
    decision_weights, decision_embed_weights, decision_encoder_weights, decision_bias = _weight_rows(
        fitted.vec, fitted.decision_model, list(DECISIONS))
    np.savez_compressed(directory / "weights.npz", buckets=fitted.vec.buckets, idf=fitted.vec.idf.astype(np.float16),
                        weights=weights.astype(np.float16), bias=bias, embed_weights=embed_weights,
                        encoder_weights=encoder_weights, decision_weights=decision_weights.astype(np.float16),
                        decision_bias=decision_bias, decision_embed_weights=decision_embed_weights,
                        decision_encoder_weights=decision_encoder_weights)
    meta = {"version": version, "classes": fitted.classes, "temperature": fitted.temperature,
            "decision_classes": list(DECISIONS), "decision_temperature": fitted.decision_temperature,
            "thresholds": fitted.thresholds, "metrics": fitted.metrics, "sources": sources,
            "features": f"hashed char 2-4 grams + word 1-2 grams, tf-idf; mean {MODEL_NAME} word-piece embedding; "
                        "safety encoder log-probabilities", "seed_sha256": seed_sha256, "encoder_sha256": encoder_sha256,
            "trained_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    (directory / "head.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")


def fit_packaged(progress: Callable[[str], None] = print) -> FitReport:
    """Fit the packaged head from scratch on the seed set, after the seed set or the encoder changes."""
    start = time.perf_counter()
    seed = seed_examples()
    encoded, encoder_sha256 = encoder_features(seed, [])
    progress(f"fitting on {len(seed)} seed examples, with five out-of-fold fits for calibration")
    fitted = fit(seed, encoded)
    save_head(PACKAGED_DIR, "head-v1", fitted, {"seed": len(seed), "feedback": 0, "feedback_dropped": 0},
              file_sha256(dataset.SEED_REQUESTS), encoder_sha256)
    return FitReport(PACKAGED_DIR, len(seed), 0, 0, time.perf_counter() - start, fitted.metrics)


def main() -> None:
    """`python -m training.safety.train`."""
    report = fit_packaged()
    print(json.dumps({"seconds": round(report.seconds, 1), "examples": report.n_examples, **report.metrics}))


if __name__ == "__main__":
    main()
