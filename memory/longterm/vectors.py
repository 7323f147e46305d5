"""The dense channel: a ChromaDB persistent collection of the active memories' vectors.
Importing this module imports chromadb (about 1.5 s), so the store loads it only when needed."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import chromadb
import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from memory.longterm.encoder import Encoder, load_encoder
from memory.longterm.errors import MemoryUnavailable

COLLECTION = "aegis_memory"
_T = TypeVar("_T")


def _store_errors(method: Callable[..., _T]) -> Callable[..., _T]:
    """A failing ChromaDB call (damaged segment files, a full disk, a Rust panic, which is a
    BaseException) becomes MemoryUnavailable, so the turn goes on without memory."""

    @functools.wraps(method)
    def guarded(self: VectorIndex, *args: Any, **kwargs: Any) -> _T:
        try:
            return method(self, *args, **kwargs)
        except (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryUnavailable):
            raise
        except BaseException as exc:
            reason = (str(exc).splitlines() or [type(exc).__name__])[0][:160]
            raise MemoryUnavailable(f"long-term memory vector index {self.path} failed ({reason}); "
                                    f"if this persists, move it aside (mv {self.path} {self.path}.broken)") from None

    return guarded


@register_embedding_function
class LocalSentenceEmbedding(EmbeddingFunction[Documents]):
    """The collection's explicit embedding function: a local sentence-transformers model
    (the packaged all-MiniLM-L6-v2 unless configured), never a download."""

    def __init__(self, model: str = "", encoder: Encoder | None = None):
        self.model = model
        self._encoder = encoder

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = load_encoder(self.model)
        return self._encoder

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.encoder.encode(list(input)))

    @staticmethod
    def name() -> str:
        return "aegis_local_sentence_transformer"

    def get_config(self) -> dict[str, Any]:
        return {"model": self.model}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> LocalSentenceEmbedding:
        return LocalSentenceEmbedding(config.get("model", ""))

    def default_space(self):
        return "cosine"


class VectorIndex:
    def __init__(self, path: Path, embedding: LocalSentenceEmbedding):
        self.path = path
        self.client = chromadb.PersistentClient(
            path=str(path), settings=chromadb.Settings(anonymized_telemetry=False))
        self.collection = self.client.get_or_create_collection(
            COLLECTION, embedding_function=embedding, configuration={"hnsw": {"space": "cosine"}})
        self._count = self.collection.count()

    @_store_errors
    def add(self, ids: list[str], vectors: np.ndarray, kinds: list[str]) -> None:
        for start in range(0, len(ids), 4000):
            end = start + 4000
            self.collection.upsert(ids=ids[start:end], embeddings=vectors[start:end],
                                   metadatas=[{"kind": k} for k in kinds[start:end]])
        self._count = self.collection.count()

    @_store_errors
    def remove(self, ids: list[str]) -> None:
        if ids:
            self.collection.delete(ids=ids)
            self._count = self.collection.count()

    @_store_errors
    def nearest(self, vector: np.ndarray, n: int, kind: str | None = None) -> list[tuple[str, float]]:
        """(id, cosine similarity) best first."""
        total = self._count
        if total == 0 or n <= 0:
            return []
        result = self.collection.query(query_embeddings=vector.reshape(1, -1), n_results=min(n, total),
                                       where={"kind": kind} if kind else None, include=["distances"])
        return [(i, 1.0 - float(d)) for i, d in zip(result["ids"][0], result["distances"][0], strict=True)]

    @_store_errors
    def vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        got = self.collection.get(ids=ids, include=["embeddings"])
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"], strict=True)}

    @_store_errors
    def count(self) -> int:
        return self._count
