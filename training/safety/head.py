"""The learned safety head at predict time: numpy only (no scikit-learn, no torch).

A head directory holds `head.json` (version, classes, temperatures, thresholds, metrics) and
`weights.npz` (the used hash buckets, their idf, the fine-class weight rows and, from seed-v2 on,
the weight rows of the ALLOW/ESCALATE/REFUSE decision model; from seed-v3 on, both models also
weigh a static MiniLM sentence vector, see `static_embedding.py`; from seed-v4 on, also the three
log-probabilities of the fine-tuned safety encoder, see `tuned_encoder.py`)."""

from __future__ import annotations

import json
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from training.safety.features import bucket_array

PACKAGED_DIR = Path(__file__).with_name("model")
DECISIONS = ("ALLOW", "ESCALATE", "REFUSE")
# No review threshold (REFUSE or ESCALATE) is applied below this probability, whatever a head.json
# says: a person is asked only when the head leans towards a harmful class, never on weak evidence.
REVIEW_FLOOR = 0.5


@dataclass(frozen=True)
class Thresholds:
    """Per decision class: `act` decides that class outright; `review` (lower, but at least
    REVIEW_FLOOR) sends it to a human. For ALLOW, `act` is the confidence that overrides an
    ESCALATE rule and `review` the ALLOW probability below which a person is asked."""

    act: float
    review: float


@dataclass(frozen=True)
class HeadOutput:
    decision_probs: dict[str, float]
    category: dict[str, str]  # decision -> its most probable category


class SafetyHead:
    def __init__(self, directory: Path):
        meta = json.loads((directory / "head.json").read_text(encoding="utf-8"))
        with np.load(directory / "weights.npz") as arrays:
            self.buckets = arrays["buckets"]
            self.idf = arrays["idf"].astype(np.float32)
            self.weights = arrays["weights"].astype(np.float32)
            self.bias = arrays["bias"].astype(np.float32)
            # A decision model (ALLOW/ESCALATE/REFUSE) decides when present; the fine classes name the category.
            has_decision = "decision_weights" in arrays.files
            self.decision_weights = arrays["decision_weights"].astype(np.float32) if has_decision else None
            self.decision_bias = arrays["decision_bias"].astype(np.float32) if has_decision else None
            has_embedding = "embed_weights" in arrays.files
            self.embed_weights = arrays["embed_weights"].astype(np.float32) if has_embedding else None
            self.decision_embed_weights = arrays["decision_embed_weights"].astype(np.float32) if has_embedding else None
            has_encoder = "encoder_weights" in arrays.files
            self.encoder_weights = arrays["encoder_weights"].astype(np.float32) if has_encoder else None
            self.decision_encoder_weights = arrays["decision_encoder_weights"].astype(np.float32) if has_encoder else None
        self.version: str = meta["version"]
        self.classes: list[str] = meta["classes"]
        self.temperature: float = meta["temperature"]
        self.decision_classes: list[str] = meta.get("decision_classes", list(DECISIONS))
        self.decision_temperature: float = meta.get("decision_temperature", 1.0)
        self.thresholds = {k: Thresholds(**v) for k, v in meta["thresholds"].items()}
        self.meta = meta
        self.directory = directory
        self.encoder = load_matching_encoder(meta.get("encoder_sha256", ""), len(self.encoder_weights)) \
            if self.encoder_weights is not None else None
        decision_of = [c.split(":")[0] for c in self.classes]
        self._decision_index = {d: np.array([i for i, c in enumerate(decision_of) if c == d]) for d in DECISIONS}

    def _features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Rows of the known buckets of `text` and their L2-normalised tf-idf values."""
        ids, counts = bucket_array(text)
        tf = 1.0 + np.log(counts.astype(np.float32))
        rows = np.searchsorted(self.buckets, ids)
        rows = np.minimum(rows, len(self.buckets) - 1)
        known = self.buckets[rows] == ids
        rows, tf = rows[known], tf[known]
        values = tf * self.idf[rows]
        values /= np.linalg.norm(values) or 1.0
        return rows, values

    def _dense_features(self, text: str, run_options=None) -> tuple[np.ndarray | None, np.ndarray | None]:
        """The static MiniLM vector and the encoder's inputs, from one tokenization of the text."""
        from training.safety.static_embedding import static_embedder

        pieces = static_embedder().piece_ids([text])
        static = static_embedder().embed_pieces(pieces)[0] if self.embed_weights is not None else None
        encoded = self.encoder.head_inputs_of_pieces(pieces, run_options)[0] if self.encoder is not None else None
        return static, encoded

    def begin(self, text: str) -> DenseJob:
        """Starts the dense features on the worker thread (onnxruntime, the tokenizer and numpy
        release the GIL), so they run on the other core while the caller checks the rules and
        `predict` computes the n-grams: on a 5,000-character request ~6 ms less."""
        import onnxruntime

        run_options = onnxruntime.RunOptions()
        return DenseJob(_dense_thread().submit(self._dense_features, text, run_options), run_options)

    @staticmethod
    def _softmax(weights: np.ndarray, bias: np.ndarray, dense_weights: tuple, features: tuple,
                 temperature: float) -> np.ndarray:
        rows, values, *dense = features
        logits = bias.copy()
        if len(rows):
            logits += values @ weights[rows]
        for vector, w in zip(dense, dense_weights, strict=True):
            if vector is not None and w is not None:
                logits += vector @ w
        z = logits / temperature
        z -= z.max()
        p = np.exp(z)
        return p / p.sum()

    def predict(self, text: str, started: DenseJob | None = None) -> HeadOutput:
        """`started`: what `begin(text)` returned, if the caller started the dense features early."""
        dense = started or self.begin(text)
        features = (*self._features(text), *dense.result())
        p = self._softmax(self.weights, self.bias, (self.embed_weights, self.encoder_weights), features,
                          self.temperature)
        probs, category = {}, {}
        for decision, idx in self._decision_index.items():
            probs[decision] = float(p[idx].sum()) if len(idx) else 0.0
            if len(idx):
                best = idx[int(np.argmax(p[idx]))]
                category[decision] = self.classes[best].partition(":")[2] or "none"
        if self.decision_weights is not None:
            q = self._softmax(self.decision_weights, self.decision_bias,
                              (self.decision_embed_weights, self.decision_encoder_weights), features,
                              self.decision_temperature)
            probs = {d: float(q[i]) for i, d in enumerate(self.decision_classes)}
        return HeadOutput(probs, category)


class DenseJob:
    """A request's dense features, being computed on the worker thread."""

    def __init__(self, future: Future, run_options):
        self.future, self.run_options = future, run_options

    def result(self) -> tuple[np.ndarray | None, np.ndarray | None]:
        return self.future.result()

    def cancel(self) -> None:
        """Drops the job when a rule has decided: a run already in the encoder stops at its next
        operator, so the next request's features do not queue behind it (they did, by ~3.5 ms at the
        median on the interpreter set, where a fifth of the requests follow a rule's refusal)."""
        if not self.future.cancel():
            self.run_options.terminate = True


@lru_cache(maxsize=1)
def _dense_thread() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="safety-dense")


def load_matching_encoder(sha256: str, inputs: int):
    """The packaged safety encoder, provided it is the one the head was trained with, and fed to it the same way."""
    from training.safety.tuned_encoder import ENCODER_INPUTS, safety_encoder

    encoder = safety_encoder(PACKAGED_DIR)
    if encoder.meta["model_sha256"] != sha256 or inputs != ENCODER_INPUTS:
        raise ValueError("it was trained with another safety encoder")
    return encoder


def _version_number(path: Path) -> int:
    match = re.fullmatch(r"head-v(\d+)", path.name)
    return int(match.group(1)) if match else -1


def trained_heads(safety_home: Path) -> list[Path]:
    """Retrained heads under `$AEGIS_HOME/safety/`, oldest first."""
    if not safety_home.is_dir():
        return []
    heads = [p for p in safety_home.iterdir() if _version_number(p) >= 0 and (p / "head.json").exists()]
    return sorted(heads, key=_version_number)


def locate_head(head_dir: str | Path | None = None, safety_home: Path | None = None) -> Path:
    """An explicit head dir wins, then the newest retrained head, then the packaged one."""
    if head_dir:
        return Path(head_dir).expanduser()
    if safety_home is not None:
        heads = trained_heads(safety_home)
        if heads:
            return heads[-1]
    return PACKAGED_DIR


def next_version_dir(safety_home: Path) -> Path:
    heads = trained_heads(safety_home)
    number = _version_number(heads[-1]) + 1 if heads else 2  # v1 is the packaged head
    return safety_home / f"head-v{number}"
