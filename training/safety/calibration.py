"""Calibration of the head's decision model, chosen on out-of-fold probabilities of the training data:
a single temperature, then per decision an `act` threshold and a review band. Review thresholds never go
below `REVIEW_FLOOR`, and the review band may send at most `ALLOW_MAX_ESCALATION` of ALLOW items to a person."""

from __future__ import annotations

import numpy as np

from training.safety.head import DECISIONS, REVIEW_FLOOR

# A REFUSE cannot be overruled by a person, so the head refuses outright only when it is at least
# this sure; between the review threshold and this, a person decides.
REFUSE_ACT_FLOOR = 0.7
REFUSE_MAX_OVER_REFUSAL = 0.05  # out-of-fold share of non-REFUSE seed items (mostly templated look-alikes) REFUSE.act may refuse
ALLOW_MAX_ESCALATION = 0.02  # extra out-of-fold share of ALLOW seed items that the review band may send to a person
ESCALATE_PRECISION = 0.85
ALLOW_PRECISION = 0.97
ALLOW_REVIEW_CEILING = 0.25  # a request may go to a person on a low ALLOW probability alone only below this


def log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def softmax(z: np.ndarray) -> np.ndarray:
    return np.exp(log_softmax(z))


def fit_temperature(logits: np.ndarray, y_idx: np.ndarray) -> float:
    best, best_nll = 1.0, float("inf")
    for t in np.arange(0.2, 4.01, 0.05):
        p = softmax(logits / t)
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
