"""What the request judge reads: a request as a person sees it, and the text hidden in its base64 runs.

A request can be written so that it looks the same to a person and the model it is sent to, but
different to the judge: zero-width spaces or soft hyphens inside words, Cyrillic or Greek letters
that look like Latin ones, accents on every vowel, digits for letters ("b0mb"), or the whole ask
base64-encoded behind "decode this and do what it says". `readable` undoes the first four;
`encoded_parts` finds the last, which the judge then judges as requests of their own. Measured in
training/safety/EXPERIMENTS.md (session 41)."""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from functools import lru_cache

# Letters that look like a Latin one: Cyrillic, then Greek.
_LOOK_ALIKES = str.maketrans(
    "асеорхуіјѕԁһԛԝӏАВСЕНІЈКМОРЅТХУ" "αορικνυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aceopxyijsdhqwlABCEHIJKMOPSTXY" "aopikvuxABEZHIKMNOPTYX",
)
_LOOK_ALIKE_CHARS = frozenset(chr(c) for c in _LOOK_ALIKES)
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC_OR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")
# The combining-mark blocks (accents, and marks for symbols and half-marks).
_MARK_AFTER_LATIN = re.compile(r"(?<=[A-Za-z])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# A 1 may stand for i or for l: both spellings are tried.
_DIGITS_AS_LETTERS = (str.maketrans("431057@$", "aeiostas"), str.maketrans("431057@$", "aelostas"))
# A run of ASCII letters and those digits and signs, with at least one of each.
_DIGIT_WORD = re.compile(r"(?<![A-Za-z0-9@$])(?=[A-Za-z0-9@$]*[A-Za-z])(?=[A-Za-z0-9@$]*[431057@$])"
                         r"[A-Za-z431057@$]{2,}(?![A-Za-z0-9@$])")
# Two characters are read only as these words: `s3`, `4k` and `v1` are names, not disguised words.
_TWO_LETTER_WORDS = frozenset("am an as at be by do go he if in is it me my no of on or so to up us we".split())
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_URL_SAFE = str.maketrans("-_", "+/")
MAX_ENCODED_PARTS = 3
MAX_NESTING = 2


def _without_format_characters(text: str) -> str:
    """Unicode's format characters (category Cf: zero-width spaces and joiners, soft hyphen, direction
    marks, tags) removed; only the distinct characters of the text are looked up."""
    hidden = [ord(ch) for ch in set(text) if unicodedata.category(ch) == "Cf"]
    return text.translate(dict.fromkeys(hidden)) if hidden else text


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """MiniLM's whole-word pieces: the dictionary a digit-for-letter spelling is checked against."""
    from memory.longterm.encoder import packaged_vocabulary

    return frozenset(piece for piece in packaged_vocabulary() if not piece.startswith(("##", "[")))


def _without_latin_marks(text: str) -> str:
    """Accents and other combining marks on Latin letters dropped; kana voicing marks kept."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = _MARK_AFTER_LATIN.sub("", decomposed)
    return text if stripped == decomposed else unicodedata.normalize("NFC", stripped)


def _latin_look_alikes(text: str) -> str:
    """Cyrillic and Greek look-alikes read as Latin inside words that hold Latin letters, and in words
    made only of look-alikes when the text has no Cyrillic or Greek letter without a Latin twin or more
    Latin letters than those (an English ask written in twins, not a Russian or Greek text)."""
    without_twin = sum(ch not in _LOOK_ALIKE_CHARS for ch in _CYRILLIC_OR_GREEK.findall(text))
    mostly_latin = without_twin == 0 or len(_LATIN.findall(text)) > without_twin

    def latin(match: re.Match) -> str:
        word = match.group()
        if not _CYRILLIC_OR_GREEK.search(word):
            return word
        if _LATIN.search(word) or (mostly_latin and all(ch in _LOOK_ALIKE_CHARS for ch in word)):
            return word.translate(_LOOK_ALIKES)
        return word

    return _WORD.sub(latin, text)


def _pieces(word: str) -> int:
    from training.safety.static_embedding import static_embedder

    return len(static_embedder().tokenizer.encode(word, add_special_tokens=False).ids)


def _letters_for_digits(text: str) -> str:
    """A word written with digits for letters, and not itself a vocabulary word (`mp3`, `3d` stay), read
    as the word it spells: `k1ll`, `b0mb` when the spelling is in the vocabulary (`t0`, `1n`: when they
    spell a common two-letter word); with two or more digits, `r4ns0mw4r3` also when MiniLM reads the
    spelling in at most half as many pieces as the written word (`gpt4o`, `log4j`, `ipv4` stay)."""
    vocabulary = _vocabulary()

    def letters(match: re.Match) -> str:
        word = match.group()
        lower = word.lower()
        if lower in vocabulary:
            return word
        spellings = sorted({lower.translate(table) for table in _DIGITS_AS_LETTERS})
        for spelled in spellings:
            if spelled in (_TWO_LETTER_WORDS if len(word) == 2 else vocabulary):
                return spelled
        if sum(not ch.isalpha() for ch in lower) >= 2:
            written = _pieces(lower)
            for spelled in spellings:
                if 2 * _pieces(spelled) <= written:
                    return spelled
        return word

    return _DIGIT_WORD.sub(letters, text)


def prepare() -> None:
    """Reads the vocabulary `readable` checks spellings against, so that the first request does not wait."""
    _vocabulary()


def readable(text: str) -> str:
    """`text` as a person reads it (see the module doc); text without such tricks comes back as it is
    (full-width forms included: the rules and the n-grams read text in NFKC, the encoders as written)."""
    if not text.isascii():
        text = _without_format_characters(text)
        text = _without_latin_marks(text)
        if _CYRILLIC_OR_GREEK.search(text):
            text = _latin_look_alikes(text)
    return _letters_for_digits(text)


def _decoded(run: str) -> str | None:
    """The text a base64 run encodes, or None when it encodes no readable text."""
    body = run.rstrip("=")
    if ("-" in body or "_" in body) and ("+" in body or "/" in body):
        return None  # two alphabets mixed: an identifier or a path, not base64
    try:
        data = base64.b64decode(body.translate(_URL_SAFE) + "=" * (-len(body) % 4), validate=True)
        decoded = data.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    shown = sum(ch.isprintable() or ch in "\n\r\t" for ch in decoded)
    if len(decoded) < 8 or shown < 0.95 * len(decoded) or not any(ch.isalpha() for ch in decoded):
        return None
    return decoded


def encoded_parts(text: str, depth: int = MAX_NESTING) -> list[str]:
    """The texts that base64 runs in `text` encode (at most MAX_ENCODED_PARTS), and those inside them."""
    parts: list[str] = []
    for run in _BASE64_RUN.findall(text):
        decoded = _decoded(run)
        if decoded is None:
            continue
        if not _BASE64_RUN.fullmatch(decoded.strip()):  # base64 of base64: only the inner text counts
            parts.append(decoded)
        if depth > 1:
            parts.extend(encoded_parts(decoded, depth - 1))
        if len(parts) >= MAX_ENCODED_PARTS:
            break
    return parts[:MAX_ENCODED_PARTS]
