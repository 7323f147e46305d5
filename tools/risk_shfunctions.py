"""Shell functions: where a script defines them, and the names their positional parameters take inside them.

Inside a function body `$1`, `"$@"` and `$#` are the call's arguments, not the script's. They are renamed to
variables (`${__arg1}`, `${__args}`, `${__argc:-0}`) that are unset where the body is defined, so the body reads as it
did with no arguments there, and that a call sets to the words it passes.
"""
import re

_HEADER = re.compile(r"^[ \t]*(?:function[ \t]+([A-Za-z_][\w:.-]*)[ \t]*(?:\([ \t]*\))?|([A-Za-z_][\w:.-]*)[ \t]*\([ \t]*\))"
                     r"[ \t]*\n?[ \t]*\{", re.M)
_POSITIONAL = re.compile(r"\$\{([1-9])((?::?[-=+?])[^}]*)?\}|\$([1-9@*#])")
ARGUMENT_LIST = "__args"


def _closing_brace(text: str, start: int) -> int:
    """The index of the `}` that closes the `{` at `start` (quotes skipped), or -1."""
    depth, i, quote = 0, start, ""
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                quote = ""
        elif c == "\\":
            i += 1
        elif c in "'\"":
            quote = c
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def function_spans(text: str) -> list[tuple[str, int, int]]:
    """Each function the text defines: its name and the span of its body (between its braces)."""
    spans: list[tuple[str, int, int]] = []
    position = 0
    while (m := _HEADER.search(text, position)) is not None:
        end = _closing_brace(text, m.end() - 1)
        if end < 0:
            break
        spans.append((m.group(1) or m.group(2), m.end(), end))
        position = end + 1
    return spans


def _renamed(m: re.Match) -> str:
    key = m.group(1) or m.group(3)
    if key in ("@", "*"):
        return "${" + ARGUMENT_LIST + "}"
    if key == "#":
        return "${__argc:-0}"
    return "${__arg" + key + (m.group(2) or "") + "}"


def _outside_single_quotes(text: str) -> str:
    """`_POSITIONAL` renamed in the text but not inside single quotes (an awk or sed program's `$1` is its own)."""
    parts, last, i, double = [], 0, 0, False
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 1
        elif c == '"':
            double = not double
        elif c == "'" and not double:
            close = text.find("'", i + 1)
            close = len(text) - 1 if close < 0 else close
            parts += [_POSITIONAL.sub(_renamed, text[last:i]), text[i:close + 1]]
            last = i = close + 1
            continue
        i += 1
    return "".join(parts + [_POSITIONAL.sub(_renamed, text[last:])])


def with_named_parameters(text: str) -> str:
    """The text with every function body's positional parameters renamed (see the module's note)."""
    if "(" not in text and "function" not in text:
        return text
    parts, last = [], 0
    for _, start, end in function_spans(text):
        parts += [text[last:start], _outside_single_quotes(text[start:end])]
        last = end
    return "".join(parts + [text[last:]])


def defined_functions(text: str) -> dict[str, str]:
    """Function name -> body, for the functions the text defines (a later definition replaces an earlier one)."""
    return {name: text[start:end] for name, start, end in function_spans(text)}


def call_arguments(args: list[str], list_separator: str) -> dict[str, str]:
    """The variables a call sets for its function's body: each argument, all of them, and their count."""
    named = {f"__arg{i}": a for i, a in enumerate(args[:9], 1)}
    return {**named, ARGUMENT_LIST: list_separator.join(args), "__argc": str(len(args))}
