"""Regular expressions tried only on texts that hold a literal every match must contain.

Python's engine walks a long alternation at every position of a text; the rule patterns run over whole scripts on
every tool call, and most scripts hold none of the words they look for. A substring test rules those out first."""

from __future__ import annotations

import re
from collections.abc import Iterator


class GuardedPattern:
    def __init__(self, pattern: re.Pattern, literals: tuple[str, ...], folded: tuple[str, ...] = ()):
        """`literals` (matched as written) and `folded` (lower case, matched in the lower-cased text): every match of
        `pattern` contains at least one of them."""
        self.pattern, self.literals, self.folded = pattern, literals, folded

    def possible(self, text: str) -> bool:
        if any(k in text for k in self.literals):
            return True
        if not self.folded:
            return False
        if not text.isascii():  # the engine's case folding matches some other letters to ASCII ones (`ſ`, `K`, `ı`)
            return True
        lowered = text.lower()
        return any(k in lowered for k in self.folded)

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.pattern.finditer(text) if self.possible(text) else iter(())
