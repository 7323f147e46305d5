"""How much a memory matters, in [0, 1]: its kind, emphasis by the speaker, and its source.
Untrusted sources are capped so that retrieved web or tool text never outranks the user."""

from __future__ import annotations

import re

from memory.longterm.lexical import terms
from memory.longterm.records import UNTRUSTED

_BASE = {"fact": 0.7, "note": 0.6, "episodic": 0.3}
_EMPHASIS = re.compile(
    r"\b(remember|important|always|never|don't forget|do not forget|must|deadline|allerg\w*)\b"
    r"|覚えて|忘れないで|大事|重要|必ず|絶対|締め切り|締切|アレルギー", re.I)
_SMALL_TALK = re.compile(
    r"^\s*(hi|hello|hey|thanks|thank you|ok|okay|bye|good (morning|night|evening)|yes|no|"
    r"こんにちは|こんばんは|おはよう(ございます)?|ありがとう(ございます)?|はい|いいえ|了解|うん)[\s!.。！、]*$", re.I)
UNTRUSTED_CAP = 0.5


def is_small_talk(text: str) -> bool:
    return bool(_SMALL_TALK.match(text)) or not terms(text)


def score_importance(text: str, kind: str, provenance: str, requested: float | None = None) -> float:
    score = requested if requested is not None else _BASE.get(kind, 0.3)
    if requested is None:
        if _EMPHASIS.search(text):
            score += 0.2
        if kind == "episodic" and is_small_talk(text):
            score = 0.05
    if provenance in UNTRUSTED:
        score = min(score, UNTRUSTED_CAP)
    return max(0.0, min(1.0, score))
