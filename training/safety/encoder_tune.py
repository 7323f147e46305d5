"""Fine-tunes the two safety encoders (see `tuned_encoder.py`) with torch on the seed requests and
exports them to ONNX with int8 weights.

`python -m training.safety.encoder_tune` builds each encoder in turn: it first tunes one encoder per
cross-validation fold (task groups kept together) and runs its int8 export on the held-out fold,
giving out-of-fold log-probabilities for every seed request; then it tunes on the whole seed set and
writes the packaged files. About 90 minutes (6 layers) plus 60 (3 layers) on two CPU cores for
20,476 requests; rerun it after the seed set changes other than by appending (the head refuses an
encoder tuned on another seed set); `python -m training.safety.encoder_tune encoder_ja` builds one,
which may then have been tuned on more of an appended seed file than the other.
With `--seeds 7 8 ...` each model is the average of the weights of one tune per seed (same start,
batches in another order), the tunes running side by side, one core each: a retune's churn on
borderline requests averages out where a single tune keeps it.
MiniLM's embeddings stay frozen and are read from the installed package at run time, so only the
tuned layers are shipped, with the Japanese encoder's rows for characters MiniLM lacks."""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

from training.safety.dataset import SEED_REQUESTS, Example, seed_examples
from training.safety.head import PACKAGED_DIR
from training.safety.train import sample_weights
from training.safety.tuned_encoder import (
    DECISIONS,
    ENCODER_META,
    ENCODER_MODEL,
    GENERAL_ENCODER,
    JAPANESE_ENCODER,
    LEARNED_CHARACTERS,
    SEED_LOGPROBS,
    LearnedCharacters,
    MiniLMEmbeddings,
    file_sha256,
    inference_session,
    model_sha256,
    pad_ids,
    run_log_probs,
)

# Tuned layers of each packaged encoder (see `RoutedEncoder`).
LAYERS = {GENERAL_ENCODER: 6, JAPANESE_ENCODER: 3}
# Encoders that learn rows for the characters MiniLM's vocabulary lacks: the one that reads Japanese.
LEARNS_CHARACTERS = {JAPANESE_ENCODER}
# A character gets a row when it occurs this often in the seed requests (rarer ones stay [UNK]).
MIN_CHARACTER_COUNT = 2
MAX_TOKENS = 64
EPOCHS = 5
BATCH = 32
LEARNING_RATE = 1e-4
# New rows start at [UNK]'s and see far fewer updates than the layers' weights: a larger step.
CHARACTER_LEARNING_RATE = 3e-4
WARMUP_STEPS = 50
FOLDS = 3
# Fixes the folds and the classifier's starting weights; `tune`'s seed orders the batches.
SEED = 7


class _Classifier:
    """The truncated MiniLM plus a linear layer on its mean-pooled output (torch, training only);
    with `characters`, a learned word-embedding row for each (see `LearnedCharacters`)."""

    def __init__(self, layers: int, characters: str = ""):
        import torch
        from transformers import BertModel

        from memory.longterm.encoder import packaged_model_dir
        from training.safety.static_embedding import static_embedder

        directory = packaged_model_dir()
        self.bert = BertModel.from_pretrained(str(directory), add_pooling_layer=False, local_files_only=True)
        self.bert.encoder.layer = self.bert.encoder.layer[:layers]
        self.bert.config.num_hidden_layers = layers
        for p in self.bert.embeddings.parameters():
            p.requires_grad = False
        self.classifier = torch.nn.Linear(self.bert.config.hidden_size, len(DECISIONS))
        table = self.bert.embeddings.word_embeddings.weight
        self.unknown_id = static_embedder().unknown_id
        self.characters = "".join(sorted(characters))
        self.codes = torch.tensor([ord(c) for c in self.characters], dtype=torch.long)
        self.learned = torch.nn.Parameter(table[self.unknown_id].detach().repeat(len(self.characters), 1))

    def parameters(self):
        return [p for p in self.bert.parameters() if p.requires_grad] + list(self.classifier.parameters())

    def tuned_state(self) -> dict[str, np.ndarray]:
        """Every weight the tune changes, by name."""
        state = {f"bert.{n}": p for n, p in self.bert.named_parameters() if p.requires_grad}
        state |= {f"classifier.{n}": p for n, p in self.classifier.named_parameters()}
        return {n: p.detach().numpy().copy() for n, p in (state | {"learned": self.learned}).items()}

    def load_tuned_state(self, state: dict[str, np.ndarray]) -> None:
        import torch

        parameters = dict(self.bert.named_parameters(prefix="bert"))
        parameters |= dict(self.classifier.named_parameters(prefix="classifier")) | {"learned": self.learned}
        with torch.no_grad():
            for name, value in state.items():
                parameters[name].copy_(torch.from_numpy(value))

    def learned_characters(self) -> LearnedCharacters:
        return LearnedCharacters(self.characters, self.learned.detach().numpy().copy())

    def word_vectors(self, ids):
        """MiniLM's frozen row of each word-piece; a kept character's learned row, or [UNK]'s."""
        import torch

        table = self.bert.embeddings.word_embeddings.weight
        outside = ids >= table.shape[0]
        words = table[torch.where(outside, self.unknown_id, ids)]
        if not len(self.characters):
            return words
        codes = (ids - table.shape[0]).clamp(min=0)
        at = torch.searchsorted(self.codes, codes).clamp(max=len(self.codes) - 1)
        hit = outside & (self.codes[at] == codes)
        return torch.where(hit[..., None], self.learned[at], words)

    def logits(self, ids, mask):
        hidden = self.bert(inputs_embeds=self.word_vectors(ids), attention_mask=mask).last_hidden_state
        pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
        return self.classifier(pooled)


def _pad(rows: list[list[int]]):
    import torch

    ids, mask = pad_ids(rows)
    return torch.from_numpy(ids), torch.from_numpy(mask)


def tune(ids: list[list[int]], labels: np.ndarray, weights: np.ndarray,
         progress: Callable[[str], None], name: str, layers: int, characters: str = "",
         seed: int = SEED) -> _Classifier:
    """Weighted cross-entropy, AdamW with warm-up and linear decay; batches of similar length."""
    import torch

    torch.manual_seed(SEED)
    model = _Classifier(layers, characters)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    y = torch.tensor(labels)
    w = torch.tensor(weights, dtype=torch.float32)
    groups = [{"params": model.parameters()}]
    if characters:
        groups.append({"params": [model.learned], "lr": CHARACTER_LEARNING_RATE, "weight_decay": 0.0})
    optimizer = torch.optim.AdamW(groups, lr=LEARNING_RATE, weight_decay=0.01)
    total = EPOCHS * -(-len(ids) // BATCH)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / WARMUP_STEPS) * max(0.0, 1 - s / total))
    start = time.perf_counter()
    model.bert.train()
    for epoch in range(EPOCHS):
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]) + rng.random() * 6)
        batches = [order[i:i + BATCH] for i in range(0, len(order), BATCH)]
        rng.shuffle(batches)
        loss_sum = 0.0
        for batch in batches:
            logits = model.logits(*_pad([ids[i] for i in batch]))
            per_item = torch.nn.functional.cross_entropy(logits, y[batch], reduction="none")
            loss = (per_item * w[batch]).sum() / w[batch].sum()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            loss_sum += loss.item()
        progress(f"{name}: epoch {epoch + 1}/{EPOCHS}, loss {loss_sum / len(batches):.4f}, "
                 f"{time.perf_counter() - start:.0f} s")
    model.bert.eval()
    return model


def _print_now(message: str) -> None:
    print(message, flush=True)


def _tuned_state_of_one_seed(seed: int, *args) -> dict[str, np.ndarray]:
    """`tune` in a worker process of its own, on one core."""
    import torch

    torch.set_num_threads(1)
    return tune(*args, seed=seed).tuned_state()


def tune_averaged(seeds: tuple[int, ...], ids: list[list[int]], labels: np.ndarray, weights: np.ndarray,
                  progress: Callable[[str], None], name: str, layers: int, characters: str = "") -> _Classifier:
    """One tune per seed, side by side; the model whose weights are their mean. With several seeds `progress` runs in
    the worker processes, so it must be a module-level function."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if len(seeds) == 1:
        return tune(ids, labels, weights, progress, name, layers, characters, seed=seeds[0])
    with ProcessPoolExecutor(len(seeds), mp_context=multiprocessing.get_context("spawn")) as pool:
        jobs = [pool.submit(_tuned_state_of_one_seed, seed, ids, labels, weights, progress,
                            f"{name}, seed {seed}", layers, characters) for seed in seeds]
        states = [job.result() for job in jobs]
    model = _Classifier(layers, characters)
    model.load_tuned_state({n: np.mean([s[n] for s in states], axis=0) for n in states[0]})
    model.bert.eval()
    return model


def log_probs(model: _Classifier, ids: list[list[int]]) -> np.ndarray:
    import torch

    out = np.zeros((len(ids), len(DECISIONS)), dtype=np.float32)
    with torch.no_grad():
        for start in range(0, len(ids), 64):
            part = ids[start:start + 64]
            out[start:start + len(part)] = torch.log_softmax(model.logits(*_pad(part)), -1).numpy()
    return out


def _exported_module(model: _Classifier):
    """What the ONNX file computes: the tuned layers, mean pooling and the classifier's log-softmax,
    from the embedded input (hidden states after the frozen embeddings) and the padding mask."""
    import torch

    class Layers(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = model.bert.encoder.layer
            self.classifier = model.classifier

        def forward(self, hidden, mask):
            additive = (1.0 - mask[:, None, None, :]) * -1e9
            for layer in self.layers:
                out = layer(hidden, attention_mask=additive)
                hidden = out[0] if isinstance(out, tuple) else out
            pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdim=True)
            return torch.log_softmax(self.classifier(pooled), -1)

    return Layers().eval()


def unsigned_weights(model: bytes) -> bytes:
    """An int8 model with its weight matrices stored as uint8 around a zero point of 128: the same integer products,
    so the same outputs, but onnxruntime then runs its u8 x u8 kernels. Its u8 x s8 kernels on CPUs without VNNI
    (AVX2, or AVX-512 alone) add pairs of products in 16 bits, which saturate: there the signed model's probabilities
    drifted by up to 0.3 from what it computes elsewhere, and 1-2 % of dev decisions changed (measured on an AMD EPYC).
    Where those kernels add in 32 bits, the judge runs the signed twin (`tuned_encoder.fastest_exact_session`)."""
    import onnx
    from onnx import numpy_helper

    proto = onnx.load_from_string(model)
    initializers = {tensor.name: tensor for tensor in proto.graph.initializer}
    pairs = [(node.input[1], node.input[3]) for node in proto.graph.node
             if node.op_type == "MatMulInteger" and len(node.input) == 4]
    signed = {name for pair in pairs for name in pair
              if name in initializers and initializers[name].data_type == onnx.TensorProto.INT8}
    if any((weights in signed) != (zero_points in signed) for weights, zero_points in pairs):
        raise ValueError("a MatMulInteger's weights and zero points differ in type or source")
    for name in signed:
        tensor = initializers[name]
        shifted = numpy_helper.to_array(tensor).astype(np.int16) + 128
        tensor.CopyFrom(numpy_helper.from_array(shifted.astype(np.uint8), name))
    return proto.SerializeToString()


def to_onnx(model: _Classifier, quantize: bool = True) -> bytes:
    """The ONNX export (int8 weights per output channel when `quantize`), as bytes."""
    import tempfile
    import warnings

    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.bert.eval()
    with tempfile.TemporaryDirectory() as tmp:
        plain, int8 = Path(tmp) / "plain.onnx", Path(tmp) / "int8.onnx"
        example = (torch.zeros(1, 8, model.bert.config.hidden_size), torch.ones(1, 8))
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(_exported_module(model), example, str(plain), input_names=["hidden", "mask"],
                              output_names=["log_probs"], dynamo=False, opset_version=17,
                              dynamic_axes={"hidden": {0: "batch", 1: "tokens"}, "mask": {0: "batch", 1: "tokens"}})
        if not quantize:
            return plain.read_bytes()
        quantize_dynamic(str(plain), str(int8), weight_type=QuantType.QInt8, per_channel=True)
        return unsigned_weights(int8.read_bytes())


def _folds(examples: list[Example]):
    from sklearn.model_selection import StratifiedGroupKFold

    fine = np.array([e.fine_label for e in examples])
    groups = np.array([e.group or e.text for e in examples])
    return StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED).split(fine, fine, groups)


def frequent_unknown_characters(rows: list[list[int]], vocabulary_size: int, min_count: int) -> str:
    """The kept unknown characters (ids past the vocabulary) that occur at least `min_count` times."""
    counts = Counter(i for row in rows for i in row if i >= vocabulary_size)
    return "".join(sorted(chr(i - vocabulary_size) for i, n in counts.items() if n >= min_count))


def build(directory: Path, layers: int, learns_characters: bool = False,
          progress: Callable[[str], None] = print, seeds: tuple[int, ...] = (SEED,)) -> dict:
    import torch

    torch.set_num_threads(2)
    examples = seed_examples()
    embeddings = MiniLMEmbeddings(MAX_TOKENS)
    ids = embeddings.token_ids([e.text for e in examples])
    characters = frequent_unknown_characters(ids, len(embeddings.words), MIN_CHARACTER_COUNT) if learns_characters else ""
    if characters:
        progress(f"{len(characters)} characters MiniLM lacks get learned rows")
    labels = np.array([DECISIONS.index(e.label) for e in examples])
    weights = sample_weights(np.array([e.fine_label for e in examples]))
    oof = np.zeros((len(examples), len(DECISIONS)), dtype=np.float32)
    for k, (train_idx, test_idx) in enumerate(_folds(examples), 1):
        model = tune_averaged(seeds, [ids[i] for i in train_idx], labels[train_idx], weights[train_idx], progress,
                              f"{layers} layers, fold {k}/{FOLDS}", layers, characters)
        oof[test_idx] = run_log_probs(inference_session(to_onnx(model)), embeddings, [ids[i] for i in test_idx],
                                      model.learned_characters() if characters else None)
    predicted = oof.argmax(1)
    metrics = {"oof_accuracy": round(float((predicted == labels).mean()), 4),
               **{f"oof_recall_{d}": round(float((predicted[labels == i] == i).mean()), 4)
                  for i, d in enumerate(DECISIONS)}}
    progress(f"out-of-fold (int8): {json.dumps(metrics)}")
    model = tune_averaged(seeds, ids, labels, weights, progress, f"{layers} layers, all seed requests", layers,
                          characters)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / ENCODER_MODEL).write_bytes(to_onnx(model))
    np.save(directory / SEED_LOGPROBS, oof)
    (directory / LEARNED_CHARACTERS).unlink(missing_ok=True)
    if characters:
        np.save(directory / LEARNED_CHARACTERS, model.learned.detach().numpy())
    meta = {"layers": layers, "max_tokens": MAX_TOKENS,
            "base": "all-MiniLM-L6-v2 (first layers tuned, embeddings frozen); int8 weights",
            "epochs": EPOCHS, "learning_rate": LEARNING_RATE, "folds": FOLDS, "averaged_seeds": list(seeds),
            "seed_sha256": file_sha256(SEED_REQUESTS), "model_sha256": model_sha256(directory),
            "metrics": metrics, "trained_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    if characters:
        meta.update(character_learning_rate=CHARACTER_LEARNING_RATE, learned_characters=characters)
    (directory / ENCODER_META).write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return meta


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m training.safety.encoder_tune")
    parser.add_argument("encoders", nargs="*", help=f"some of {sorted(LAYERS)} (default: both)")
    parser.add_argument("--seeds", nargs="+", type=int, default=[SEED],
                        help="average the weights of one tune per seed (default: one tune)")
    args = parser.parse_args()
    unknown = set(args.encoders) - set(LAYERS)
    if unknown:
        raise SystemExit(f"unknown encoder {sorted(unknown)}; choose from {sorted(LAYERS)}")
    for name in args.encoders or list(LAYERS):
        build(PACKAGED_DIR / name, LAYERS[name], name in LEARNS_CHARACTERS, progress=_print_now,
              seeds=tuple(args.seeds))


if __name__ == "__main__":
    main()
