"""R code shown, from its tokens, to do only data work: it calls only known data functions of base R and of data
packages, hands on functions only by their names or as functions it writes, calls no object's methods, evaluates no
text, and reads and writes only files it can name from the code (literals; file.path, paste0, sprintf, here of such
names; variables set once to them; loops over such vectors; the entries of a folder it lists), each judged as a path.
Anything it cannot show goes to a person."""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
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
    EDITORS,
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

# One token and the blanks and comments before it; a raw string r"(...)" runs to the first `)"` with as many dashes.
_BLANKS = re.compile(r"(?:[ \t\r\f\n]+|\#[^\n]*)*")
_TOKEN = re.compile(r"(?P<space>(?>" + _BLANKS.pattern + r"))" + r"""
    (?:(?P<raw>[rR](?P<quote>["'])(?P<dashes>-*)(?:\((?P<round>.*?)\)|\[(?P<square>.*?)\]|\{(?P<curly>.*?)\})(?P=dashes)(?P=quote))
    |(?P<unclosed>[rR]["']-*[(\[{])
    |(?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
    |(?P<tick>`(?:[^`\\]|\\.)*`)
    |(?P<num>(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[Li]?)
    |(?P<name>(?:[^\W\d]|\.(?!\d))[\w.]*)
    |(?P<op>%[^%\n]*%|<<-|->>|<-|->|\|>|:::|::|==|!=|<=|>=|&&|\|\||\[\[|[-+*/^<>=!&|~?:$@()\[\]{},;\\])
    |(?P<end>\Z))""",
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
# Replacement functions that set a value's attributes, not its elements.
_ATTRIBUTE_SETTERS = {"names", "colnames", "rownames", "dimnames", "attr", "class", "comment"}
_PIPES = {"%>%", "%T>%", "%<>%", "|>"}
# Functions that call what they are given or touch files: never handed on as a function or named by a string.
_NOT_HANDED = {*HIGHER_ORDER, *READERS, *WRITERS, *LISTERS, *EDITORS, *SIDE_EFFECTS, "file", "source", "library", "require"}
_YAML_TAG = re.compile(r"(?:^|[\s:\-\[{,])!")
_PLAIN_NAME = re.compile(r"[^\W\d_][\w.]*")
# Cells R's readers do not keep as the text they hold.
_NOT_TEXT = re.compile(r"|NA|N/A|NULL|NaN|-?Inf|TRUE|FALSE|T|F|True|False|true|false|[-+]?(\d[\d,]*\.?\d*|\.\d+)([eE][-+]?\d+)?L?"
                       r"|\d{1,4}[-/]\d{1,2}[-/]\d{1,4}.*|\d{1,2}:\d{2}.*|0x[0-9a-fA-F]+", re.I)
_SECRET_VARIABLE = re.compile(r"KEY|TOKEN|SECRET|PASS|PWD|CRED|AUTH|COOKIE|SESSION|PRIVATE|CERT", re.I)
# A regular expression of plain characters and backslashed punctuation, with optional anchors.
_ANCHORED_TEXT = re.compile(r"\^?(?:[^\\^$.|?*+()\[\]{}]|\\[.\-_/+()\[\]])+\$?")
# Arguments that come before the function in the higher-order functions: naming them moves the function forward.
_LEADING_FORMALS = {"X", "x", ".x", ".y", ".l", "data", ".data", ".tbl", "MARGIN", "INDEX", "by", "Y", "STATS", ".cols",
                    ".vars", ".predicate", ".p", ".at", "par", "width", "formula"}
_URL = re.compile(r"^[A-Za-z][\w+.-]*://|^(?:https?|ftp|file):", re.I)
_CODE_FILE = re.compile(r"(?i)\.(?:r|rmd|qmd|rprofile|renviron|py|sh|bash|ipynb|ps1|bat|cmd|pl|php|js|rb|jl|lua)$|"
                        r"(?:^|/)(?:\.Rprofile|\.Renviron|Makefile|_quarto\.yml|\.RData)$")
_PATH_UNSAFE = re.compile(r"[|;&$`<>\n]")
_MAX_VALUES, _MAX_SOURCES, _MAX_ENTRIES, _MAX_VISITED, _MAX_COMMANDS = 300, 10, 200, 2000, 10


class _Token:
    """One R token: kind is str, name, num or op; newline: a line break comes before it. Never changed once made; a
    plain class, as the tokenizer makes thousands per script and a frozen dataclass takes 3.5 times as long to make."""
    __slots__ = ("kind", "text", "newline")

    def __init__(self, kind: str, text: str, newline: bool = False):
        self.kind, self.text, self.newline = kind, text, newline


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
    return list(_tokenized(code))


@lru_cache(maxsize=256)  # the prover and the finder of forbidden steps read the same texts
def _tokenized(code: str) -> tuple[_Token, ...]:
    tokens: list[_Token] = []
    at = 0
    for m in _TOKEN.finditer(code):
        kind = m.lastgroup
        if m.start() != at:
            at = _BLANKS.match(code, at).end()
            raise _NotShown(f"unreadable text at {code[at:at + 10]!r}")
        if kind == "unclosed":
            raise _NotShown("unterminated raw string")
        if kind == "end":
            break
        at = m.end()
        newline = "\n" in m.group("space")
        if kind == "raw":
            body = next(b for b in m.group("round", "square", "curly") if b is not None)
            tokens.append(_Token("str", body, newline))
        elif kind == "str":
            tokens.append(_Token("str", _unescape(m.group(kind)[1:-1]), newline))
        elif kind == "tick":
            tokens.append(_Token("name", _unescape(m.group(kind)[1:-1]), newline))
        else:
            tokens.append(_Token(kind, m.group(kind), newline))
    return tuple(tokens)


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
    max_depth = 12  # how deep values are followed through names and calls
    lenient = False  # True: methods (`proc$new(...)`) and `pkg:::f` are read as calls, calls of values are passed over

    def __init__(self, tokens: list[_Token], ctx: ActionContext, arguments: list[str] | None = None,
                 environment: dict[str, str] | None = None):
        self.tokens, self.ctx, self.arguments = tokens, ctx, arguments
        self.match, self.parent = _matching(tokens)
        self.element_calls: list[tuple[int, str | None]] = []  # (the list's name token, the element's name if given)
        self.calls = self._calls()
        self.call_at = {c.start: c for c in self.calls}  # by the index of the called name
        self.assigned: dict[str, list[tuple[int, int]]] = {}
        self.loops: dict[str, tuple[int, int]] = {}
        self.parameters: set[str] = set()
        self.functions: set[str] = set()  # names only ever set to functions the code writes
        self.definitions: list[_Definition] = []
        self.assumed: set[Path] = set()  # config files taken as they are now
        self.documents: dict[tuple[Path, str], object] = {}  # config and table files read, parsed once
        self.evaluated: set[str] = set()  # texts it parses, whose code follows its own
        self.environment = environment or {}
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
                    if t[i - 1].text == ":::" and not self.lenient:
                        raise _NotShown("reaches a package's internal functions (:::)")
                    package = t[i - 2].text
                elif i >= 1 and t[i - 1].kind == "op" and t[i - 1].text in ("$", "@"):
                    if t[i].text == "set" and i >= 2 and t[i - 2].text == "opts_chunk":
                        if set(self._arguments(i + 1, close)[1]) <= CHUNK_OPTIONS and not self._arguments(i + 1, close)[0]:
                            continue
                    elif t[i].text == "set" and i >= 2 and t[i - 2].text == "knit_hooks":
                        positional, named = self._arguments(i + 1, close)
                        if not positional and named and all(t[s[0]].text in ("function", "\\") for s in named.values()):
                            continue  # hooks knitr calls with its output: functions the code shows, checked as code
                    elif t[i - 1].text == "$" and i >= 2 and t[i - 2].kind == "name" and not (
                            i >= 3 and t[i - 3].kind == "op" and t[i - 3].text in ("$", "@", "::", ":::")):
                        self.element_calls.append((i - 2, t[i].text))  # `steps$clean(d)`: checked by the prover
                        if not self.lenient:
                            continue
                    elif not self.lenient:
                        raise _NotShown(f"calls a method ({t[i - 1].text}{t[i].text})")
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
                if t[i].text == ")" and before is not None and before.text in ("function", "\\", "if", "for", "while"):
                    continue
                if t[i].text == "]" and t[opener].text in ("[", "[[") and before is not None and before.kind == "name" \
                        and not (opener >= 2 and t[opener - 2].kind == "op" and t[opener - 2].text in ("$", "@", "::")):
                    self.element_calls.append((opener - 1, None))  # `rules[[nm]](df)`: checked by the prover
                    continue
                if not self.lenient:
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
                left = self._left_side(i)
                if left and t[left[0]].text in _ATTRIBUTE_SETTERS and t[left[0] + 1].text == "(" and \
                        self.match[left[0] + 1] == i - 1 and len(left) == 2:
                    continue  # `names(p) <- x` leaves p's values as they are
                for j in left:  # `p[1] <- x`, `substr(p, 1, 2) <- x` change p
                    self.assigned.setdefault(t[j].text, []).append((-1, -1))
            elif tok.text in ("<-", "<<-", "=") and i and t[i - 1].kind in ("name", "str"):
                if tok.text == "=" and self._inside_call(i):
                    continue  # an argument's name
                if i >= 2 and t[i - 2].kind == "op" and t[i - 2].text in ("$", "@", "::"):
                    for j in self._left_side(i):  # `cfg$path <- x` changes cfg
                        if j != i - 1:
                            self.assigned.setdefault(t[j].text, []).append((-1, -1))
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
        if depth > self.max_depth or a < 0 or b <= a:
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
        if t[a].kind == "name" and (keys := _keys(t[a + 1:b])) is not None:
            return self.configured(a, keys, depth)
        if t[a].text == "if" and t[a + 1].text == "(" and (otherwise := self._else(self.match[a + 1] + 1, b)) is not None:
            chosen = [self.values((self.match[a + 1] + 1, otherwise), depth + 1), self.values((otherwise + 1, b), depth + 1)]
            return None if None in chosen else _loose([v for values in chosen for v in values][:_MAX_VALUES])  # one or the other
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
        if name == "c" and not set(named) & {"recursive", "use.names"}:  # element names do not change the values
            ordered = [self.values(s, depth + 1) for s in sorted([*call.positional, *call.named.values()])]
            if None in ordered:
                return None
            joined = [v for p in ordered for v in p][:_MAX_VALUES]
            return _loose(joined) if any(_is_loose(p) for p in ordered) else joined
        if name in ("glue", "str_glue") and len(call.positional) == 1 and not named and parts:
            return self.glued(call.positional[0], depth)
        if name == "file" and call.package in (None, "base") and (span := _span_of(call, (0, ("description",)))):
            return self.values(span, depth + 1)  # a connection to the file, for the readers and writers given it
        loose = any(_is_loose(p) for p in [*parts, *named.values()] if p)
        if loose and name in ("file.path", "paste0", "paste", "here", "test_path", "sprintf") and (
                "collapse" in named or sum(len(p) > 1 for p in parts) > 1):
            return None  # joined or paired in an order that is not known here
        if loose:
            return _loose(self._call_values(call, parts, named))
        return self._call_values(call, parts, named)

    def _call_values(self, call: _Call, parts: list[list[str]], named: dict[str, list[str] | None]) -> list[str] | None:
        name = call.name
        if name == "Sys.glob" and len(parts) == 1 and not named:
            return _loose(self.globbed(parts[0]))  # sorted as the C library sorts
        if name in ("file.path", "paste0", "paste", "here", "test_path") and set(named) <= {"sep", "collapse", "fsep"}:
            sep = "/" if name in ("file.path", "here", "test_path") else "" if name == "paste0" else " "
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
        if name in ("sub", "gsub") and len(parts) == 3 and set(named) <= {"fixed"} and len(parts[0]) == len(parts[1]) == 1 \
                and parts[0][0] and "\\" not in parts[1][0]:
            if named.get("fixed") == ["TRUE"] or not re.search(r"[\\^$.|?*+()\[\]{}]", parts[0][0]):  # literal text
                return [v.replace(parts[0][0], parts[1][0], 1 if name == "sub" else -1) for v in parts[2]]
            if _ANCHORED_TEXT.fullmatch(parts[0][0]):  # `"\\.csv$"`: text, escaped text and anchors read alike in R and Python
                pattern = parts[0][0][:-1] + r"\Z" if parts[0][0].endswith("$") else parts[0][0]
                return [re.sub(pattern, parts[1][0], v, count=1 if name == "sub" else 0) for v in parts[2]]
        if name == "shQuote" and len(parts) == 1 and not named:
            return ["'" + v.replace("'", "'\\''") + "'" for v in parts[0]]
        if name == "Sys.getenv" and len(parts) == 1 and len(parts[0]) == 1 and parts[0][0] in self.environment:
            return [self.environment[parts[0][0]]]  # set by the command that starts R
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

    def parsed(self, call: _Call) -> list[str] | None:
        """The texts a call turns into code (`parse(text = …)`, `str2lang`, `as.formula`, `reformulate`), when known."""
        if call.package not in (None, "base", "stats"):
            return None
        if call.name == "parse" and set(call.named) <= {"text", "keep.source"} and "text" in call.named and not call.positional:
            return self.values(call.named["text"])
        if call.name in ("str2lang", "str2expression", "as.formula") and len(call.positional) == 1 and not call.named:
            return self.values(call.positional[0])
        if call.name == "reformulate" and set(call.named) <= {"termlabels", "response"}:
            bound = _bound(call, ["termlabels", "response"])
            terms = self.values(bound["termlabels"]) if "termlabels" in bound else None
            response = self.values(bound["response"]) if "response" in bound else [""]
            return None if not terms or not response or len(response) != 1 else [f"{response[0]} ~ {' + '.join(terms)}"]
        return None

    def parsed_texts(self) -> list[str]:
        return [text for call in self.calls for text in self.parsed(call) or []]

    def _else(self, a: int, b: int) -> int | None:
        """The index of the `else` that ends an if's first branch, which starts at a."""
        j = a
        while j < b:
            if self.tokens[j].text == "else":
                return j
            j = self.match[j] + 1 if self.tokens[j].text in ("(", "{", "[", "[[") and j in self.match else j + 1
        return None

    def glued(self, span: tuple[int, int], depth: int) -> list[str] | None:
        """A glue template whose braces each hold one variable of the code: its texts, recycled as glue does."""
        template = self.tokens[span[0]]
        if span[1] != span[0] + 1 or template.kind != "str":
            return None
        pieces: list[list[str]] = []
        for k, piece in enumerate(re.split(r"\{([^{}]*)\}", template.text)):
            if k % 2 == 0:
                pieces.append([piece])
                continue
            name = piece.strip()
            spans = self.assigned.get(name, [])
            if name in self.loops and len(spans) == 1:
                got = _loose(self.values(self.loops[name], depth + 1))
            elif len(spans) == 1 and name not in self.parameters and re.fullmatch(r"[^\W\d]\w*", name):
                got = self.values(spans[0], depth + 1)
            else:
                got = None
            if not got:
                return None
            pieces.append(got)
        if any(_is_loose(p) for p in pieces):
            return None if sum(len(p) > 1 for p in pieces) > 1 else _loose(_recycled(pieces, ""))
        return _recycled(pieces, "")

    def globbed(self, patterns: list[str]) -> list[str] | None:
        """The paths `Sys.glob` finds now for patterns inside the workspace, sorted as R returns them."""
        found: list[str] = []
        cwd = self.ctx.cwd or self.ctx.workspace
        for pattern in patterns:
            real = Path(os.path.realpath(resolve(pattern.split("*")[0].split("?")[0].split("[")[0] or ".", self.ctx)))
            if pattern.startswith(("/", "~")) or not real.is_relative_to(os.path.realpath(self.ctx.workspace)):
                return None
            found += sorted(glob.glob(pattern, root_dir=cwd))
            if len(found) > _MAX_ENTRIES:
                return None
        return found

    def configured(self, at: int, keys: list[str], depth: int) -> list[str] | None:
        """`cfg$paths$input` where `cfg` was read once from a JSON file of the workspace: the value the file holds
        now (a string or a list of strings); `d$store` where `d` was read once from a CSV file: the column's texts.
        None when the code may also write that file."""
        spans = self.assigned.get(self.tokens[at].text, [])
        if len(spans) != 1 or self.tokens[at].text in self.parameters:
            return None
        call = self.spanned(spans[0], qualified=True)
        json_file = call is not None and call.name in ("fromJSON", "read_json") and call.package in (None, "jsonlite") \
            and set(call.named) <= {"simplifyVector", "simplifyDataFrame", "simplifyMatrix"}
        yaml_file = call is not None and call.name in ("read_yaml", "yaml.load_file") and call.package in (None, "yaml") \
            and set(call.named) <= {"fileEncoding"}
        csv_file = call is not None and call.name in ("read.csv", "read_csv") and call.package in (None, "utils", "readr") \
            and set(call.named) <= {"stringsAsFactors", "show_col_types", "progress"} and len(keys) == 1
        if not (json_file or yaml_file or csv_file) or len(call.positional) != 1:
            return None
        names = set(self.values(call.positional[0], depth + 1) or [])
        if len(names) != 1:
            return None
        source = resolve(names.pop(), self.ctx)
        if source not in self.assumed:  # while asking whether the code writes it, its values are as the file is now
            self.assumed.add(source)
            try:
                if self.writes(str(source), depth):
                    return None
            finally:
                self.assumed.discard(source)
        value = self.document(source, "csv" if csv_file else "yaml" if yaml_file else "json")
        if value is None:
            return None
        if csv_file:
            return _column(value, keys[0])
        try:
            for key in keys:
                value = value[key]
        except (KeyError, TypeError, IndexError):
            return None
        return self.strings(value)

    @staticmethod
    def strings(value: object) -> list[str] | None:
        """The texts a config value gives R: a string, or a list of strings."""
        if isinstance(value, str):
            return [value]
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return value[:_MAX_VALUES]
        return None

    def document(self, source: Path, kind: str) -> object:
        """A file the code reads as a table ("csv": its rows) or a config ("json", "yaml": its value), parsed once;
        None when it cannot be read or parsed, or holds a YAML tag such as `!expr`, which may be evaluated."""
        if (source, kind) not in self.documents:
            self.documents[(source, kind)] = _parsed(file_text(source, self.ctx.home), kind)
        return self.documents[(source, kind)]

    def writes(self, name: str, depth: int) -> bool:
        """Whether any writer of the code may write the file `name`."""
        target = resolve(name, self.ctx)
        for call in self.calls:
            if call.name in WRITERS or call.name == "file.copy":
                span = _span_of(call, WRITERS.get(call.name, (1, ("to",))))
                written = self.values(span, depth + 1) if span else []
                if written is None or any(resolve(w, self.ctx) == target for w in written):
                    return True
        return False

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


def _parsed(text: str | None, kind: str) -> object:
    if text is None:
        return None
    if kind == "csv":
        return list(csv.reader(io.StringIO(text)))
    if kind == "yaml":
        import yaml  # only a YAML config needs it

        try:
            return None if _YAML_TAG.search(text) else yaml.safe_load(text)
        except yaml.YAMLError:
            return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _column(rows: list[list[str]], name: str) -> list[str] | None:
    """A CSV column's distinct texts in order, when R's readers would read every cell as that same text: a plain
    header, and no cell that is empty, missing, a number, a logical, a date-time or padded with spaces."""
    if not rows or len(set(rows[0])) != len(rows[0]) or name not in rows[0] or not _PLAIN_NAME.fullmatch(name):
        return None
    k = rows[0].index(name)
    cells = [row[k] if k < len(row) else "" for row in rows[1:] if row]
    if not cells or any(_NOT_TEXT.fullmatch(c) or c != c.strip() for c in cells):
        return None
    distinct = list(dict.fromkeys(cells))
    return _loose(distinct) if len(distinct) <= _MAX_VALUES else None  # each distinct text once: not the column itself


def _keys(tokens: list[_Token]) -> list[str] | None:
    """The element names of `$a$b` or `[["a"]]` accessors, when that is all the tokens are."""
    keys, i = [], 0
    while i < len(tokens):
        if tokens[i].text == "$" and i + 1 < len(tokens) and tokens[i + 1].kind in ("name", "str"):
            keys.append(tokens[i + 1].text)
            i += 2
        elif tokens[i].text == "[[" and i + 3 < len(tokens) and tokens[i + 1].kind == "str" and \
                tokens[i + 2].text == "]" and tokens[i + 3].text == "]":
            keys.append(tokens[i + 1].text)
            i += 4
        else:
            return None
    return keys or None


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
    def __init__(self, program: _Program, overwrite: Callable[[str, ActionContext], ActionRisk], renders: bool,
                 command: Callable[[str], ActionRisk] | None = None):
        self.p, self.overwrite, self.renders, self.command = program, overwrite, renders, command
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
        for at, element in p.element_calls:
            self.check_element_call(at, element)
        return self.risks

    def option_value(self, i: int) -> bool:
        """A string given to `options()` (`repos = c(CRAN = "https://…")`) is a setting, not a request of its own."""
        return any(c.name == "options" and c.package in (None, "base") and c.open < i < c.close for c in self.p.calls)

    def check_element_call(self, at: int, element: str | None) -> None:
        """A function called out of a list the code writes once (`rules[[nm]](df)`, `steps$clean(d)`): every element
        must be a function the code shows."""
        p = self.p
        spans = p.assigned.get(p.tokens[at].text, [])
        call = p.spanned(spans[0]) if len(spans) == 1 else None
        if call is None or call.name != "list" or call.package is not None or not all(
                self.plain_function(s) for s in [*call.positional, *call.named.values()]) or (
                element is not None and element not in call.named):
            raise _NotShown(f"calls a function out of {p.tokens[at].text}, which it cannot show")

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
        if name in ("opts_chunk", "knit_hooks") and after is not None and after.text == "$":
            return  # knitr's chunk options and output hooks, whose `$set()` the program checks
        if after is not None and after.kind == "op" and after.text == "=" and p._inside_call(i + 1):
            return  # an argument's name
        if before is not None and before.kind == "op" and before.text == "::":
            if not self.allowed_function(name, t[i - 2].text):
                raise _NotShown(f"hands on {t[i - 2].text}::{name}")
        elif name in p.assigned or name in p.parameters:
            return  # the code's own variable
        if self.column(i):
            return
        if name in DENIED:
            raise _NotShown(f"hands on {name}")
        if name in READERS or name in WRITERS or name in LISTERS or name == "source":
            if not self.handed_to_mapper(i):
                raise _NotShown(f"hands on {name}, whose files are not seen")

    def column(self, i: int) -> bool:
        """A name that is a whole argument of a masking verb (after its data) or of data.table's `.()`: a column."""
        p = self.p
        call = p.call_at.get(p.parent[i] - 1) if p.parent[i] > 0 else None
        if call is None or call.open != p.parent[i] or not (call.name in MASKING or call.name == "." and call.package is None):
            return False
        arguments = [*(call.positional[1:] if call.name in MASKING else call.positional), *call.named.values()]
        return (i, i + 1) in arguments

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
        if name in ("system", "system2") and call.package in (None, "base") and self.command is not None \
                and name not in p.assigned and name not in p.functions:
            self.judge_command(call)
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
        elif not self.allowed_function(name, call.package) and not (call.package in (None, "base") and self.shown_base_call(call)):
            raise _NotShown(f"calls {call.package + '::' if call.package else ''}{name}")
        if name in ("glue", "str_glue", "glue_data"):
            templates = call.positional[1:] if name == "glue_data" else call.positional
            if set(call.named) & {".open", ".close", ".transformer", ".envir"} or any(
                    not (b == a + 1 and p.tokens[a].kind == "str") for a, b in templates):
                raise _NotShown("a template it cannot read")
        for a, b in (call.named[k] for k in ("names_glue", ".names") if k in call.named):
            if not (b == a + 1 and p.tokens[a].kind == "str"):
                raise _NotShown("a template it cannot read")
        if name in ("quit", "q") and (call.positional or set(call.named) - {"status", "save", "runLast"} or (
                "save" in call.named and p.values(call.named["save"]) not in (["no"], ["default"]))):
            raise _NotShown(f"{name} may save the session's objects, which R loads at its next start")
        if name == "file" and call.package in (None, "base"):
            self.judge_connection(call)
        if name in ("lint", "lint_dir") and (call.package in (None, "lintr") and self.lintr_settings() or
                                             set(call.named) - {"filename", "path", "pattern", "show_progress"}):
            raise _NotShown("lintr reads settings that are R code, or is given linters")
        if name in EDITORS:
            self.judge_edits(call)
        if name == "purl":
            self.judge_purl(call)
        if name in ("read_yaml", "yaml.load_file") and (set(call.named) - {"file", "input", "fileEncoding"} or any(
                _YAML_TAG.search(file_text(resolve(n, p.ctx), p.ctx.home) or "") or p.writes(n, 0)
                for n in p.values(_span_of(call, READERS[name]) or (0, 0)) or [])):
            raise _NotShown("yaml may evaluate a tagged expression")
        if name == "Sys.setenv" and (call.positional or not set(call.named) <= _LOCALE_VARIABLES):
            raise _NotShown("sets environment variables")
        if name == "fread" and "cmd" in call.named:  # the shell runs it and fread reads what it prints
            lines = p.values(call.named["cmd"])
            if self.command is None or not lines or len(lines) > _MAX_COMMANDS or _span_of(call, READERS["fread"]):
                raise _NotShown("fread runs a command it cannot show")
            self.risks += [self.command(line) for line in lines]
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
        if name in MODELS and (
                span := _span_of(call, (0, ("formula",)))) is not None and not self.formula(span):
            raise _NotShown(f"{name} is given a model formula as text")  # a formula's terms are evaluated
        if name in READERS or name in WRITERS or name in LISTERS or name == "file.copy":
            self.judge_files(call)
        if self.renders and name in RENDERERS:
            self.judge_outputs(call)

    def shown_base_call(self, call: _Call) -> bool:
        """Base functions that may do more than data work, called in a way that does only that: `Sys.setenv` of locale
        variables (checked below), `.libPaths()` asking where packages are, `match.fun` of a function name the code
        shows, `Sys.getenv` of a named variable that is no secret."""
        p, name = self.p, call.name
        if name == "Sys.setenv" or name == ".libPaths" and not call.positional and not call.named:
            return True
        if name == "match.fun" and len(call.positional) == 1 and not call.named:
            named = p.values(call.positional[0])  # `match.fun(cfg$stat)`
            return self.plain_function(call.positional[0]) or bool(named) and all(
                v in ALLOWED and v not in _NOT_HANDED or v in p.functions for v in named)
        if name == "Sys.getenv" and len(call.positional) == 1 and set(call.named) <= {"unset", "names"}:
            variables = p.values(call.positional[0])
            return bool(variables) and not any(_SECRET_VARIABLE.search(v) or not v for v in variables)
        if name in ("globalenv", "emptyenv") and not call.positional and not call.named:
            return True
        if name in ("parse", "str2lang", "str2expression", "as.formula", "reformulate"):
            texts = p.parsed(call)  # its code follows the code's own and is checked there; it may be evaluated among a
            if texts is None or not set(texts) <= p.evaluated:  # table's columns, so it may only compute
                return False
            called = {c.name for text in texts for c in _Program(_tokens(text), p.ctx).calls}
            return not called & (_NOT_HANDED | DENIED | CLOSURE_MAKERS | {"system", "system2"})
        if name == "eval" and len(call.positional) == 1 and set(call.named) <= {"envir", "enclos"}:
            a, b = call.positional[0]
            if p.tokens[b - 1].text == "]" and p.tokens[b - 2].kind == "num" and p.tokens[b - 3].text == "[[":
                b -= 4  # `parse(text = x)[[1]]`
            made = p.spanned((a, b))
            return made is not None and made.name in ("parse", "str2lang", "str2expression") and self.shown_base_call(made)
        if name == "new.env" and not call.positional and set(call.named) <= {"parent", "hash", "size"}:
            return True
        if name in ("assign", "get") and "envir" in call.named and self.private_environment(call.named["envir"]):
            # a table the code keeps in an environment of its own: nothing of R's own is reached or replaced
            return set(call.named) <= {"envir", "inherits", "mode"} and len(call.positional) == (2 if name == "assign" else 1)
        return False

    def private_environment(self, span: tuple[int, int]) -> bool:
        """A variable the code sets once to an environment whose parent is the empty one."""
        p = self.p
        a, b = span
        spans = p.assigned.get(p.tokens[a].text, []) if b == a + 1 and p.tokens[a].kind == "name" else []
        call = p.spanned(spans[0]) if len(spans) == 1 else None
        if call is None or call.name != "new.env" or "parent" not in call.named:
            return False
        parent = p.spanned(call.named["parent"])
        return parent is not None and parent.name == "emptyenv"

    def judge_connection(self, call: _Call) -> None:
        """`file(description, open)`: opening it to write empties the file at once; readers and writers given the
        connection judge it again by its name."""
        p = self.p
        span = _span_of(call, (0, ("description",)))
        mode = _span_of(call, (1, ("open",)))
        names = p.values(span) if span else [""]
        modes = p.values(mode) if mode else [""]
        if names is None or modes is None or len(modes) != 1 or set(call.named) - {"description", "open", "encoding"}:
            raise _NotShown("opens a connection it cannot name")
        for name in names:
            if _PATH_UNSAFE.search(name) or _URL.search(name) or name in ("stdin", "clipboard"):
                raise _NotShown(f"file is given {name!r}")
            if name == "":
                continue  # an anonymous temporary file
            if modes[0].startswith(("w", "a")) or "+" in modes[0]:
                if self.code_file(name):
                    raise _NotShown(f"file opens code to write ({name})")
                self.risks.append(self.overwrite(name, p.ctx) if modes[0].startswith("w") else self.path_risk(name, write=True))
            else:
                self.risks.append(self.path_risk(name, write=False))

    def lintr_settings(self) -> bool:
        """Whether the project holds lintr settings, whose linters are R code lintr evaluates."""
        root = self.p.ctx.cwd or self.p.ctx.workspace
        return any(path.name in (".lintr", ".lintr.R") for path in root.rglob(".lintr*"))

    def judge_edits(self, call: _Call) -> None:
        """A formatter that rewrites R files in place: each file or folder it is given is judged as an edit."""
        p = self.p
        if set(call.named) - {"path", "filetype", "recursive", "exclude_files", "exclude_dirs", "dry", "scope",
                              "strict", "indent_by", "include_roxygen_examples"}:
            raise _NotShown(f"{call.name} is given a style it cannot show")
        span = _span_of(call, EDITORS[call.name])
        names = p.values(span) if span else ["."]
        if names is None:
            raise _NotShown(f"{call.name} edits files it cannot name")
        self.risks += [self.path_risk(n, write=True) for n in names]

    def judge_purl(self, call: _Call) -> None:
        """`knitr::purl` writes a document's code chunks to a new R file (the document is judged as read)."""
        p = self.p
        if set(call.named) - {"input", "output", "documentation", "quiet", "encoding"} or len(call.positional) > 2:
            raise _NotShown("purl is given more than it can show")
        inputs = p.values(_span_of(call, (0, ("input",))) or (0, 0))
        span = _span_of(call, (1, ("output",)))
        outputs = p.values(span) if span else [re.sub(r"\.[^./]*$", "", os.path.basename(i)) + ".R" for i in inputs or []]
        if not inputs or not outputs:
            raise _NotShown("purl writes code it cannot name")
        for name in outputs:
            target = resolve(name, p.ctx)
            if target.exists() or runs_later(str(target)) or target in self.sourced():
                raise _NotShown(f"purl replaces code ({name})")  # code already there may be run next as it is now
            self.risks.append(self.path_risk(name, write=True))

    def judge_command(self, call: _Call) -> None:
        """`system()` and `system2()` run a shell command line: judged as one when the code shows it."""
        p = self.p
        quiet = {"intern", "ignore.stdout", "ignore.stderr", "wait", "show.output.on.console", "minimized",
                 "invisible", "timeout", "stdout", "stderr"}
        bound = _bound(call, ["command", "args"] if call.name == "system2" else ["command"])
        if set(call.named) - quiet - {"command", "args"}:
            raise _NotShown(f"{call.name} is given input or an environment it cannot show")
        for stream in ("stdout", "stderr"):
            if stream in call.named and p.values(call.named[stream]) not in (["TRUE"], ["FALSE"], [""], ["NULL"]):
                raise _NotShown(f"{call.name} sends its {stream} to a file")
        if len(call.positional) > len(bound) - sum(k in call.named for k in bound) or "command" not in bound:
            raise _NotShown(f"{call.name} is given more than it can show")
        commands = p.values(bound["command"])
        arguments = p.values(bound["args"]) if "args" in bound else []
        if not commands or arguments is None or len(commands) > _MAX_COMMANDS or (call.name == "system2" and len(commands) != 1):
            raise _NotShown(f"{call.name} runs a command it cannot name")
        for line in ([" ".join([commands[0], *arguments])] if call.name == "system2" else commands):
            self.risks.append(self.command(line))  # R hands the line to sh: its quoting and `;` count

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
        if b == a + 1:
            tok = t[a]
            if tok.kind == "name":
                if tok.text in self.p.assigned or tok.text in self.p.parameters:  # a string naming a function
                    named = self.p.values(span) if tok.text not in self.p.functions else None
                    return tok.text in self.p.functions or named is not None and all(
                        v in ALLOWED and v not in _NOT_HANDED or v in self.p.functions for v in named) or tok.text not in self.p.parameters and all(
                        self.makes_closure(s) for s in self.p.assigned[tok.text])  # `f <- match.fun("median")`
                return (self.allowed_function(tok.text) or tok.text in _OPERATOR_NAMES) and tok.text not in _NOT_HANDED
            return tok.kind == "str" and (tok.text in ALLOWED and tok.text not in _NOT_HANDED or tok.text in {
                "+", "-", "*", "/", "^", "==", "<", ">", "&", "|", "%%", "%in%", "c", "["})
        if b == a + 3 and t[a + 1].text == "::":
            return self.allowed_function(t[a + 2].text, t[a].text) and t[a + 2].text not in _NOT_HANDED
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
            if write and (self.code_file(name) or resolve(name, p.ctx) in self.sourced()):
                raise _NotShown(f"{call.name} writes code ({name})")  # code it writes may run later, as written
            if name in ("", "NULL"):
                continue  # standard output, or no file
            if write and not appends and call.name != "dir.create":
                self.risks.append(self.overwrite(name, p.ctx))
            else:
                self.risks.append(self.path_risk(name, write=write))

    def code_file(self, name: str) -> bool:
        """Whether a file the code writes holds code, or runs later."""
        return bool(_CODE_FILE.search(name)) or runs_later(str(resolve(name, self.p.ctx)))

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
        """Whether the call is among a masking verb's arguments that are evaluated among a table's columns (not the
        table itself, its first argument)."""
        return any(c.open < call.start < c.close and c.name in MASKING and not (
            c.positional and c.positional[0][0] <= call.start < c.positional[0][1]) for c in self.p.calls)


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


def _with_sources(code: str, ctx: ActionContext, reader: type[_Program] | None = None) -> tuple[list[_Token], _Program]:
    """The code's tokens, with the project's R files it source()s put before them (read as they are now), and what
    its template strings evaluate after them; and the program of those tokens, read by `reader` (which finds the
    source() calls), given no command arguments or environment yet."""
    tokens = _tokens(code)
    tokens = [*tokens, *_template_code(tokens)]
    seen: set[Path] = set()
    while True:
        program = (reader or _Program)(tokens, ctx)
        sourced = [c for c in program.calls if c.name in ("source", "dget") and c.package is None]
        added: list[_Token] = []
        for call in sourced:
            span = call.positional[0] if call.positional else call.named.get("file")
            names = program.values(span) if span else None
            if names is None or set(call.named) - {"file", "encoding", "echo", "local", "verbose", "chdir", "keep.source"}:
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
            return tokens, program
        tokens = added + tokens


def r_data_work(code: str, ctx: ActionContext, overwrite: Callable[[str, ActionContext], ActionRisk],
                renders: bool = False, arguments: list[str] | None = None,
                command: Callable[[str], ActionRisk] | None = None,
                environment: dict[str, str] | None = None) -> list[ActionRisk] | None:
    """The paths the R code reads and writes, judged; None when the code may do anything but data work. `renders`:
    the code is a command's that renders documents, whose own code the caller judges; `arguments`: the script's
    (what `commandArgs(trailingOnly = TRUE)` returns); `command`: how a shell command line it runs is judged (none:
    code that runs commands is not shown); `environment`: variables the command that starts R sets."""
    try:
        tokens, program = _with_sources(code, ctx)
        program.arguments, program.environment = arguments, environment or {}
        evaluated: set[str] = set()
        for _ in range(4):  # text the code parses is code too: put it after the code until nothing new is found
            program.evaluated = evaluated
            new = [text for text in program.parsed_texts() if text not in evaluated]
            if not new:
                return _Prover(program, overwrite, renders, command).check()
            for text in new:
                evaluated.add(text)
                tokens = [*tokens, _Token("op", ";", True), *_tokens(text)]
            program = _Program(tokens, ctx, arguments, environment)
        raise _NotShown("parses text that parses more text")
    except (_NotShown, RecursionError, ValueError, OverflowError, KeyError, IndexError):
        return None
