"""Regular expressions tried only on texts that hold a literal every match must contain.

Python's engine walks a long alternation at every position of a text; the rule patterns run over whole scripts on
every tool call, and most scripts hold none of the words they look for. A substring test rules those out first.
The literals are read off the pattern's parse tree, so they cannot drift from the pattern. Where they are common
words, a hand-written quick pattern (`needs`) takes their place; tests hold texts each such pattern matches.
Where the guard lets a text through, the pattern is tried behind a lookahead for the few characters its matches start
with (also read off the parse tree): the engine then skips every other position at once."""

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
_FOLDING = re.compile("[\u0130\u0131\u017f\u212a]")


class Literal(NamedTuple):
    text: str
    folded: bool  # looked for in the lowered text (part of it ignores case); `text` is then lowered


_EMPTY = Literal("", False)


def _lower(text: str) -> str:
    return text.translate(_FOLDS_TO_ASCII).lower() if not text.isascii() and _FOLDING.search(text) else text.lower()


def _join(a: Literal, b: Literal) -> Literal:
    if a.folded == b.folded:
        return Literal(a.text + b.text, a.folded)
    return Literal(_lower(a.text + b.text), True)


def _class_chars(items: list, widest: int) -> set[str] | None:
    """The characters of a class made of literals and ranges narrower than `widest`; None for any other class (a
    negated one, `\\w`, `\\d`, a wide range)."""
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] < widest:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        else:
            return None
    return chars


def _folded_inside(outer: bool, add_flags: int, del_flags: int) -> bool:
    """Whether a group `(?flags-flags:...)` ignores case, inside a part that does (`outer`) or does not."""
    return bool(add_flags & re.IGNORECASE) or outer and not del_flags & re.IGNORECASE


class _Piece(NamedTuple):
    exact: frozenset[Literal] | None  # every string the piece can match, when there are few; None: unknown
    needs: frozenset[Literal] | None  # every match of the piece contains one of these; None: nothing known


def _score(literals: frozenset[Literal]) -> tuple[int, int]:
    return min(len(literal.text) for literal in literals), -len(literals)


def _best(candidates: list[frozenset[Literal] | None]) -> frozenset[Literal] | None:
    useful = [c for c in candidates if c and not any(literal.text == "" for literal in c)]
    return max(useful, key=_score) if useful else None


def _needs(piece: _Piece) -> frozenset[Literal] | None:
    return _best([piece.exact, piece.needs])


def _implies(a: Literal, b: Literal) -> bool:
    """Every text holding `a` (each looked for as marked) holds `b` too."""
    if a == b or a.folded and not b.folded:
        return False
    return b.text in (_lower(a.text) if b.folded else a.text)


class _Reader:
    def __init__(self, folded: bool):
        self.folded = folded  # whether the part being read ignores case

    def literal(self, code: int) -> _Piece:
        char = chr(code)
        if not self.folded:
            return _Piece(frozenset({Literal(char, False)}), None)
        if not char.isascii():  # which text letters the engine folds to it is not worked out here
            return _Piece(None, None)
        return _Piece(frozenset({Literal(char.lower(), True)}), None)

    def char_class(self, items: list) -> _Piece:
        chars = _class_chars(items, _MAX_CLASS)
        if chars is None:
            return _Piece(None, None)
        pieces = [self.literal(ord(c)) for c in chars]
        if any(p.exact is None for p in pieces):
            return _Piece(None, None)
        literals = frozenset().union(*(p.exact for p in pieces))
        return _Piece(literals if len(literals) <= _MAX_CLASS else None, None)

    def repeat(self, low: int, high: int, items: list) -> _Piece:
        inner = self.sequence(items)
        if inner.exact is not None and high <= 3:
            literals, power = set(), {_EMPTY}
            for count in range(high + 1):
                if count >= low:
                    literals |= power
                power = {_join(a, b) for a in power for b in inner.exact}
                if len(literals) + len(power) > _MAX_STRINGS:
                    break
            else:
                return _Piece(frozenset(literals), None)
        return _Piece(None, _needs(inner) if low >= 1 else None)

    def branch(self, alternatives: list[list]) -> _Piece:
        pieces = [self.sequence(a) for a in alternatives]
        exact = None
        if all(p.exact is not None for p in pieces):
            union = frozenset().union(*(p.exact for p in pieces))
            exact = union if len(union) <= _MAX_STRINGS else None
        needs = [_needs(p) for p in pieces]
        return _Piece(exact, None if any(n is None for n in needs) else frozenset().union(*needs))

    def group(self, add_flags: int, del_flags: int, items: list) -> _Piece:
        outer = self.folded
        self.folded = _folded_inside(outer, add_flags, del_flags)
        try:
            return self.sequence(items)
        finally:
            self.folded = outer

    def node(self, op, arg) -> _Piece:
        if op is sre.LITERAL:
            return self.literal(arg)
        if op is sre.IN:
            return self.char_class(arg)
        if op is sre.BRANCH:
            return self.branch(arg[1])
        if op is sre.SUBPATTERN:
            return self.group(*arg[1:])
        if op is sre.ATOMIC_GROUP:
            return self.sequence(arg)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            return self.repeat(*arg)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # they match no characters of their own
            return _Piece(frozenset({_EMPTY}), None)
        return _Piece(None, None)

    def sequence(self, items) -> _Piece:
        run, exact, candidates = {_EMPTY}, True, []
        for op, arg in items:
            piece = self.node(op, arg)
            if piece.exact is not None and len(run) * len(piece.exact) <= _MAX_STRINGS:
                run = {_join(a, b) for a in run for b in piece.exact}
                continue
            exact = False
            candidates.append(frozenset(run))
            run = set(piece.exact) if piece.exact is not None else {_EMPTY}
            candidates.append(piece.needs)
        candidates.append(frozenset(run))
        return _Piece(frozenset(run) if exact else None, _best(candidates))


def required_literals(pattern: re.Pattern) -> tuple[Literal, ...] | None:
    """Literals one of which is in every text `pattern` finds a match in (a folded one in the text lowered); None
    when no such literals are known."""
    if sre_parse is None:
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    needs = _needs(_Reader(bool(parsed.state.flags & re.IGNORECASE)).sequence(parsed.data))
    if not needs:
        return None
    return tuple(sorted(n for n in needs if not any(_implies(n, other) for other in needs)))


class _First:
    """The characters the first one of a match is among, read off a parse tree: (characters, whether a match may be
    empty so far), or None when not known; `folds` tells whether any of them was read where case is ignored."""

    def __init__(self, folded: bool):
        self.folded, self.folds = folded, False

    def node(self, op, arg) -> tuple[set[str], bool] | None:
        if op is sre.LITERAL:
            self.folds |= self.folded
            return {chr(arg)}, False
        if op is sre.IN:
            chars = _class_chars(arg, _MAX_FIRST)
            if chars is None:
                return None
            self.folds |= self.folded
            return chars, False
        if op is sre.BRANCH:
            found = [self.sequence(a) for a in arg[1]]
            if any(f is None for f in found):
                return None
            return set().union(*(f[0] for f in found)), any(f[1] for f in found)
        if op is sre.SUBPATTERN:
            add_flags, del_flags, items = arg[1:]
            outer = self.folded
            self.folded = _folded_inside(outer, add_flags, del_flags)
            try:
                return self.sequence(items)
            finally:
                self.folded = outer
        if op is sre.ATOMIC_GROUP:
            return self.sequence(arg)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found = self.sequence(arg[2])
            return None if found is None else (found[0], found[1] or arg[0] == 0)
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return set(), True
        return None

    def sequence(self, items) -> tuple[set[str], bool] | None:
        chars: set[str] = set()
        for op, arg in items:
            found = self.node(op, arg)
            if found is None:
                return None
            chars |= found[0]
            if not found[1]:
                return chars, False
        return chars, True


_MAX_FIRST = 40
_GLOBAL_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")


def first_character_filter(pattern: re.Pattern) -> re.Pattern | None:
    """`pattern` behind a lookahead for the few characters every match starts with: it finds the same matches, and the
    engine gives up at once at every other position instead of trying each alternative there; None when the first
    characters are not known, or are many."""
    if sre_parse is None or not isinstance(pattern.pattern, str):
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    reader = _First(bool(parsed.state.flags & re.IGNORECASE))
    found = reader.sequence(parsed.data)
    if found is None or found[1] or not found[0] or len(found[0]) > _MAX_FIRST:
        return None
    chars = "".join(f"\\U{ord(c):08x}" for c in sorted(found[0]))
    lookahead = f"(?i:[{chars}])" if reader.folds else f"[{chars}]"  # both cases: a filter may let more through
    body = _GLOBAL_FLAGS.sub("", pattern.pattern)  # they stay in pattern.flags
    if pattern.flags & re.VERBOSE:
        body += "\n"  # a comment on the last line must not hide the closing bracket
    return re.compile(f"(?={lookahead})(?:{body})", pattern.flags)


_lowered = lru_cache(maxsize=16)(_lower)  # one text is tried against many patterns in turn


class GuardedPattern:
    def __init__(self, pattern: re.Pattern, needs: re.Pattern | None = None):
        """`needs`: for a pattern whose literals are common words, a pattern quick to search (its first character
        from a small set) that finds something in every text the pattern matches: searched in the text lowered (as
        for folded literals) when the pattern ignores case, and written in lower case then."""
        self.pattern, self.needs = pattern, needs
        self._folds = bool(pattern.flags & re.IGNORECASE)

    @cached_property  # read on first use, not while the rule modules load
    def literals(self) -> tuple[Literal, ...]:
        return required_literals(self.pattern) or ()

    @cached_property
    def _filtered(self) -> re.Pattern:
        return first_character_filter(self.pattern) or self.pattern

    @cached_property
    def _texts(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return (tuple(x.text for x in self.literals if not x.folded), tuple(x.text for x in self.literals if x.folded))

    def possible(self, text: str) -> bool:
        if self.needs is not None:
            return self.needs.search(_lowered(text) if self._folds else text) is not None
        exact, folded = self._texts
        if not exact and not folded:
            return True
        return any(map(text.__contains__, exact)) or bool(folded) and any(map(_lowered(text).__contains__, folded))

    def search(self, text: str, *where: int) -> re.Match | None:
        return self._filtered.search(text, *where) if self.possible(text) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self._filtered.finditer(text) if self.possible(text) else iter(())

    def sub(self, replacement: str | Callable[[re.Match], str], text: str) -> str:
        return self._filtered.sub(replacement, text) if self.possible(text) else text
