"""Elixir code as it can run: a private function (`defp`) that nothing in its module names never runs."""

from __future__ import annotations

import re

_PRIVATE = re.compile(r"^[ \t]*defp\s+([a-z_]\w*[?!]?)", re.M)
# Words that open a block `end` closes (`do` not written as the `do:` keyword), and `end` itself.
_BLOCK_WORD = re.compile(r"(?<![\w:.])(?:(do)(?![\w:?!])|(fn)(?![\w:?!])|(end)(?![\w:?!]))")


def _definition_end(text: str, start: int) -> int:
    """Where the function defined at `start` ends: its line for `defp f(x), do: …`, else its block's `end`."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    head = text[start:line_end]
    if re.search(r",\s*do:", head) or not re.search(r"(?<![\w:])do\s*$", head):
        return line_end
    depth = 0
    for m in _BLOCK_WORD.finditer(text, start):
        depth += -1 if m.group(3) else 1
        if depth == 0:
            return m.end()
    return len(text)


def without_unused_private(text: str) -> str:
    """The module's text less the private functions no other line names (by a call, a capture `&f/1` or a bare name
    in a list), until none is left that only unused ones name."""
    before = None
    while before != text:
        before, text = text, _one_pass(text)
    return text


def _one_pass(text: str) -> str:
    for name in dict.fromkeys(_PRIVATE.findall(text)):
        pattern = re.compile(rf"(?<![\w:.]){re.escape(name)}(?![\w?!])")
        defined = [m for m in _PRIVATE.finditer(text) if m.group(1) == name]
        spans = [(m.start(), _definition_end(text, m.start())) for m in defined]
        starts, ends = [0] + [e for _, e in spans], [s for s, _ in spans] + [len(text)]
        outside = "".join(text[a:b] for a, b in zip(starts, ends, strict=True))
        if not pattern.search(outside):
            for a, b in reversed(spans):
                text = text[:a] + re.sub(r"[^\n]", " ", text[a:b]) + text[b:]
    return text
