"""Regular expressions tried only on texts that hold a literal every match must contain.

Python's engine walks a long alternation at every position of a text; the rule patterns run over whole scripts on
every tool call, and most scripts hold none of the words they look for. A substring test rules those out first.
The literals are read off the pattern's parse tree, so they cannot drift from the pattern. Where they are common
words, a hand-written quick pattern (`needs`) takes their place; tests hold texts each such pattern matches."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cached_property, lru_cache
from typing import NamedTuple

try:  # the parser behind re.compile and its opcodes (Python 3.11+; private)
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # a Python that moved them: every pattern is searched unguarded
    sre = sre_parse = None

_MAX_STRINGS = 64  # exact strings tracked per piece of a pattern before it counts as unknown
_MAX_CLASS = 8  # characters of a class such as [xy] expanded into strings
# The letters outside ASCII that the engine matches to ASCII ones when it ignores case, and str.lower() does not
# lower to them alone (found by trying every code point against [a-z] with re.IGNORECASE).
_FOLDS_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


class _Piece(NamedTuple):
    exact: frozenset[str] | None  # every string the piece can match, when there are few; None: unknown
    needs: frozenset[str] | None  # every match of the piece contains one of these; None: nothing known


def _score(strings: frozenset[str]) -> tuple[int, int]:
    return min(map(len, strings)), -len(strings)


def _best(candidates: list[frozenset[str] | None]) -> frozenset[str] | None:
    useful = [c for c in candidates if c and "" not in c]
    return max(useful, key=_score) if useful else None


def _needs(piece: _Piece) -> frozenset[str] | None:
    return _best([piece.exact, piece.needs])


class _Reader:
    def __init__(self, folded: bool):
        self.folded = folded
        self.met_folding = False  # a group that ignores case (`(?i:...)`) was read

    def literal(self, code: int) -> _Piece:
        char = chr(code)
        if not self.folded:
            return _Piece(frozenset({char}), None)
        if not char.isascii():  # which text letters the engine folds to it is not worked out here
            return _Piece(None, None)
        return _Piece(frozenset({char.lower()}), None)

    def char_class(self, items: list) -> _Piece:
        chars: set[str] = set()
        for op, arg in items:
            if op is sre.LITERAL:
                chars.add(chr(arg))
            elif op is sre.RANGE and arg[1] - arg[0] < _MAX_CLASS:
                chars.update(map(chr, range(arg[0], arg[1] + 1)))
            else:
                return _Piece(None, None)
        pieces = [self.literal(ord(c)) for c in chars]
        if any(p.exact is None for p in pieces):
            return _Piece(None, None)
        strings = frozenset().union(*(p.exact for p in pieces))
        return _Piece(strings if len(strings) <= _MAX_CLASS else None, None)

    def repeat(self, low: int, high: int, items: list) -> _Piece:
        inner = self.sequence(items)
        if inner.exact is not None and high <= 3:
            strings, power = set(), {""}
            for count in range(high + 1):
                if count >= low:
                    strings |= power
                power = {a + b for a in power for b in inner.exact}
                if len(strings) + len(power) > _MAX_STRINGS:
                    break
            else:
                return _Piece(frozenset(strings), None)
        return _Piece(None, _needs(inner) if low >= 1 else None)

    def branch(self, alternatives: list[list]) -> _Piece:
        pieces = [self.sequence(a) for a in alternatives]
        exact = None
        if all(p.exact is not None for p in pieces):
            union = frozenset().union(*(p.exact for p in pieces))
            exact = union if len(union) <= _MAX_STRINGS else None
        needs = [_needs(p) for p in pieces]
        return _Piece(exact, None if any(n is None for n in needs) else frozenset().union(*needs))

    def node(self, op, arg) -> _Piece:
        if op is sre.LITERAL:
            return self.literal(arg)
        if op is sre.IN:
            return self.char_class(arg)
        if op is sre.BRANCH:
            return self.branch(arg[1])
        if op is sre.SUBPATTERN:
            self.met_folding = self.met_folding or bool(arg[1] & re.IGNORECASE)
            return self.sequence(arg[3])
        if op is sre.ATOMIC_GROUP:
            return self.sequence(arg)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return self.repeat(*arg)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # they match no characters of their own
            return _Piece(frozenset({""}), None)
        return _Piece(None, None)

    def sequence(self, items) -> _Piece:
        run, exact, candidates = {""}, True, []
        for op, arg in items:
            piece = self.node(op, arg)
            if piece.exact is not None and len(run) * len(piece.exact) <= _MAX_STRINGS:
                run = {a + b for a in run for b in piece.exact}
                continue
            exact = False
            candidates.append(frozenset(run))
            run = set(piece.exact) if piece.exact is not None else {""}
            candidates.append(piece.needs)
        candidates.append(frozenset(run))
        return _Piece(frozenset(run) if exact else None, _best(candidates))


def required_literals(pattern: re.Pattern) -> tuple[tuple[str, ...], bool] | None:
    """Strings one of which is in every text `pattern` finds a match in, and whether they are lower case, to be
    looked for in the lower-cased text (the pattern ignores case somewhere); None when no such strings are known."""
    if sre_parse is None:
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    reader = _Reader(bool(parsed.state.flags & re.IGNORECASE))
    needs = _needs(reader.sequence(parsed.data))
    if reader.met_folding and not reader.folded:  # read again with every literal lowered
        reader = _Reader(True)
        needs = _needs(reader.sequence(parsed.data))
    if not needs:
        return None
    kept = [n for n in needs if not any(other != n and other in n for other in needs)]  # a text with n has the other
    return tuple(sorted(kept)), reader.folded


@lru_cache(maxsize=16)  # one text is tried against many patterns in turn
def _lowered(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_FOLDS_TO_ASCII).lower()


class GuardedPattern:
    def __init__(self, pattern: re.Pattern, needs: re.Pattern | None = None):
        """`needs`: for a pattern whose literals are common words, a pattern quick to search (its first character
        from a small set) that finds something in every text the pattern matches: searched in the text lowered (as
        for literals) when the pattern ignores case, and written in lower case then."""
        self.pattern, self.needs = pattern, needs

    @cached_property  # read on first use, not while the rule modules load
    def _required(self) -> tuple[tuple[str, ...], bool]:
        return required_literals(self.pattern) or ((), False)

    @property
    def literals(self) -> tuple[str, ...]:
        return self._required[0]

    def possible(self, text: str) -> bool:
        if self.needs is not None:
            return self.needs.search(_lowered(text) if self.pattern.flags & re.IGNORECASE else text) is not None
        literals, folded = self._required
        return not literals or any(map((_lowered(text) if folded else text).__contains__, literals))

    def search(self, text: str, *where: int) -> re.Match | None:
        return self.pattern.search(text, *where) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.pattern.finditer(text) if self.possible(text) else iter(())

    def sub(self, replacement: str | Callable[[re.Match], str], text: str) -> str:
        return self.pattern.sub(replacement, text) if self.possible(text) else text
