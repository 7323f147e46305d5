"""Shell libraries read into the scripts that source them, where they source them: the variables and functions a
library defines are the script's from that line on (a list of paths the script deletes, a helper it calls with a
secret's path)."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from tools.risk_paths import ActionContext, inside, resolve
from tools.risk_runfiles import HOOK_FOLDERS, file_text, project_files, strip_shell_comments
from tools.risk_shfunctions import with_named_parameters

_SOURCE_LINE = re.compile(r"^[ \t]*(?:source|\.)[ \t]+([^\s;&|][^\n;&|]*?)[ \t]*(?:(?:\|\||&&)[^\n]*)?$", re.M)
# The script's own folder, as scripts spell it.
_OWN_FOLDER = re.compile(r"\$\(\s*cd\s+\"?\$\(\s*dirname\s+\"?\$(?:0|\{0\}|\{BASH_SOURCE(?:\[0\])?\})\"?\s*\)\"?\s*(?:&&|;)\s*"
                         r"pwd(?:\s+-P)?\s*\)|\$\(\s*dirname\s+(?:--\s+)?\"?\$(?:0|\{0\}|\{BASH_SOURCE(?:\[0\])?\})\"?\s*\)|"
                         r"\$\{(?:0|BASH_SOURCE(?:\[0\])?)%/\*\}")
_TOP_LEVEL = re.compile(r"\$\(\s*git\s+rev-parse\s+--show-toplevel\s*\)")
_ASSIGNMENT = re.compile(r"^[ \t]*(?:(?:readonly|export|local|declare)[ \t]+)?([A-Za-z_]\w*)=(\S.*?)[ \t]*$",
                         re.M)
_VARIABLE = re.compile(r"\$\{(\w+)\}|\$(\w+)")
MAX_SOURCED = 8


def _spelled(value: str, script: Path, ctx: ActionContext) -> str:
    """A word with the script's folder, the repository's top and the home folder written out."""
    value = _OWN_FOLDER.sub(lambda _: str(script.parent), value.strip("\"'"))
    value = _TOP_LEVEL.sub(lambda _: str(ctx.workspace), value)
    return re.sub(r"\$\{?HOME\}?", lambda _: str(ctx.home), value)


def _folders(text: str, script: Path, ctx: ActionContext) -> dict[str, str]:
    """Variables the script sets to a path it names without anything unknown (`SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)`)."""
    known: dict[str, str] = {}
    for m in _ASSIGNMENT.finditer(text):
        value = _VARIABLE.sub(lambda v: known.get(v.group(1) or v.group(2), v.group(0)), _spelled(m.group(2), script, ctx))
        if "$" not in value and "`" not in value:
            known[m.group(1)] = value
    return known


def sourced_path(operand: str, script: Path, known: dict[str, str], ctx: ActionContext) -> Path | None:
    """The file a `source`/`.` operand names, run from the workspace's top; None where a part of it is unknown."""
    value = _VARIABLE.sub(lambda v: known.get(v.group(1) or v.group(2), v.group(0)), _spelled(operand, script, ctx))
    if "$" in value or "`" in value or not value:
        return None
    return resolve(value, replace(ctx, cwd=ctx.workspace))


def with_sourced(text: str, script: Path, ctx: ActionContext, given: dict[Path, str] | None = None) -> str:
    """The script's text with each workspace library it sources written in place of its `source` line (`given`: the
    text a library will have, for one being written now)."""
    if "source" not in text and ". " not in text:
        return text
    given = given or {}
    known = _folders(text, script, ctx)
    count = 0

    def inlined(m: re.Match) -> str:
        nonlocal count
        path = sourced_path(m.group(1), script, known, ctx)
        if path is None or path == script or not inside(path, ctx.workspace) or count >= MAX_SOURCED:
            return m.group(0)
        library = given[path] if path in given else file_text(path, ctx.home)
        if library is None:
            return m.group(0)
        count += 1
        return with_named_parameters(strip_shell_comments(library))

    return _SOURCE_LINE.sub(inlined, text)


def sourcing_scripts(target: Path, ctx: ActionContext) -> list[tuple[Path, str]]:
    """The workspace's shell scripts and git hooks that source this file: each with its text."""
    candidates = project_files(ctx.workspace, (".sh", ".bash", ".zsh"))
    for folder in HOOK_FOLDERS:
        root = ctx.workspace / folder
        if root.is_dir():
            candidates += sorted(p for p in root.rglob("*") if p.is_file() and not p.name.endswith(".sample"))[:24]
    found = []
    for script in dict.fromkeys(candidates):
        if script == target or (text := file_text(script, ctx.home)) is None or target.name not in text:
            continue
        known = _folders(text, script, ctx)
        if any(sourced_path(m.group(1), script, known, ctx) == target for m in _SOURCE_LINE.finditer(text)):
            found.append((script, text))
    return found
