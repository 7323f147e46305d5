"""Semantic facts the user states about themselves (EN and JA): a sentence, and where it can be
told, a slot ("name", "home", "favorite color", "opinion:coffee") so that a newer statement in
the same slot supersedes an older one."""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = r"(?=[.!?。！？\n]|$)"
_VALUE = r"(?P<value>[^.!?。！？,、\n]{1,60}?)"

_EN: tuple[tuple[str | None, re.Pattern[str]], ...] = (
    ("name", re.compile(rf"\b(?:my name is|call me)\s+{_VALUE}{_END}", re.I)),
    ("age", re.compile(r"\bi(?: am|'m)\s+(?P<value>\d{1,3})\s+years? old", re.I)),
    ("home", re.compile(rf"\bi(?: now)? live in\s+{_VALUE}{_END}", re.I)),
    ("employer", re.compile(rf"\bi work (?:at|for)\s+{_VALUE}{_END}", re.I)),
    ("job", re.compile(rf"\bi(?: am|'m) an?\s+{_VALUE}\s+by profession{_END}", re.I)),
    (None, re.compile(rf"\bmy (?P<slot>(?:favou?rite|preferred|usual|main) [a-z ]{{2,30}}?) is\s+{_VALUE}{_END}", re.I)),
    (None, re.compile(rf"\bi (?P<polarity>like|love|prefer|enjoy|hate|dislike|don't like|do not like|can't stand)\s+{_VALUE}{_END}", re.I)),
    ("decision", re.compile(rf"\b(?:i|we) (?:have )?decided (?:to|that)\s+{_VALUE}{_END}", re.I)),
    ("allergy", re.compile(rf"\bi(?: am|'m) allergic to\s+{_VALUE}{_END}", re.I)),
)

_JA: tuple[tuple[str | None, re.Pattern[str]], ...] = (
    ("name", re.compile(r"(?:私|わたし|僕|ぼく|俺)の名前は(?P<value>[^。！？!?、\n]{1,30}?)(?:です|だ|と申します|といいます)?(?=[。！？!?\n]|$)")),
    ("age", re.compile(r"(?:私|わたし|僕|ぼく|俺)は(?P<value>\d{1,3})歳")),
    ("home", re.compile(r"(?P<value>[^\s。、！？は]{1,20}?)に住んで(?:います|いる|おります)")),
    ("employer", re.compile(r"(?P<value>[^\s。、！？は]{1,30}?)(?:で働いて|に勤めて)(?:います|いる|おります)")),
    (None, re.compile(r"好きな(?P<slot>[^\s。、！？はが]{1,10})は(?P<value>[^。！？!?\n]{1,30}?)(?:です|だ)?(?=[。！？!?\n]|$)")),
    (None, re.compile(r"(?P<value>[^\s。、！？はが]{1,20})が(?P<polarity>大好き|好き|嫌い|苦手)")),
    ("allergy", re.compile(r"(?P<value>[^\s。、！？はに]{1,20}?)(?:の)?アレルギー")),
)

_NEGATIVE = {"hate", "dislike", "don't like", "do not like", "can't stand", "嫌い", "苦手"}
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]?")


@dataclass(frozen=True)
class Fact:
    text: str
    slot: str | None
    value: str


def _sentence_around(text: str, start: int) -> str:
    for match in _SENTENCE.finditer(text):
        if match.start() <= start < match.end():
            return match.group().strip()
    return text.strip()


def _normalise(value: str) -> str:
    return re.sub(r"\s+", " ", value.strip().strip("\"'「」").lower())


def extract_facts(text: str) -> list[Fact]:
    facts: dict[str | None, Fact] = {}
    unslotted: list[Fact] = []
    for patterns in (_EN, _JA):
        for slot, pattern in patterns:
            for match in pattern.finditer(text):
                value = _normalise(match.group("value"))
                if not value:
                    continue
                groups = match.groupdict()
                if groups.get("polarity"):
                    polarity = "-" if groups["polarity"].lower() in _NEGATIVE else "+"
                    key = f"opinion:{value}"
                    value = f"{polarity}{value}"
                elif groups.get("slot"):
                    key = _normalise(groups["slot"]).replace("favourite", "favorite")
                else:
                    key = slot
                fact = Fact(_sentence_around(text, match.start()), key, value)
                if key == "decision":
                    unslotted.append(Fact(fact.text, None, value))
                else:
                    facts[key] = fact
    seen: set[str] = set()
    out = []
    for fact in [*facts.values(), *unslotted]:
        if fact.text not in seen:
            seen.add(fact.text)
            out.append(fact)
    return out
