"""Fits the safety head with scikit-learn (training only) and saves a numpy-loadable version.

Calibration: a single temperature fitted on out-of-fold logits of the training data.
Thresholds: two per decision class, chosen on the same out-of-fold probabilities."""

from __future__ import annotations

import json
import math
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from training.safety.dataset import Example, seed_examples
from training.safety.features import bucket_counts
from training.safety.feedback import feedback_examples
from training.safety.head import DECISIONS
from training.safety.rules import match_request
from training.safety.verdict import Decision

MIN_DF = 2
C_VALUE = 10.0
REFUSE_MAX_OVER_REFUSAL = 0.04  # out-of-fold share of benign seed items that REFUSE.act may refuse
REFUSE_REVIEW_RECALL = 0.97
ESCALATE_PRECISION = 0.85
ALLOW_PRECISION = 0.97
NEAR_REFUSE_SIMILARITY = 0.6


@dataclass
class FitReport:
    directory: Path
    n_examples: int
    n_feedback: int
    dropped_feedback: int
    seconds: float
    oof_metrics: dict


class Vectorizer:
    """Hashed n-gram buckets with document frequency >= MIN_DF, idf-weighted, L2-normalised."""

    def __init__(self, texts: list[str]):
        self.counts = [bucket_counts(t) for t in texts]
        df: dict[int, int] = {}
        for c in self.counts:
            for b in c:
                df[b] = df.get(b, 0) + 1
        n = len(texts)
        self.buckets = np.array(sorted(b for b, d in df.items() if d >= MIN_DF), dtype=np.int64)
        self.index = {int(b): i for i, b in enumerate(self.buckets)}
        self.idf = np.array([math.log((1 + n) / (1 + df[int(b)])) + 1.0 for b in self.buckets], dtype=np.float32)

    def matrix(self, counts_list=None):
        from scipy.sparse import csr_matrix

        counts_list = self.counts if counts_list is None else counts_list
        rows, cols, vals = [], [], []
        for r, counts in enumerate(counts_list):
            entries = [(self.index[b], (1.0 + math.log(c))) for b, c in counts.items() if b in self.index]
            if not entries:
                continue
            weights = np.array([tf * self.idf[i] for i, tf in entries])
            weights /= np.linalg.norm(weights) or 1.0
            rows.extend([r] * len(entries))
            cols.extend(i for i, _ in entries)
            vals.extend(weights)
        return csr_matrix((vals, (rows, cols)), shape=(len(counts_list), len(self.buckets)), dtype=np.float64)


def _fit_lr(x, y):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    warnings.simplefilter("ignore", ConvergenceWarning)  # tol 1e-3 is enough for these weights

    return LogisticRegression(C=C_VALUE, solver="saga", tol=1e-3, max_iter=500, class_weight="balanced").fit(x, y)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _oof_logits(x, y: np.ndarray, groups: np.ndarray, classes: list[str], folds: int = 5) -> np.ndarray:
    from sklearn.model_selection import StratifiedGroupKFold

    logits = np.zeros((len(y), len(classes)))
    splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=7)
    for train_idx, test_idx in splitter.split(np.zeros(len(y)), y, groups):
        model = _fit_lr(x[train_idx], y[train_idx])
        part = np.full((len(test_idx), len(classes)), -30.0)
        cols = np.searchsorted(classes, model.classes_)
        part[:, cols] = model.decision_function(x[test_idx])
        logits[test_idx] = part
    return logits


def _temperature(logits: np.ndarray, y_idx: np.ndarray) -> float:
    best, best_nll = 1.0, float("inf")
    for t in np.arange(0.2, 4.01, 0.05):
        p = _softmax(logits / t)
        nll = -np.mean(np.log(p[np.arange(len(y_idx)), y_idx] + 1e-12))
        if nll < best_nll:
            best, best_nll = float(t), nll
    return best


def _lowest_threshold_with_precision(scores: np.ndarray, positive: np.ndarray, precision: float,
                                     floor: float, ceiling: float) -> float:
    for t in np.arange(floor, ceiling + 1e-9, 0.01):
        chosen = scores >= t
        if chosen.sum() and positive[chosen].mean() >= precision:
            return round(float(t), 2)
    return ceiling


def _lowest_threshold_with_fpr(scores: np.ndarray, positive: np.ndarray, max_fpr: float,
                               floor: float, ceiling: float) -> float:
    negatives = scores[~positive]
    for t in np.arange(floor, ceiling + 1e-9, 0.01):
        if (negatives >= t).mean() <= max_fpr:
            return round(float(t), 2)
    return ceiling


def _threshold_for_recall(scores: np.ndarray, positive: np.ndarray, recall: float, floor: float, ceiling: float) -> float:
    pos_scores = np.sort(scores[positive])
    if not len(pos_scores):
        return floor
    t = float(pos_scores[int((1.0 - recall) * len(pos_scores))])
    return round(min(max(t, floor), ceiling), 2)


def choose_thresholds(decision_probs: dict[str, np.ndarray], labels: np.ndarray) -> dict[str, dict[str, float]]:
    refuse, escalate, allow = (decision_probs[d] for d in DECISIONS[::-1])
    is_refuse, is_escalate, is_allow = labels == "REFUSE", labels == "ESCALATE", labels == "ALLOW"
    refuse_act = _lowest_threshold_with_fpr(refuse, is_refuse, REFUSE_MAX_OVER_REFUSAL, 0.35, 0.95)
    refuse_review = min(_threshold_for_recall(refuse, is_refuse, REFUSE_REVIEW_RECALL, 0.2, 0.9), refuse_act)
    escalate_act = _lowest_threshold_with_precision(escalate, is_escalate, ESCALATE_PRECISION, 0.4, 0.9)
    escalate_review = min(_threshold_for_recall(escalate, is_escalate, 0.9, 0.2, 0.8), escalate_act)
    allow_act = _lowest_threshold_with_precision(allow, is_allow, ALLOW_PRECISION, 0.6, 0.95)
    return {
        "REFUSE": {"act": refuse_act, "review": refuse_review},
        "ESCALATE": {"act": escalate_act, "review": escalate_review},
        "ALLOW": {"act": allow_act, "review": 0.0},
    }


def _decision_probs(p: np.ndarray, classes: list[str]) -> dict[str, np.ndarray]:
    out = {}
    for d in DECISIONS:
        idx = [i for i, c in enumerate(classes) if c.split(":")[0] == d]
        out[d] = p[:, idx].sum(axis=1) if idx else np.zeros(len(p))
    return out


def usable_feedback(feedback: list[Example], seed: list[Example], vectorizer_of: Callable[[list[str]], Vectorizer]) -> tuple[list[Example], int]:
    """Drops approvals that a REFUSE rule matches or that closely resemble a REFUSE seed item."""
    kept = [f for f in feedback if not (f.label == "ALLOW" and _rule_refuses(f.text))]
    approvals = [f for f in kept if f.label == "ALLOW"]
    refuse_seed = [s.text for s in seed if s.label == "REFUSE"]
    if approvals and refuse_seed:
        vec = vectorizer_of(refuse_seed + [a.text for a in approvals])
        m = vec.matrix()
        sims = (m[len(refuse_seed):] @ m[: len(refuse_seed)].T).toarray().max(axis=1)
        too_close = {id(a) for a, s in zip(approvals, sims, strict=True) if s >= NEAR_REFUSE_SIMILARITY}
        kept = [f for f in kept if id(f) not in too_close]
    return kept, len(feedback) - len(kept)


def _rule_refuses(text: str) -> bool:
    verdict = match_request(text)
    return verdict is not None and verdict.decision == Decision.REFUSE


def fit(examples: list[Example]) -> tuple[Vectorizer, object, list[str], float, dict, dict]:
    texts = [e.text for e in examples]
    fine = np.array([e.fine_label for e in examples])
    labels = np.array([e.label for e in examples])
    vec = Vectorizer(texts)
    x = vec.matrix()
    classes = sorted(set(fine))
    groups = np.array([e.group or e.text for e in examples])
    logits = _oof_logits(x, fine, groups, classes)
    y_idx = np.searchsorted(classes, fine)
    temperature = _temperature(logits, y_idx)
    oof = _decision_probs(_softmax(logits / temperature), classes)
    thresholds = choose_thresholds(oof, labels)
    model = _fit_lr(x, fine)
    predicted = np.array(DECISIONS)[np.argmax(np.stack([oof[d] for d in DECISIONS], axis=1), axis=1)]
    metrics = {"oof_decision_accuracy": round(float((predicted == labels).mean()), 4),
               "oof_refuse_recall": round(float((predicted[labels == "REFUSE"] == "REFUSE").mean()), 4)}
    return vec, model, classes, temperature, thresholds, metrics


def save_head(directory: Path, version: str, vec: Vectorizer, model, classes: list[str], temperature: float,
              thresholds: dict, metrics: dict, sources: dict) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    order = np.searchsorted(classes, model.classes_)
    weights = np.zeros((len(vec.buckets), len(classes)), dtype=np.float32)
    bias = np.full(len(classes), -30.0, dtype=np.float32)
    weights[:, order] = model.coef_.T
    bias[order] = model.intercept_
    if len(model.classes_) == 2:  # binary LR keeps one row; not expected with >2 classes
        raise ValueError("the safety head needs at least three classes")
    np.savez_compressed(directory / "weights.npz", buckets=vec.buckets, idf=vec.idf.astype(np.float16),
                        weights=weights.astype(np.float16), bias=bias)
    meta = {"version": version, "classes": classes, "temperature": temperature, "thresholds": thresholds,
            "metrics": metrics, "sources": sources, "features": "hashed char 2-4 grams + word 1-2 grams, tf-idf",
            "trained_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    (directory / "head.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")


def train_head(directory: Path, version: str, home: Path | None = None,
               progress: Callable[[str], None] = lambda _m: None) -> FitReport:
    """Fit on the seed set plus (when `home` is given) the human feedback, and save to `directory`."""
    start = time.perf_counter()
    seed = seed_examples()
    feedback = feedback_examples(home) if home is not None else []
    kept, dropped = usable_feedback(feedback, seed, Vectorizer) if feedback else ([], 0)
    examples = seed + kept
    progress(f"fitting on {len(seed)} seed + {len(kept)} feedback examples ({dropped} feedback dropped)")
    vec, model, classes, temperature, thresholds, metrics = fit(examples)
    sources = {"seed": len(seed), "feedback": len(kept), "feedback_dropped": dropped}
    save_head(directory, version, vec, model, classes, temperature, thresholds, metrics, sources)
    return FitReport(directory, len(examples), len(kept), dropped, time.perf_counter() - start, metrics)
