"""A long message cut into windows that the safety encoder reads whole.

The encoder reads 62 word-pieces (see `clip_ids`): of a longer message it sees the first third and the
last two thirds, so an ask in the middle goes unread, and the n-grams of the chatter around an ask
outweigh its own. The seed round v19 teaches the head multi-part messages both whole and as these
windows (see `compose_seed_requests.multipart_items`); a judge reading every window of a long message
was tried and not kept (EXPERIMENTS.md, rules 42, 42b, 43 and 44: the head still escalates windows of
harmless chatter).

A window is a run of consecutive units (sentences; a sentence longer than a window is cut at clause
marks, and a clause still longer every `WINDOW_PIECES` word-pieces) of at most `WINDOW_PIECES`
word-pieces, of one kind only (Japanese or not: each kind has its own encoder). A window after the first
starts with the last unit of the one before, where that unit fits beside the next one, so that an ask
split over two sentences is also read together.

`language_parts` gives a text that mixes Japanese and other sentences as its two languages apart, which
the judge also reads (rule 46 in EXPERIMENTS.md): a text holding any Japanese goes to the Japanese
encoder whole, and an English preamble there moved the head toward allowing the Japanese ask."""

from __future__ import annotations

import re
from dataclasses import dataclass

from training.safety.features import text_ends
from training.safety.tuned_encoder import JAPANESE_CHARS

WINDOW_PIECES = 62
# A sentence ends after . ! ? : followed by a space (not in "3.5" or a URL), after 。！？： and at line breaks.
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s)|[。！？：]+|\n+")
_CLAUSE_END = re.compile(r"[,;]+(?=\s)|[、，；]+")


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    pieces: int
    japanese: bool


def _cut(text: str, start: int, end: int, pattern: re.Pattern) -> list[tuple[int, int]]:
    """[start, end) cut after each match of `pattern`, blank spans dropped."""
    spans, at = [], start
    for match in pattern.finditer(text, start, end):
        spans.append((at, match.end()))
        at = match.end()
    spans.append((at, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _piece_counts(texts: list[str]) -> list[int]:
    from training.safety.static_embedding import static_embedder

    return [len(e.ids) - 2 for e in static_embedder().tokenizer.encode_batch(texts)]


def _split_by_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut every `WINDOW_PIECES` word-pieces, at word-piece boundaries."""
    from training.safety.static_embedding import static_embedder

    offsets = [o for o in static_embedder().tokenizer.encode(text[start:end]).offsets if o != (0, 0)]
    cuts = [start + offsets[i][0] for i in range(WINDOW_PIECES, len(offsets), WINDOW_PIECES)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]


def units(text: str) -> list[Unit]:
    """Sentences of `text`, cut further where one is longer than a window."""
    spans = _cut(text, 0, len(text), _SENTENCE_END)
    out: list[tuple[int, int, int]] = []
    for (a, b), n in zip(spans, _piece_counts([text[a:b] for a, b in spans]), strict=True):
        if n <= WINDOW_PIECES:
            out.append((a, b, n))
            continue
        cut = [span for ca, cb in _cut(text, a, b, _CLAUSE_END) for span in _split_by_pieces(text, ca, cb)]
        out.extend((ca, cb, m) for (ca, cb), m in zip(cut, _piece_counts([text[x:y] for x, y in cut]), strict=True))
    return [Unit(a, b, n, bool(JAPANESE_CHARS.search(text[a:b]))) for a, b, n in out]


def window_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of `text`'s windows; none where the text fits one window."""
    found = units(text)
    if sum(u.pieces for u in found) <= WINDOW_PIECES:
        return []
    windows: list[list[Unit]] = []
    current: list[Unit] = []
    for unit in found:
        fits = current and current[0].japanese == unit.japanese \
            and sum(u.pieces for u in current) + unit.pieces <= WINDOW_PIECES
        if current and not fits:
            windows.append(current)
            last = current[-1]
            overlap = len(current) > 1 and last.japanese == unit.japanese and last.pieces + unit.pieces <= WINDOW_PIECES
            current = [last] if overlap else []
        current.append(unit)
    windows.append(current)
    return [(w[0].start, w[-1].end) for w in windows]


def language_parts(text: str) -> list[str]:
    """The Japanese sentences and the other sentences of the part of `text` the head reads (its two ends,
    see `text_ends`), each kind joined in order; none where the text holds only one kind."""
    read = text_ends(text)
    if not JAPANESE_CHARS.search(read):
        return []
    found = units(read)
    kinds = [[u for u in found if u.japanese == japanese] for japanese in (True, False)]
    if not all(kinds):
        return []
    return ["".join(read[u.start:u.end] for u in kinds[0]).strip(),
            " ".join(read[u.start:u.end].strip() for u in kinds[1])]
