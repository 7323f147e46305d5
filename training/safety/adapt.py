"""`aegis safety train`: adapts the packaged head to human feedback in seconds.

MAP adaptation, with a Gaussian prior centred on the packaged weights: for both models (decision and
fine classes), a change `delta` of the n-gram weights minimises

    C * sum_i w_i * cross_entropy(base_logits_i + x_i @ delta) - seed_pull . delta + |delta|^2 / 2

over the feedback plus a replay of seed requests: the nearest seed neighbours of every feedback item
(the requests a change would most likely disturb) and a fixed random sample. C and the weights w are
those of the cold fit (`train.py`), so one approval pulls as hard as one seed example does there.
`seed_pull` is the replayed requests' own gradient at the packaged weights: without it they would
pull the head towards themselves; with it, a change comes from the feedback only and the replayed
requests resist it. The dense weights, biases, temperatures and thresholds stay the packaged head's:
a change reaches only requests that share n-grams with the feedback, and the calibration chosen out
of fold stays valid. A cold fit on seed plus feedback would take minutes (five out-of-fold fits)."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from training.safety import dataset
from training.safety.calibration import decide_arrays, log_softmax, softmax
from training.safety.dataset import Example, seed_examples
from training.safety.feedback import feedback_examples
from training.safety.head import PACKAGED_DIR
from training.safety.rules import match_request
from training.safety.static_embedding import static_embedder
from training.safety.train import C_VALUE, FitReport, encoder_features, sample_weights
from training.safety.tuned_encoder import file_sha256
from training.safety.vectorizer import Vectorizer
from training.safety.verdict import Decision

REPLAY_NEIGHBOURS = 50
REPLAY_SAMPLE = 1000
NEAR_REFUSE_SIMILARITY = 0.6
MODELS = {"decision": "decision_", "fine": ""}  # model -> prefix of its arrays in weights.npz


@dataclass
class Adapted:
    arrays: dict[str, np.ndarray]  # the base head's weights.npz with the n-gram weights changed
    meta: dict
    metrics: dict


def _replay_rows(seed_x, feedback_x, rng: np.random.Generator) -> np.ndarray:
    nearest = (feedback_x @ seed_x.T).toarray()
    k = min(REPLAY_NEIGHBOURS, seed_x.shape[0])
    neighbours = np.argpartition(-nearest, k - 1, axis=1)[:, :k].ravel()
    sample = rng.choice(seed_x.shape[0], min(REPLAY_SAMPLE, seed_x.shape[0]), replace=False)
    return np.unique(np.concatenate([neighbours, sample]))


def _fit_delta(x, base_logits: np.ndarray, y: np.ndarray, weights: np.ndarray, replayed: int) -> tuple[np.ndarray, int]:
    """The change of the n-gram weights (columns of `x` x classes) that minimises the module's objective.
    The first `replayed` rows are seed requests. Their gradient at the fitted weights, where the whole
    seed set's gradient is ~0, is subtracted: they resist a change but do not pull towards one."""
    from scipy.optimize import minimize

    n_classes = base_logits.shape[1]
    onehot = np.eye(n_classes)[y]
    xt = x.T.tocsr()
    seed_weights = np.where(np.arange(len(y)) < replayed, weights, 0.0)
    seed_pull = C_VALUE * (xt @ ((np.exp(log_softmax(base_logits)) - onehot) * seed_weights[:, None]))

    def objective(flat: np.ndarray) -> tuple[float, np.ndarray]:
        delta = flat.reshape(x.shape[1], n_classes)
        log_p = log_softmax(base_logits + x @ delta)
        loss = -C_VALUE * float(weights @ log_p[np.arange(len(y)), y]) + 0.5 * float(flat @ flat)
        grad = C_VALUE * (xt @ ((np.exp(log_p) - onehot) * weights[:, None])) + delta - seed_pull
        return loss - float((seed_pull * delta).sum()), grad.ravel()

    result = minimize(objective, np.zeros(x.shape[1] * n_classes), jac=True, method="L-BFGS-B",
                      options={"maxiter": 1000, "gtol": 1e-6})
    return result.x.reshape(x.shape[1], n_classes), int(result.nit)


def usable_feedback(feedback: list[Example], seed: list[Example], seed_x, vec: Vectorizer) -> np.ndarray:
    """Which feedback items to learn from: not approvals that a REFUSE rule matches or that closely
    resemble a REFUSE seed item (`seed_x`: the seed's n-gram rows in the head's vocabulary `vec`)."""
    usable = np.array([not (f.label == "ALLOW" and _rule_refuses(f.text)) for f in feedback], dtype=bool)
    approvals = np.flatnonzero(usable & np.array([f.label == "ALLOW" for f in feedback], dtype=bool))
    refuse_rows = np.array([i for i, s in enumerate(seed) if s.label == "REFUSE"])
    if len(approvals) and len(refuse_rows):
        sims = (vec.transform([feedback[i].text for i in approvals]) @ seed_x[refuse_rows].T).toarray().max(axis=1)
        usable[approvals[sims >= NEAR_REFUSE_SIMILARITY]] = False
    return usable


def _rule_refuses(text: str) -> bool:
    verdict = match_request(text)
    return verdict is not None and verdict.decision == Decision.REFUSE


def adapt(arrays: dict[str, np.ndarray], meta: dict, vec: Vectorizer, seed: list[Example], seed_x,
          feedback: list[Example], encoder_inputs: np.ndarray) -> Adapted:
    """The head (`arrays`, `meta`, its vocabulary `vec`), fitted on `seed` (`seed_x`: their n-gram rows),
    adapted to `feedback`. `encoder_inputs` has one row per seed example, then one per feedback example."""
    arrays = dict(arrays)
    metrics: dict = {"adapted_from": meta["version"], "replayed": 0, "iterations": 0}
    if not feedback:
        return Adapted(arrays, meta, metrics)
    from scipy.sparse import vstack

    feedback_x = vec.transform([e.text for e in feedback])
    rows = _replay_rows(seed_x, feedback_x, np.random.default_rng(7))
    x = vstack([seed_x[rows], feedback_x]).tocsr()
    examples = [seed[i] for i in rows] + feedback
    dense = np.hstack([static_embedder().embed([e.text for e in examples]),
                       np.vstack([encoder_inputs[rows], encoder_inputs[len(seed):]])])
    columns = np.unique(x.indices)  # the n-gram weights the objective can move
    x_active = x[:, columns]
    all_fine = np.array([e.fine_label for e in seed + feedback])
    weights = sample_weights(all_fine)[np.concatenate([rows, np.arange(len(seed), len(all_fine))])]
    metrics["replayed"] = int(len(rows))
    for model, prefix in MODELS.items():
        classes = meta["decision_classes"] if model == "decision" else meta["classes"]
        labels = [e.label if model == "decision" else e.fine_label for e in examples]
        y = np.array([classes.index(c if c in classes else f"{c.split(':')[0]}:other") for c in labels])
        base_logits = (x @ arrays[f"{prefix}weights"].astype(np.float64) + arrays[f"{prefix}bias"]
                       + dense @ np.vstack([arrays[f"{prefix}embed_weights"], arrays[f"{prefix}encoder_weights"]]))
        delta, iterations = _fit_delta(x_active, base_logits, y, weights, len(rows))
        changed = arrays[f"{prefix}weights"].astype(np.float32)
        changed[columns] += delta.astype(np.float32)
        arrays[f"{prefix}weights"] = changed.astype(arrays[f"{prefix}weights"].dtype)
        metrics["iterations"] = max(metrics["iterations"], iterations)
        if model == "decision":
            probs = softmax((base_logits + x_active @ delta)[len(rows):] / meta["decision_temperature"])
            decided = decide_arrays({d: probs[:, i] for i, d in enumerate(classes)}, meta["thresholds"])
            metrics["head_agrees_with_feedback"] = round(float((decided == np.array(labels[len(rows):])).mean()), 4)
    return Adapted(arrays, meta, metrics)


def save_adapted(directory: Path, version: str, adapted: Adapted, sources: dict) -> None:
    """Written beside `directory` and renamed into place: a killed run leaves no half-written head."""
    partial = directory.with_name(f".{directory.name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    np.savez_compressed(partial / "weights.npz", **adapted.arrays)
    meta = {**adapted.meta, "version": version, "metrics": adapted.metrics, "sources": sources,
            "calibration_metrics": adapted.meta["metrics"], "trained_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    (partial / "head.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.rename(directory)


def load_head(base: Path) -> tuple[dict, dict[str, np.ndarray], Vectorizer]:
    """A fitted head's `head.json`, its `weights.npz` arrays and its n-gram vocabulary."""
    meta = json.loads((base / "head.json").read_text(encoding="utf-8"))
    with np.load(base / "weights.npz") as npz:
        arrays = {k: npz[k] for k in npz.files}
    return meta, arrays, Vectorizer.of_vocabulary(arrays["buckets"], arrays["idf"])


def train_on_feedback(directory: Path, version: str, home: Path, base: Path = PACKAGED_DIR,
                      progress: Callable[[str], None] = lambda _m: None) -> FitReport:
    """`aegis safety train`: the head in `base` adapted to every usable human decision under `home`,
    saved as `version` in `directory`."""
    start = time.perf_counter()
    seed, feedback = seed_examples(), feedback_examples(home)
    encoded, encoder_sha256 = encoder_features(seed, feedback)
    meta, arrays, vec = load_head(base)
    if meta.get("seed_sha256") != file_sha256(dataset.SEED_REQUESTS) or meta.get("encoder_sha256") != encoder_sha256:
        raise ValueError(f"the safety head in {base} was fitted on another seed set or encoder; rebuild it with "
                         "`python -m training.safety.train`")
    seed_x, usable = None, np.zeros(0, dtype=bool)
    if feedback:
        progress(f"reading {len(seed)} seed requests")
        seed_x = vec.transform([e.text for e in seed])
        usable = usable_feedback(feedback, seed, seed_x, vec)
    kept = [f for f, use in zip(feedback, usable, strict=True) if use]
    dropped = len(feedback) - len(kept)
    encoded = np.vstack([encoded[: len(seed)], encoded[len(seed):][usable]])
    progress(f"adapting {meta['version']} to {len(kept)} human decisions ({dropped} dropped)")
    adapted = adapt(arrays, meta, vec, seed, seed_x, kept, encoded)
    save_adapted(directory, version, adapted, {"seed": len(seed), "feedback": len(kept), "feedback_dropped": dropped})
    return FitReport(directory, len(seed) + len(kept), len(kept), dropped, time.perf_counter() - start, adapted.metrics)
