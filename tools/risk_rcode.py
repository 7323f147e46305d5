"""R code shown, from its tokens, to do only data work: it calls only known data functions of base R and of data
packages, hands on functions only by their names or as functions it writes, calls no object's methods, evaluates no
text, and reads and writes only files it can name from the code (literals; file.path, paste0, sprintf, here of such
names; variables set once to them; loops over such vectors; the entries of a folder it lists), each judged as a path.
Anything it cannot show goes to a person."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from tools.risk_paths import ActionContext, ActionRisk, assess_path, resolve
from tools.risk_rfunctions import (
    ALLOWED,
    ALLOWED_PREFIXES,
    ALSO_CALLED,
    CHUNK_OPTIONS,
    CLOSURE_MAKERS,
    CONSTANTS,
    DATA_OR_FUNCTION_ARGUMENTS,
    DATA_PACKAGES,
    DENIED,
    FILE_LEADING,
    FUNCTION_ARGUMENTS,
    HIGHER_ORDER,
    KEYWORDS,
    LISTERS,
    MAPPED,
    MAPPERS,
    MASKING,
    MODELS,
    READERS,
    RENDER_PACKAGES,
    RENDERERS,
    SIDE_EFFECTS,
    VALUES,
    WRITERS,
)
from tools.risk_runfiles import file_text, r_environ, runs_later

_TOKEN = re.compile(r"""(?P<space>[ \t\r\f\n]+|\#[^\n]*)
    |(?P<raw>[rR](?P<quote>["'])(?P<dashes>-*)(?P<open>[(\[{]))
    |(?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
    |(?P<tick>`(?:[^`\\]|\\.)*`)
    |(?P<num>(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[Li]?)
    |(?P<name>(?:[^\W\d]|\.(?!\d))[\w.]*)
    |(?P<op>%[^%\n]*%|<<-|->>|<-|->|\|>|:::|::|==|!=|<=|>=|&&|\|\||\[\[|[-+*/^<>=!&|~?:$@()\[\]{},;\\])""",
                    re.X | re.S)
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{1,2}|u\{[0-9a-fA-F]{1,4}\}|u[0-9a-fA-F]{1,4}|U\{[0-9a-fA-F]{1,8}\}|"
                     r"U[0-9a-fA-F]{1,8}|[0-7]{1,3}|.)", re.S)
_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "\\": "\\",
                   '"': '"', "'": "'", "`": "`", " ": " ", "\n": "\n"}
_OPERATORS = {"%>%", "%in%", "%%", "%/%", "%*%", "%o%", "%<>%", "%T>%", "%||%", "%like%", "%between%", "%chin%",
              "%within%", "%notin%"}
# Environment variables that only set how R shows times and text (no child process can be started to read them).
_LOCALE_VARIABLES = {"TZ", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_TIME", "LC_COLLATE", "LC_NUMERIC", "LC_MESSAGES"}
_OPERATOR_NAMES = {"+", "-", "*", "/", "^", "==", "!=", "<", ">", "<=", ">=", "&", "|", "!", "[", "[[", "%%", "%/%",
                   "%in%", "(", "{"}
_PIPES = {"%>%", "%T>%", "%<>%", "|>"}
# Arguments that come before the function in the higher-order functions: naming them moves the function forward.
_LEADING_FORMALS = {"X", "x", ".x", ".y", ".l", "data", ".data", ".tbl", "MARGIN", "INDEX", "by", "Y", "STATS", ".cols",
                    ".vars", ".predicate", ".p", ".at", "par", "width", "formula"}
_URL = re.compile(r"^[A-Za-z][\w+.-]*://|^(?:https?|ftp|file):", re.I)
_CODE_FILE = re.compile(r"(?i)\.(?:r|rmd|qmd|rprofile|renviron|py|sh|bash|ipynb|ps1|bat|cmd|pl|php|js|rb|jl|lua)$|"
                        r"(?:^|/)(?:\.Rprofile|\.Renviron|Makefile|_quarto\.yml|\.RData)$")
_PATH_UNSAFE = re.compile(r"[|;&$`<>\n]")
_MAX_VALUES, _MAX_SOURCES, _MAX_ENTRIES, _MAX_VISITED = 300, 10, 200, 2000


@dataclass(frozen=True)
class _Token:
    kind: str  # str, name, num, op
    text: str
    newline: bool = False  # a line break comes before it


class _NotShown(Exception):
    """The code does something this module cannot show to be data work."""


def _unescape(body: str) -> str:
    def one(m: re.Match) -> str:
        e = m.group(1)
        if e[0] in "xuU" and len(e) > 1:
            return chr(int(e[1:].strip("{}"), 16))
        if e[0] in "01234567":
            return chr(int(e, 8))
        if e in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[e]
        raise _NotShown(f"unknown escape \\{e}")
    return _ESCAPE.sub(one, body)


def _tokens(code: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, newline = 0, False
    while i < len(code):
        m = _TOKEN.match(code, i)
        if m is None:
            raise _NotShown(f"unreadable text at {code[i:i + 10]!r}")
        kind = m.lastgroup if m.lastgroup not in ("quote", "dashes", "open") else "raw"
        if m.group("space") is not None:
            newline = newline or "\n" in m.group("space")
            i = m.end()
            continue
        if m.group("raw") is not None:
            close = {"(": ")", "[": "]", "{": "}"}[m.group("open")] + m.group("dashes") + m.group("quote")
            end = code.find(close, m.end())
            if end < 0:
                raise _NotShown("unterminated raw string")
            tokens.append(_Token("str", code[m.end():end], newline))
            i = end + len(close)
        elif kind == "str":
            tokens.append(_Token("str", _unescape(m.group(0)[1:-1]), newline))
            i = m.end()
        elif kind == "tick":
            tokens.append(_Token("name", _unescape(m.group(0)[1:-1]), newline))
            i = m.end()
        else:
            tokens.append(_Token(kind, m.group(0), newline))
            i = m.end()
        newline = False
    return tokens


_PAIRS = {"(": ")", "[": "]", "[[": "]]", "{": "}"}


def _matching(tokens: list[_Token]) -> tuple[dict[int, int], list[int]]:
    """Index of each opening bracket -> its closing one, and back; and for each token the opening bracket it sits
    directly inside (-1 at the top level). `]]` is two tokens: the second closes `[[`."""
    match: dict[int, int] = {}
    parent = [-1] * len(tokens)
    stack: list[int] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        parent[i] = stack[-1] if stack else -1
        if t.kind == "op" and t.text in _PAIRS:
            stack.append(i)
        elif t.kind == "op" and t.text in (")", "]", "}"):
            if not stack or _PAIRS[tokens[stack[-1]].text][0] != t.text:
                raise _NotShown("unbalanced brackets")
            j = stack.pop()
            if tokens[j].text == "[[":
                if i + 1 >= len(tokens) or tokens[i + 1].text != "]":
                    raise _NotShown("unbalanced brackets")
                i += 1
                parent[i] = parent[j]
            match[j], match[i] = i, j
        i += 1
    if stack:
        raise _NotShown("unbalanced brackets")
    return match, parent


@dataclass
class _Definition:
    """A function the code writes: the name it is bound to, its parameters with their defaults, its body's span."""
    name: str | None
    parameters: list[tuple[str, tuple[int, int] | None]]
    body: int
    end: int


@dataclass
class _Call:
    name: str
    package: str | None
    start: int  # index of the name token
    open: int
    close: int
    positional: list[tuple[int, int]]  # token spans of unnamed arguments (first, what a pipe puts there)
    named: dict[str, tuple[int, int]]


class _Program:
    def __init__(self, tokens: list[_Token], ctx: ActionContext, arguments: list[str] | None = None):
        self.tokens, self.ctx, self.arguments = tokens, ctx, arguments
        self.match, self.parent = _matching(tokens)
        self.calls = self._calls()
        self.call_at = {c.start: c for c in self.calls}  # by the index of the called name
        self.assigned: dict[str, list[tuple[int, int]]] = {}
        self.loops: dict[str, tuple[int, int]] = {}
        self.parameters: set[str] = set()
        self.functions: set[str] = set()  # names only ever set to functions the code writes
        self.definitions: list[_Definition] = []
        self._bindings()

    # --- structure -------------------------------------------------------------------------------------------
    def _arguments(self, open_: int, close: int) -> tuple[list[tuple[int, int]], dict[str, tuple[int, int]]]:
        positional, named = [], {}
        i = open_ + 1
        while i < close:
            j = i
            while j < close and not (self.tokens[j].kind == "op" and self.tokens[j].text == ","):
                j = self.match.get(j, j) + 1 if self.tokens[j].kind == "op" and self.tokens[j].text in _PAIRS else j + 1
            if j > i:
                t = self.tokens
                if j - i >= 2 and t[i].kind in ("name", "str") and t[i + 1].text == "=" and t[i + 1].kind == "op":
                    named[t[i].text] = (i + 2, j)
                else:
                    positional.append((i, j))
            i = j + 1
        return positional, named

    def _calls(self) -> list[_Call]:
        t, calls = self.tokens, []
        for i in range(len(t) - 1):
            if not (t[i + 1].kind == "op" and t[i + 1].text == "("):
                continue
            close = self.match[i + 1]
            if t[i].kind in ("name", "str") and t[i].text not in ("function", "if", "for", "while"):
                package = None
                if i >= 2 and t[i - 1].kind == "op" and t[i - 1].text in ("::", ":::"):
                    if t[i - 1].text == ":::":
                        raise _NotShown("reaches a package's internal functions (:::)")
                    package = t[i - 2].text
                elif i >= 1 and t[i - 1].kind == "op" and t[i - 1].text in ("$", "@"):
                    if not (t[i].text == "set" and i >= 2 and t[i - 2].text == "opts_chunk" and
                            set(self._arguments(i + 1, close)[1]) <= CHUNK_OPTIONS and not self._arguments(i + 1, close)[0]):
                        raise _NotShown(f"calls a method ({t[i - 1].text}{t[i].text})")
                    continue
                positional, named = self._arguments(i + 1, close)
                head = i - 2 if package is not None else i
                if head and t[head - 1].kind == "op" and t[head - 1].text in _PIPES and not (
                        any(b == a + 1 and t[a].text == "." for a, b in positional) or
                        any(b == a + 1 and t[a].text == "_" for a, b in named.values())):
                    positional = [self._piped(head - 1), *positional]
                calls.append(_Call(t[i].text, package, i, i + 1, close, positional, named))
            elif t[i].kind == "op" and t[i].text in (")", "]", "}"):
                opener = self.match[i]
                before = t[opener - 1] if opener else None
                if not (t[i].text == ")" and before is not None and before.text in ("function", "\\", "if", "for", "while")):
                    raise _NotShown("calls the value of an expression")
        return calls

    def _piped(self, pipe: int) -> tuple[int, int]:
        """The span of what a pipe passes on, when it is one value or one call; else an empty span."""
        t, j = self.tokens, pipe - 1
        if j < 0:
            return (-1, -1)
        if t[j].kind in ("str", "name", "num"):
            start = j
        elif t[j].kind == "op" and t[j].text == ")" and self.match[j] > 0 and t[self.match[j] - 1].kind == "name":
            start = self.match[j] - 1
        else:
            return (-1, -1)
        if start >= 2 and t[start - 1].kind == "op" and t[start - 1].text == "::":
            start -= 2
        if start and t[start - 1].kind == "op" and t[start - 1].text in ("$", "@", "::", ":::", "[", "[["):
            return (-1, -1)
        return (start, j + 1)

    def _statement_end(self, i: int) -> int:
        """End (exclusive) of the expression starting at token i."""
        t, depth_end = self.tokens, len(self.tokens)
        j = i
        while j < depth_end:
            tok = t[j]
            if tok.kind == "op" and tok.text in (")", "]", "}", ",", ";"):
                return j
            if j > i and tok.newline and not (t[j - 1].kind == "op" and t[j - 1].text not in (")", "]", "}")):
                return j
            if tok.kind == "op" and tok.text in _PAIRS:
                j = self.match[j] + 1
                continue
            j += 1
        return j

    def _bindings(self) -> None:
        t = self.tokens
        for i, tok in enumerate(t):
            if tok.kind != "op":
                continue
            if tok.text in ("<-", "<<-", "=") and i and t[i - 1].kind == "op" and t[i - 1].text in ("]", ")") and not (
                    tok.text == "=" and self._inside_call(i)):
                for j in self._left_side(i):  # `p[1] <- x`, `names(p) <- x`, `substr(p, 1, 2) <- x` change p
                    self.assigned.setdefault(t[j].text, []).append((-1, -1))
            elif tok.text in ("<-", "<<-", "=") and i and t[i - 1].kind in ("name", "str"):
                if tok.text == "=" and self._inside_call(i):
                    continue  # an argument's name
                if i >= 2 and t[i - 2].kind == "op" and t[i - 2].text in ("$", "@", "::"):
                    continue
                span = (i + 1, self._statement_end(i + 1))
                self.assigned.setdefault(t[i - 1].text, []).append(span)
            elif tok.text in ("->", "->>"):
                for j in range(i + 1, self._statement_end(i + 1)):  # its value is not followed
                    if t[j].kind == "name":
                        self.assigned.setdefault(t[j].text, []).append((-1, -1))
            elif tok.text == "(" and i and t[i - 1].text == "for" and i + 2 < len(t) and t[i + 2].text == "in":
                self.loops[t[i + 1].text] = (i + 3, self.match[i])
                self.assigned.setdefault(t[i + 1].text, []).append((-1, -1))
            elif tok.text == "(" and i and t[i - 1].kind in ("name", "op") and t[i - 1].text in ("function", "\\"):
                positional, named = self._arguments(i, self.match[i])
                self.parameters |= {t[a].text for a, b in positional if b == a + 1 and t[a].kind == "name"}
                self.parameters |= set(named)
                order = sorted([(a, t[a].text, None) for a, b in positional if b == a + 1] +
                               [(span[0] - 2, key, span) for key, span in named.items()])
                bound = t[i - 3].text if i >= 3 and t[i - 3].kind == "name" and t[i - 2].text in ("<-", "=") else None
                self.definitions.append(_Definition(bound, [(n, d) for _, n, d in order], self.match[i] + 1,
                                                    self._statement_end(self.match[i] + 1)))
        for name, spans in self.assigned.items():
            if all(a >= 0 and t[a].kind in ("name", "op") and t[a].text in ("function", "\\") for a, _ in spans):
                self.functions.add(name)

    def _left_side(self, i: int) -> list[int]:
        """The name tokens of a replacement assignment's left side, which ends just before token i."""
        t, j = self.tokens, i - 1
        while j >= 0:
            if t[j].kind == "op" and t[j].text in (")", "]", "}"):
                j = self.match[j]
            elif not (t[j].kind == "name" or t[j].kind == "op" and t[j].text in ("$", "@", "::")):
                break
            if t[j].newline:  # the statement starts here
                j -= 1
                break
            j -= 1
        return [k for k in range(j + 1, i) if t[k].kind == "name"]

    def _inside_call(self, i: int) -> bool:
        """Whether token i sits directly inside the parentheses of a call or a function's parameters."""
        j = self.parent[i]
        return j >= 0 and self.tokens[j].text in ("(", "[", "[[") and not (
            j > 0 and self.tokens[j - 1].text in ("if", "for", "while"))

    # --- values ----------------------------------------------------------------------------------------------
    def values(self, span: tuple[int, int], depth: int = 0) -> list[str] | None:
        """The strings an expression can take, or None when they cannot be known from the code."""
        a, b = span
        t = self.tokens
        if depth > 12 or a < 0 or b <= a:
            return None
        if b == a + 1:
            tok = t[a]
            if tok.kind == "str":
                return [tok.text]
            if tok.kind == "num":
                return [tok.text.rstrip("Li")]
            if tok.kind == "name":
                if tok.text in VALUES:
                    return [{"T": "TRUE", "F": "FALSE"}.get(tok.text, tok.text)]
                if tok.text in CONSTANTS and tok.text not in self.assigned:
                    return CONSTANTS[tok.text]
                if tok.text in self.loops and len(self.assigned.get(tok.text, [])) == 1:
                    return _loose(self.values(self.loops[tok.text], depth + 1))  # one at a time, each in turn
                if (mapped := self.mapped(a)) is not None:
                    return _loose(self.values(mapped, depth + 1))
                if tok.text in self.parameters:
                    return _loose(self.argument_values(a, depth + 1))
                spans = self.assigned.get(tok.text, [])
                if len(spans) == 1 and tok.text not in self.parameters:
                    return self.values(spans[0], depth + 1)
            return None
        if b == a + 3 and t[a + 1].text == ":" and t[a].kind == "num" and t[b - 1].kind == "num":
            low, high = int(float(t[a].text.rstrip("L"))), int(float(t[b - 1].text.rstrip("L")))
            step = 1 if high >= low else -1
            return [str(v) for v in range(low, high + step, step)][:_MAX_VALUES] if abs(high - low) < _MAX_VALUES else None
        if t[b - 1].text == "]" and t[a].kind == "name" and t[a + 1].text in ("[", "[[") and self.match.get(a + 1) == b - 1 \
                and b - a in (4, 5) and t[a + 2].kind == "num":
            vector = self.values((a, a + 1), depth + 1)  # `args[1]`, `files[[2]]`
            k = int(float(t[a + 2].text.rstrip("L")))
            return [vector[k - 1]] if vector is not None and not _is_loose(vector) and 0 < k <= len(vector) else None
        call = self.spanned(span, qualified=True)
        if call is None:
            return None
        if call.name == "names" and len(call.positional) == 1 and not call.named:
            return self.element_names(call.positional[0])
        parts = [self.values(s, depth + 1) for s in call.positional]
        if any(p is None for p in parts):
            return None
        parts = [p for p in parts if p]
        named = {k: self.values(s, depth + 1) for k, s in call.named.items()}
        name = call.name
        loose = any(_is_loose(p) for p in [*parts, *named.values()] if p)
        if loose and name in ("file.path", "paste0", "paste", "here", "sprintf") and (
                "collapse" in named or sum(len(p) > 1 for p in parts) > 1):
            return None  # joined or paired in an order that is not known here
        if loose:
            return _loose(self._call_values(call, parts, named))
        return self._call_values(call, parts, named)

    def _call_values(self, call: _Call, parts: list[list[str]], named: dict[str, list[str] | None]) -> list[str] | None:
        name = call.name
        if name == "c" and not named:
            return [v for p in parts for v in p][:_MAX_VALUES]
        if name in ("file.path", "paste0", "paste", "here") and set(named) <= {"sep", "collapse", "fsep"}:
            sep = "/" if name in ("file.path", "here") else "" if name == "paste0" else " "
            if "sep" in named or "fsep" in named:
                given = named.get("sep", named.get("fsep"))
                if not given or len(given) != 1:
                    return None
                sep = given[0]
            if name == "here":
                parts = [[str(self.project_root())], *parts]
            joined = _recycled(parts, sep)
            if "collapse" in named:
                if not named["collapse"] or len(named["collapse"]) != 1:
                    return None
                joined = [named["collapse"][0].join(joined)]
            return joined
        if name == "sprintf" and parts and len(parts[0]) == 1 and not named:
            return _sprintf(parts[0][0], parts[1:])
        if name in ("normalizePath", "path.expand", "as.character", "toupper", "tolower", "dirname", "basename") \
                and len(parts) == 1:
            change = {"toupper": str.upper, "tolower": str.lower, "basename": lambda v: v.rstrip("/").rsplit("/", 1)[-1],
                      "dirname": lambda v: v.rstrip("/").rsplit("/", 1)[0] if "/" in v.rstrip("/") else "."}
            return [change.get(name, str)(v) for v in parts[0]]
        if name in ("format", "strftime") and len(call.positional) == 2 and not named and self._is_now(call.positional[0]):
            return [datetime.now().strftime(parts[-1][0])] if parts and len(parts[-1]) == 1 else None
        if name in ("set_names", "unique", "sort", "rev", "setNames", "unname") and parts and call.package in (None, "purrr", "base"):
            return {"unique": lambda v: list(dict.fromkeys(v)), "rev": lambda v: v[::-1],
                    "sort": lambda v: _loose(sorted(v))}.get(name, list)(parts[0])  # R sorts by its locale's collation
        if name == "getwd" and not parts:
            return [str(self.ctx.cwd or self.ctx.workspace)]
        if name == "commandArgs" and call.package is None and named.get("trailingOnly") == ["TRUE"] and self.arguments is not None:
            return self.arguments
        if name in ("Sys.Date", "today") and not parts:
            return [datetime.now().strftime("%Y-%m-%d")]
        if name in ("Sys.time", "now") and not parts:
            return [datetime.now().strftime("%Y-%m-%d %H:%M:%S")]
        if name in LISTERS:
            return _loose(self.listing(call))  # in the order R's collation gives
        return None

    def spanned(self, span: tuple[int, int], qualified: bool = False) -> _Call | None:
        """The call whose tokens are exactly the span: `f(...)`, and `pkg::f(...)` when `qualified`."""
        a, b = span
        call = self.call_at.get(a)
        if call is None and qualified:
            call = self.call_at.get(a + 2)
            call = call if call is not None and call.package is not None else None
        return call if call is not None and call.close == b - 1 else None

    def argument_values(self, i: int, depth: int) -> list[str] | None:
        """The values a parameter of one of the code's named functions takes: what every call of it passes (or the
        default), and the vector a mapper applies it to; None when the function is handed on any other way."""
        name = self.tokens[i].text
        inner = [d for d in self.definitions if d.body <= i < d.end and any(n == name for n, _ in d.parameters)]
        if not inner:
            return None
        definition = max(inner, key=lambda d: d.body)
        if definition.name is None or definition.name not in self.functions or len(self.assigned[definition.name]) != 1 \
                or len(self.assigned.get(name, [])) or sum(1 for d in self.definitions if d.name == definition.name) != 1:
            return None
        k = next(j for j, (n, _) in enumerate(definition.parameters) if n == name)
        default = definition.parameters[k][1]
        found: list[str] = []
        uses = [j for j, t in enumerate(self.tokens) if t.kind == "name" and t.text == definition.name]
        for j in uses:
            if j + 1 < len(self.tokens) and self.tokens[j + 1].text in ("<-", "="):
                continue  # where it is defined
            call = self.call_at.get(j)
            if call is not None:
                bound = _bound(call, [n for n, _ in definition.parameters])
                span = bound.get(name, default)
            else:
                mapper = next((c for c in self.calls if c.name in MAPPERS and len(c.positional) == 2 and not c.named
                               and c.positional[1] == (j, j + 1)), None)
                if mapper is None:
                    return None  # handed on some other way
                span = mapper.positional[0] if k == 0 else default
            got = self.values(span, depth + 1) if span is not None else None
            if got is None:
                return None
            found += got
        return found[:_MAX_VALUES]

    def mapped(self, i: int) -> tuple[int, int] | None:
        """For a parameter of a function (or `.x`, `.y` of a formula) that a mapper applies to vectors, the vector it
        takes its values from (`Map(function(d, p) ..., parts, paths)`: `p` from `paths`)."""
        name, t = self.tokens[i].text, self.tokens
        if self.assigned.get(name):
            return None
        for call in self.calls:
            if call.name not in MAPPED or not call.open < i < call.close:
                continue
            function_at, data_at = MAPPED[call.name]
            if function_at >= len(call.positional) or set(call.named) & (_LEADING_FORMALS | {"FUN", "f", ".f"}):
                continue  # an argument given by name moves the others
            a, b = call.positional[function_at]
            data = [call.positional[k] for k in data_at(len(call.positional)) if k < len(call.positional)]
            if not a <= i < b or not data:
                continue
            if t[a].text == "~":
                k = {".x": 0, ".": 0, "..1": 0, ".y": 1, "..2": 1}.get(name)
                return data[k] if k is not None and k < len(data) else None
            if t[a].text in ("function", "\\") and t[a + 1].text == "(":
                positional, named = self._arguments(a + 1, self.match[a + 1])
                names = [t[x].text for x, y in positional if y == x + 1]
                if named or len(names) != len(positional) or name not in names:
                    return None
                k = names.index(name)
                return data[k] if k < len(data) else None
        return None

    def element_names(self, span: tuple[int, int]) -> list[str] | None:
        """The names a list or vector the code writes gives its elements (`list(a = ..., b = ...)`), when set once."""
        a, b = span
        t = self.tokens
        if b == a + 1 and t[a].kind == "name" and len(self.assigned.get(t[a].text, [])) == 1 and t[a].text not in self.parameters:
            a, b = self.assigned[t[a].text][0]
        call = self.spanned((a, b))
        if call is None or call.name not in ("list", "c") or call.package or call.positional:
            return None
        return list(call.named)

    def project_root(self) -> Path:
        """The folder here::here() starts from: the nearest one up from the working folder that marks a project."""
        start = self.ctx.cwd or self.ctx.workspace
        for folder in [start, *start.parents]:
            if any((folder / m).exists() for m in (".here", ".git", "DESCRIPTION", "renv.lock")) or \
                    any(folder.glob("*.Rproj")):
                return folder
            if folder == self.ctx.workspace:
                break
        return self.ctx.workspace

    def _is_now(self, span: tuple[int, int]) -> bool:
        a, b = span
        return b == a + 3 and self.tokens[a].text in ("Sys.Date", "Sys.time", "today", "now") and self.tokens[a + 1].text == "("

    def listing(self, call: _Call) -> list[str] | None:
        """The entries a folder listing returns, as the folder holds them now."""
        span = call.positional[0] if call.positional else call.named.get(LISTERS[call.name][1][0])
        folders = self.values(span) if span else ["."]
        if folders is None:
            return None
        full = self.values(call.named["full.names"]) == ["TRUE"] if "full.names" in call.named else False
        recursive = "recursive" in call.named
        pattern = self.values(call.named["pattern"]) if "pattern" in call.named else None
        entries: list[str] = []
        visited = 0
        for folder in folders:
            where = resolve(folder, self.ctx)
            real = Path(os.path.realpath(where))
            if not real.is_relative_to(os.path.realpath(self.ctx.workspace)):
                return None  # a folder outside the workspace is not listed here
            if not where.is_dir():
                continue
            walked = (os.path.relpath(os.path.join(d, f), where) for d, _, fs in os.walk(where) for f in fs) \
                if recursive else (e.name for e in os.scandir(where))
            for name in walked:
                visited += 1
                if visited > _MAX_VISITED:
                    return None
                if pattern and len(pattern) == 1 and not _searches(pattern[0], os.path.basename(name)):
                    continue
                entries.append(f"{folder.rstrip('/')}/{name}" if full else name)
                if len(entries) > _MAX_ENTRIES:
                    return None
        return entries


def _bound(call: _Call, parameters: list[str]) -> dict[str, tuple[int, int]]:
    """Which argument each parameter of a function the code writes gets, as R matches them: by exact name, then by a
    name's prefix, then the unnamed ones in order (none past `...`)."""
    bound: dict[str, tuple[int, int]] = {}
    named = dict(call.named)
    for given in list(named):
        if given in parameters:
            bound[given] = named.pop(given)
    for given in list(named):
        matches = [p for p in parameters if p.startswith(given) and p not in bound and p != "..."]
        if len(matches) == 1:
            bound[matches[0]] = named.pop(given)
    free = [p for p in parameters if p not in bound]
    free = free[:free.index("...")] if "..." in free else free
    bound.update(zip(free, call.positional, strict=False))  # extra arguments go to `...` or err
    return bound


def _searches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return True


class _Alternatives(list):
    """Values whose order is not known here (a loop variable's values, a sorted or listed vector): joining, pairing
    or indexing them needs the order R has."""


def _loose(values: list[str] | None) -> list[str] | None:
    return _Alternatives(values) if values is not None and len(set(values)) > 1 else values


def _is_loose(values: list[str]) -> bool:
    return isinstance(values, _Alternatives)


def _recycled(parts: list[list[str]], sep: str) -> list[str]:
    if not parts:
        return []
    n = max(len(p) for p in parts)
    return [sep.join(p[i % len(p)] for p in parts) for i in range(min(n, _MAX_VALUES))]


def _sprintf(fmt: str, parts: list[list[str]]) -> list[str] | None:
    specs = re.findall(r"%[-+ 0#]*\d*(?:\.\d+)?[sdifeEgGxX%]", fmt)
    if len([s for s in specs if s != "%%"]) != len(parts):
        return None
    n = max((len(p) for p in parts), default=1)
    out = []
    for i in range(min(n, _MAX_VALUES)):
        values = []
        for spec, part in zip([s for s in specs if s != "%%"], parts, strict=True):
            v = part[i % len(part)]
            try:
                values.append(int(float(v)) if spec[-1] in "dixX" else float(v) if spec[-1] in "feEgG" else v)
            except ValueError:
                return None
        try:
            out.append(re.sub(r"%([-+ 0#]*\d*(?:\.\d+)?)i", r"%\1d", fmt) % tuple(values))
        except (TypeError, ValueError):
            return None
    return out


class _Prover:
    def __init__(self, program: _Program, overwrite: Callable[[str, ActionContext], ActionRisk], renders: bool):
        self.p, self.overwrite, self.renders = program, overwrite, renders
        self.packages = DATA_PACKAGES | RENDER_PACKAGES if renders else DATA_PACKAGES
        self.risks: list[ActionRisk] = []

    def allowed_function(self, name: str, package: str | None = None) -> bool:
        if self.renders and name in RENDERERS and (package is None or package in RENDER_PACKAGES | {"base"}):
            return True
        known = (name in ALLOWED or name.startswith(ALLOWED_PREFIXES)) and name not in DENIED
        if package is not None:
            return package in self.packages and known
        return name in self.p.functions or known or name in _OPERATORS

    def check(self) -> list[ActionRisk]:
        p, t = self.p, self.p.tokens
        for i, tok in enumerate(t):
            if i and not tok.newline and _ends_value(t[i - 1]) and _starts_value(tok) and not (
                    t[i - 1].text == ")" and t[p.match[i - 1] - 1].text in ("if", "for", "while", "function", "\\")):
                raise _NotShown("is not R: two values side by side")
            if tok.kind == "str" and not self.option_value(i):
                self.check_string(tok.text)
            elif tok.kind == "op" and tok.text.startswith("%") and len(tok.text) > 1:
                if tok.text not in _OPERATORS and tok.text not in p.functions:
                    raise _NotShown(f"uses the operator {tok.text}")
                if tok.text in ("%>%", "%T>%", "%<>%") and i + 1 < len(t) and t[i + 1].kind == "name" and not (
                        i + 2 < len(t) and t[i + 2].text in ("(", "::")) and not self.plain_function((i + 1, i + 2)):
                    raise _NotShown(f"pipes into {t[i + 1].text}")  # `x %>% f` calls f
            elif tok.kind == "op" and tok.text == ":::":
                raise _NotShown("reaches a package's internal functions (:::)")
            elif tok.kind == "name" and tok.text not in KEYWORDS:
                self.check_name(i)
        for call in p.calls:
            self.check_call(call)
        return self.risks

    def option_value(self, i: int) -> bool:
        """A string given to `options()` (`repos = c(CRAN = "https://…")`) is a setting, not a request of its own."""
        return any(c.name == "options" and c.package in (None, "base") and c.open < i < c.close for c in self.p.calls)

    @staticmethod
    def check_string(text: str) -> None:
        if _URL.search(text):
            raise _NotShown("names a web address")

    def check_name(self, i: int) -> None:
        p, t = self.p, self.p.tokens
        name = t[i].text
        after = t[i + 1] if i + 1 < len(t) else None
        before = t[i - 1] if i else None
        if before is not None and before.kind == "op" and before.text in ("$", "@"):
            return  # a column or a slot
        if after is not None and after.kind == "op" and after.text in ("::", ":::"):
            if name not in self.packages:
                raise _NotShown(f"uses the package {name}")
            return
        if after is not None and after.kind == "op" and after.text == "(":
            return  # a call, checked as one
        if name == "opts_chunk" and after is not None and after.text == "$":
            return  # knitr's chunk options, whose `$set()` sets options
        if after is not None and after.kind == "op" and after.text == "=" and p._inside_call(i + 1):
            return  # an argument's name
        if before is not None and before.kind == "op" and before.text == "::":
            if not self.allowed_function(name, t[i - 2].text):
                raise _NotShown(f"hands on {t[i - 2].text}::{name}")
        elif name in p.assigned or name in p.parameters:
            return  # the code's own variable
        if name in DENIED:
            raise _NotShown(f"hands on {name}")
        if name in READERS or name in WRITERS or name in LISTERS or name == "source":
            if not self.handed_to_mapper(i):
                raise _NotShown(f"hands on {name}, whose files are not seen")

    def handed_to_mapper(self, i: int) -> bool:
        """`lapply(files, read.csv)`: a reader handed to a mapper over names the code shows; those files are judged."""
        for call in self.p.calls:
            if call.name not in MAPPERS or not call.positional or _span_of(call, HIGHER_ORDER[call.name], _LEADING_FORMALS) != (i, i + 1):
                continue
            files = self.p.values(call.positional[0])
            if files is None or self.p.tokens[i].text not in READERS:
                return False
            self.risks += [self.path_risk(f, write=False) for f in files]
            return True
        return False

    def check_call(self, call: _Call) -> None:
        p, name = self.p, call.name
        if name in ("library", "require", "requireNamespace") and call.package is None:
            package = call.positional[0] if call.positional else call.named.get("package")
            if not package or package[1] != package[0] + 1 or p.tokens[package[0]].text not in self.packages or \
                    set(call.named) & {"character.only", "lib.loc"} or self.local_library():
                raise _NotShown("loads a package that is not a data package")
            return
        if call.package is None and name in p.parameters and name not in p.functions and name not in ALLOWED:
            raise _NotShown(f"calls {name}, a function it is given")
        if call.package is None and name in p.assigned and name not in p.functions:
            # R skips values that are not functions when it looks up a name to call; a variable that holds a
            # function got it from a data function or from a name this check has seen.
            if any(b == a + 1 and not self.plain_function((a, b)) and p.values((a, b)) is None for a, b in p.assigned[name]):
                raise _NotShown(f"calls {name}, which holds what another name holds")
            if not self.allowed_function(name) and not all(self.makes_closure(s) or p.values(s) is not None
                                                          for s in p.assigned[name]):
                raise _NotShown(f"calls {name}, which may hold a function it cannot show")
        elif not self.allowed_function(name, call.package) and not (name == "Sys.setenv" and call.package in (None, "base")):
            raise _NotShown(f"calls {call.package + '::' if call.package else ''}{name}")
        if name in ("glue", "str_glue", "glue_data"):
            templates = call.positional[1:] if name == "glue_data" else call.positional
            if set(call.named) & {".open", ".close", ".transformer", ".envir"} or any(
                    not (b == a + 1 and p.tokens[a].kind == "str") for a, b in templates):
                raise _NotShown("a template it cannot read")
        for a, b in (call.named[k] for k in ("names_glue", ".names") if k in call.named):
            if not (b == a + 1 and p.tokens[a].kind == "str"):
                raise _NotShown("a template it cannot read")
        if name == "Sys.setenv" and (call.positional or not set(call.named) <= _LOCALE_VARIABLES):
            raise _NotShown("sets environment variables")
        if name == "fread" and set(call.named) & {"cmd"}:
            raise _NotShown("fread runs a command")
        if name == "compose" and not all(self.plain_function(span) for span in call.positional):
            raise _NotShown("compose is given a function it cannot show")
        for spec in (HIGHER_ORDER.get(name), ALSO_CALLED.get(name)):
            for span in _spans_of(call, spec, _LEADING_FORMALS) if spec else []:
                if not self.plain_function(span) and not (  # a reader mapped over names, judged by check_name
                        name in MAPPERS and span[1] == span[0] + 1 and p.tokens[span[0]].text in READERS):
                    raise _NotShown(f"{name} is given a function it cannot show")
        for key, span in call.named.items():
            single = span[1] == span[0] + 1
            if key in FUNCTION_ARGUMENTS and not self.plain_function(span) and not (
                    single and (p.tokens[span[0]].kind == "num" or p.tokens[span[0]].text in VALUES)):
                raise _NotShown(f"{name} is given {key} to call that it cannot show")
            if key in DATA_OR_FUNCTION_ARGUMENTS and single and p.tokens[span[0]].kind == "name" and \
                    p.tokens[span[0]].text not in p.assigned and not self.plain_function(span):
                raise _NotShown(f"{name} is given {p.tokens[span[0]].text} to call")
        if name in MODELS and call.package in (None, "stats", "lme4", "forecast") and (
                span := _span_of(call, (0, ("formula",)))) is not None and not self.formula(span):
            raise _NotShown(f"{name} is given a model formula as text")  # a formula's terms are evaluated
        if name in READERS or name in WRITERS or name in LISTERS or name == "file.copy":
            self.judge_files(call)
        if self.renders and name in RENDERERS:
            self.judge_outputs(call)

    def judge_outputs(self, call: _Call) -> None:
        """Where a renderer writes (the documents it runs are judged by the shell judge)."""
        p = self.p
        folder = p.values(call.named["output_dir"]) if "output_dir" in call.named else None
        if "output_dir" in call.named:
            if folder is None or len(folder) != 1:
                raise _NotShown("renders into a folder it cannot name")
            self.risks.append(assess_path(folder[0], p.ctx, write=True))
        if "output_file" in call.named:
            names = p.values(call.named["output_file"])
            inputs = p.values(call.positional[0]) if call.positional else None
            base = folder[0] if folder else (inputs[0].rsplit("/", 1)[0] if inputs and "/" in inputs[0] else ".")
            if names is None:
                raise _NotShown("renders into a file it cannot name")
            self.risks += [self.overwrite(n if n.startswith(("/", "~")) else f"{base}/{n}", p.ctx) for n in names]

    def formula(self, span: tuple[int, int]) -> bool:
        """A model's first argument holds a formula (`y ~ x`) or data, not text that R would read as a formula."""
        a, b = span
        t = self.p.tokens
        if any(t[k].text == "~" and t[k].kind == "op" for k in range(a, b)):
            return True
        if b == a + 1 and t[a].kind == "name":
            builders = ("paste", "paste0", "sprintf", "str_c", "glue", "format", "gsub", "sub", "toupper", "tolower")
            return t[a].text not in self.p.parameters and all(
                s[0] >= 0 and (any(t[k].text == "~" for k in range(*s)) or
                               t[s[0]].kind not in ("str", "name") or t[s[0]].text not in builders and s[1] > s[0] + 1)
                for s in self.p.assigned.get(t[a].text, []))
        return t[a].kind != "str" and self.p.values(span) is None and not (
            t[a].kind == "name" and t[a].text in ("paste", "paste0", "sprintf", "str_c", "glue", "format", "gsub", "sub"))

    def local_library(self) -> bool:
        """Whether the project's .Renviron points R's package libraries into the project (its packages' code, which
        runs when they load, is not read here)."""
        root = self.p.ctx.cwd or self.p.ctx.workspace
        folders = [f for name, value in r_environ(file_text(root / ".Renviron", self.p.ctx.home) or "").items() if name.startswith("R_LIBS")
                   for f in re.split(r"[:;]", value) if f]
        return any(resolve(f, replace(self.p.ctx, cwd=root)).is_relative_to(self.p.ctx.workspace) for f in folders)

    def makes_closure(self, span: tuple[int, int]) -> bool:
        a, b = span
        t = self.p.tokens
        if a < 0 or b <= a:
            return False
        if t[a].text in ("function", "\\"):
            return True
        call = self.p.spanned(span)
        return call is not None and call.name in CLOSURE_MAKERS

    def plain_function(self, span: tuple[int, int]) -> bool:
        """An argument that stands for a function the code shows: a data function's or the code's own function's
        name, a function it writes, a formula, or a list of those. Functions that call what they are given by name
        (`do.call`, `lapply`) and those that touch files are not handed on."""
        a, b = span
        t = self.p.tokens
        if a < 0 or b <= a:
            return False
        unsafe = {*HIGHER_ORDER, *READERS, *WRITERS, *LISTERS, *SIDE_EFFECTS, "source", "library", "require"}
        if b == a + 1:
            tok = t[a]
            if tok.kind == "name":
                if tok.text in self.p.assigned or tok.text in self.p.parameters:  # a string naming a function
                    named = self.p.values(span) if tok.text not in self.p.functions else None
                    return tok.text in self.p.functions or named is not None and all(
                        v in ALLOWED and v not in unsafe for v in named)
                return (self.allowed_function(tok.text) or tok.text in _OPERATOR_NAMES) and tok.text not in unsafe
            return tok.kind == "str" and (tok.text in ALLOWED and tok.text not in unsafe or tok.text in {
                "+", "-", "*", "/", "^", "==", "<", ">", "&", "|", "%%", "%in%", "c", "["})
        if b == a + 3 and t[a + 1].text == "::":
            return self.allowed_function(t[a + 2].text, t[a].text) and t[a + 2].text not in unsafe
        if t[a].text in ("function", "\\", "~"):
            return True
        call = self.p.spanned(span)
        if call is not None and call.name in ("list", "c") and call.package is None:
            return all(self.plain_function(s) for s in [*call.positional, *call.named.values()])
        return call is not None and call.name in CLOSURE_MAKERS

    def judge_files(self, call: _Call) -> None:
        p = self.p
        if call.name == "file.copy":
            for role, position in (("from", 0), ("to", 1)):
                span = call.named.get(role) or (call.positional[position] if len(call.positional) > position else None)
                names = p.values(span) if span else None
                if names is None:
                    raise _NotShown("copies files it cannot name")
                replaces = "overwrite" in call.named and p.values(call.named["overwrite"]) == ["TRUE"]
                for n in names:
                    if role == "to" and _CODE_FILE.search(n):
                        raise _NotShown(f"copies code into {n}")
                    self.risks.append(self.overwrite(n, p.ctx) if role == "to" and replaces else
                                      self.path_risk(n, write=role == "to"))
            return
        table = READERS if call.name in READERS else WRITERS if call.name in WRITERS else LISTERS
        span = _span_of(call, table[call.name], FILE_LEADING if table[call.name][0] == 1 else frozenset())
        if span is None:
            if call.name in LISTERS:
                self.risks.append(assess_path(".", p.ctx, write=False))
            return  # no file: standard output, or text given inline
        if span[1] == span[0] + 3 and p.tokens[span[0]].text in ("stdout", "stderr", "stdin") and p.tokens[span[0] + 1].text == "(":
            return
        if span[1] == span[0] + 1 and p.tokens[span[0]].kind == "name" and self.masked(call):
            raise _NotShown(f"{call.name} reads a name that may be a column")
        names = p.values(span)
        if names is None:
            raise _NotShown(f"{call.name} touches a file it cannot name")
        write = table is WRITERS
        appends = "append" in call.named and p.values(call.named["append"]) == ["TRUE"]
        for name in names:
            if _PATH_UNSAFE.search(name) or _URL.search(name) or call.name == "fread" and re.search(r"\s", name):
                raise _NotShown(f"{call.name} is given {name!r}")
            if write and (_CODE_FILE.search(name) or runs_later(str(resolve(name, p.ctx))) or
                          resolve(name, p.ctx) in self.sourced()):
                raise _NotShown(f"{call.name} writes code ({name})")  # code it writes may run later, as written
            if name in ("", "NULL"):
                continue  # standard output, or no file
            if write and not appends and call.name != "dir.create":
                self.risks.append(self.overwrite(name, p.ctx))
            else:
                self.risks.append(self.path_risk(name, write=write))

    def sourced(self) -> set[Path]:
        """The files the code source()s (a file it writes and then sources would run as written)."""
        found = set()
        for call in self.p.calls:
            if call.name in ("source", "sys.source") and call.positional:
                found |= {resolve(n, self.p.ctx) for n in self.p.values(call.positional[0]) or []}
        return found

    def path_risk(self, name: str, write: bool) -> ActionRisk:
        return assess_path(name, self.p.ctx, write=write)

    def masked(self, call: _Call) -> bool:
        return any(c.open < call.start < c.close and c.name in MASKING for c in self.p.calls)


def _ends_value(token: _Token) -> bool:
    return token.kind in ("str", "num") or token.kind == "name" and token.text not in KEYWORDS - VALUES or \
        token.kind == "op" and token.text in (")", "]")


def _starts_value(token: _Token) -> bool:
    return token.kind in ("str", "num") or token.kind == "name" and token.text not in ("in", "else")


def _span_of(call: _Call, spec: tuple[int | None, tuple[str, ...]],
             leading: frozenset[str] | set[str] = frozenset()) -> tuple[int, int] | None:
    return next(iter(_spans_of(call, spec, leading)), None)


def _spans_of(call: _Call, spec: tuple[int | None, tuple[str, ...]],
              leading: frozenset[str] | set[str] = frozenset()) -> list[tuple[int, int]]:
    """The argument given by one of the names (R matches a name's prefix too), else the one at the position, which
    moves forward by each argument named for a parameter before it (`leading`)."""
    position, keys = spec
    spans = [span for given, span in call.named.items() if any(k.startswith(given) for k in keys)]
    if not spans and position is not None:
        position -= sum(1 for given in call.named if any(f.startswith(given) for f in leading))
        if 0 <= position < len(call.positional):
            spans = [call.positional[position]]
    return spans


def _template_code(tokens: list[_Token]) -> list[_Token]:
    """What the braces of the code's strings hold, as code: glue templates (and dplyr's `.names`, tidyr's `names_glue`)
    evaluate it. Text in braces that is not R is left out: no template could run it."""
    found: list[_Token] = []
    for token in tokens:
        if token.kind != "str" or "{" not in token.text:
            continue
        for inner in re.findall(r"\{([^{}]*)\}", token.text):
            try:
                code = _tokens(inner)
                _matching(code)
            except _NotShown:
                continue
            found += [_Token("op", ";", True), *code]
    return found


def _with_sources(code: str, ctx: ActionContext) -> list[_Token]:
    """The code's tokens, with the project's R files it source()s put before them (read as they are now), and what
    its template strings evaluate after them."""
    tokens = _tokens(code)
    tokens = [*tokens, *_template_code(tokens)]
    seen: set[Path] = set()
    while True:
        program = _Program(tokens, ctx)
        sourced = [c for c in program.calls if c.name == "source" and c.package is None]
        added: list[_Token] = []
        for call in sourced:
            span = call.positional[0] if call.positional else call.named.get("file")
            names = program.values(span) if span else None
            if names is None or set(call.named) - {"file", "encoding", "echo", "local", "verbose", "chdir"}:
                raise _NotShown("sources code it cannot read")
            for name in names:
                path = resolve(name, ctx)
                if path in seen:
                    continue
                if len(seen) >= _MAX_SOURCES or (text := file_text(path, ctx.home)) is None or _URL.search(name):
                    raise _NotShown(f"sources {name}, which cannot be read")
                seen.add(path)
                read = _tokens(text)
                added += [*read, *_template_code(read), _Token("op", ";", True)]
        if not added:
            return tokens
        tokens = added + tokens


def r_data_work(code: str, ctx: ActionContext, overwrite: Callable[[str, ActionContext], ActionRisk],
                renders: bool = False, arguments: list[str] | None = None) -> list[ActionRisk] | None:
    """The paths the R code reads and writes, judged; None when the code may do anything but data work. `renders`:
    the code is a command's that renders documents, whose own code the caller judges; `arguments`: the script's
    (what `commandArgs(trailingOnly = TRUE)` returns)."""
    try:
        program = _Program(_with_sources(code, ctx), ctx, arguments)
        return _Prover(program, overwrite, renders).check()
    except (_NotShown, RecursionError, ValueError, OverflowError, KeyError, IndexError):
        return None
