"""Files on disk that a command runs: a script handed to a shell or an interpreter (or run by its path), and the
files behind task runners — the makefile behind `make`, package.json behind `npm run`, conftest.py behind pytest,
git hooks behind `git commit`. Their text is read (regular text files up to 64 KiB) so that what they would do is
judged with the command that runs them: a person approving `bash deploy.sh` cannot see what deploy.sh holds."""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
from dataclasses import dataclass
from pathlib import Path

from tools.risk_paths import is_secret

MAX_SCRIPT_BYTES = 64 * 1024
MAX_TASK_FILES = 24  # conftest.py files read for one pytest run

# Options that only change how an interpreter reports or buffers; any other option before the script (one that
# takes a value, loads a start-up file, or reads commands from elsewhere) leaves the script unread.
_PLAIN_OPTIONS = {
    "shell": re.compile(r"-[euxvh]+|\+[euxvh]+|--"),
    "python": re.compile(r"-[uBEIOsSqb]+|-OO|-bb"),
    "node": re.compile(r"--(?:no-warnings|trace-warnings|enable-source-maps|no-deprecation)"),
    "perl": re.compile(r"-[wWT]+"),
    "ruby": re.compile(r"-[wW]\d?"),
}
SHELL_NAMES = {"sh", "bash", "zsh", "dash", "ksh"}


@dataclass(frozen=True)
class RunFile:
    """A file's text as the program that runs it sees it: `language` is "shell" or an interpreter's name."""

    path: Path
    language: str
    text: str


def file_text(path: Path, home: Path) -> str | None:
    """The text of a regular file of at most 64 KiB; None for anything else (missing, a device, a pipe, binary, a
    secret by its name or where its links lead: its text would show in the rationale)."""
    if is_secret(path, home) or is_secret(Path(os.path.realpath(path)), home):
        return None
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SCRIPT_BYTES:
            return None
        data = path.read_bytes()
    except (OSError, ValueError):
        return None
    return None if b"\x00" in data else data.decode("utf-8", "replace")


def family(runner: str) -> str:
    name = Path(runner).name
    if name in SHELL_NAMES:
        return "shell"
    for prefix in ("python", "node", "perl", "ruby"):
        if name.startswith(prefix):
            return prefix
    return name


def shebang_runner(text: str) -> str:
    """The program a script run by its path starts: its `#!` line's (through `env`), else sh."""
    first = text.split("\n", 1)[0]
    if not first.startswith("#!"):
        return "sh"
    words = first[2:].split()
    if words and Path(words[0]).name == "env":
        words = [w for w in words[1:] if not w.startswith("-") and "=" not in w]
    return Path(words[0]).name if words else "sh"


def script_operand(runner: str, args: list[str]) -> tuple[str, list[str]] | None:
    """`(script, its arguments)` when `runner args…` runs a script file after only plain options; else None."""
    plain = _PLAIN_OPTIONS.get(family(runner))
    for i, arg in enumerate(args):
        if not arg.startswith(("-", "+")) or arg == "-":
            return (arg, args[i + 1:]) if arg != "-" else None
        if plain is None or not plain.fullmatch(arg):
            return None
    return None


def module_file(module: str, cwd: Path) -> Path | None:
    """The file `python -m pkg.mod` runs when the module is the project's own."""
    if not re.fullmatch(r"[A-Za-z_][\w.]*", module):
        return None
    base = cwd.joinpath(*module.split("."))
    for candidate in (base.with_suffix(".py"), base / "__main__.py"):
        if candidate.is_file():
            return candidate
    return None


def with_arguments(text: str, script: str, args: list[str]) -> str:
    """A shell script's positional parameters (`$0`, `$1`, `${2}`, `"$@"`) replaced by its path and the arguments it
    is given."""
    def value(m: re.Match) -> str:
        key = m.group(1) or m.group(2)
        if key == "0":
            return script
        if key in ("@", "*"):
            return " ".join(args)
        if key == "#":
            return str(len(args))
        index = int(key)
        return args[index - 1] if 0 < index <= len(args) else ""
    return re.sub(r"\$\{([0-9]|[@*#])\}|\$([0-9@*#])", value, text)


def strip_shell_comments(text: str) -> str:
    """The script without its comments: a `#` that begins a word outside quotes and here-documents ends the line."""
    out: list[str] = []
    i, n, quote, word_start = 0, len(text), "", True
    heredocs: list[str] = []
    while i < n:
        c = text[i]
        if quote:
            out.append(c)
            if c == "\\" and quote in ('"', "$'") and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == quote[-1]:
                quote = ""
            i += 1
            continue
        if c == "#" and word_start:
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        if c == "\n":
            out.append(c)
            i += 1
            while heredocs:  # here-document bodies are text, not commands: kept as they are
                delimiter = heredocs.pop(0)
                while i < n:
                    end = text.find("\n", i)
                    line = text[i:] if end < 0 else text[i:end + 1]
                    out.append(line)
                    i += len(line)
                    if line.strip() == delimiter:
                        break
            word_start = True
            continue
        if c == "\\" and i + 1 < n:
            out.append(text[i:i + 2])
            i += 2
            word_start = False
            continue
        if c == "<" and text.startswith("<<", i) and not text.startswith("<<<", i):
            m = re.match(r"<<-?\s*(['\"]?)([\w.-]+)\1", text[i:])
            if m:
                heredocs.append(m.group(2))
                out.append(m.group(0))
                i += len(m.group(0))
                word_start = False
                continue
        if c in "'\"":
            quote = "$'" if c == "'" and out and out[-1] == "$" else c
        out.append(c)
        word_start = c in " \t;&|()<>"
        i += 1
    return "".join(out)


def _make_variables(text: str) -> dict[str, str]:
    return {m.group(1): m.group(2).strip() for m in re.finditer(r"^([A-Za-z_][\w.]*)\s*[:?+]?=\s*(.*)$", text, re.M)}


def makefile_commands(text: str, targets: list[str]) -> str:
    """The recipes `make TARGET…` runs (the first target when none is named, with the targets each depends on),
    with `$(VAR)` expanded from the makefile's own assignments, and every `$(shell …)`, which runs when make reads
    the file."""
    text = re.sub(r"\\\n", " ", text)
    variables = _make_variables(text)
    rules: dict[str, tuple[list[str], list[str]]] = {}
    current: list[str] = []
    first = ""
    for line in text.splitlines():
        if line.startswith("\t"):
            for target in current:
                rules[target][1].append(line.strip().lstrip("@-+").strip())
            continue
        m = re.match(r"^([^\s:=#][^:=]*?)\s*::?(?!=)\s*([^=]*)$", line)
        if m and not line.lstrip().startswith("#"):
            names = [t for t in m.group(1).split() if not t.startswith(".")]
            deps = m.group(2).split(";", 1)
            for target in names:
                rules.setdefault(target, ([], []))[0].extend(deps[0].split())
                if len(deps) > 1:
                    rules[target][1].append(deps[1].strip())
            current = names
            first = first or (names[0] if names and "%" not in names[0] else "")
        elif line.strip() and not line.startswith(" "):
            current = []
    wanted, seen, commands = list(targets) or [first], set(), []
    while wanted:
        target = wanted.pop(0)
        if target in seen or target not in rules:
            continue
        seen.add(target)
        deps, recipes = rules[target]
        wanted.extend(deps)
        commands.extend(recipes)
    commands += re.findall(r"\$\(shell\s+([^)]*)\)", text)

    def expand(command: str, depth: int = 0) -> str:
        if depth > 3:
            return command
        expanded = re.sub(r"\$[({](\w+)[)}]", lambda m: variables.get(m.group(1), m.group(0)), command)
        return expanded if expanded == command else expand(expanded, depth + 1)

    return "\n".join(re.sub(r"\$\((\w+)\)", r"${\1}", expand(c)).replace("$$", "$") for c in commands if c)


_LIFECYCLE = {"install": ["preinstall", "install", "postinstall", "prepare"], "ci": ["preinstall", "install",
              "postinstall", "prepare"], "publish": ["prepublishOnly", "prepack", "prepare", "postpack", "publish",
              "postpublish"], "pack": ["prepack", "prepare", "postpack"]}
_PACKAGE_MANAGERS = {"npm", "yarn", "pnpm", "bun"}


def package_scripts(text: str, manager: str, args: list[str]) -> str:
    """The package.json scripts `npm run X` (`npm test`, `yarn X`, `pnpm X`, `npm install` …) runs, with X's pre
    and post scripts."""
    try:
        scripts = json.loads(text).get("scripts") or {}
    except (ValueError, AttributeError):
        return ""
    if not isinstance(scripts, dict):
        return ""
    words = [a for a in args if not a.startswith("-")]
    if not words and manager == "yarn":
        words = ["install"]
    if not words:
        return ""
    verb = words[0]
    if verb in ("run", "run-script", "exec") and len(words) > 1:
        verb = words[1]
    elif verb in ("test", "t", "tst"):
        verb = "test"
    elif verb in ("start", "stop", "restart"):
        pass
    elif verb in ("install", "i", "add", "ci"):
        return "\n".join(str(scripts[s]) for s in _LIFECYCLE["install"] if s in scripts) if len(words) == 1 else ""
    elif verb in _LIFECYCLE:
        return "\n".join(str(scripts[s]) for s in _LIFECYCLE[verb] if s in scripts)
    elif manager == "npm" or verb not in scripts:
        return ""
    return "\n".join(str(scripts[s]) for s in (f"pre{verb}", verb, f"post{verb}") if s in scripts)


def justfile_commands(text: str, recipes: list[str]) -> str:
    """The bodies of the justfile recipes named (the first one when none is), and the recipes they depend on."""
    bodies: dict[str, tuple[list[str], list[str]]] = {}
    current, first = "", ""
    for line in text.splitlines():
        m = re.match(r"^@?([A-Za-z_][\w-]*)(?:\s+[^:]*)?:(?!=)\s*(.*)$", line)
        if m and not line.startswith((" ", "\t")):
            current = m.group(1)
            bodies[current] = (m.group(2).split(), [])
            first = first or current
        elif current and line.startswith((" ", "\t")) and line.strip():
            bodies[current][1].append(line.strip().lstrip("@-"))
        elif line.strip() and not line.startswith("#"):
            current = ""
    wanted, seen, commands = [r for r in recipes if not r.startswith("-")][:1] or [first], set(), []
    while wanted:
        recipe = wanted.pop(0)
        if recipe in seen or recipe not in bodies:
            continue
        seen.add(recipe)
        wanted.extend(bodies[recipe][0])
        commands.extend(bodies[recipe][1])
    return "\n".join(re.sub(r"\{\{\s*(\w+)\s*\}\}", r"$\1", c) for c in commands)


def _hook_names(args: list[str]) -> list[str]:
    verb = next((a for a in args if not a.startswith("-")), "")
    if verb == "commit":
        return ["pre-commit", "prepare-commit-msg", "commit-msg", "post-commit"]
    if verb in ("merge", "pull"):
        return ["pre-merge-commit", "post-merge"]
    if verb in ("checkout", "switch"):
        return ["post-checkout"]
    if verb == "push":
        return ["pre-push"]
    if verb == "rebase":
        return ["pre-rebase"]
    return []


def _conftests(root: Path) -> list[Path]:
    found: list[Path] = []
    for folder in [root, *(p for p in sorted(root.rglob("*")) if p.is_dir() and not p.name.startswith(".")
                           and "node_modules" not in p.parts and ".venv" not in p.parts)][:200]:
        if (folder / "conftest.py").is_file():
            found.append(folder / "conftest.py")
        if len(found) >= MAX_TASK_FILES:
            break
    return found


def task_files(name: str, args: list[str], cwd: Path, home: Path) -> list[RunFile]:
    """What a task runner, build tool or git runs from the files of the project it is started in."""
    operands = [a for a in args if not a.startswith("-")]
    found: list[RunFile] = []

    def add(path: Path, language: str, select=lambda text: text) -> None:
        text = file_text(path, home)
        if text is not None and (chosen := select(text)):
            found.append(RunFile(path, language, chosen))

    if name in ("make", "gmake"):
        named = [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-f", "--file", "--makefile")]
        makefile = cwd / named[0] if named else next(
            (cwd / f for f in ("GNUmakefile", "makefile", "Makefile") if (cwd / f).is_file()), None)
        targets = [a for i, a in enumerate(args) if not a.startswith("-") and "=" not in a
                   and not (i and args[i - 1] in ("-f", "--file", "--makefile", "-C", "-j"))]
        if makefile is not None:
            add(makefile, "shell", lambda text: makefile_commands(text, targets))
    elif name in _PACKAGE_MANAGERS:
        add(cwd / "package.json", "shell", lambda text: package_scripts(text, name, args))
    elif name == "just":
        for justfile in ("justfile", "Justfile", ".justfile"):
            add(cwd / justfile, "shell", lambda text: justfile_commands(text, operands))
    elif name in ("pytest", "py.test") or name.startswith("python") and args[:2] == ["-m", "pytest"]:
        for conftest in _conftests(cwd):
            add(conftest, "python")
    elif name in ("pip", "pip3") and operands[:1] == ["install"] and any(o in (".", "./") for o in operands[1:]) \
            or name.startswith("python") and operands[:1] == ["setup.py"]:
        add(cwd / "setup.py", "python")
    elif name in ("tox",):
        add(cwd / "tox.ini", "shell", lambda text: "\n".join(
            line.strip() for block in re.findall(r"^commands(?:_pre|_post)?\s*=\s*((?:.*\n?)(?:[ \t]+.*\n?)*)", text, re.M)
            for line in block.splitlines() if line.strip()))
    elif name == "nox":
        add(cwd / "noxfile.py", "python")
    elif name in ("invoke", "inv"):
        add(cwd / "tasks.py", "python")
    elif name == "rake":
        add(cwd / "Rakefile", "ruby")
    elif name in ("gradle", "gradlew"):
        for build in ("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"):
            add(cwd / build, "groovy")
    elif name == "cargo" and operands[:1] and operands[0] in ("build", "run", "test", "check", "b", "r", "t"):
        add(cwd / "build.rs", "rust")
    elif name == "git":
        for hook in _hook_names(args):
            for folder in (".git/hooks", ".husky"):
                add(cwd / folder / hook, "shell")
    elif name == "pre-commit" and operands[:1] in (["run"], []):
        add(cwd / ".pre-commit-config.yaml", "shell", lambda text: "\n".join(
            m.group(2) for m in re.finditer(r"^\s*(?:-\s*)?entry:\s*(['\"]?)(.+?)\1\s*$", text, re.M)))
    elif name == "direnv" and operands[:1] in (["allow"], ["reload"], ["exec"]):
        add(cwd / ".envrc", "shell")
    return found


def shell_script(text: str, script: str, args: list[str]) -> str:
    """A shell script's text as commands: comments gone, its path and arguments in place of `$0`, `$1`, `"$@"` …"""
    return with_arguments(strip_shell_comments(text), script, [shlex.quote(a) if " " in a else a for a in args])
