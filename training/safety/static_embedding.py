"""Static sentence vectors for the safety head: the mean of all-MiniLM-L6-v2's input
(word-piece) embeddings, without running the transformer.

On the grouped seed split and the held-out dev file they carry most of the gain of full MiniLM
sentence embeddings over n-grams alone ("kill", "murder" and "strangle" sit close together even
when a phrasing was never seen), at about 0.1 ms per text instead of 9-17 ms: the 6-layer forward
pass alone would break the 10 ms latency budget. `python -m training.safety.compare_features`
measures the three options side by side."""

from __future__ import annotations

import json
import struct
from functools import lru_cache
from pathlib import Path

import numpy as np

from training.safety.features import text_ends

MODEL_NAME = "all-MiniLM-L6-v2"
SHRINK_PIECES = 3


def map_word_embeddings(path: Path) -> np.ndarray:
    """The float32 word-embedding matrix, memory-mapped straight from the safetensors file (an
    8-byte header length, a JSON header, then the raw tensors): no copy of its 47 MB, and only
    the rows a request uses are read from disk."""
    with path.open("rb") as fh:
        header_len = struct.unpack("<Q", fh.read(8))[0]
        header = json.loads(fh.read(header_len))
    name = next(k for k in header if k.endswith("embeddings.word_embeddings.weight"))
    entry = header[name]
    if entry["dtype"] != "F32":
        raise ValueError(f"{path}: expected float32 word embeddings, found {entry['dtype']}")
    start = 8 + header_len + entry["data_offsets"][0]
    return np.memmap(path, dtype=np.float32, mode="r", offset=start, shape=tuple(entry["shape"]))


class StaticEmbedder:
    def __init__(self) -> None:
        from tokenizers import Tokenizer

        from memory.longterm.encoder import packaged_model_dir

        directory = packaged_model_dir()
        self.table = map_word_embeddings(directory / "model.safetensors")
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.dimension = int(self.table.shape[1])
        self.unknown_id = self.tokenizer.token_to_id("[UNK]")
        self.vocabulary_size = int(self.table.shape[0])

    def piece_ids(self, texts: list[str]) -> list[list[int]]:
        """Word-piece ids, [CLS] and [SEP] included, of each text's ends (see `text_ends`). An [UNK]
        piece of one character (most kanji, emoji) becomes `len(vocabulary) + ord(character)`, so that
        an encoder with learned rows for such characters can tell them apart (see `tuned_encoder.py`)."""
        ends = [text_ends(t) for t in texts]
        return [self._keep_characters(e.ids, e.offsets, text) if self.unknown_id in e.ids else e.ids
                for e, text in zip(self.tokenizer.encode_batch(ends), ends, strict=True)]

    def _keep_characters(self, ids: list[int], offsets: list[tuple[int, int]], text: str) -> list[int]:
        return [self.vocabulary_size + ord(text[start]) if i == self.unknown_id and end - start == 1 else i
                for i, (start, end) in zip(ids, offsets, strict=True)]

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.embed_pieces(self.piece_ids(texts))

    def embed_pieces(self, rows: list[list[int]]) -> np.ndarray:
        """Unit vectors shrunk by n / (n + SHRINK_PIECES) for n known word-pieces: the mean of two
        pieces ("from a") is no sentence meaning and should not speak as loudly as a whole request.
        Unknown pieces (most kanji) carry nothing and are left out; a text of only those maps to zero."""
        out = np.zeros((len(rows), self.dimension), dtype=np.float32)
        for row, pieces in enumerate(rows):
            ids = [i for i in pieces[1:-1] if i != self.unknown_id and i < self.vocabulary_size]  # no [CLS], [SEP]
            if not ids:
                continue
            vector = self.table[ids].mean(axis=0)
            out[row] = vector / (np.linalg.norm(vector) or 1.0) * (len(ids) / (len(ids) + SHRINK_PIECES))
        return out


@lru_cache(maxsize=1)
def static_embedder() -> StaticEmbedder:
    return StaticEmbedder()
