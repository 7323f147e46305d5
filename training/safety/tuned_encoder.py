"""The safety encoder: the first layers of all-MiniLM-L6-v2, fine-tuned on the seed requests to tell
ALLOW, ESCALATE and REFUSE apart. At predict time no torch: numpy looks up the (frozen) word-piece,
position and type embeddings, and onnxruntime runs the tuned layers with int8 weights.

A linear model on n-grams sees words; this sees how they combine ("kill a Python process" against
"kill my neighbour", a harmless frame around a harmful ask). Its three log-probabilities are inputs
of the safety head (see `train.py`), which weighs them against the n-gram evidence, with weights of
its own for each of the two encoders (see `routed_head_inputs`).

Why int8: three layers hold 21 MB of float32 weights, and reading them per request (plus the
arithmetic for 64 word-pieces) took 8-13 ms in numpy; int8 matrices in onnxruntime take 1-4 ms.
The out-of-fold inputs the head learns from come from int8 models too, so it learns the encoder
it will run.

Two encoders are packaged (see `RoutedEncoder`): `encoder/` (6 layers) reads text without Japanese,
`encoder_ja/` (3 layers) reads Japanese. Each folder holds (written by `encoder_tune.py`):
- `encoder.onnx`: the tuned transformer layers, mean pooling and the classifier (int8 weights);
- `encoder.json`: layers, token budget, the hash of the seed requests it was tuned on (the first ones of
  the seed file: rounds appended later are new to it), its out-of-fold figures;
- `encoder_seed_logprobs.npy`: out-of-fold log-probabilities of every seed request;
- `encoder_characters.npy` (Japanese encoder): learned word-embedding rows for the characters that
  MiniLM's vocabulary lacks (see `LearnedCharacters`), listed in `encoder.json`."""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from memory.longterm.encoder import layer_norm

ENCODER_MODEL = "encoder.onnx"
ENCODER_META = "encoder.json"
SEED_LOGPROBS = "encoder_seed_logprobs.npy"
LEARNED_CHARACTERS = "encoder_characters.npy"
DECISIONS = ("ALLOW", "ESCALATE", "REFUSE")


def clip_ids(ids: list[int], max_tokens: int) -> list[int]:
    """Keeps [CLS], the first third and the last two thirds of the word-pieces that fit, and [SEP]:
    a long request often states its ask at the end (after pasted context) or at the start."""
    body, room = ids[1:-1], max_tokens - 2
    if len(body) > room:
        first = room // 3
        body = body[:first] + body[len(body) - (room - first):]
    return [ids[0], *body, ids[-1]]


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def model_sha256(directory: Path) -> str:
    """The hash that names an encoder: its ONNX file, and its learned characters where it has them."""
    digest = hashlib.sha256((directory / ENCODER_MODEL).read_bytes())
    if (directory / LEARNED_CHARACTERS).exists():
        digest.update((directory / LEARNED_CHARACTERS).read_bytes())
    return digest.hexdigest()


def prefix_sha256(path: Path, lines: int) -> str:
    """sha256 of the first `lines` lines of a file ("" when it has fewer): a seed set that only grew
    at its end still starts with what the encoder was tuned on."""
    data, end = path.read_bytes(), 0
    for _ in range(lines):
        end = data.find(b"\n", end) + 1
        if end == 0:
            return ""
    return hashlib.sha256(data[:end]).hexdigest()


def pad_ids(rows: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Rows of token ids padded with 0 to the longest, and the mask of real tokens."""
    ids = np.zeros((len(rows), max(len(r) for r in rows)), dtype=np.int64)
    mask = np.zeros(ids.shape, dtype=np.float32)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = r
        mask[i, :len(r)] = 1.0
    return ids, mask


class LearnedCharacters:
    """Word-embedding rows learned while tuning for characters that MiniLM's vocabulary lacks.

    The tokenizer reads most kanji as [UNK], so 「爆弾の作り方」 and 「親子丼の作り方」 looked the
    same to an encoder; the static embedder keeps such a character as `vocabulary size + code point`
    (see `StaticEmbedder.piece_ids`), and an encoder with this table reads it as its own row. A
    character without a row stays [UNK]."""

    def __init__(self, characters: str, vectors: np.ndarray):
        if len(characters) != len(vectors):
            raise ValueError(f"{len(characters)} learned characters but {len(vectors)} rows")
        order = sorted(range(len(characters)), key=lambda i: characters[i])
        self.codes = np.array([ord(characters[i]) for i in order], dtype=np.int64)
        self.vectors = np.asarray(vectors, dtype=np.float32)[order]

    def rows(self, codes: np.ndarray) -> np.ndarray:
        """Row of each code point in `vectors`, -1 where there is none."""
        if not len(self.codes):
            return np.full(codes.shape, -1)
        at = np.minimum(np.searchsorted(self.codes, codes), len(self.codes) - 1)
        return np.where(self.codes[at] == codes, at, -1)


class MiniLMEmbeddings:
    """The frozen input side of all-MiniLM-L6-v2: the static embedder's word-pieces (a long text's
    two ends), then word-piece + position + type embeddings and their LayerNorm."""

    def __init__(self, max_tokens: int):
        from safetensors import safe_open

        from memory.longterm.encoder import packaged_model_dir
        from training.safety.static_embedding import static_embedder

        directory = packaged_model_dir()
        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.max_tokens = max_tokens
        with safe_open(str(directory / "model.safetensors"), framework="numpy") as fh:
            small = {k.removeprefix("bert.").removeprefix("embeddings."): fh.get_tensor(k) for k in fh.keys()
                     if k.removeprefix("bert.").startswith("embeddings.") and "word_embeddings" not in k}
        self.positions = small["position_embeddings.weight"]
        self.token_type = small["token_type_embeddings.weight"][0]
        self.norm_weight, self.norm_bias = small["LayerNorm.weight"], small["LayerNorm.bias"]
        self.pieces = static_embedder()
        self.words = self.pieces.table

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        return [clip_ids(ids, self.max_tokens) for ids in self.pieces.piece_ids(texts)]

    def batch(self, rows: list[list[int]], learned: LearnedCharacters | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(hidden states (batch, length, dim), mask (batch, length)) for rows of token ids; a kept
        character (an id past the vocabulary) reads its `learned` row, or [UNK]'s."""
        ids, mask = pad_ids(rows)
        size = len(self.words)
        outside = ids >= size
        words = self.words[np.where(outside, self.pieces.unknown_id, ids)]
        if learned is not None and outside.any():
            at = learned.rows(ids[outside] - size)
            chosen = words[outside]
            chosen[at >= 0] = learned.vectors[at[at >= 0]]
            words[outside] = chosen
        x = words + self.positions[:ids.shape[1]][None] + self.token_type
        return layer_norm(x, self.norm_weight, self.norm_bias, self.eps).astype(np.float32), mask


_UINT8, _INT8 = 2, 3  # onnx.TensorProto.DataType


def _varint(data: bytes | bytearray, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        value |= (byte & 0x7F) << shift
        at, shift = at + 1, shift + 7
        if byte < 0x80:
            return value, at


def _fields(data: bytes | bytearray, start: int, end: int):
    """(field number, value start, value end) of each field of the protobuf message in data[start:end]."""
    at = start
    while at < end:
        key, at = _varint(data, at)
        wire = key & 7
        if wire == 0:
            stop = _varint(data, at)[1]
        elif wire == 2:
            length, at = _varint(data, at)
            stop = at + length
        elif wire in (1, 5):
            stop = at + (8 if wire == 1 else 4)
        else:
            raise ValueError(f"unexpected protobuf wire type {wire}")
        yield key >> 3, at, stop
        at = stop


def signed_twin(model: bytes) -> bytes | None:
    """The int8 ONNX model with the uint8 weight matrices of its MatMulInteger nodes (stored around a zero point
    of 128 by `encoder_tune.unsigned_weights`), and their zero points, stored as int8: the same integer products, run
    by onnxruntime's u8 x s8 kernels instead of its u8 x u8 ones. None when the model has no such matrices.

    v and v - 128 differ only in the top bit of their byte, so the serialized model is patched in place (each
    tensor's data type and raw bytes) without the onnx package, whose import takes a second."""
    data = bytearray(model)
    graph = next(((start, end) for number, start, end in _fields(data, 0, len(data)) if number == 7), None)
    if graph is None:
        return None
    weights, tensors = set(), {}
    for number, start, end in _fields(data, *graph):
        if number not in (1, 5):
            continue
        fields = list(_fields(data, start, end))
        if number == 1:  # NodeProto: input = 1, op_type = 4
            inputs = [bytes(data[s:e]) for n, s, e in fields if n == 1]
            if any(n == 4 and data[s:e] == b"MatMulInteger" for n, s, e in fields) and len(inputs) == 4:
                weights.update((inputs[1], inputs[3]))
        else:  # TensorProto: data_type = 2, name = 8, raw_data = 9
            named = {n: (s, e) for n, s, e in fields}
            if 8 in named:
                tensors[bytes(data[slice(*named[8])])] = named
    to_shift = [tensors[name] for name in weights if name in tensors]
    if not to_shift or any(2 not in t or 9 not in t or data[t[2][0]] != _UINT8 for t in to_shift):
        return None
    for tensor in to_shift:
        data[tensor[2][0]] = _INT8  # a one-byte varint either way
        raw = slice(*tensor[9])
        data[raw] = (np.frombuffer(bytes(data[raw]), dtype=np.uint8) ^ 0x80).tobytes()
    return bytes(data)


def saturation_probes(width: int) -> list[dict[str, np.ndarray]]:
    """Inputs on which a kernel that adds pairs of u8 x s8 products in 16 bits gives other outputs: every
    activation of the first layer quantizes to 255 (so any two weights summing past 128 saturate), and an
    ordinary spread of values."""
    ordinary = np.random.default_rng(0).standard_normal((1, 16, width)).astype(np.float32)
    return [{"hidden": hidden, "mask": np.ones(hidden.shape[:2], dtype=np.float32)}
            for hidden in (np.ones((1, 16, width), dtype=np.float32), ordinary)]


def _session(model: bytes):
    import onnxruntime

    options = onnxruntime.SessionOptions()
    # One thread: the matrices of one request are small, and the other core stays free for the turn.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    return onnxruntime.InferenceSession(model, options, providers=["CPUExecutionProvider"])


def fastest_exact_session(model: bytes | str):
    """An onnxruntime session for the model (bytes, or a path), and whether it runs the signed twin of the model's
    unsigned int8 weights, which it does where this CPU's u8 x s8 kernels give the same outputs on
    `saturation_probes`. Those with VNNI or AMX add in 32 bits and are several times faster than the u8 x u8 kernels
    there (5.3 against 14.1 ms for the 6-layer encoder at 62 word-pieces, measured in session 44)."""
    stored = model if isinstance(model, bytes) else Path(model).read_bytes()
    session = _session(stored)
    signed_model = signed_twin(stored)
    if signed_model is None:
        return session, False
    signed = _session(signed_model)
    width = session.get_inputs()[0].shape[-1]
    for probe in saturation_probes(width):
        if not np.array_equal(session.run(None, probe)[0], signed.run(None, probe)[0]):
            return session, False
    return signed, True


def inference_session(model: bytes | str):
    return fastest_exact_session(model)[0]


def run_log_probs(session, embeddings: MiniLMEmbeddings, rows: list[list[int]],
                  learned: LearnedCharacters | None = None, run_options=None) -> np.ndarray:
    """(n, 3) log-probabilities of ALLOW, ESCALATE, REFUSE, one request at a time: the int8 model scales
    its activations per batch, so batch-mates would shift a request's output (by 0.5 in log-probability
    at the 95th percentile, measured) away from what the judge computes for it alone at run time.
    `run_options`: onnxruntime's, whose `terminate` flag stops a run that is no longer wanted."""
    out = np.zeros((len(rows), len(DECISIONS)), dtype=np.float32)
    for i, row in enumerate(rows):
        hidden, mask = embeddings.batch([row], learned)
        out[i] = session.run(None, {"hidden": hidden, "mask": mask}, run_options)[0][0]
    return out


@lru_cache(maxsize=2)
def _shared_embeddings(max_tokens: int) -> MiniLMEmbeddings:
    """One embedding table per token budget, shared by the encoders that read that many word-pieces."""
    return MiniLMEmbeddings(max_tokens)


class SafetyEncoder:
    def __init__(self, directory: Path):
        self.meta = json.loads((directory / ENCODER_META).read_text(encoding="utf-8"))
        self.embeddings = _shared_embeddings(self.meta["max_tokens"])
        self.session, self.signed_weights = fastest_exact_session(str(directory / ENCODER_MODEL))
        characters = self.meta.get("learned_characters", "")
        self.learned = LearnedCharacters(characters, np.load(directory / LEARNED_CHARACTERS)) if characters else None

    def log_probs(self, texts: list[str]) -> np.ndarray:
        return self.log_probs_of_pieces(self.embeddings.pieces.piece_ids(texts))

    def log_probs_of_pieces(self, rows: list[list[int]], run_options=None) -> np.ndarray:
        """As `log_probs`, from the static embedder's `piece_ids` of the texts."""
        clipped = [clip_ids(ids, self.embeddings.max_tokens) for ids in rows]
        return run_log_probs(self.session, self.embeddings, clipped, self.learned, run_options)


def head_inputs(log_probs: np.ndarray) -> np.ndarray:
    """What the head's linear model sees: log-probabilities floored at -10 and scaled to [-1, 0], so
    they sit on the scale of the n-gram features (the fit converges in ~70 iterations, not 300+)."""
    return np.maximum(log_probs, -10.0) / 10.0


# The two encoders inside the packaged model directory: Japanese text goes to the shallow one.
GENERAL_ENCODER = "encoder"
JAPANESE_ENCODER = "encoder_ja"
JAPANESE_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")


@lru_cache(maxsize=1)
def _japanese_piece_ids() -> frozenset[int]:
    """Word-pieces with kana, kanji or full-width forms, and [UNK] (where most kanji end up)."""
    from memory.longterm.encoder import packaged_vocabulary

    return frozenset(i for i, piece in enumerate(packaged_vocabulary()) if JAPANESE_CHARS.search(piece) or piece == "[UNK]")


def routes(rows: list[list[int]]) -> np.ndarray:
    """True where the Japanese encoder reads a text (given as word-piece ids): a Japanese piece or a
    kept unknown character (an id past the vocabulary, most often a kanji)."""
    from training.safety.static_embedding import static_embedder

    japanese, size = _japanese_piece_ids(), static_embedder().vocabulary_size
    return np.array([any(i in japanese or i >= size for i in pieces) for pieces in rows], dtype=bool)


# The head's encoder inputs: one block of three per encoder, general first.
ENCODER_INPUTS = 2 * len(DECISIONS)


def routed_head_inputs(log_probs: np.ndarray, japanese: np.ndarray) -> np.ndarray:
    """`head_inputs` of each text in the block of the encoder that read it, zeros in the other: the
    head weighs the two encoders apart, as they are not equally sure of themselves (a shared weight
    let a sharper Japanese encoder turn down the general one's say on English text)."""
    inputs = head_inputs(log_probs)
    out = np.zeros((len(inputs), ENCODER_INPUTS), dtype=np.float32)
    out[~japanese, :len(DECISIONS)] = inputs[~japanese]
    out[japanese, len(DECISIONS):] = inputs[japanese]
    return out


class RoutedEncoder:
    """Two safety encoders, one per kind of text. MiniLM's vocabulary is English-centred (most kanji
    are [UNK]): six tuned layers read English better than three (held-out seed accuracy 0.880 against
    0.863) but learn to over-read short Japanese requests (still so with learned kanji rows: README,
    branch `ja6`), so Japanese goes to three layers, which read kanji through `LearnedCharacters`."""

    def __init__(self, directory: Path):
        self.general = SafetyEncoder(directory / GENERAL_ENCODER)
        self.japanese = SafetyEncoder(directory / JAPANESE_ENCODER)
        self.directory = directory
        combined = "".join(e.meta["model_sha256"] for e in (self.general, self.japanese))
        self.meta = {"model_sha256": hashlib.sha256(combined.encode()).hexdigest()}
        self.embeddings = self.general.embeddings

    def weights_run(self) -> dict[str, str]:
        """Which int8 weights each encoder runs on this CPU (see `fastest_exact_session`): latency depends on it."""
        return {name: "signed" if encoder.signed_weights else "unsigned"
                for name, encoder in (("general", self.general), ("japanese", self.japanese))}

    def log_probs(self, texts: list[str]) -> np.ndarray:
        return self.log_probs_of_pieces(self.embeddings.pieces.piece_ids(texts))

    def log_probs_of_pieces(self, rows: list[list[int]]) -> np.ndarray:
        return self._routed_log_probs(rows, routes(rows))

    def _routed_log_probs(self, rows: list[list[int]], japanese: np.ndarray, run_options=None) -> np.ndarray:
        out = np.zeros((len(rows), len(DECISIONS)), dtype=np.float32)
        for encoder, chosen in ((self.japanese, japanese), (self.general, ~japanese)):
            if chosen.any():
                out[chosen] = encoder.log_probs_of_pieces([r for r, c in zip(rows, chosen, strict=True) if c],
                                                          run_options)
        return out

    def head_inputs_of_pieces(self, rows: list[list[int]], run_options=None) -> np.ndarray:
        """What the head reads (see `routed_head_inputs`), from the static embedder's `piece_ids`."""
        japanese = routes(rows)
        return routed_head_inputs(self._routed_log_probs(rows, japanese, run_options), japanese)

    def head_inputs(self, texts: list[str]) -> np.ndarray:
        return self.head_inputs_of_pieces(self.embeddings.pieces.piece_ids(texts))

    def _tuned_on(self, name: str) -> int:
        return len(np.load(self.directory / name / SEED_LOGPROBS, mmap_mode="r"))

    def tuned_on_other_seed(self, seed_file: Path, seed_size: int) -> bool:
        """Whether either encoder was tuned on something other than the first requests of `seed_file`
        (which holds `seed_size`): each may have been tuned before later seed rounds were appended."""
        for encoder, name in ((self.general, GENERAL_ENCODER), (self.japanese, JAPANESE_ENCODER)):
            tuned_on = self._tuned_on(name)
            if tuned_on > seed_size or encoder.meta["seed_sha256"] != prefix_sha256(seed_file, tuned_on):
                return True
        return False

    def seed_head_inputs(self, texts: list[str]) -> np.ndarray:
        """`routed_head_inputs` of the seed requests (`texts`: all of them, in seed order), each from the
        encoder that reads it at run time: its out-of-fold log-probabilities where that encoder was tuned
        on the request, live ones for requests appended after its tune (it never saw them)."""
        rows = self.embeddings.pieces.piece_ids(texts)
        japanese = routes(rows)
        log_probs = np.zeros((len(rows), len(DECISIONS)), dtype=np.float32)
        position = np.arange(len(rows))
        for encoder, name, chosen in ((self.general, GENERAL_ENCODER, ~japanese),
                                      (self.japanese, JAPANESE_ENCODER, japanese)):
            out_of_fold = np.load(self.directory / name / SEED_LOGPROBS)
            seen = chosen & (position < len(out_of_fold))
            log_probs[seen] = out_of_fold[position[seen]]
            unseen = np.flatnonzero(chosen & ~seen)
            if len(unseen):
                log_probs[unseen] = encoder.log_probs_of_pieces([rows[i] for i in unseen])
        return routed_head_inputs(log_probs, japanese)


@lru_cache(maxsize=2)
def safety_encoder(directory: Path) -> RoutedEncoder:
    return RoutedEncoder(directory)
