"""Files that run routinely though nobody names them when they do: a Cargo build script (every build, and the editor's
Rust tooling), CMake's configure step and the modules it includes (which editors run when a folder opens), Composer's
event scripts (every install, update or autoload dump), a test suite's setup (every test run: PHPUnit's registered
extensions, the plugins pytest is told to load and a Go package's `TestMain`/`init` in its tests too), a project's
default and test targets (a plain `make`, `make test`, `just`, `rake`), a hook in a repository's hooks folder, a Go
file's `//go:generate` lines (every `go generate`), Capistrano's deploy configuration (every deploy).
Code written into them that downloads, installs, pushes, deploys, sends data out or kills processes does so every time,
unasked: a person approves it once, when it is written."""

from __future__ import annotations

import re
from pathlib import Path

from tools.risk_buildfiles import closing
from tools.risk_cmake import cmake_commands, included_modules
from tools.risk_code import code_risks
from tools.risk_paths import ActionContext
from tools.risk_rake import default_task_code
from tools.risk_runfiles import (
    MAX_TASK_FILES,
    composer_scripts,
    file_text,
    go_generate_commands,
    justfile_commands,
    makefile_commands,
)
from tools.risk_shell import assess_shell

# What a command written into a file that runs unasked may not do without a person's approval.
NEEDS_APPROVAL = {"act.shell.install", "act.shell.download", "act.shell.git_danger", "act.shell.send", "act.shell.sudo",
                  "act.shell.kill", "act.shell.rm"}
HOOK_FOLDER_FILE = re.compile(r"(^|/)\.(?:githooks|hooks)/[^/]+$")
_SETUP_CODE = re.compile(r"(^|/)(?:build\.rs|conftest\.py|spec/(?:spec|rails)_helper\.rb|spec/support/.+\.rb|"
                         r"test/test_helper\.rb|tests?/bootstrap\.php|tests/common/mod\.rs|"
                         r"tests?/(?:_?support|plugins)/[^/]+\.py)$")
# Code run on a schedule or when a server starts: Laravel's scheduler, Puma's configuration and hooks.
_SERVICE_CODE = re.compile(r"(^|/)(?:routes/console\.php|app/Console/Kernel\.php|config/puma\.rb)$")
_COMPOSER_EVENTS = ("install", "update", "dump-autoload")
# The targets people run day to day of a project's makefile or justfile: the default one, and these.
_DAILY_TARGETS = ("test", "build", "check", "all")
_TASK_FILE = re.compile(r"(^|/)(?:(GNU)?[Mm]akefile|(?P<just>[Jj]ustfile|\.justfile))$")
_RAKE_FILE = re.compile(r"(^|/)(?:Rakefile|rakelib/[^/]+\.rake|lib/tasks/[^/]+\.rake)$")
_RAKE_FILES = ("Rakefile", "rakelib/*.rake", "lib/tasks/*.rake")
_DEPLOY_FILE = re.compile(r"(^|/)(?:config/deploy(?:/[^/]+)?\.rb|lib/capistrano/tasks/[^/]+\.rake)$")
# What a deploy's own steps on its servers do (restart services with sudo, install gems, prune releases) is the deploy
# a person runs; a push, a download or a message sent along with it is not.
_BEYOND_DEPLOY = {"act.shell.git_danger", "act.shell.send", "act.shell.download"}
_PHPUNIT_CONFIGS = ("phpunit.xml", "phpunit.xml.dist", "phpunit.dist.xml")
# PHPUnit's extensions and listeners, by class, and the bootstrap file it loads: they run with every test run.
_PHPUNIT_CLASS = re.compile(r"""<(?:bootstrap|extension|listener)\b[^>]*\bclass\s*=\s*["']([^"']+)["']""")
_PHPUNIT_BOOTSTRAP = re.compile(r"""<phpunit\b[^>]*\bbootstrap\s*=\s*["']([^"']+)["']""")
# Code that fetches from or sends to another machine, by the library call it makes.
_REACHES_OUT = re.compile(
    r"\b(?:reqwest::|ureq::|attohttpc::|Net::HTTP\b|URI\.open\b|HTTParty\b|Faraday\.|RestClient\b|urlopen\(|"
    r"urlretrieve\(|requests\.(?:get|post|put)\(|httpx\.(?:get|post|put|Client)\b|boto3\.|Aws::S3|curl_exec\(|"
    r"Http::(?:get|post|put|withToken|asJson|asForm|attach)\b|GuzzleHttp\\|Slack\w*Webhook|hooks\.slack\.com/)|"
    r"""\b(?:file_get_contents|copy|fopen)\(\s*['"]https?://|\bstream_context_create\(\s*(?:array\(|\[)\s*['"]https?['"]""")
# Code that stops processes other than its own children: by a process id it looks up, or by name.
_KILLS = re.compile(r"\b(?:Process\.kill|os\.kill(?:pg)?|posix_kill|signal::kill|kill_by_name|syscall\.Kill)\s*\(|"
                    r"\bpsutil\.process_iter\b[\s\S]{0,400}?\.(?:kill|terminate)\(")
_CONFIGURE_DOWNLOAD = re.compile(r"\b(?:FetchContent_Declare|ExternalProject_Add|CPMAddPackage)\s*\([^)]*?"
                                 r"(?:\bURL\s+\"?https?://|\bGIT_REPOSITORY\b|\"gh:)|\bfile\s*\(\s*DOWNLOAD\b", re.I)
# Commands that change something beyond the machine: a deploy, a release published, files put in a cloud bucket.
_PUBLISHES = re.compile(r"\b(?:deploy|publish)\b|\bgem\s+push\b|\b(?:kubectl|terraform)\s+apply\b|"
                        r"\b(?:aws\s+s3\s+(?:cp|sync|mv)|gsutil\s+(?:cp|rsync))\b")
# A container image pulled from a registry, or a container started from one (pulled when missing); the services a
# project's compose file defines are its own.
_CONTAINER_START = re.compile(r"\b(?:docker|podman)\s+(?:pull|run)\b")
_LINE_COMMENT = re.compile(r"^[ \t]*(?:#|//).*$", re.M)


def _runs_with_tests(path: str, ctx: ActionContext) -> bool:
    """Whether the project's PHPUnit configuration loads this PHP file on every test run: its bootstrap file, or the
    class of an extension or listener it registers."""
    if not path.endswith(".php"):
        return False
    for name in _PHPUNIT_CONFIGS:
        config = file_text(ctx.workspace / name, ctx.home) or ""
        if any(c.rsplit("\\", 1)[-1] == path.rsplit("/", 1)[-1][:-4] for c in _PHPUNIT_CLASS.findall(config)) or any(
                b.removeprefix("./") == path.removeprefix("./") for b in _PHPUNIT_BOOTSTRAP.findall(config)):
            return True
    return False


_PYTEST_PLUGINS = re.compile(r"^pytest_plugins\s*=\s*([^\n]*)", re.M)
_PYTEST_OPTION = re.compile(r"(?:^|[\s\"'])-p[ \t]*([\w.]+)")
_PYTEST_CONFIGS = ("pyproject.toml", "pytest.ini", "setup.cfg", "tox.ini")


def _loaded_by_pytest(path: str, ctx: ActionContext) -> bool:
    """Whether pytest loads this Python file as a plugin on every run: named in a `pytest_plugins` list of a
    conftest.py above it, or by a `-p` option in a pytest configuration above it."""
    if not path.endswith(".py") or path.startswith(("/", "~")):
        return False
    module = path.removesuffix(".py").replace("/", ".")
    folders = ["/".join(path.split("/")[:i]) for i in range(path.count("/"))]
    names = [n for folder in folders for m in _PYTEST_PLUGINS.finditer(
        file_text(ctx.workspace / folder / "conftest.py", ctx.home) or "") for n in re.findall(r"[\w.]+", m.group(1))]
    configs = [file_text(ctx.workspace / folder / config, ctx.home) or "" for folder in folders for config in _PYTEST_CONFIGS]
    names += [n for text in configs for n in _PYTEST_OPTION.findall(text)]
    return any(module == n or module.endswith("." + n) for n in names)


def _cmake_module_included(path: str, ctx: ActionContext) -> bool:
    """Whether the project's top CMakeLists.txt includes this module: it runs at every configure."""
    return path.endswith(".cmake") and path.removeprefix("./") in included_modules(
        file_text(ctx.workspace / "CMakeLists.txt", ctx.home) or "")


def with_included_modules(text: str, folder: Path, ctx: ActionContext) -> str:
    """A CMake file's text followed by the project's modules its `include()` calls run (found beside the file or from
    the project's top folder)."""
    return "\n".join([text, *(file_text(base / name, ctx.home) or "" for name in included_modules(text)
                              for base in dict.fromkeys((folder, ctx.workspace)))])


def go_test_setup(text: str) -> str:
    """The `TestMain` and `init` functions of a Go test file and the file's other functions they call (not its test
    cases): what `go test` runs whichever tests it runs."""
    bodies: dict[str, list[str]] = {}
    for m in re.finditer(r"^func\s+(\w+)\s*\([^)]*\)[^{\n]*\{", text, re.M):
        if not re.match(r"(?:Test|Benchmark|Example|Fuzz)(?:[A-Z_]|$)", m.group(1)) or m.group(1) == "TestMain":
            bodies.setdefault(m.group(1), []).append(text[m.start():closing(text, m.end(), "{}") + 1])
    run, wanted, seen = [], ["TestMain", "init"], set()
    while wanted:
        name = wanted.pop(0)
        if name in seen or name not in bodies:
            continue
        seen.add(name)
        run += bodies[name]
        wanted += [called for body in bodies[name] for called in re.findall(r"\b(\w+)\s*\(", body) if called in bodies]
    return "\n".join(run)


def _code_effects(code: str, ctx: ActionContext) -> tuple[list[str], list[str]]:
    """Code's command lines and library side effects, its line comments left out."""
    code = _LINE_COMMENT.sub("", code)
    return code_risks(code, ctx, from_file=True)[1], _code_side_effects(code)


def routine_side_effects(path: str, text: str, ctx: ActionContext) -> list[str]:
    """What a file at this path holding this text would do, each time it routinely runs, that a person must approve
    (as phrases for a rationale); empty for any other file."""
    found = []
    if re.search(r"(^|/)CMakeLists\.txt$", path) or _cmake_module_included(path, ctx):
        text = with_included_modules(text, ctx.workspace, ctx) if path.endswith(".txt") else text
        commands = cmake_commands(text)
        found += ["download at configure time"] if _CONFIGURE_DOWNLOAD.search(_LINE_COMMENT.sub("", text)) else []
    elif re.search(r"(^|/)composer\.json$", path):
        commands = list(dict.fromkeys(c for verb in _COMPOSER_EVENTS for c in composer_scripts(text, [verb]).splitlines()))
        inline = [m.group(2) for c in commands if (m := re.match(r"php\s+-r\s+(['\"])(.*)\1\s*$", c, re.S))]
        found += _code_side_effects("\n".join(inline))
    elif task_file := _TASK_FILE.search(path):
        read = justfile_commands if task_file.group("just") else makefile_commands
        commands = list(dict.fromkeys(line for targets in ([], *([t] for t in _DAILY_TARGETS))
                                      for line in read(text, targets).splitlines()))
    elif _SETUP_CODE.search(path) or _SERVICE_CODE.search(path) or _runs_with_tests(path, ctx) or \
            _loaded_by_pytest(path, ctx):
        commands, found = _code_effects(text, ctx)
    elif re.search(r"(^|/)captainhook\.json$", path):  # git hooks' actions: commands, or PHP classes (`\\App\\…`)
        commands = [c for c in re.findall(r'"action"\s*:\s*"((?:[^"\\]|\\.)*)"', text) if not c.startswith("\\")]
    elif path.endswith(".go"):
        commands = go_generate_commands(text).splitlines()
        if path.endswith("_test.go") and (setup := go_test_setup(text)):  # runs with every `go test` of its package
            ran, found = _code_effects(setup, ctx)
            commands += ran
    elif _RAKE_FILE.search(path):
        others = [p for glob in _RAKE_FILES for p in sorted(ctx.workspace.glob(glob))[:MAX_TASK_FILES]
                  if p != ctx.workspace / path]
        commands, found = _code_effects(default_task_code([text, *(file_text(p, ctx.home) or "" for p in others)]), ctx)
    elif _DEPLOY_FILE.search(path):
        commands, found = _code_effects(text, ctx)
        return list(dict.fromkeys([*found, *(judged.rationale for command in dict.fromkeys(commands)
                                             if (judged := assess_shell(command, ctx)).rule_id in _BEYOND_DEPLOY)]))
    else:
        return []
    found += [why for command in dict.fromkeys(commands) if (why := _needs_approval(command, ctx))]
    return list(dict.fromkeys(found))


def _needs_approval(command: str, ctx: ActionContext) -> str | None:
    """Why a command written into a file that runs routinely needs a person's approval (a build's or a test's own
    deletes do not: they clean their own files), or None."""
    judged = assess_shell(command, ctx)
    if judged.rule_id in NEEDS_APPROVAL and judged.rule_id != "act.shell.rm":
        return judged.rationale
    if _CONTAINER_START.search(command):
        return f"pulls or starts a container ({command[:60]})"
    return f"deploys or publishes ({command[:60]})" if publishes(command) else None


def publishes(command: str) -> bool:
    return bool(_PUBLISHES.search(command))


def _code_side_effects(code: str) -> list[str]:
    return [*(["reach another machine"] if _REACHES_OUT.search(code) else []),
            *(["stop other processes"] if _KILLS.search(code) else [])]
