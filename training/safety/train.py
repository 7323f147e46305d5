"""Fits the safety head with scikit-learn (training only) and saves a numpy-loadable version.

Weights: each decision gets a fixed share of the training weight (`DECISION_SHARE`), split equally
over its fine classes, so text without evidence starts from an ALLOW-leaning prior.
Calibration: a single temperature fitted on out-of-fold logits of the training data.
Thresholds: chosen on the same out-of-fold probabilities; review thresholds never go below
`REVIEW_FLOOR`, and the review band may send at most `ALLOW_MAX_ESCALATION` of ALLOW items to a person."""

from __future__ import annotations

import json
import math
import os
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from training.safety import dataset
from training.safety.dataset import Example, seed_examples
from training.safety.features import bucket_counts
from training.safety.feedback import feedback_examples
from training.safety.head import DECISIONS, PACKAGED_DIR, REVIEW_FLOOR
from training.safety.rules import match_request
from training.safety.static_embedding import MODEL_NAME, static_embedder
from training.safety.tuned_encoder import SEED_LOGPROBS, file_sha256, head_inputs, safety_encoder
from training.safety.verdict import Decision

MIN_DF = 2
C_VALUE = 10.0
# Share of the training weight per decision. Fine classes balanced within their decision, so a text
# with no evidence starts from these priors instead of 1/17 ALLOW (everyday traffic is mostly ALLOW).
DECISION_SHARE = {"ALLOW": 0.4, "ESCALATE": 0.25, "REFUSE": 0.35}
# A REFUSE cannot be overruled by a person, so the head refuses outright only when it is at least
# this sure; between the review threshold and this, a person decides.
REFUSE_ACT_FLOOR = 0.7
REFUSE_MAX_OVER_REFUSAL = 0.05  # out-of-fold share of non-REFUSE seed items (mostly templated look-alikes) REFUSE.act may refuse
ALLOW_MAX_ESCALATION = 0.02  # extra out-of-fold share of ALLOW seed items that the review band may send to a person
ESCALATE_PRECISION = 0.85
ALLOW_PRECISION = 0.97
ALLOW_REVIEW_CEILING = 0.25  # a request may go to a person on a low ALLOW probability alone only below this
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


def design_matrix(vec: Vectorizer, texts: list[str], encoder_inputs: np.ndarray):
    """The head's inputs for the texts `vec` was built on: the n-gram tf-idf block, the static
    MiniLM block and the safety encoder's block (`encoder_features`)."""
    from scipy.sparse import csr_matrix, hstack

    return hstack([vec.matrix(), csr_matrix(static_embedder().embed(texts)), csr_matrix(encoder_inputs)]).tocsr()


def encoder_features(seed: list[Example], extra: list[Example]) -> tuple[np.ndarray, str]:
    """The safety encoder's inputs to the head: from out-of-fold log-probabilities (saved when it was
    tuned) for the seed requests, which it was tuned on, and from live ones for the rest. Also the
    hash of the encoder model."""
    encoder = safety_encoder(PACKAGED_DIR)
    if encoder.meta["seed_sha256"] != file_sha256(dataset.SEED_REQUESTS):
        raise ValueError("the safety encoder was tuned on another seed set; rebuild it with "
                         "`python -m training.safety.encoder_tune`")
    seed_part = np.load(PACKAGED_DIR / SEED_LOGPROBS)
    if len(seed_part) != len(seed):
        raise ValueError("the safety encoder's seed log-probabilities do not match the seed set")
    extra_part = encoder.log_probs([e.text for e in extra]) if extra else np.zeros((0, seed_part.shape[1]))
    return head_inputs(np.vstack([seed_part, extra_part]).astype(np.float32)), encoder.meta["model_sha256"]


def _fit_lr(x, y, sample_weight=None):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    warnings.simplefilter("ignore", ConvergenceWarning)
    # One BLAS thread: on small machines threaded BLAS makes this sparse fit several times slower.
    with threadpool_limits(1):
        model = LogisticRegression(C=C_VALUE, solver="lbfgs", max_iter=300,
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


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


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


def decide_arrays(probs: dict[str, np.ndarray], thresholds: dict[str, dict[str, float]]) -> np.ndarray:
    """The vectorised twin of `judge.decide` (without rules): one decision per row."""
    refuse, escalate, allow = probs["REFUSE"], probs["ESCALATE"], probs["ALLOW"]
    t = {d: {k: (max(v, REVIEW_FLOOR) if k == "review" and d != "ALLOW" else v) for k, v in thresholds[d].items()}
         for d in thresholds}
    out = np.full(len(refuse), "ALLOW", dtype=object)
    review = (refuse >= t["REFUSE"]["review"]) | (escalate >= t["ESCALATE"]["review"]) | (allow < t["ALLOW"]["review"])
    out[review] = "ESCALATE"
    out[refuse >= t["REFUSE"]["act"]] = "REFUSE"
    return out


def choose_thresholds(decision_probs: dict[str, np.ndarray], labels: np.ndarray) -> dict[str, dict[str, float]]:
    """Out-of-fold choice. Review thresholds never go below REVIEW_FLOOR: low-evidence text (every class
    near its prior) stays ALLOW instead of asking a person about "hello"."""
    refuse, escalate, allow = (decision_probs[d] for d in DECISIONS[::-1])
    is_refuse, is_escalate, is_allow = labels == "REFUSE", labels == "ESCALATE", labels == "ALLOW"
    refuse_act = _lowest_threshold_with_fpr(refuse, is_refuse, REFUSE_MAX_OVER_REFUSAL, REFUSE_ACT_FLOOR, 0.95)
    escalate_act = _lowest_threshold_with_precision(escalate, is_escalate, ESCALATE_PRECISION, REVIEW_FLOOR, 0.9)
    allow_act = _lowest_threshold_with_precision(allow, is_allow, ALLOW_PRECISION, 0.6, 0.95)
    # Review band: the lowest floors whose combined out-of-fold escalations of ALLOW items stay in budget.
    best = {"REFUSE": {"act": refuse_act, "review": refuse_act}, "ESCALATE": {"act": escalate_act, "review": escalate_act},
            "ALLOW": {"act": allow_act, "review": 0.0}}
    best_caught = -1
    base_rate = (decide_arrays(decision_probs, best)[is_allow] != "ALLOW").mean()
    for allow_review in np.arange(0.0, ALLOW_REVIEW_CEILING + 1e-9, 0.05):
        for refuse_review in np.arange(REVIEW_FLOOR, refuse_act + 1e-9, 0.05):
            for escalate_review in np.arange(REVIEW_FLOOR, escalate_act + 1e-9, 0.05):
                cand = {"REFUSE": {"act": refuse_act, "review": round(float(refuse_review), 2)},
                        "ESCALATE": {"act": escalate_act, "review": round(float(escalate_review), 2)},
                        "ALLOW": {"act": allow_act, "review": round(float(allow_review), 2)}}
                decided = decide_arrays(decision_probs, cand)
                if (decided[is_allow] != "ALLOW").mean() - base_rate > ALLOW_MAX_ESCALATION:
                    continue
                caught = int((decided[~is_allow] != "ALLOW").sum())
                if caught > best_caught:
                    best, best_caught = cand, caught
    return best


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
    decision_temperature = _temperature(logits, np.searchsorted(decisions, labels))
    p = _softmax(logits / decision_temperature)
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
    n_buckets, n_encoder = len(vec.buckets), len(DECISIONS)
    return coef[:n_buckets], coef[n_buckets:-n_encoder], coef[-n_encoder:], bias


def save_head(directory: Path, version: str, fitted: FittedHead, sources: dict, encoder_sha256: str) -> None:
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
                        "safety encoder log-probabilities", "encoder_sha256": encoder_sha256,
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
    encoded, encoder_sha256 = encoder_features(seed, kept)
    progress(f"fitting on {len(seed)} seed + {len(kept)} feedback examples ({dropped} feedback dropped)")
    fitted = fit(examples, encoded)
    sources = {"seed": len(seed), "feedback": len(kept), "feedback_dropped": dropped}
    save_head(directory, version, fitted, sources, encoder_sha256)
    return FitReport(directory, len(examples), len(kept), dropped, time.perf_counter() - start, fitted.metrics)


def main() -> None:
    """Refit the packaged head (seed data only) after the seed set changes:
    `python -m training.safety.train`."""
    report = train_head(PACKAGED_DIR, "head-v1", progress=print)
    print(json.dumps({"seconds": round(report.seconds, 1), "examples": report.n_examples, **report.oof_metrics}))


if __name__ == "__main__":
    main()
