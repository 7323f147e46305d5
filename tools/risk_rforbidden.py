"""Forbidden steps found in R code that the data-work prover cannot show: the values of the paths and command lines
the code's calls are given are computed where the code shows them (literals, file.path, paste0, sprintf, the home
folder from `Sys.getenv("HOME")`, glob patterns and folder listings taken as the patterns they are, variables set
once), and a call that would read or copy a secret, change AEGIS's own data, delete the home folder or the system, or
run a command line the shell rules deny makes the program denied, whatever else it does."""

from __future__ import annotations

import base64
import re
import shlex
from collections.abc import Callable
from dataclasses import replace

from tools.risk_paths import (
    DENY,
    ActionContext,
    ActionRisk,
    assess_path,
    everything_in,
    holds_everything,
    inside,
    resolve,
)
from tools.risk_rcode import (
    _MAX_VALUES,
    _bound,
    _Call,
    _loose,
    _NotShown,
    _Program,
    _span_of,
    _template_code,
    _tokens,
    _with_sources,
)
from tools.risk_rfunctions import MAPPED, READERS, WRITERS
from tools.risk_runfiles import file_text

_READ_LISTED = {name for name in READERS if name not in ("Sys.glob", "lint", "lint_dir", "purl", "include_graphics")}
# Functions that read a file's bytes (or send them), by the argument that names it, besides the data readers.
READS = {**{name: READERS[name] for name in _READ_LISTED},
         **{f: (0, ("file",)) for f in ("readRDS", "read_rds", "load", "read_file_raw", "read.dcf", "read.ini")},
         **{f: (0, ("con",)) for f in ("readBin", "readChar")},
         **{f: (0, ("description",)) for f in ("file", "gzfile", "bzfile", "xzfile")},
         **{f: (0, ("from",)) for f in ("file.copy", "file.rename", "file.symlink", "file.link")},
         **{f: (0, ("path",)) for f in ("upload_file", "form_file", "file_copy", "dir_copy", "file_move", "read_key")},
         "base64encode": (0, ("what",)), "dbConnect": (1, ("dbname",)), "zip": (1, ("files",)), "tar": (1, ("files",))}
# Functions that write, create or remove a file, by the argument that names it, besides the data writers.
WRITES = {**WRITERS,
          **{f: (0, ("...",)) for f in ("file.create", "file.remove", "unlink", "file_delete", "dir_delete", "file_create")},
          "file.append": (0, ("file1",)), "writeBin": (1, ("con",)), "writeChar": (1, ("con",)),
          **{f: (1, ("to",)) for f in ("file.copy", "file.rename", "file.symlink", "file.link")},
          **{f: (1, ("new_path",)) for f in ("file_copy", "file_move")}}
# Functions that remove whole folders with what they hold.
_TREE_REMOVERS = {"unlink": "recursive", "dir_delete": None}
_CALLERS = {"do.call", "exec", "invoke", "lift_dl"}
_SOURCES = {"source", "sys.source", "source_url", "source_gist", "read_rds", "readRDS", "load"}
_FUNCTION_ARGUMENT_NAMES = {"FUN", "f", ".f", "fn", ".fn", "X", ".x", "x", ".l", "MoreArgs", "SIMPLIFY", "USE.NAMES"}
_BASE64_DECODERS = {"base64_dec", "base64decode", "base64_decode", "base64_decode_string"}
_TEXT_READERS = {"readLines", "read_lines", "read_file", "readChar"}
_WRAPPERS = {"Vectorize", "partial", "compose", "possibly", "safely", "quietly"}
_MAX_TEXT = 20_000
_FETCHERS = {"GET", "VERB", "POST", "url", "getURL", "curl_fetch_memory", "req_perform", "resp_body_string", "curl",
             "request", "fetch"}
_URL = re.compile(r"^(?:https?|ftp)://", re.I)
_SHELLS = {"sh", "bash", "zsh", "dash", "/bin/sh", "/bin/bash", "/usr/bin/env"}


class _Seen(_Program):
    """A program whose values include what R would find only when it runs: the home folder, and the patterns of
    globs and listings (`~/.config/*/Login Data`) rather than the files that match them on this machine."""
    max_depth = 20
    lenient = True

    def __init__(self, *args, **kwargs):
        self.expanding: set[str] = set()  # names whose assignments are being followed
        super().__init__(*args, **kwargs)
        for name, spans in self.assigned.items():  # `d$total <- …` changes a part of what `d` was set to
            set_to = [s for s in spans if s != (-1, -1)]
            if set_to and name not in self.loops and name not in self.parameters:
                self.assigned[name] = set_to

    def values(self, span: tuple[int, int], depth: int = 0) -> list[str] | None:
        found = super().values(span, depth)
        a, b = span
        if found is None and b == a + 3 and self.tokens[a].text == ".Platform" and self.tokens[a + 2].text == "file.sep":
            return ["/"]
        if found is None and b == a + 3 and self.tokens[a].kind == "name" and self.tokens[a + 1].text == "$" and \
                self.tokens[a + 2].kind in ("name", "str"):
            return self.element(a, self.tokens[a + 2].text, depth)
        name = self.tokens[a].text
        if found is None and b == a + 1 and self.tokens[a].kind == "name" and name not in self.expanding and \
                len(spans := self.assigned.get(name, [])) > 1:
            self.expanding.add(name)
            try:
                taken = [self.values(s, depth + 1) for s in spans if s != (-1, -1)]  # each value it holds in turn
            finally:
                self.expanding.discard(name)
            return _pooled(taken)
        if found is None and b - a > 2 and self.tokens[b - 1].text == "]":  # `x[k]`, `f(...)[[k]]`: one of x's values
            opener = self.match.get(b - 1)
            if opener is not None and a < opener and self.tokens[opener].text in ("[", "[["):
                return self.values((a, opener), depth + 1)
        if found is None and (call := self.spanned(span)) is not None and call.name in self.functions and \
                call.name not in self.expanding:
            self.expanding.add(call.name)
            try:  # what a function of the code's own returns
                returned = [self.values(s, depth + 1) for s in self.returned(call.name)]
            finally:
                self.expanding.discard(call.name)
            return _pooled(returned)
        if found is None and b == a + 3 and self.tokens[a].kind == self.tokens[b - 1].kind == "num" and \
                self.tokens[a + 1].text in ("+", "-", "*"):
            left, right = (_number(self.tokens[k].text) for k in (a, b - 1))
            if left is not None and right is not None:  # `4000L + 443L`
                return [str({"+": left + right, "-": left - right, "*": left * right}[self.tokens[a + 1].text])]
        return found

    @staticmethod
    def strings(value: object) -> list[str] | None:
        """Also the strings of a config's table (`inputs: {survey: …, key: …}`), any of which the code may take."""
        if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
            return _loose(list(value.values())[:_MAX_VALUES])
        return _Program.strings(value)

    def argument_values(self, i: int, depth: int) -> list[str] | None:
        found = super().argument_values(i, depth)
        if found is not None:
            return found
        spans = self.passed(i)
        return _pooled([self.values(s, depth + 1) for s in spans])

    def passed(self, i: int) -> list[tuple[int, int]]:
        """What the parameter at token i is given: by each direct call of its function (or its default), and by the
        vectors a mapper that takes the function first (`Map(f, xs)`, `mapply(f, xs)`) or second applies it to."""
        name = self.tokens[i].text
        inner = [d for d in self.definitions if d.body <= i < d.end and any(n == name for n, _ in d.parameters)]
        if not inner:
            return []
        definition = max(inner, key=lambda d: d.body)
        if definition.name is None:
            return []
        names = [n for n, _ in definition.parameters]
        k, default = names.index(name), dict(definition.parameters)[name]
        spans: list[tuple[int, int]] = []
        for call in self.calls:
            if call.name == definition.name and call.package is None:
                span = _bound(call, names).get(name, default)
            elif call.name in MAPPED and call.positional:
                function_at, data_at = MAPPED[call.name]
                f = call.positional[function_at] if function_at < len(call.positional) else None
                if f is None or f[1] != f[0] + 1 or self.tokens[f[0]].text != definition.name:
                    continue
                data = [call.positional[j] for j in data_at(len(call.positional)) if j < len(call.positional)]
                span = data[k] if k < len(data) else default
            else:
                continue
            if span is not None:
                spans.append(span)
        return spans

    def element(self, at: int, key: str, depth: int) -> list[str] | None:
        """`p$spec` where p is, or is given, a `list(...)` the code writes with that element."""
        t = self.tokens
        name = t[at].text
        spans = self.passed(at) if name in self.parameters else self.assigned.get(name, [])
        found: list[str] = []
        for span in spans:
            if span[1] == span[0] + 1 and t[span[0]].kind == "name" and t[span[0]].text != name:
                held = self.assigned.get(t[span[0]].text, [])
                span = held[0] if len(held) == 1 else span
            listed = self.spanned(span)
            if listed is not None and listed.name == "list" and key in listed.named:
                found += self.values(listed.named[key], depth + 1) or []
        return found or None

    def returned(self, name: str) -> list[tuple[int, int]]:
        """The expressions a function of the code's own may return: its body's last one, and what it gives return()."""
        t, spans = self.tokens, []
        for definition in (d for d in self.definitions if d.name == name):
            start, end = definition.body, definition.end
            if t[start].text != "{":
                spans.append((start, end))
                continue
            close = self.match[start]
            statements = [k for k in range(start + 1, close) if self.parent[k] == start and (
                t[k].newline or t[k - 1].text == ";" or k == start + 1)]
            if statements:
                spans.append((statements[-1], close))
            spans += [c.positional[0] for c in self.calls if c.name == "return" and start < c.start < close and c.positional]
        return spans

    def _call_values(self, call: _Call, parts: list[list[str]], named: dict[str, list[str] | None]) -> list[str] | None:
        name = call.name
        if name == "Sys.getenv" and parts in ([["HOME"]], [["USERPROFILE"]]) and "HOME" not in self.environment:
            return [str(self.ctx.home)]
        if name == "Sys.getenv" and len(parts) == 2 and len(parts[0]) == 1 and parts[0][0] not in self.environment:
            return _loose(parts[1])  # the default, when the variable is not set
        if name == "Sys.glob" and len(parts) == 1:
            return parts[0]
        if name in ("list.files", "dir", "dir_ls") and call.positional and parts:
            return [f"{folder.rstrip('/')}/*" for folder in parts[0]]
        if name in _TEXT_READERS and len(parts) == 1 and len(parts[0]) == 1 and not named:
            path = resolve(parts[0][0], self.ctx)  # a template or a command list the project keeps in a file
            text = file_text(path, self.ctx.home) if inside(path, self.ctx.workspace) else None
            if text is None or len(text) > _MAX_TEXT:
                return None
            return text.splitlines() if name in ("readLines", "read_lines") else [text]
        if name in ("url", "gzcon") and len(parts) >= 1:
            return parts[0]
        if name == "as.raw" and len(parts) == 1:
            return parts[0]
        if name in ("rawToChar", "intToUtf8") and len(parts) == 1 and set(named) <= {"multiple"}:
            codes = [_number(v) for v in parts[0]]
            if None in codes or not all(0 < c < 0x110000 for c in codes):
                return parts[0] if name == "rawToChar" and len(parts[0]) == 1 else None  # text already
            text = [chr(c) for c in codes]
            return text if named.get("multiple") == ["TRUE"] else ["".join(text)]
        if name in _BASE64_DECODERS and len(parts) == 1 and len(parts[0]) == 1:
            try:
                return [base64.b64decode(parts[0][0], validate=False).decode("utf-8")]
            except (ValueError, UnicodeDecodeError):
                return None
        if name == "chartr" and len(parts) == 3 and len(parts[0]) == len(parts[1]) == 1:
            old, new = (_expand_ranges(v[0]) for v in parts[:2])
            if len(old) > len(new):
                return None
            table = str.maketrans(old, new[:len(old)])
            return [v.translate(table) for v in parts[2]]
        if name == "strsplit" and len(parts) == 2 and len(parts[0]) == 1 and len(parts[1]) == 1 and (
                parts[1][0] == "" or named.get("fixed") == ["TRUE"] or not re.search(r"[\\^$.|?*+()\[\]{}]", parts[1][0])):
            return list(parts[0][0]) if parts[1][0] == "" else parts[0][0].split(parts[1][0])
        return super()._call_values(call, parts, named)


def r_forbidden_steps(code: str, ctx: ActionContext, command: Callable[[str], ActionRisk] | None = None,
                      arguments: list[str] | None = None, environment: dict[str, str] | None = None) -> list[ActionRisk]:
    """The denied steps among the calls of R code (with the project files it source()s), where their values are known;
    empty when none is found."""
    try:
        _, program = _with_sources(code, ctx, _Seen)
        program.arguments, program.environment = arguments, environment or {}
    except (_NotShown, RecursionError, ValueError, KeyError, IndexError):  # its own code, without what it sources
        try:
            tokens = _tokens(code)
            program = _Seen([*tokens, *_template_code(tokens)], ctx, arguments, environment)
        except (_NotShown, RecursionError, ValueError, KeyError, IndexError):
            return []
    found: list[ActionRisk] = []
    for call in program.calls:
        try:
            found += _call_risks(program, call, command)
        except (_NotShown, RecursionError, ValueError, OverflowError, KeyError, IndexError):
            continue
    return [r for r in found if r.decision == DENY]


def _call_risks(program: _Seen, call: _Call, command: Callable[[str], ActionRisk] | None,
                depth: int = 0) -> list[ActionRisk]:
    ctx, name, risks = program.ctx, call.name, []
    if name in program.assigned and depth == 0 and (looked_up := _looked_up(program, name)):
        return [r for n in looked_up for r in _call_risks(program, replace(call, name=n), command, depth + 1)]
    if name in MAPPED and depth == 0:
        function_at, data_at = MAPPED[name]
        if function_at < len(call.positional):
            span, data = call.positional[function_at], [call.positional[k] for k in data_at(len(call.positional))
                                                        if k < len(call.positional)]
            names = [program.tokens[span[0]].text] if span[1] == span[0] + 1 and program.tokens[span[0]].kind == "name" \
                else program.values(span) or []
            # what the mapper hands on to the function: `lapply(d, unlink, recursive = TRUE)`
            passed = {k: s for k, s in call.named.items() if k not in _FUNCTION_ARGUMENT_NAMES}
            return [r for n in names for r in _call_risks(
                program, replace(call, name=n, package=None, positional=data, named=passed), command, depth + 1)]
    if name in _CALLERS and depth == 0:
        return [r for called in _called(program, call) for r in _call_risks(program, called, command, depth + 1)]
    if name in ("parse", "str2lang", "str2expression") and depth < 2:
        span = call.named.get("text") if name == "parse" else call.positional[0] if call.positional else None
        for text in (program.values(span) or []) if span else []:
            risks += r_forbidden_steps(text, ctx, command)
    if name in ("glue", "str_glue", "glue_data") and depth < 2:  # a template's braces hold code glue evaluates
        for span in call.positional[1:] if name == "glue_data" else call.positional:
            for template in program.values(span) or []:
                for inner in re.findall(r"\{([^{}]*)\}", template):
                    risks += r_forbidden_steps(inner, ctx, command)
    if name in ("parse", "str2lang", "str2expression", "eval", "source") and _fetches(program, call):
        risks.append(ActionRisk(DENY, "remote_code", "R runs code it downloads", "act.code.remote"))
    if name in _SOURCES:
        span = _span_of(call, (0, ("file", "url")))
        for where in (program.values(span) or []) if span else []:
            if _URL.search(where):
                risks.append(ActionRisk(DENY, "remote_code", f"R runs code it fetches from {where}", "act.code.remote"))
    if name in READS:
        for path in _argument_values(program, call, READS[name]):
            risks.append(assess_path(path, ctx, write=False))
    if name in WRITES:
        removes_tree = name in _TREE_REMOVERS and (_TREE_REMOVERS[name] is None or program.values(
            call.named.get(_TREE_REMOVERS[name], (0, 0))) == ["TRUE"])
        for path in _argument_values(program, call, WRITES[name]):
            risks.append(assess_path(path, ctx, write=True))
            if removes_tree and holds_everything(everything_in(resolve(path, ctx)), ctx):
                risks.append(ActionRisk(DENY, "destructive", f"R deletes {path} with all it holds", "act.code.delete_root"))
    if command is not None:
        risks += [command(line) for line in _command_lines(program, call)]
    return risks


def _argument_values(program: _Seen, call: _Call, spec: tuple[int | None, tuple[str, ...]]) -> list[str]:
    position, keys = spec
    if keys == ("...",):  # every unnamed argument names files
        spans = list(call.positional)
    else:
        span = _span_of(call, spec)
        spans = [span] if span is not None else []
    values: list[str] = []
    for span in spans:
        values += program.values(span) or []
    return [v for v in values if v and v not in ("NULL", "NA")]


def _command_lines(program: _Seen, call: _Call) -> list[str]:
    """The shell command lines a call runs, where the code shows them: `system`, `system2`, `pipe`, processx."""
    name, values = call.name, program.values
    if name in ("system", "pipe", "shell") and call.positional:
        return values(call.positional[0]) or []
    if name in ("system2", "run", "new", "process_run") and call.positional:
        program_names = values(call.positional[0]) or []
        args_span = call.named.get("args") or (call.positional[1] if len(call.positional) > 1 else None)
        args = (values(args_span) or []) if args_span else []
        if len(program_names) != 1 or args_span is not None and not args:
            return []
        if name == "system2":  # R pastes the command and its arguments into one line for the shell
            return [" ".join([program_names[0], *args])]
        if program_names[0] in _SHELLS and len(args) >= 2 and args[0] == "-c":
            return [args[1]]
        return [" ".join(shlex.quote(a) for a in [program_names[0], *args])]
    return []


def _looked_up(program: _Seen, name: str) -> list[str]:
    """The functions a variable holds when it is set once to `match.fun(...)` or `get(...)` of names the code shows."""
    spans = program.assigned.get(name, [])
    held = program.spanned(spans[0], qualified=True) if len(spans) == 1 else None
    while held is not None and held.name in _WRAPPERS and held.positional:
        inner = held.positional[0]
        held = program.spanned(inner, qualified=True)
        if held is None and inner[1] == inner[0] + 1:  # `Vectorize(system)`
            return [program.tokens[inner[0]].text]
    if held is None or held.name not in ("match.fun", "get", "get0", "getFunction") or not held.positional:
        return []
    return program.values(held.positional[0]) or []


def _fetches(program: _Seen, call: _Call) -> bool:
    """Whether the text a call turns into code (or runs) comes from the network: a fetching call among its
    arguments, or a web address they name."""
    t = program.tokens
    inside = range(call.open + 1, call.close)
    if any(t[i].kind == "name" and t[i].text in _FETCHERS and i + 1 < len(t) and t[i + 1].text == "(" for i in inside):
        return True
    return any(t[i].kind == "name" and any(_URL.search(v) for v in program.values((i, i + 1)) or [])
               or t[i].kind == "str" and _URL.search(t[i].text) for i in inside)


def _called(program: _Seen, call: _Call) -> list[_Call]:
    """`do.call("system", list(cmd))`, `rlang::exec(f, !!!args)`, `invoke(f, args)`: the calls they make, when the
    function's name and a `list(...)` of its arguments are shown."""
    if len(call.positional) < 2:
        return []
    first, rest = call.positional[0], call.positional[1]
    names = program.values(first) if program.tokens[first[0]].kind == "str" or first[1] > first[0] + 1 else None
    if names is None and first[1] == first[0] + 1 and program.tokens[first[0]].kind == "name":
        names = [program.tokens[first[0]].text]
    a, b = rest
    while b - a >= 1 and program.tokens[a].text == "!" and program.tokens[a].kind == "op":
        a += 1  # rlang's `!!!args` splices the list
    held = program.assigned.get(program.tokens[a].text, []) if b == a + 1 else []
    listed = program.spanned(held[0] if len(held) == 1 else (a, b))
    if not names or listed is None or listed.name != "list":
        return []
    return [replace(call, name=n, package=None, positional=listed.positional, named=listed.named) for n in names]


def _pooled(taken: list[list[str] | None]) -> list[str] | None:
    """Every value the expressions can take, each once; None when none is known."""
    held = list(dict.fromkeys(v for values in taken if values for v in values))[:_MAX_VALUES]
    return _loose(held) if held else None


def _number(text: str) -> int | None:
    try:
        return int(text.rstrip("L"), 0) if text.lower().startswith("0x") else int(float(text.rstrip("L")))
    except ValueError:
        return None


def _expand_ranges(spec: str) -> str:
    """chartr's character lists, whose ranges (`A-Z`) stand for every character between their ends."""
    out, i = [], 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out += [chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1)]
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return "".join(out)
