"""Files on disk that a command runs: a script handed to a shell or an interpreter (or run by its path), and the
files behind task runners — the makefile behind `make`, package.json behind `npm run`, conftest.py behind pytest,
git hooks behind `git commit`. Their text is read (regular text files up to 64 KiB) so that what they would do is
judged with the command that runs them: a person approving `bash deploy.sh` cannot see what deploy.sh holds."""

from __future__ import annotations

import io
import json
import os
import posixpath
import re
import shlex
import stat
import tokenize
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tools.guarded_pattern import GuardedPattern
from tools.risk_buildfiles import BUILD_FILE_NAMES, msbuild_commands
from tools.risk_cmake import CMAKE_NAMES
from tools.risk_matlab import is_matlab
from tools.risk_paths import base_name, is_secret
from tools.risk_shfunctions import with_named_parameters

MAX_SCRIPT_BYTES = 64 * 1024
MAX_TASK_FILES = 24  # files of one kind read for one command (conftest.py files for pytest …)

# Options that only change how an interpreter reports or buffers; any other option before the script (one that
# takes a value, loads a start-up file, or reads commands from elsewhere) leaves the script unread.
_PLAIN_OPTIONS = {
    "shell": re.compile(r"-[euxvh]+|\+[euxvh]+|--"),
    "python": re.compile(r"-[uBEIOsSqb]+|-OO|-bb"),
    "node": re.compile(r"--(?:no-warnings|trace-warnings|enable-source-maps|no-deprecation)"),
    "perl": re.compile(r"-[wWT]+|-I\S+"),
    "ruby": re.compile(r"-[wW]\d?"),
    "julia": re.compile(r"--project(?:=\S*)?|--startup-file=no|--history-file=no|--banner=no|--color=\w+|"
                        r"--threads=\S+|-t\d+|-O\d|-q|--quiet"),
    "lua": re.compile(r"-W"),
    "r": re.compile(r"--(?:vanilla|no-save|no-restore|no-environ|no-site-file|no-init-file|quiet|silent|slave|no-echo|"
                    r"verbose)|-[qs]"),
}
# PowerShell's options before `-File`: those in the first set stand alone, those in the second take a value.
_POWERSHELL_OPTIONS = ({"-noprofile", "-nop", "-noninteractive", "-noni", "-nologo", "-sta", "-mta"},
                       {"-executionpolicy", "-ep", "-exec", "-windowstyle", "-w"})
SHELL_NAMES = {"sh", "bash", "zsh", "dash", "ksh"}


@dataclass(frozen=True)
class RunFile:
    """A file's text as the program that runs it sees it: `language` is "shell", an interpreter's name, or "script"
    (a file run by its path: its `#!` line says)."""

    path: Path
    language: str
    text: str


# Files whose text runs later on this machine. Some run without anyone asking (hooks, start-up files, folder-open
# tasks, Python start-up, services, cron); the rest when someone runs them (make, npm scripts, CI steps, scripts).
# lint-staged's configuration: a pre-commit hook runs its commands.
LINT_STAGED_CONFIG = r"\.lintstagedrc(?:\.json|\.ya?ml|\.c?js|\.mjs)?|lint-staged\.config\.[cm]?[jt]s"
# Files a shell reads as commands when it starts, or direnv when it enters the folder.
_SHELL_START_UP = (".envrc", ".bashrc", ".zshrc", ".profile", ".bash_profile", ".zprofile", ".zshenv", ".zlogin",
                   ".bash_logout", ".zlogout")
# …read whole as shell, also a dotfiles repository's copies of them (linked into the home).
SHELL_START_UP_NAMES = {*_SHELL_START_UP, "bashrc", "zshrc", "bash_profile", "zprofile", "zshenv"}
RUNS_UNASKED = re.compile(
    r"(^|/)(\.git/hooks/[^/]+|\.husky/[^/]+|\.git/config|\.gitconfig|" + "|".join(map(re.escape, _SHELL_START_UP)) + "|"
    r"\.config/fish/.+\.fish|\.config/systemd/user/[^/]+|"
    r"\.config/autostart/[^/]+\.desktop|\.vscode/tasks\.json|\.devcontainer/devcontainer\.json|"
    r"\.pre-commit-config\.ya?ml|(setup|conftest|sitecustomize|usercustomize)\.py|[^/]+\.pth|cron\.d/[^/]+|crontab(?:\.[\w-]+)?|"
    r"Start Menu/Programs/Startup/[^/]+|\.pdbrc|\.pylintrc|pylintrc|\.wgetrc|\.curlrc|Library/Launch(?:Agents|Daemons)/[^/]+|"
    r"\.vscode/settings\.json|\.exrc|\.vimrc|\.nvimrc|\.nvim\.lua|\.gradle/init\.d/[^/]+|init\.gradle(?:\.kts)?|"
    r"kernels/[^/]+/kernel\.json|\.ipython/profile_[^/]+/startup/[^/]+|\.Rprofile|\.julia/config/startup\.jl|"
    r"etc/(?:zshrc|zprofile|zshenv|zlogin|bashrc|bash\.bashrc|profile)|addons/[^/]+/plugin\.gd|etc/conda/(?:de)?activate\.d/[^/]+|"
    r"startup\.m|\.octaverc|PKG_ADD|"  # MATLAB's and Octave's: when they start, or when the folder joins their path
    rf"\.?lefthook(?:-local)?\.ya?ml|\.overcommit\.ya?ml|grumphp\.ya?ml(?:\.dist)?|{LINT_STAGED_CONFIG})$")
JUSTFILE_NAMES = r"[Jj]ustfile|\.justfile|[^/]+\.just"
PLAYBOOK_NAMES = r"playbooks?/.+\.ya?ml|playbook[^/]*\.ya?ml"  # Ansible's
RUNS_WHEN_ASKED = re.compile(r"(^|/)((GNU)?[Mm]akefile|[^/]+\.mk|package\.json|Jenkinsfile|\.gitlab-ci\.ya?ml|"
                              r"\.github/workflows/[^/]+\.ya?ml|azure-pipelines[^/]*\.ya?ml|\.azure-pipelines/.+\.ya?ml|bitbucket-pipelines\.ya?ml|"
                              r"\.circleci/config\.ya?ml|[^/]+\.(sh|bash|zsh|fish|bat|cmd|ps1)|(docker-)?compose[^/]*\.ya?ml|"
                              r"\.cargo/config(\.toml)?|[^/]+\.go|\.gitmodules|Gemfile|Rakefile|Vagrantfile|Podfile|Fastfile|"
                              r"build\.rs|Capfile|MLproject|[^/]+\.sh\.eex|composer\.json|pom\.xml|\.idea/.+\.xml|(?:[^/]*changelog[^/]*/)(?:[^/]+/)*[^/]+\.xml|[^/]+\.(?:rake|gemspec|gradle|gradle\.kts)|"
                              rf"{JUSTFILE_NAMES}|[^/]+\.cron|tasks\.py|noxfile\.py|fabfile\.py|tox\.ini|"
                              r"[^/]+\.config\.(?:js|cjs|mjs|ts)|gulpfile\.\w+|[Gg]runtfile\.js|\.eslintrc\.c?js|"
                              r"action\.ya?ml|project\.json|[^/]+\.service|\.storybook/main\.[cm]?[jt]s|"
                              r"[Tt]askfile(?:\.[\w-]+)?\.ya?ml|[Tt]askfiles/.+\.ya?ml|tasks/[^/]+\.ya?ml|roles/[^/]+/handlers/[^/]+\.ya?ml|skaffold\.ya?ml|(?:[^/]+\.)?Tiltfile|"
                              rf"nodemon\.json|prefect\.ya?ml|{PLAYBOOK_NAMES}|\.goreleaser\.ya?ml|"
                              rf"{BUILD_FILE_NAMES}|{CMAKE_NAMES})$")


# Files of a workspace that run without anyone asking, and may name other files of it that they run or source.
HOOK_FOLDERS = (".git/hooks", ".githooks", ".husky", ".hooks")  # where repositories keep git's hooks
_UNASKED_RUNNERS = (*(f"{folder}/*" for folder in HOOK_FOLDERS), ".envrc", ".devcontainer/devcontainer.json",
                    ".devcontainer.json", ".vscode/tasks.json", ".pre-commit-config.yaml", ".pre-commit-config.yml",
                    "lefthook.yml", ".lefthook.yml", "ipython_config.py", ".ipython/profile_*/ipython_config.py")


def named_by_unasked(target: Path, workspace: Path, home: Path) -> bool:
    """Whether a file of the workspace that runs unasked (a git, husky or lefthook hook, `.envrc`, a dev container's
    lifecycle commands, a folder-open task, a pre-commit hook, an IPython profile's `exec_files`) names this file by its
    path: then it runs unasked too."""
    try:
        relative = target.relative_to(workspace).as_posix()
    except ValueError:
        return False
    # by its path from the workspace, also after the repository's root (`$REPO_ROOT/`, `$(git rev-parse --show-toplevel)/`)
    pattern = re.compile(rf"(?:(?<![\w./-])|(?<=[)}}]/)|\$[A-Za-z_]\w*/)(?:\./)?{re.escape(relative)}(?![\w.-])")
    runners = [p for glob in _UNASKED_RUNNERS for p in sorted(workspace.glob(glob))[:MAX_TASK_FILES] if p != target]
    return any(pattern.search(file_text(p, home) or "") for p in runners)


_HOOKS_PATH = re.compile(r"""hooks[Pp]ath\s*[= ]\s*['"]?([\w./-]+)""")


def in_hooks_folder(target: Path, workspace: Path, home: Path) -> bool:
    """Whether the file lies in the folder the repository's `.git/config` (or a `git config core.hooksPath` line of
    `package.json`) makes git's hooks folder: git runs it unasked."""
    texts = (file_text(workspace / name, home) or "" for name in (".git/config", "package.json"))
    return any(target.parent == (workspace / m.group(1)).resolve() for text in texts for m in _HOOKS_PATH.finditer(text)
               if not m.group(1).startswith("/"))


def runs_later(path: str) -> bool:
    """Whether a file at this path runs later, unasked or when someone runs the project's tasks."""
    return bool(RUNS_UNASKED.search(path) or RUNS_WHEN_ASKED.search(path))


def file_text(path: Path, home: Path) -> str | None:
    """The text of a regular file of at most 64 KiB; None for anything else (missing, a device, a pipe, binary, a
    secret by its name or where its links lead: its text would show in the rationale)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_SCRIPT_BYTES:
            return None
        if is_secret(path, home) or is_secret(Path(os.path.realpath(path)), home):
            return None
        data = path.read_bytes()
    except (OSError, ValueError):
        return None
    return None if b"\x00" in data else data.decode("utf-8", "replace")


def r_environ(text: str) -> dict[str, str]:
    """The variables an .Renviron file's text sets (`NAME=value` lines)."""
    pairs = re.findall(r"^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*?)\s*$", text, re.M)
    return {name: value.strip("'\"") for name, value in pairs}


def r_start_up_file(cwd: Path, named: str, home: Path) -> Path:
    """The file an .Renviron variable names (relative to the working folder, `~` and `$HOME` expanded)."""
    named = named.replace("${HOME}", str(home)).replace("$HOME", str(home))
    return Path(named.replace("~", str(home), 1)) if named.startswith("~") else cwd / named


def family(runner: str) -> str:
    name = base_name(runner)
    if name in SHELL_NAMES:
        return "shell"
    if name in ("Rscript", "R"):
        return "r"
    if name in ("pwsh", "powershell", "pwsh.exe", "powershell.exe"):
        return "powershell"
    if name in ("matlab", "octave", "octave-cli"):
        return "matlab"
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
    if words and base_name(words[0]) == "env":
        words = [w for w in words[1:] if not w.startswith("-") and "=" not in w]
    return base_name(words[0]) if words else "sh"


_CODE_LANGUAGES = {"py": "python", "pyw": "python", "js": "node", "mjs": "node", "cjs": "node", "ts": "node", "mts": "node",
                   "cts": "node", "jsx": "node", "tsx": "node", "rb": "ruby", "rake": "ruby", "pl": "perl", "pm": "perl",
                   "php": "php", "lua": "lua", "jl": "julia", "sh": "shell", "bash": "shell", "command": "shell", "zsh": "shell",
                   "ksh": "shell", "gd": "gdscript"}


CODE_ENDINGS = tuple(f".{e}" for e in _CODE_LANGUAGES)
# Compiled languages' sources: a build, a code generator or a test run compiles and runs them from elsewhere.
_SOURCE_LANGUAGES = {"go": "go", "rs": "rust", "java": "java", "kt": "kotlin", "kts": "kotlin", "groovy": "groovy",
                     "gradle": "groovy", "scala": "scala", "sbt": "scala", "cs": "csharp", "c": "c", "h": "c", "cc": "cpp", "cpp": "cpp",
                     "cxx": "cpp", "hh": "cpp", "hpp": "cpp", "swift": "swift", "ex": "elixir", "exs": "elixir",
                     "dart": "dart", "smk": "python", "sbatch": "shell", "slurm": "shell", "nf": "groovy",
                     "ps1": "powershell", "psm1": "powershell", "ahk": "autohotkey", "bzl": "starlark", "star": "starlark", "cake": "csharp",
                     "csx": "csharp", "m": "matlab", "zig": "zig", **dict.fromkeys(("f", "for", "f90", "f95", "f03", "f08"), "fortran")}
# Files that are code under names of their own: latexmk's and luacheck's settings, Snakemake's workflow, Octave's start-up.
_NAMED_SOURCES = {"latexmkrc": "perl", ".latexmkrc": "perl", ".luacheckrc": "lua", "Snakefile": "python", ".octaverc": "matlab", ".pryrc": "ruby", ".irbrc": "ruby",
                  "PKG_ADD": "matlab", "PKG_DEL": "matlab",
                  "Dangerfile": "ruby", "Guardfile": "ruby", "Capfile": "ruby", "config.ru": "ruby", "Rakefile": "ruby",
                  "Gemfile": "ruby",
                  **dict.fromkeys(("Appfile", "Pluginfile", "Matchfile", "Deliverfile", "Snapfile", "Gymfile", "Scanfile"),
                                  "ruby")}  # fastlane loads them with the Fastfile
_PHP_MODULE = re.compile(r"\.(?:module|install|inc|theme|engine|profile)$")  # Drupal's PHP files
_NEXTFLOW_CONFIG = re.compile(r"^\s*(?:process|params|executor|profiles|includeConfig|env)\b", re.M)


def code_language(path: str, text: str) -> str | None:
    """The language a file's code runs in, by its extension (or "script" for a `#!` file without one); None for a file
    that is not code some tool runs as it stands. PowerShell, batch and R files are left to readers of their own (R's
    start-up files when written, every script when it runs): R's code reader takes a lint rule's patterns or a guard's
    own checks for the deletions and secret reads they look for."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    if name in SHELL_START_UP_NAMES:
        return "shell"
    if "." not in name.lstrip("."):
        return "script" if text.startswith("#!") else None
    return _CODE_LANGUAGES.get(name.rsplit(".", 1)[-1].lower())


def source_language(path: str, text: str = "") -> str | None:
    """The language of a source file that a build, a test run or a tool runs (a compiled language, Swift, Elixir, Dart,
    a workflow's or a tool's settings written as code), by its name; None for any other file."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    if name in _NAMED_SOURCES:
        return _NAMED_SOURCES[name]
    if name.endswith(".config") and _NEXTFLOW_CONFIG.search(text):  # Nextflow's settings are Groovy
        return "groovy"
    if _PHP_MODULE.search(name) and text.lstrip().startswith("<?php"):
        return "php"
    language = _SOURCE_LANGUAGES.get(name.rsplit(".", 1)[-1].lower()) if "." in name.lstrip(".") else None
    return None if language == "matlab" and not is_matlab(text) else language


def script_operand(runner: str, args: list[str]) -> tuple[str, list[str]] | None:
    """`(script, its arguments)` when `runner args…` runs a script file after only plain options; else None."""
    language = family(runner)
    if language == "powershell":
        return _powershell_script(args)
    if language == "r" and base_name(runner) == "R":  # `R -f x.R`, `R --file=x.R`, `R CMD BATCH x.R`
        if args[:2] == ["CMD", "BATCH"]:
            operands = [a for a in args[2:] if not a.startswith("-")]
            return (operands[0], []) if operands else None
        named = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "-f"] + [a[7:] for a in args if a.startswith("--file=")]
        return (named[0], []) if named else None
    plain = _PLAIN_OPTIONS.get(language)
    for i, arg in enumerate(args):
        if not arg.startswith(("-", "+")) or arg == "-":
            return (arg, args[i + 1:]) if arg != "-" else None
        if plain is None or not plain.fullmatch(arg):
            return None
    return None


def _powershell_script(args: list[str]) -> tuple[str, list[str]] | None:
    alone, valued = _POWERSHELL_OPTIONS
    i = 0
    while i < len(args):
        flag = args[i].lower()
        if flag in ("-file", "-f") and i + 1 < len(args):
            return args[i + 1], args[i + 2:]
        if not flag.startswith("-"):
            return args[i], args[i + 1:]
        if flag not in alone | valued:
            return None
        i += 2 if flag in valued else 1
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
        key = m.group(1) or m.group(3)
        if key == "0":
            return script
        if key in ("@", "*"):
            return " ".join(args)
        if key == "#":
            return str(len(args))
        index = int(key)
        given = args[index - 1] if 0 < index <= len(args) else ""
        default = m.group(2) or ""
        return default.lstrip(":")[1:] if default.lstrip(":")[:1] in ("-", "=") and not given else given
    return re.sub(r"\$\{([0-9]|[@*#])(:?[-=][^}]*)?\}|\$([0-9@*#])", value, text)


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


def split_words(text: str) -> list[str]:
    """Shell words of a text; a plain split when its quotes do not balance."""
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


def as_docker_run(arguments: dict) -> str:
    """A container server's run call as the `docker run` command it amounts to (mounts, image, command)."""
    words = ["docker", "run"]
    volumes = arguments.get("volumes") or arguments.get("mounts") or arguments.get("binds") or []
    for v in volumes if isinstance(volumes, list) else [f"{k}:{v}" for k, v in volumes.items()] if isinstance(volumes, dict) else []:
        if isinstance(v, str):
            words += ["-v", v]
        elif isinstance(v, dict):
            host = v.get("host") or v.get("source") or v.get("src") or v.get("host_path")
            inner = v.get("container") or v.get("target") or v.get("dst") or v.get("container_path")
            if host and inner:
                words += ["-v", f"{host}:{inner}"]
    words.append(str(arguments["image"]))
    command = arguments.get("command") or arguments.get("cmd") or []
    words += command if isinstance(command, list) else split_words(str(command)) if command else []
    return shlex.join(str(w) for w in words)


@lru_cache(maxsize=16)  # one compose text is asked for its mounts, environments and commands in turn
def _compose_services(text: str) -> tuple[dict, ...]:
    import yaml  # only a written compose file needs it, not every start of AEGIS

    try:
        services = (yaml.safe_load(text) or {}).get("services") or {}
    except (yaml.YAMLError, AttributeError):
        return ()
    return tuple(s for s in services.values() if isinstance(s, dict)) if isinstance(services, dict) else ()


def compose_bind_mounts(text: str) -> list[list[tuple[str, str]]]:
    """Each compose service's bind mounts as (container path, host path as written) pairs; named volumes are left out."""
    mounts = []
    for service in _compose_services(text):
        pairs = []
        for volume in service.get("volumes") or []:
            if isinstance(volume, str) and ":" in volume:
                host, inner = volume.split(":")[:2]
            elif isinstance(volume, dict) and volume.get("source") and volume.get("target"):
                host, inner = str(volume["source"]), str(volume["target"])
            else:
                continue
            if host.startswith((".", "/", "~", "$")):
                pairs.append((inner, host))
        mounts.append(pairs)
    return mounts


def compose_environments(text: str) -> list[dict[str, str]]:
    """Each compose service's `environment` (a mapping or `NAME=value` lines), in the order of `compose_bind_mounts`."""
    environments = []
    for service in _compose_services(text):
        given = service.get("environment") or {}
        if isinstance(given, list):
            given = dict(str(item).split("=", 1) for item in given if "=" in str(item))
        environments.append({str(k): str(v) for k, v in given.items() if v is not None} if isinstance(given, dict) else {})
    return environments


def on_host(text: str, host_paths: dict[str, str]) -> str:
    """A text run in a container with its bind mounts' container paths written as the host paths mounted there."""
    for inner in sorted(host_paths, key=len, reverse=True):
        if inner != "/":
            text = re.sub(rf"(?<![\w.-]){re.escape(inner)}(?=/|$|[\s'\";*])", host_paths[inner].rstrip("/"), text, flags=re.M)
    return re.sub(r"(?<![\w.:-])//+", "/", text)


def compose_commands(text: str) -> list[str]:
    """Each compose service as the `docker run` it amounts to: its mounts, image and command."""
    runs = []
    for service in _compose_services(text):
        command: list = []
        for part in (service.get("entrypoint"), service.get("command")):
            command += part if isinstance(part, list) else split_words(str(part)) if part else []
        volumes = service.get("volumes") or []
        runs.append(as_docker_run({"image": service.get("image", "image"), "volumes": volumes, "command": command}))
        test = (service.get("healthcheck") or {}).get("test") if isinstance(service.get("healthcheck"), dict) else None
        if test:  # ["CMD-SHELL", "line"], ["CMD", program, args…] or a line: it runs in the container again and again
            probe = test[1:] if isinstance(test, list) and test[:1] in (["CMD"], ["CMD-SHELL"]) else test
            words = ["sh", "-c", str(probe[0])] if isinstance(test, list) and test[:1] == ["CMD-SHELL"] and probe else (
                [str(w) for w in probe] if isinstance(probe, list) else ["sh", "-c", str(probe)])
            runs.append(as_docker_run({"image": service.get("image", "image"), "volumes": volumes, "command": words}))
    return runs


def with_included(text: str, folder: Path, home: Path) -> str:
    """A makefile's text with the files it `include`s (relative to its folder, at most 24) in their place."""
    count = 0

    def included(m: re.Match) -> str:
        nonlocal count
        texts = []
        for name in m.group(1).split():
            for path in sorted(folder.glob(name)) if any(c in name for c in "*?[") else [folder / name]:
                count += 1
                if count <= MAX_TASK_FILES and (found := file_text(path, home)) is not None:
                    texts.append(found)
        return "\n".join(texts)
    return re.sub(r"^[-s]?include\s+(.+)$", included, text, flags=re.M)


def python_without_notes(text: str) -> str:
    """Python source with its comments and docstrings blanked (what they say is not what the code does; a docstring
    becomes `0`, so a block keeps a statement); the text as it is when it does not tokenize. A `coding:` line is obeyed
    as Python obeys it (under utf-7, `+AAo-` in a comment is a new line of code)."""
    cookie = re.search(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", "\n".join(text.splitlines()[:2]), re.M)
    if cookie and cookie.group(1).lower().replace("_", "-") not in ("utf-8", "utf8", "ascii", "us-ascii", "latin-1"):
        try:
            text = text.encode("utf-8").decode(cookie.group(1))
        except (LookupError, UnicodeError):
            return text
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return text
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    code = [t for t in tokens if t.type not in (tokenize.NL, tokenize.COMMENT)]
    chars = list(text)
    for i, tok in enumerate(code):
        alone = (i == 0 or code[i - 1].type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)) and (
            i + 1 == len(code) or code[i + 1].type in (tokenize.NEWLINE, tokenize.ENDMARKER))
        if tok.type == tokenize.STRING and alone:
            a, b = starts[tok.start[0] - 1] + tok.start[1], starts[tok.end[0] - 1] + tok.end[1]
            chars[a:b] = ["0", *("\n" if c == "\n" else " " for c in text[a + 1:b])]
    for tok in tokens:
        if tok.type == tokenize.COMMENT:
            a = starts[tok.start[0] - 1] + tok.start[1]
            chars[a:a + len(tok.string)] = [" "] * len(tok.string)
    return "".join(chars)


# Comment syntax of languages whose text has no regular-expression literals, so a scanner that follows their
# strings knows exactly where comments are: line comment marks, block comment delimiters, string quotes.
_COMMENT_SYNTAX = {"r": (("#",), None, ("'", '"', "`")), "powershell": (("#",), ("<#", "#>"), ("'", '"')),
                   "go": (("//",), ("/*", "*/"), ("'", '"', "`")), "csharp": (("//",), ("/*", "*/"), ("'", '"'))}
# Where the scanner of each language can next find a string, a comment or a raw or verbatim string's start.
_NOTABLE = {"r": re.compile(r"""[#'"`]|[rR](?=['"])"""), "powershell": re.compile(r"""[#'"<@]"""),
            "go": re.compile(r"""[/'"`]"""), "csharp": re.compile(r"""[/'"@$]""")}


def without_notes(text: str, language: str) -> str:
    """Code with its comments blanked (Python: its docstrings too) for the languages whose strings a scanner can
    follow exactly (Python, R, PowerShell, Go, C#); other languages' text as it is."""
    if language == "python":
        return python_without_notes(text)
    if language not in _COMMENT_SYNTAX:
        return text
    line_marks, block, quotes = _COMMENT_SYNTAX[language]
    notable = _NOTABLE[language]
    chars, i, n = list(text), 0, len(text)

    def blank(start: int, stop: int) -> None:
        chars[start:stop] = ["\n" if c == "\n" else " " for c in text[start:stop]]

    while i < n:
        c = text[i]
        raw = re.match(r"[rR](['\"])(-*)([(\[{])", text[i:i + 40]) if language == "r" and c in "rR" and (
            i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "._")) else None
        if raw:  # R's raw strings: r"(...)", r"---[...]---"
            close = {"(": ")", "[": "]", "{": "}"}[raw.group(3)] + raw.group(2) + raw.group(1)
            end = text.find(close, i + raw.end())
            i = n if end < 0 else end + len(close)
        elif language == "powershell" and text.startswith(("@'", '@"'), i):  # here-strings end at a line's start
            end = text.find("\n" + text[i + 1] + "@", i + 2)
            i = n if end < 0 else end + 3
        elif language == "csharp" and text.startswith('"""', i):  # raw string literals
            end = text.find('"""', i + 3)
            i = n if end < 0 else end + 3
        elif language == "csharp" and (text.startswith(('@"', '$@"', '@$"'), i)):  # verbatim: `""` is a quote, no escapes
            j = text.index('"', i) + 1
            while j < n and (text[j] != '"' or j + 1 < n and text[j + 1] == '"'):
                j += 2 if text[j] == '"' else 1
            i = j + 1
        elif c in quotes:
            j = i + 1
            while j < n and text[j] != c or (language == "powershell" and j + 1 < n and text[j] == c == text[j + 1]):
                escaped = text[j] == "\\" and language != "powershell" and c != "`" or (
                    language == "powershell" and c == '"' and text[j] == "`")
                j += 2 if escaped or (language == "powershell" and text[j] == c) else 1
            i = j + 1
        elif block and text.startswith(block[0], i):
            end = text.find(block[1], i + len(block[0]))
            stop = n if end < 0 else end + len(block[1])
            blank(i, stop)
            i = stop
        elif any(text.startswith(m, i) for m in line_marks) and (language != "powershell" or i == 0 or text[i - 1] in " \t\n;({}"):
            end = text.find("\n", i)
            stop = n if end < 0 else end
            blank(i, stop)
            i = stop
        else:
            i += 1
        found = notable.search(text, i) if i < n else None  # nothing between here and there can start a note
        i = found.start() if found else n
    return "".join(chars)


def _make_variables(text: str) -> dict[str, str]:
    """A makefile's assignments, and its `define NAME … endef` blocks (their lines joined by `; `)."""
    assigned = {m.group(1): m.group(2).strip() for m in re.finditer(r"^(?:export\s+)?([A-Za-z_][\w.]*)[ \t]*[:?+]?=[ \t]*(.*)$", text, re.M)}
    return {**assigned, **{m.group(1): "; ".join(line.strip() for line in m.group(2).strip().splitlines() if line.strip())
                           for m in _MAKE_DEFINE.finditer(text)}}


_MAKE_DEFINE = re.compile(r"^(?:export\s+)?define\s+([A-Za-z_][\w.]*)\s*(?:[:?+]?=)?[ \t]*\n(.*?)^endef\b", re.M | re.S)
# Variables a makefile puts in its recipes' environment: `export NAME`, `export NAME = …`, `export define NAME`.
_MAKE_EXPORT = re.compile(r"^export\s+(?:define\s+)?([A-Za-z_]\w*)", re.M)


def _shell_calls(text: str) -> list[str]:
    """The commands of every `$(shell …)` in a makefile, their own `$(…)` kept whole."""
    commands = []
    for m in re.finditer(r"\$\(shell\s+", text):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        commands.append(text[m.end():i - 1])
    return commands


# make's text functions given only literal text: `$(strip sh)` is `sh`, `$(subst _,.,_ssh)` is `.ssh`,
# `$(firstword a b)` is `a`.
_MAKE_STRIP = re.compile(r"\$\(strip\s+([^$()]*)\)")
_MAKE_SUBST = re.compile(r"\$\(subst\s+([^,$()]*),([^,$()]*),([^$()]*)\)")
_MAKE_FIRST_WORD = re.compile(r"\$\(firstword\s+([^$()]*)\)")
_MAKE_LAST_WORD = re.compile(r"\$\(lastword\s+([^$()]*)\)")
# `$(or A,B…)` of words and variables: the first that is not empty.
_MAKE_OR = re.compile(r"\$\(or\s+((?:[^,$()]|\$\(\w+\))*(?:,(?:[^,$()]|\$\(\w+\))*)+)\)")
# Variables a makefile reads from the environment or from make itself, never empty for that reason.
_MAKE_ENVIRONMENT = frozenset("HOME USER LOGNAME PWD CURDIR PATH TMPDIR SHELL MAKE MAKEFLAGS MAKECMDGOALS MAKEFILE_LIST "
                              "CC CXX CPP AR AS LD FC CFLAGS CXXFLAGS CPPFLAGS LDFLAGS LDLIBS".split())
_MAKE_DEFAULTS = {"SHELL": "/bin/sh", "RM": "rm -f", "MAKE": "make"}  # what make gives these unless the file does


# make's special targets (`.PHONY`, `.SILENT`) and old-style suffix rules (`.c.o`, `.c`); a stamp file (`.toolchain`)
# is a target like any other, though never the default one.
_MAKE_SPECIAL_TARGET = re.compile(r"\.[A-Z_]+|\.\w+\.\w+|\.\w{1,4}")


def makefile_commands(text: str, targets: list[str] | None, overrides: dict[str, str] | None = None) -> str:
    """The recipes `make TARGET…` runs (the first target when none is named, with the targets each depends on;
    every recipe when `targets` is None), with `$(VAR)` expanded from the command line's and the makefile's own
    assignments, and every `$(shell …)`, which runs when make reads the file."""
    text = re.sub(r"\\\n", " ", text)
    variables = {**_MAKE_DEFAULTS, **_make_variables(text), **(overrides or {})}
    if not re.search(r"^-?s?include\s", text, re.M):  # a variable no line of a self-contained makefile sets is empty
        variables |= {name: "" for name in re.findall(r"\$\((\w+)\)", text)
                      if name not in variables and name not in _MAKE_ENVIRONMENT and not name.islower()}
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
            names = [t for t in m.group(1).split() if not _MAKE_SPECIAL_TARGET.fullmatch(t)]
            deps = m.group(2).split(";", 1)
            for target in names:
                rules.setdefault(target, ([], []))[0].extend(deps[0].split())
                if len(deps) > 1:
                    rules[target][1].append(deps[1].strip())
            current = names
            first = first or next((n for n in names if "%" not in n and not n.startswith(".")), "")
        elif line.strip() and not line.startswith(" "):
            current = []
    wanted, seen, commands = list(rules) if targets is None else list(targets) or [first], set(), []
    while wanted:
        target = wanted.pop(0)
        if target in seen or target not in rules:
            continue
        seen.add(target)
        deps, recipes = rules[target]
        wanted.extend(deps)
        commands.extend(recipes)
    commands += _shell_calls(text)

    def either(m: re.Match) -> str:  # once its variables are expanded, where what is left is the environment's
        if any(name in variables or name not in _MAKE_ENVIRONMENT for name in re.findall(r"\$\((\w+)\)", m.group(1))):
            return m.group(0)
        return next((part.strip() for part in m.group(1).split(",") if part.strip()), "")

    def expand(command: str, depth: int = 0) -> str:
        if depth > 3:
            return command
        expanded = _MAKE_SUBST.sub(lambda m: m.group(3).replace(m.group(1), m.group(2)),
                                   _MAKE_STRIP.sub(lambda m: m.group(1).strip(), command))
        expanded = _MAKE_FIRST_WORD.sub(lambda m: (m.group(1).split() or [""])[0], expanded)
        expanded = _MAKE_LAST_WORD.sub(lambda m: (m.group(1).split() or [""])[-1], expanded)
        expanded = re.sub(r"\$[({](\w+)[)}]", lambda m: variables.get(m.group(1), m.group(0)), expanded)
        expanded = _MAKE_OR.sub(either, expanded)
        return expanded if expanded == command else expand(expanded, depth + 1)

    exported = {name: variables[name] for name in _MAKE_EXPORT.findall(text) if name in variables}
    if exported:  # a recipe's shell reads them as its own variables (`$$NAME`)
        commands = [re.sub(r"\$\$\{?(\w+)\}?", lambda m: exported.get(m.group(1), m.group(0)), c) for c in commands]
    # `$(shell CMD)` is what CMD prints, as the shell's `$(CMD)` is
    return "\n".join(re.sub(r"\$\((\w+)\)", r"${\1}", expand(c).replace("$(shell ", "$(")).replace("$$", "$") for c in commands if c)


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


# A justfile's variable (`root := env_var("HOME") + "/.cache"`): literals, the environment's values (with a default),
# the home folder and variables set before, joined by `+`.
_JUST_VARIABLE = re.compile(r"^(?:export\s+)?([A-Za-z_][\w-]*)\s*:=\s*(.+?)\s*$")
_JUST_TERM = re.compile(r"""\s*(?:(?:"([^"\n]*)"|'([^'\n]*)')|env(?:_var)?\(\s*['"](\w+)['"]\s*\)|"""
                        r"""env(?:_var_or_default)?\(\s*['"](\w+)['"]\s*,\s*(['"])([^'"\n]*)\5\s*\)|"""
                        r"""(home_directory|home_dir)\(\)|([A-Za-z_][\w-]*))\s*(?:(\+|/)|$)""")


def _just_values(text: str) -> dict[str, str]:
    """The values a justfile's variables hold, each from the terms of its expression (joined by `+`, or by `/` with a
    slash between) in order."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        if not (m := _JUST_VARIABLE.match(line)):
            continue
        parts, at = [], 0
        while at < len(m.group(2)) and (term := _JUST_TERM.match(m.group(2), at)) and term.end() > at:
            literal, name = term.group(1) if term.group(1) is not None else term.group(2), term.group(8)
            parts.append(literal if literal is not None else "$" + term.group(3) if term.group(3) else
                         f"${{{term.group(4)}:-{term.group(6)}}}" if term.group(4) else "$HOME" if term.group(7) else
                         values.get(name, "$" + name))
            parts += ["/"] if term.group(9) == "/" else []  # just's `/` joins two paths
            at = term.end()
        if at == len(m.group(2)):
            values[m.group(1)] = "".join(parts)
    return values


# just's functions that name the user's folders, and `parent_directory()` of a literal, as the text they give.
_JUST_FOLDERS = {"home_directory": "~", "cache_directory": "~/.cache", "config_directory": "~/.config",
                 "data_directory": "~/.local/share", "data_local_directory": "~/.local/share"}
_JUST_FOLDER_CALL = re.compile(rf"\b({'|'.join(_JUST_FOLDERS)})\(\s*\)")
_JUST_PARENT = re.compile(r"""\bparent_directory\(\s*(['"])([^'"]*)\1\s*\)""")


def with_just_variables(text: str) -> str:
    """A justfile with `{{name}}` written as the value the justfile gives the name, another as `$name`, and
    `{{ expression }}` of just's folder functions as the path it gives."""
    if "_directory(" in text:
        text = _JUST_FOLDER_CALL.sub(lambda m: f'"{_JUST_FOLDERS[m.group(1)]}"', text)
        while _JUST_PARENT.search(text):
            text = _JUST_PARENT.sub(lambda m: f'"{posixpath.dirname(m.group(2).rstrip("/")) or "/"}"', text)
        text = re.sub(r"""\{\{\s*(['"])([^'"{}]*)\1\s*\}\}""", r"\2", text)
    values = _just_values(text)
    return re.sub(r"\{\{\s*([\w-]+)\s*\}\}", lambda m: values.get(m.group(1), "$" + m.group(1)), text)


def justfile_commands(text: str, recipes: list[str]) -> str:
    """The bodies of the justfile recipes named (the first one when none is), and the recipes they depend on, with the
    justfile's variables."""
    bodies: dict[str, tuple[list[str], list[str]]] = {}
    text = with_just_variables(text)
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
    return "\n".join(commands)


# Build and test tools that load a configuration file written in JavaScript: its code runs with the tool.
TOOL_CONFIGS = {tool: [f"{tool}.config.{ext}" for ext in ("js", "cjs", "mjs", "ts")] for tool in (
    "webpack", "vite", "vitest", "rollup", "jest", "next", "eslint", "babel", "playwright", "astro", "nuxt", "tsup",
    "svelte", "postcss", "tailwind", "tailwindcss")}
TOOL_CONFIGS["gulp"] = ["gulpfile.js", "gulpfile.mjs", "gulpfile.ts"]
TOOL_CONFIGS["grunt"] = ["Gruntfile.js", "gruntfile.js"]
TOOL_CONFIGS["eslint"] += [".eslintrc.js", ".eslintrc.cjs"]
TOOL_CONFIGS["babel"] += [".babelrc.js"]


def package_bins(text: str, command: str) -> list[str]:
    """The project's own file that `npx COMMAND` runs (package.json's `bin`)."""
    try:
        package = json.loads(text) if text else {}
        bins = package.get("bin") or {}
    except (ValueError, AttributeError):
        return []
    if isinstance(bins, str):
        return [bins] if command == str(package.get("name", "")).split("/")[-1] else []
    return [str(bins[command])] if isinstance(bins, dict) and command in bins else []


_PYTHON_IMPORT = re.compile(r"^\s*(?:from\s+(\.*[\w.]*)\s+import\s+\(?([\w, *]+)|import\s+([\w.]+))", re.M)
_JS_IMPORT = re.compile(r"""(?:require\(\s*|\bfrom\s+|\bimport\s*\(?\s*)['"](\.{1,2}/[^'"]+)['"]""")
_RUBY_IMPORT = re.compile(r"""require_relative\s*\(?\s*['"]([^'"]+)['"]""")
_R_IMPORT = GuardedPattern(re.compile(r"""\b(?:source|sys\.source)\(\s*(?:file\s*=\s*)?(?:['"]([^'"]+\.[Rr])['"]|"""
                                      r"""(?:here::here|here|file\.path)\(\s*((?:['"][^'"]+['"]\s*,?\s*)+)\))"""))
_POWERSHELL_IMPORT = re.compile(r"""^\s*(?:\.|Import-Module)\s+['"]?(?:\$PSScriptRoot[/\\])?([^'"\s$]+\.ps[m1d]?1?)['"]?""",
                                re.M | re.I)
_PERL_IMPORT = re.compile(r"^\s*(?:use|require)\s+([A-Z]\w*(?:::\w+)*)\b", re.M)
MAX_IMPORTED = 16


def _import_candidates(language: str, spec: str, folder: Path, root: Path) -> list[Path]:
    if language == "python":
        level = len(spec) - len(spec.lstrip("."))
        parts = [p for p in spec.lstrip(".").split(".") if p]
        bases = [folder.parents[level - 2] if level > 1 else folder] if level else [root, folder]
        return [p for base in bases for p in (base.joinpath(*parts).with_suffix(".py"), base.joinpath(*parts, "__init__.py"))
                ] if parts and level <= len(folder.parents) + 1 else []
    base = folder / spec
    if language == "ruby":
        return [base if base.suffix == ".rb" else base.with_name(base.name + ".rb")]
    if language == "r":  # R's source() reads from the working directory
        return [root / spec, base]
    if language == "powershell":  # `. $PSScriptRoot/lib.ps1`: beside the script
        return [base, root / spec]
    if language == "perl":  # `use Local::Util` from lib/ (as `-Ilib` or FindBin set it up) or beside the script
        relative = spec.replace("::", "/") + ".pm"
        return [root / "lib" / relative, folder / relative, folder.parent / "lib" / relative, root / relative]
    return [base, *(base.with_name(base.name + ext) for ext in (".js", ".cjs", ".mjs", ".ts")), base / "index.js"]


def imported_files(path: Path, language: str, text: str, root: Path, home: Path) -> list[RunFile]:
    """The project's own modules a code file imports (Python, JavaScript, Ruby, Perl, R's `source`, PowerShell's
    dot-sourced scripts and modules), and theirs in turn: at most 16."""
    pattern = {"python": _PYTHON_IMPORT, "node": _JS_IMPORT, "ruby": _RUBY_IMPORT, "r": _R_IMPORT,
               "powershell": _POWERSHELL_IMPORT, "perl": _PERL_IMPORT}.get(language)
    if pattern is None:
        return []
    found: dict[Path, RunFile] = {}
    queue = [(path, text)]
    while queue and len(found) < MAX_IMPORTED:
        current, body = queue.pop(0)
        for m in pattern.finditer(body):
            if language == "python" and m.group(1) is not None:  # `from pkg import mod, name`: pkg, and pkg.mod
                specs = [m.group(1), *(f"{m.group(1).rstrip('.')}{'.' if m.group(1).strip('.') else ''}{name.strip()}"
                                       for name in m.group(2).split(",") if name.strip() not in ("", "*"))]
            elif language == "r" and m.group(2) is not None:  # source(here::here("R", "x.R"))
                specs = ["/".join(re.findall(r"""['"]([^'"]+)['"]""", m.group(2)))]
            else:
                specs = [next(g for g in m.groups() if g is not None)]
            for spec in specs:
                for candidate in _import_candidates(language, spec, current.parent, root):
                    if candidate not in found and candidate != path and (imported := file_text(candidate, home)) is not None:
                        found[candidate] = RunFile(candidate, language, imported)
                        queue.append((candidate, imported))
                        break
    return list(found.values())[:MAX_IMPORTED]


_TOX_SUBSTITUTION = re.compile(r"\{(\w+)(?::([^}:]*))?(?::[^}]*)?\}")
_TOX_VALUES = {"homedir": "~", "toxinidir": ".", "posargs": "", "envtmpdir": ".tox/tmp", "envdir": ".tox/env"}


def tox_substituted(text: str) -> str:
    """tox.ini's text with its substitutions as a shell would see them (`{homedir}` is `~`, `{env:HOME}` `${HOME}`)."""
    return _TOX_SUBSTITUTION.sub(lambda m: f"${{{m.group(2)}}}" if m.group(1) == "env" and m.group(2)
                                 else _TOX_VALUES.get(m.group(1), m.group(0)), text)


def _pyproject_tool(text: str) -> dict:
    import tomllib  # only a project that defines such scripts needs it

    try:
        tool = tomllib.loads(text).get("tool", {})
    except (tomllib.TOMLDecodeError, AttributeError):
        return {}
    return tool if isinstance(tool, dict) else {}


def _entry_commands(table: dict, entry, depth: int = 0) -> list[str]:
    """The command lines one task entry stands for: a string, a list of them, or a table with `shell`, `cmd` or a
    `composite` / `sequence` of other tasks (by name, a few levels deep)."""
    if isinstance(entry, dict):
        if entry.get("shell") or entry.get("cmd"):
            entry = entry.get("shell") or entry.get("cmd")
        else:
            named = entry.get("composite") or entry.get("sequence") or []
            return [c for n in named if isinstance(n, str) and depth < 3 for c in _entry_commands(table, table.get(n), depth + 1)]
    return [shlex.join(i) if isinstance(i, list) else str(i) for i in (entry if isinstance(entry, list) else [entry]) if i]


def _hatch_scripts(tool: dict) -> list:
    """The script tables of every hatch environment."""
    return [env.get("scripts", {}) for env in tool.get("hatch", {}).get("envs", {}).values() if isinstance(env, dict)]


def pyproject_script(text: str, runner: str, name: str) -> str:
    """The command a `pdm run NAME` or `hatch run NAME` script of pyproject.toml stands for."""
    tool = _pyproject_tool(text)
    scripts = [tool.get("pdm", {}).get("scripts", {})] if runner == "pdm" else _hatch_scripts(tool)
    return "\n".join(c for table in scripts if isinstance(table, dict) for c in _entry_commands(table, table.get(name)))


def pyproject_task_commands(text: str) -> list[str]:
    """Every command pyproject.toml's task runners hold (hatch and pdm scripts, poethepoet and taskipy tasks): each
    runs when someone asks for its task."""
    tool = _pyproject_tool(text)
    tables = [*_hatch_scripts(tool), tool.get("pdm", {}).get("scripts", {}), tool.get("poe", {}).get("tasks", {}),
              tool.get("taskipy", {}).get("tasks", {})]
    return [c for table in tables if isinstance(table, dict) for entry in table.values() for c in _entry_commands(table, entry)]


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


_NOT_SEARCHED = {"node_modules", "venv", "__pycache__", "build", "dist", "site-packages"}


def project_files(root: Path, kinds: tuple[str, ...]) -> list[Path]:
    """The project's files of these kinds (".ipynb": an ending, "conftest.py": a name): at most 24, in at most 400
    folders, 6 levels deep, not in hidden folders or dependency folders."""
    found: list[Path] = []
    for visited, (folder, subfolders, names) in enumerate(os.walk(root)):
        depth = Path(folder).relative_to(root).parts
        subfolders[:] = [] if len(depth) >= 6 else sorted(
            d for d in subfolders if not d.startswith(".") and d not in _NOT_SEARCHED)
        found += [Path(folder) / n for n in sorted(names)
                  if any(n == k or k.startswith(".") and n.endswith(k) for k in kinds)][:MAX_TASK_FILES - len(found)]
        if len(found) >= MAX_TASK_FILES or visited >= 400:
            break
    return found


def task_files(name: str, args: list[str], cwd: Path, home: Path, environment: dict[str, str] | None = None) -> list[RunFile]:
    """What a task runner, build tool or git runs from the files of the project it is started in (`environment`: the
    variables the command itself sets)."""
    if name.startswith("python") and args[:1] == ["-m"] and len(args) > 1 and args[1] != "pytest":
        return task_files(args[1], args[2:], cwd, home, environment)  # `python -m invoke release` runs invoke
    operands = [a for a in args if not a.startswith("-")]
    found: list[RunFile] = []

    def add(path: Path, language: str, select=lambda text: text) -> None:
        text = file_text(path, home)
        if text is not None and (chosen := select(text)):
            found.append(RunFile(path, language, chosen))

    if name in ("make", "gmake"):
        folder = next((cwd / args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-C", "--directory")), cwd)
        named = [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-f", "--file", "--makefile")]
        makefile = folder / named[0] if named else next(
            (folder / f for f in ("GNUmakefile", "makefile", "Makefile") if (folder / f).is_file()), None)
        targets = [a for i, a in enumerate(args) if not a.startswith("-") and "=" not in a
                   and not (i and args[i - 1] in ("-f", "--file", "--makefile", "-C", "--directory", "-j"))]
        overrides = dict(a.split("=", 1) for a in args if re.fullmatch(r"[A-Za-z_]\w*=.*", a))
        if makefile is not None:
            add(makefile, "shell", lambda text: makefile_commands(with_included(text, folder, home), targets, overrides))
    elif name in _PACKAGE_MANAGERS:
        add(cwd / "package.json", "shell", lambda text: package_scripts(text, name, args))
    elif name == "npx" and operands:
        for bin_file in package_bins(file_text(cwd / "package.json", home) or "", operands[0]):
            add(cwd / bin_file, "script")
    elif name in TOOL_CONFIGS:
        for config in TOOL_CONFIGS[name]:
            add(cwd / config, "node")
    elif name == "just":
        for justfile in ("justfile", "Justfile", ".justfile"):
            add(cwd / justfile, "shell", lambda text: justfile_commands(text, operands))
    elif name in ("pytest", "py.test") or name.startswith("python") and args[:2] == ["-m", "pytest"]:
        for conftest in project_files(cwd, ("conftest.py",)):
            add(conftest, "python")
        for test_file in [o.split("::")[0] for o in operands if o.split("::")[0].endswith(".py")][:MAX_TASK_FILES]:
            add(cwd / test_file, "python")  # collecting a test module runs its code
    elif name in ("pip", "pip3") and operands[:1] == ["install"] and any(o in (".", "./") for o in operands[1:]) \
            or name.startswith("python") and operands[:1] == ["setup.py"]:
        add(cwd / "setup.py", "python")
    elif name in ("tox",):
        add(cwd / "tox.ini", "shell", lambda text: "\n".join(
            tox_substituted(line.strip())
            for block in re.findall(r"^commands(?:_pre|_post)?\s*=\s*((?:.*\n?)(?:[ \t]+.*\n?)*)", text, re.M)
            for line in block.splitlines() if line.strip()))
    elif name in ("pdm", "hatch") and operands[:1] == ["run"] and len(operands) > 1:
        add(cwd / "pyproject.toml", "shell", lambda text: pyproject_script(text, name, operands[1]))
    elif name == "nox":
        add(cwd / "noxfile.py", "python")
    elif name in ("invoke", "inv"):
        add(cwd / "tasks.py", "python")
    elif name == "rake":
        for rakefile in [cwd / "Rakefile", *sorted((cwd / "lib/tasks").glob("*.rake"))[:MAX_TASK_FILES]]:
            add(rakefile, "ruby")
    elif name in ("gradle", "gradlew"):
        for build in ("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"):
            add(cwd / build, "groovy")
    elif name == "cargo" and operands[:1] and operands[0] in ("build", "run", "test", "check", "b", "r", "t"):
        add(cwd / "build.rs", "rust")
        if operands[0] in ("run", "r", "test", "t"):
            sources = [cwd / "src/main.rs", *sorted((cwd / "src/bin").glob("*.rs"))[:MAX_TASK_FILES]]
            if operands[0] in ("test", "t"):
                sources += [cwd / "src/lib.rs", *sorted((cwd / "tests").glob("*.rs"))[:MAX_TASK_FILES]]
            for source in sources:
                add(source, "rust")
    elif name == "go" and operands[:1] and operands[0] in ("run", "test", "generate"):
        for source, text in _go_sources(operands[0], operands[1:], cwd, home):
            if operands[0] != "generate":
                found.append(RunFile(source, "go", text))
            elif commands := go_generate_commands(text):  # its //go:generate lines are commands
                found.append(RunFile(source, "shell", commands))
    elif name in ("Rscript", "R"):  # R sources start-up files first, which the command or the project's .Renviron names
        named = {} if any(a in ("--vanilla", "--no-environ") for a in args) else r_environ(file_text(cwd / ".Renviron", home) or "")
        given = environment or {}
        if not any(a in ("--vanilla", "--no-init-file") for a in args):
            profiles = [given.get("R_PROFILE_USER"), named.get("R_PROFILE_USER")]
            for profile in [p for p in profiles if p] or [".Rprofile"]:
                add(r_start_up_file(cwd, profile, home), "r")
        if not any(a in ("--vanilla", "--no-site-file") for a in args):
            for profile in {given.get("R_PROFILE"), named.get("R_PROFILE")} - {None, ""}:
                add(r_start_up_file(cwd, profile, home), "r")
    elif name == "php" and operands[:1] == ["artisan"]:  # every artisan command boots the app's providers
        for source in project_files(cwd / "app" / "Providers", (".php",)) + project_files(cwd / "app" / "Console", (".php",)):
            add(source, "php")
    elif name == "composer" and (operands[:1] != ["global"]):
        add(cwd / "composer.json", "shell", lambda text: composer_scripts(text, operands))
    elif name == "dotnet" and operands[:1] in (["run"], ["test"], ["watch"], ["build"]):
        for build in project_files(cwd, (".csproj", ".fsproj", ".props", ".targets")):
            add(build, "shell", lambda text: "\n".join(msbuild_commands(text)))  # <Exec Command="…"> runs when the project builds
        for source in project_files(cwd, (".cs",)) if operands[0] != "build" else []:
            add(source, "csharp")
    elif name == "git":
        configured = [m.group(1) for m in _HOOKS_PATH.finditer(file_text(cwd / ".git/config", home) or "")
                      if not m.group(1).startswith("/")] if _hook_names(args) else []  # `core.hooksPath = .githooks`
        for hook in _hook_names(args):
            for folder in dict.fromkeys((".git/hooks", ".husky", *configured)):
                add(cwd / folder / hook, "script")
    elif name == "pre-commit" and operands[:1] in (["run"], []):
        add(cwd / ".pre-commit-config.yaml", "shell", lambda text: "\n".join(
            m.group(2) for m in re.finditer(r"^\s*(?:-\s*)?entry:\s*(['\"]?)(.+?)\1\s*$", text, re.M)))
    elif name == "direnv" and operands[:1] in (["allow"], ["reload"], ["exec"]):
        add(cwd / ".envrc", "shell")
    elif (name == "docker" and operands[:1] == ["compose"] and operands[1:2] in (["up"], ["run"], ["start"], ["create"])
          or name in ("docker-compose", "podman-compose") and operands[:1] in (["up"], ["run"], ["start"], ["create"])):
        named = [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-f", "--file")]
        for compose in named or ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"]:
            add(cwd / compose, "shell", lambda text: "\n".join(compose_commands(text)))
    return found


def go_generate_commands(text: str) -> str:
    """A Go file's `//go:generate` commands, with the aliases its `-command NAME …` lines define put in place and the
    hexadecimal escapes of its words decoded."""
    aliases: dict[str, str] = {}
    commands: list[str] = []
    for line in re.findall(r"^//go:generate\s+(.+)$", text, re.M):
        if m := re.match(r"-command\s+(\S+)\s+(.+)", line):
            aliases[m.group(1)] = m.group(2)
            continue
        word, _, rest = line.partition(" ")
        commands.append(f"{aliases[word]} {rest}" if word in aliases else line)
    # go generate reads its quoted words as Go strings: `\x2e` is `.`
    return re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), "\n".join(commands))


def _go_sources(verb: str, words: list[str], cwd: Path, home: Path) -> list[tuple[Path, str]]:
    """The Go files `go run|test|generate` compiles and runs (or reads for directives), with their texts: the packages
    named, and for run and test the module's own packages they import (their init() runs first)."""
    named = [w for w in words if w.endswith(".go")]
    packages = [w for w in words if w.startswith(".")] or ["."]
    if verb == "run" and named:
        paths = [cwd / w for w in named]
    else:
        paths = [p for package in packages[:MAX_TASK_FILES] for p in (
            project_files(cwd / package[:-4], (".go",)) if package.endswith("/...") else sorted((cwd / package).glob("*.go")))]
    paths = [p for p in paths if not (verb == "run" and p.name.endswith("_test.go"))][:MAX_TASK_FILES]
    texts = {p: t for p in paths if (t := file_text(p, home)) is not None}
    module = re.search(r"^module\s+(\S+)", file_text(cwd / "go.mod", home) or "", re.M)
    if verb != "generate" and module:
        for text in list(texts.values()):
            for imported in re.findall(rf'"{re.escape(module.group(1))}/([^"]+)"', text):
                for p in sorted((cwd / imported).glob("*.go")):
                    if p not in texts and not p.name.endswith("_test.go") and (t := file_text(p, home)) is not None:
                        texts[p] = t
    return list(texts.items())[:MAX_TASK_FILES]


_COMPOSER_EVENTS = {"install": ["pre-install-cmd", "post-install-cmd", "post-autoload-dump"],
                    "update": ["pre-update-cmd", "post-update-cmd", "post-autoload-dump"],
                    "require": ["pre-update-cmd", "post-update-cmd", "post-autoload-dump"],
                    "dump-autoload": ["pre-autoload-dump", "post-autoload-dump"],
                    "create-project": ["post-root-package-install", "post-create-project-cmd"]}


def composer_scripts(text: str, operands: list[str]) -> str:
    """The commands composer runs from composer.json's scripts: the script named (`composer run-script NAME`,
    `composer NAME`) or the events of the command (`install` runs post-install-cmd …), `@other` scripts followed."""
    try:
        manifest = json.loads(text)
        scripts = manifest.get("scripts") or {}
        prefixes = (manifest.get("autoload") or {}).get("psr-4") or {}
    except (ValueError, AttributeError):
        return ""
    if not isinstance(scripts, dict) or not operands:
        return ""
    verb = operands[0]
    names = operands[1:2] if verb in ("run-script", "run") else list(_COMPOSER_EVENTS.get(verb, [verb]))
    commands: list[str] = []
    seen: set[str] = set()
    while names:
        name = names.pop(0)
        if name in seen or len(seen) >= MAX_TASK_FILES:
            continue
        seen.add(name)
        entries = scripts.get(name, [])
        for entry in entries if isinstance(entries, list) else [entries]:
            entry = str(entry)
            if entry.startswith(("@php ", "@composer ", "@putenv ")):
                commands.append(entry[1:] if not entry.startswith("@putenv") else f"export {entry[8:]}")
            elif entry.startswith("@"):
                names.append(entry[1:].split()[0])
            elif re.fullmatch(r"[\w\\]+::\w+", entry):  # a PHP callback: the class's file, found by the autoload map
                source = _psr4_file(entry.split("::")[0], prefixes)
                commands.append(f"php {shlex.quote(source)}" if source else f"php -r {shlex.quote(entry + '();')}")
            else:
                commands.append(entry)
    return "\n".join(commands)


def _psr4_file(class_name: str, prefixes: object) -> str | None:
    for prefix, folder in prefixes.items() if isinstance(prefixes, dict) else []:
        if class_name.startswith(prefix) and isinstance(folder, str):
            return folder.rstrip("/") + "/" + class_name[len(prefix):].replace("\\", "/") + ".php"
    return None


def shell_script(text: str, script: str, args: list[str]) -> str:
    """A shell script's text as commands: comments gone, its path and arguments in place of `$0`, `$1`, `"$@"` …"""
    return with_arguments(with_named_parameters(strip_shell_comments(text)), script,
                          [shlex.quote(a) if " " in a else a for a in args])
