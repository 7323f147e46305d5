"""What the request judge reads: a request as a person sees it, and the text hidden in its base64 runs.

A request can be written so that it looks the same to a person and the model it is sent to, but
different to the judge: zero-width spaces or soft hyphens inside words, Cyrillic or Greek letters
that look like Latin ones, accents on every vowel, digits for letters ("b0mb"), letters spaced out
("b o m b", 「爆 弾」), or the whole ask base64-, hex- or ROT13-encoded behind "decode this and do what
it says". `readable` undoes the first five; `encoded_parts` finds the encoded texts, which the judge
then judges as requests of their own. Measured in training/safety/EXPERIMENTS.md (sessions 41, 43)."""

from __future__ import annotations

import base64
import binascii
import codecs
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
_HEX_RUN = re.compile(r"(?:[0-9a-fA-F]{2}){8,}")
# Four or more single letters or digits, each apart from the next by one to three spaces or one . - _
_SPACED = re.compile(r"(?<![^\W_])[^\W_](?:(?: {1,3}|[.\-_])[^\W_]){3,}(?![^\W_])")
_WORD_GAP = re.compile(r" {2,}")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE = re.compile(r"[^:.!?\n]+[:.!?\n]*")
ROT13_MIN_WORDS = 3
_URL_SAFE = str.maketrans("-_", "+/")
MAX_ENCODED_PARTS = 3
MAX_NESTING = 2


def _without_format_characters(text: str) -> str:
    """Unicode's format characters (category Cf: zero-width spaces and joiners, soft hyphen, direction
    marks, tags) removed; only the distinct characters of the text are looked up."""
    hidden = [ord(ch) for ch in set(text) if unicodedata.category(ch) == "Cf"]
    return text.translate(dict.fromkeys(hidden)) if hidden else text


@lru_cache(maxsize=1)
def _word_ranks() -> dict[str, int]:
    """MiniLM's whole-word pieces (the dictionary a disguised spelling is checked against) and their
    place in its vocabulary, where common words come first."""
    from memory.longterm.encoder import packaged_vocabulary

    return {piece: i for i, piece in enumerate(packaged_vocabulary()) if not piece.startswith(("##", "["))}


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
    vocabulary = _word_ranks()

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


def _fewest_words(letters: str) -> list[str] | None:
    """`letters` split into the fewest vocabulary words (of one letter only "a" and "i"), the more common
    words where two splits have as many; None where there is no such split."""
    ranks, lower = _word_ranks(), letters.lower()
    best: list[tuple[int, int, list[str]] | None] = [(0, 0, [])] + [None] * len(lower)
    for end in range(1, len(lower) + 1):
        for start in range(max(0, end - 20), end):
            word, before = lower[start:end], best[start]
            if before is None or (len(word) == 1 and word not in "ai") or word not in ranks:
                continue
            candidate = (before[0] + 1, before[1] + ranks[word], [*before[2], letters[start:end]])
            if best[end] is None or candidate[:2] < best[end][:2]:
                best[end] = candidate
    return best[-1][2] if best[-1] is not None else None


def _joined_letters(text: str) -> str:
    """Letters spaced out read as words: each run of single characters joined, two or more spaces
    kept as a word gap; a run of Latin letters that is no word split into the fewest vocabulary words
    (`h o w t o m a k e` -> `how to make`); digits alone (an address, a version) stay as written."""

    def joined(match: re.Match) -> str:
        words = []
        for group in _WORD_GAP.split(match.group()):
            characters = "".join(re.findall(r"[^\W_]", group))
            if characters.isdigit():
                return match.group()
            split = _fewest_words(characters) if characters.isascii() and characters.isalpha() else None
            words.append(" ".join(split) if split and len(characters) > 1 else characters)
        return " ".join(words)

    return _SPACED.sub(joined, text)


def prepare() -> None:
    """Reads the vocabulary `readable` checks spellings against, so that the first request does not wait."""
    _word_ranks()


def readable(text: str) -> str:
    """`text` as a person reads it (see the module doc); text without such tricks comes back as it is
    (full-width forms included: the rules and the n-grams read text in NFKC, the encoders as written)."""
    if not text.isascii():
        text = _without_format_characters(text)
        text = _without_latin_marks(text)
        if _CYRILLIC_OR_GREEK.search(text):
            text = _latin_look_alikes(text)
    return _letters_for_digits(_joined_letters(text))


def _readable_bytes(data: bytes) -> str | None:
    """`data` as text, or None when it is not readable UTF-8 text."""
    try:
        text = data.decode("utf-8")
    except ValueError:
        return None
    shown = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    if len(text) < 8 or shown < 0.95 * len(text) or not any(ch.isalpha() for ch in text):
        return None
    return text


def _decoded(run: str) -> str | None:
    """The text a hex or base64 run encodes (a run of hex digits is tried both ways), or None when it
    encodes no readable text."""
    body = run.rstrip("=")
    if ("-" in body or "_" in body) and ("+" in body or "/" in body):
        return None  # two alphabets mixed: an identifier or a path, not base64
    if _HEX_RUN.fullmatch(body) and (text := _readable_bytes(bytes.fromhex(body))) is not None:
        return text
    try:
        data = base64.b64decode(body.translate(_URL_SAFE) + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable_bytes(data)


def _rot13(text: str) -> str | None:
    """The sentences of `text` that read as ROT13, decoded: those in which ROT13 turns at least
    ROT13_MIN_WORDS words of three or more letters, and half of all such words, into vocabulary words."""
    vocabulary, decoded = _word_ranks(), []
    for sentence in _SENTENCE.findall(text):
        words = [w for w in _ASCII_WORD.findall(sentence) if len(w) >= 3]
        if len(words) < ROT13_MIN_WORDS:
            continue
        gained = sum(w.lower() not in vocabulary and codecs.encode(w, "rot13").lower() in vocabulary for w in words)
        if gained >= ROT13_MIN_WORDS and 2 * gained >= len(words):
            decoded.append(codecs.encode(sentence, "rot13").strip())
    return " ".join(decoded) or None


def encoded_parts(text: str, depth: int = MAX_NESTING) -> list[str]:
    """The texts that hex and base64 runs in `text` encode (at most MAX_ENCODED_PARTS), and those inside
    them; and `text` decoded from ROT13 where it reads as ROT13."""
    rot13 = _rot13(text)
    parts: list[str] = [rot13] if rot13 is not None else []
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
