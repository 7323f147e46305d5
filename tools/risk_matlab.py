"""MATLAB and GNU Octave code read as the Python that does the same, so that the Python reader judges what it runs:
`system(cmd)` runs `cmd`, `fileread(p)` reads `p`, `webwrite(url, data)` sends `data`, `[a 'b']` joins text."""

from __future__ import annotations

import ast
import re

# A char literal ('it''s') starts where a transpose cannot: not after a name, a closing bracket or another quote.
_LITERAL = re.compile(r"""(?<![\w)\]}.'"])'((?:[^'\n]|'')*)'|"((?:[^"\n]|"")*)\"""")
_BLOCK_COMMENT = re.compile(r"^[ \t]*[%#]\{[ \t]*\n.*?^[ \t]*[%#]\}[ \t]*$", re.M | re.S)
_SHELL_ESCAPE = re.compile(r"^([ \t]*)!(?!=)(.+)$", re.M)  # `!curl …` runs the rest of the line in a shell
_TEST_BLOCK = re.compile(r"^[ \t]*%!", re.M)  # Octave's `%!test` and `%!shared` blocks run on `test name`
_TEST_CLASS = re.compile(r"^[ \t]*classdef\b[^\n]*<\s*matlab\.unittest\.\w*TestCase\b", re.M)
_WHOLE_LITERAL = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")  # one Python literal
_SPRINTF = re.compile(r"(?<![\w.])sprintf\s*\(")
_FORMAT_FIELD = re.compile(r"%[-+ #0]*\d*(?:\.\d+)?[sdifgxc]")
# Objective-C shares the `.m` ending; its files declare classes or import headers.
_OBJECTIVE_C = re.compile(r"^\s*(?:#import|#include|@interface|@implementation|@protocol)\b", re.M)
_CALLS = {"system": "os.system", "unix": "os.system", "dos": "os.system", "shell_cmd": "os.system",
          "getenv": "os.getenv", "fullfile": "os.path.join", "fileread": "open", "fopen": "open", "textread": "open",
          "importdata": "open", "webwrite": "requests.post", "webread": "requests.get", "urlread": "requests.get",
          "websave": "urllib.request.urlretrieve", "urlwrite": "urllib.request.urlretrieve", "delete": "os.remove",
          "recycle": "os.remove", "copyfile": "shutil.copy", "movefile": "shutil.move", "tilde_expand": "os.path.expanduser",
          "matlab.net.base64decode": "base64.b64decode", "base64_decode": "base64.b64decode",
          "matlab.net.base64encode": "base64.b64encode", "base64_encode": "base64.b64encode",
          "sendmail": "smtplib.sendmail", "matlab.net.http.RequestMessage": "requests.post", "unlink": "os.remove",
          "run": "exec", "evalin": "exec"}
_CALL = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in sorted(_CALLS, key=len, reverse=True)) + r")\s*\(")
_TREE_DELETE = re.compile(r"(?<![\w.])rmdir\s*\(([^,()]+(?:\([^()]*\)[^,()]*)*),\s*'s'\s*\)")
# `feval('system', cmd)` and `feval(@system, cmd)` call the function they name.
_NAMED_CALL = re.compile(r"(?<![\w.])feval\s*\(\s*(?:'|@)(\w+)'?\s*,\s*")
_HOME_CALL = re.compile(r"(?<![\w.])get_home_directory\s*\(\s*\)")
_CHAR_CODES = re.compile(r"(?<![\w.])char\s*\(\s*\[([\d\s,]+)\]\s*\)")
_TEXT_CALL = re.compile(r"(?<![\w.])(?:char|string|native2unicode|strtrim|deblank)\s*\(")


def is_test_class(text: str) -> bool:
    """A `matlab.unittest` test class: its cases' literals are the test's data, as in Python's `test_*.py`."""
    return bool(_TEST_CLASS.search(text))


def is_matlab(text: str) -> bool:
    """A `.m` file that is MATLAB or Octave code, not Objective-C."""
    return not _OBJECTIVE_C.search(text)


def _outside_literals(text: str, change) -> str:
    """The text with its literals as Python literals and `change` applied to the code between them."""
    out, position = [], 0
    for m in _LITERAL.finditer(text):
        out.append(change(text[position:m.start()]))
        value = m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2).replace('""', '"')
        out.append(repr(value))
        position = m.end()
    out.append(change(text[position:]))
    return "".join(out)


def _without_comment(line: str) -> str:
    """A line less its `%` (or Octave `#`) comment; a `%` inside a literal is text."""
    position = 0
    for m in _LITERAL.finditer(line):
        if re.search(r"[%#]", line[position:m.start()]):
            break
        position = m.end()
    cut = re.search(r"[%#]", line[position:])
    return line if cut is None else line[:position + cut.start()]


_OPENING, _CLOSING = "([{\x01", ")]}\x02"


def _outside_quotes(text: str, start: int = 0):
    """Each character from `start` outside the literals (Python literals by now), with the bracket depth before it."""
    depth, quote = 0, ""
    for i in range(start, len(text)):
        c = text[i]
        if quote:
            quote = "" if c == quote and text[i - 1] != "\\" else quote
        elif c in "'\"":
            quote = c
        else:
            yield i, c, depth
            depth += (c in _OPENING) - (c in _CLOSING)


def _closing(text: str, start: int) -> int:
    """Where the bracket opened just before `start` closes."""
    return next((i for i, c, depth in _outside_quotes(text, start) if c in _CLOSING and not depth), len(text))


def _elements(inside: str, spaces: bool = True) -> list[str]:
    """A bracket's elements, parted by commas or by spaces between whole operands (`[mdl '_x']`, `[a, b]`); a call's
    arguments (not `spaces`) by commas only."""
    parts, last = [], 0
    for i, c, depth in _outside_quotes(inside):
        current = inside[last:i]
        if not depth and (c in ",;" or spaces and c in " \t" and current.strip() and not re.search(r"[-+*/=<>&|~^(]\s*$", current)
                          and not re.match(r"\s*(?:[-+*/=<>&|^)]|$)", inside[i:])):
            parts.append(current)
            last = i + 1
    return [p.strip() for p in [*parts, inside[last:]] if p.strip()]


def _concatenations(code: str) -> str:
    """`[a 'b' c]` as `(a + 'b' + c)` when it holds text; other brackets as lists; `[x, ~] = f()` as `x, _ = f()`."""
    out, position = [], 0
    while (start := code.find("[", position)) >= 0:
        end = _closing(code, start + 1)
        inside = _concatenations(code[start + 1:end])
        parts = _elements(inside)
        if re.match(r"\s*=(?!=)", code[end + 1:]):
            made = ", ".join("_" if p == "~" else p for p in parts)
        elif parts and None not in (values := [_literal_value(p) for p in parts]):
            made = repr("".join(values))
        elif any(p[:1] in "'\"" or _TEXT_CALL.match(p) or p.startswith(("os.", "getenv")) for p in parts):
            made = "(" + " + ".join(parts) + ")"
        else:
            made = "[" + ", ".join(parts) + "]"
        out += [code[position:start], made]
        position = end + 1
    out.append(code[position:])
    return "".join(out)


def _strcat_joined(code: str) -> str:
    """`strcat(a, 'b')` as `(a + 'b')`."""
    while m := re.search(r"(?<![\w.])strcat\s*\(", code):
        end = _closing(code, m.end())
        code = code[:m.start()] + "(" + " + ".join(_elements(code[m.end():end], spaces=False)) + ")" + code[end + 1:]
    return code


def _literal_value(part: str) -> str | None:
    """The text of a part that is one Python literal; None for anything else (a literal this reading got wrong too)."""
    if not _WHOLE_LITERAL.fullmatch(part):
        return None
    try:
        return ast.literal_eval(part)
    except (SyntaxError, ValueError):
        return None


def _sprintf_joined(code: str) -> str:
    """`sprintf('rm -rf %s', d)` as `('rm -rf ' + d)`: each field of a literal format filled with its argument."""
    position = 0
    while m := _SPRINTF.search(code, position):
        end = _closing(code, m.end())
        parts = _elements(code[m.end():end], spaces=False)
        if not parts or (form := _literal_value(parts[0])) is None:
            position = m.end()
            continue
        pieces, fields = _FORMAT_FIELD.split(form), parts[1:]
        joined = [repr(pieces[0])]
        for i, piece in enumerate(pieces[1:]):
            joined += [fields[i] if i < len(fields) else "''", repr(piece)]
        code = code[:m.start()] + "(" + " + ".join(j for j in joined if j not in ("''", '""')) + ")" + code[end + 1:]
    return code


def matlab_as_python(text: str) -> str:
    """MATLAB or Octave code as Python that does what it runs: comments dropped, `...` continuations joined, literals
    as Python's, `[a 'b']` and `strcat(a, b)` as `a + 'b'`, `!cmd` and `system(cmd)` as `os.system(cmd)`, file,
    web and base64 functions as Python's, `char([99 117 …])` as the text those codes spell."""
    text = _TEST_BLOCK.sub("", _BLOCK_COMMENT.sub("", text))
    text = re.sub(r"\.\.\.[^\n]*\n[ \t]*", " ", text)
    text = _SHELL_ESCAPE.sub(lambda m: f"{m.group(1)}os.system({m.group(2).strip()!r})", text)
    lines = [_without_comment(line).rstrip().rstrip(";") for line in text.splitlines()]

    def change(code: str) -> str:
        code = re.sub(r"(?<![\w.])py\.(?=\w)", "", code)  # MATLAB's calls into Python: `py.os.system(…)`
        code = re.sub(r"(?<![\w.])filesep\b(?:\s*\(\s*\))?", "'/'", code)
        code = _HOME_CALL.sub("os.path.expanduser('~')", code)
        code = _CHAR_CODES.sub(lambda m: repr("".join(chr(int(n)) for n in re.findall(r"\d+", m.group(1)) if int(n) < 0x110000)),
                               code)
        # a cell's braces are marked, so that joining a bracket's text leaves `{'rm', '-rf'}` a list
        return _CALL.sub(lambda m: _CALLS[m.group(1)] + "(", code).replace("{", "\x01").replace("}", "\x02")

    code = "\n".join(_outside_literals(line, change) for line in lines)
    code = _TREE_DELETE.sub(r"shutil.rmtree(\1)", code)
    code = _NAMED_CALL.sub(lambda m: _CALLS.get(m.group(1), m.group(1)) + "(", code)
    code = _concatenations(code)
    code = _strcat_joined(code)
    code = _sprintf_joined(code)
    code = re.sub(r"\(\(([^()]*)\)\)", r"(\1)", code)  # a joined text that is a call's only argument
    code = re.sub(r"^([ \t]*\w+\s*=\s*)\(([^()\n]*)\)[ \t]*$", r"\1\2", code, flags=re.M)  # or a name's value
    return code.replace("\x01", "[").replace("\x02", "]")
