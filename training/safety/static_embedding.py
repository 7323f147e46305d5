"""Static sentence vectors for the safety head: the L2-normalised mean of all-MiniLM-L6-v2's input
(word-piece) embeddings, without running the transformer.

On the grouped seed split and the held-out dev file they carry most of the gain of full MiniLM
sentence embeddings over n-grams alone ("kill", "murder" and "strangle" sit close together even
when a phrasing was never seen), at about 0.05 ms per text instead of 9-17 ms: the 6-layer forward
pass alone would break the 10 ms latency budget. `python -m training.safety.compare_features`
measures the three options side by side."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
SHRINK_PIECES = 3


class StaticEmbedder:
    def __init__(self) -> None:
        from safetensors import safe_open
        from tokenizers import Tokenizer

        from memory.longterm.encoder import packaged_model_dir

        directory = packaged_model_dir()
        with safe_open(str(directory / "model.safetensors"), framework="numpy") as fh:
            name = next(k for k in fh.keys() if k.endswith("embeddings.word_embeddings.weight"))
            self.table = fh.get_tensor(name).astype(np.float32)
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(512)
        self.dimension = int(self.table.shape[1])
        self.unknown_id = self.tokenizer.token_to_id("[UNK]")

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors shrunk by n / (n + SHRINK_PIECES) for n known word-pieces: the mean of two
        pieces ("from a") is no sentence meaning and should not speak as loudly as a whole request.
        [UNK] pieces (most kanji) carry nothing and are left out; a text of only those maps to zero."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(texts)):
            ids = [i for i in encoding.ids[1:-1] if i != self.unknown_id]  # without [CLS] and [SEP]
            if not ids:
                continue
            vector = self.table[ids].mean(axis=0)
            out[row] = vector / (np.linalg.norm(vector) or 1.0) * (len(ids) / (len(ids) + SHRINK_PIECES))
        return out


@lru_cache(maxsize=1)
def static_embedder() -> StaticEmbedder:
    return StaticEmbedder()
