"""The commands that build, infrastructure and configuration files hold: a container build's `RUN` steps, Terraform's
provisioners, external programs and templates, Packer's local steps, SQL's `COPY … PROGRAM`, psql's `\\!` lines and
dbt's Jinja, helmfile hooks and Go templates, YAML blocks run as one script, CI secrets bound to variable names,
Taskfile variables, Procfiles, logrotate scripts, reflex watchers, Nix shell hooks, Bazel, Buck and Pants commands,
MSBuild's `Exec` steps, file tasks and items, BitBake tasks, udev rules' programs, Ant's tasks, Windows scheduled-task
actions, Conan profiles' Jinja, HCL `command`s and `args`, and the command lines and entries of YAML, JSON, TOML and INI
configs."""

from __future__ import annotations

import json
import re
import shlex
from functools import lru_cache

from tools.risk_ansible import module_name, task_commands, with_ansible_values

# Files that run their commands when an image is built, a configuration applied, a script executed or a release synced.
_DOCKERFILE_NAME = r"(?:[Dd]ocker|[Cc]ontainer)file(?:\.[\w.-]+)?|[^/]+\.(?:[Dd]ocker|[Cc]ontainer)file"
_DBT_YAML_NAME = r"dbt_project\.ya?ml|(?:models|seeds|snapshots|analyses)/(?:.+/)?[^/]+\.ya?ml"  # hooks are SQL
_HELMFILE_NAME = r"helmfile(?:\.d/[^/]+)?\.ya?ml"
_PROCFILE_NAME = r"Procfile(?:\.[\w.-]+)?"
_REFLEX_NAME = r"reflex\.conf"  # `reflex -c reflex.conf` runs each line's command when a watched file changes
_MSBUILD_NAME = r"[^/]+\.(?:targets|props|csproj|vbproj|fsproj|proj)"  # `Exec` steps run on every build
_HCL_NAME = r"(?![^/]+\.pkr\.hcl$)[^/]+\.hcl"  # Vault Agent templates, Nomad jobs, Consul watches run `command`s
_NIX_NAME = r"(?:flake|shell|default)\.nix"  # a dev shell's hooks run on `nix develop`, `nix-shell`, direnv's `use flake`
_STARLARK_NAME = r"[^/]+\.(?:bzl|star)|BUCK|BUILD(?:\.bazel)?|WORKSPACE(?:\.bazel)?|MODULE\.bazel"  # genrules, repository rules
_LOGROTATE_NAME = r"logrotate[^/]*/[^/]+|[^/]*logrotate[^/]*\.conf"  # installed for cron's daily logrotate run
# CocoaPods runs a pod's `prepare_command` on install and its script phases on every build; Xcode its shell phases and
# a scheme's pre- and post-actions.
_APPLE_BUILD_NAME = r"[^/]+\.podspec|project\.pbxproj|[^/]+\.xcscheme"
_BITBAKE_NAME = r"[^/]+\.(?:bb|bbappend|bbclass)"  # Yocto's recipes, appends and classes: their tasks run on `bitbake`
_UDEV_NAME = r"(?:udev|rules\.d)/(?:[^/]+/)*[^/]+\.rules|\d\d-[^/]+\.rules"  # installed, udev runs their programs as root
BUILD_FILE_NAMES = (rf"{_DOCKERFILE_NAME}|[^/]+\.tf|[^/]+\.tftpl|[^/]+\.pkr\.hcl|[^/]+\.sql|{_DBT_YAML_NAME}|"
                    rf"{_HELMFILE_NAME}|[^/]+\.gotmpl|{_PROCFILE_NAME}|{_LOGROTATE_NAME}|{_REFLEX_NAME}|"
                    rf"{_NIX_NAME}|{_STARLARK_NAME}|{_MSBUILD_NAME}|{_HCL_NAME}|{_APPLE_BUILD_NAME}|{_BITBAKE_NAME}|{_UDEV_NAME}")
DOCKERFILE = re.compile(rf"(^|/)(?:{_DOCKERFILE_NAME})$")
TERRAFORM = re.compile(r"\.tf$")
TERRAFORM_TEMPLATE = re.compile(r"\.tftpl$")  # rendered by templatefile(), run by a local-exec
PACKER = re.compile(r"\.pkr\.hcl$")
SQL = re.compile(r"\.sql$")
DBT_YAML = re.compile(rf"(^|/)(?:{_DBT_YAML_NAME})$")
HELMFILE = re.compile(rf"(^|/){_HELMFILE_NAME}$")
GO_TEMPLATE = re.compile(r"\.gotmpl$")  # helmfile renders them, running what they `exec`
NIX = re.compile(rf"(^|/){_NIX_NAME}$")
MSBUILD = re.compile(rf"(^|/){_MSBUILD_NAME}$")
HCL = re.compile(rf"(^|/){_HCL_NAME}$")
STARLARK = re.compile(rf"(^|/)(?:{_STARLARK_NAME})$")
REFLEX = re.compile(rf"(^|/){_REFLEX_NAME}$")
LOGROTATE = re.compile(rf"(^|/)(?:{_LOGROTATE_NAME})$")
APPLE_BUILD = re.compile(rf"(^|/)(?:{_APPLE_BUILD_NAME})$")
PROCFILE = re.compile(rf"(^|/){_PROCFILE_NAME}$")  # foreman, honcho, overmind and `bin/dev` start its processes

# Commands that carry data off the machine: a secret a build step may use is denied only when the step also sends.
_SENDS = re.compile(r"(?<![\w.-])(?:curl|wget|nc|ncat|socat|scp|sftp|ssh|rsync|ftp|telnet|mail|sendmail)(?![\w.-])|/dev/(?:tcp|udp)/")


def closing(text: str, start: int, pair: str) -> int:
    """Where the bracket opened just before `start` closes (`pair`: "()" or "{}"); the text's end when it does not."""
    depth, end = 1, start
    while end < len(text) and depth:
        depth += {pair[0]: 1, pair[1]: -1}.get(text[end], 0)
        end += 1
    return end - 1 if depth == 0 else len(text)


def list_words(text: str) -> list[str] | None:
    """A flow list of strings (`["sh", "-c", "make x"]`; JSON is one, and YAML's single-quoted words may hold double
    quotes) as its words; None for any other text."""
    import yaml  # only a list being read needs it

    try:
        words = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    return words if isinstance(words, list) and words and all(isinstance(w, str) for w in words) else None


def list_command(line: str) -> str:
    """A step written as a list of words (`["sh", "-c", "make x"]`, as a Dockerfile's exec form, Skaffold hooks,
    compose and overcommit write them; `["-c", "make x"]`, the shell's arguments, as GrumPHP's shell task writes them)
    as the command line they make; any other line as it is."""
    words = list_words(line) if line.startswith("[") and line.endswith("]") else None
    return shlex.join(["sh", *words] if words[0] == "-c" else words) if words else line


def _secret_mount(option: str) -> tuple[str, str] | None:
    """`type=secret,id=npmrc,target=/root/.npmrc` as (the path the step sees, the id); None for other mounts."""
    fields = dict(f.split("=", 1) for f in option.split(",") if "=" in f)
    if fields.get("type") != "secret":
        return None
    ident = fields.get("id") or ""
    target = fields.get("target") or fields.get("dst") or fields.get("destination") or f"/run/secrets/{ident}"
    return target, ident or target.rsplit("/", 1)[-1]


def dockerfile_commands(text: str) -> list[str]:
    """A Dockerfile's `RUN` steps as command lines (continued lines joined, the exec form read as its words). A build
    secret mounted for a step is read as the secret it is (`/run/secrets/<id>`) when the step sends data anywhere;
    a step that only uses it (an install that logs in with it) keeps it as the step's own file."""
    text = re.sub(r"^[ \t]*#.*\n", "", text, flags=re.M)
    text = re.sub(r"[ \t]*\\[ \t]*\r?\n[ \t]*", " ", text)
    commands = []
    for m in re.finditer(r"^[ \t]*RUN[ \t]+(.+)$", text, re.M | re.I):
        line, secrets = m.group(1).strip(), []
        while option := re.match(r"--(\w+)=(\S+)\s+", line):
            if option.group(1) == "mount" and (secret := _secret_mount(option.group(2))):
                secrets.append(secret)
            line = line[option.end():]
        line = list_command(line)
        sends = bool(_SENDS.search(line))
        for target, ident in secrets:
            for seen in {target, f"/run/secrets/{ident}"}:
                line = line.replace(seen, f"/run/secrets/{ident}" if sends else f"build-secret-{ident}")
        commands.append(line)
    return commands


_HCL_STRING = r'"((?:[^"\\\n$]|\\.|\$\{[^}\n]*\}|\$)*)"'  # `${…}` may hold quotes of its own


def _hcl_string(body: str) -> str:
    """An HCL string's text: escapes undone, `pathexpand("~…")` read as the path, the module's own paths as `.`."""
    text = body.replace('\\"', '"').replace("\\\\", "\\").replace("\\n", "\n")
    text = re.sub(r"""\$\{\s*pathexpand\(\s*"([^"]*)"\s*\)\s*\}""", r"\1", text)
    return re.sub(r"\$\{\s*path\.(?:module|root|cwd)\s*\}", ".", text)


def terraform_commands(text: str) -> list[str]:
    """The commands a Terraform file runs on `apply`: `local-exec` commands (quoted or heredoc) and the programs of
    `external` data sources."""
    commands = [_hcl_string(m.group(1)) for m in re.finditer(rf"\bcommand\s*=\s*{_HCL_STRING}", text)]
    commands += [_hcl_string(m.group(2)) for m in re.finditer(r"\bcommand\s*=\s*<<-?(\w+)\n(.*?)\n\s*\1\b", text, re.S)]
    for m in re.finditer(r"\bprogram\s*=\s*(\[[^\]]*\])", text):
        try:
            words = json.loads(m.group(1))
        except ValueError:
            continue
        if isinstance(words, list) and all(isinstance(w, str) for w in words):
            commands.append(shlex.join(_hcl_string(w) for w in words))
    return commands


def sql_program_commands(text: str) -> list[str]:
    """The shell commands SQL hands the database to run: PostgreSQL's `COPY … TO/FROM PROGRAM '…'`, and DuckDB shellfs's
    piped commands (`read_csv('cmd |')`, `COPY … TO '| cmd'`)."""
    commands = [m.group(1).replace("''", "'") for m in re.finditer(r"\bPROGRAM\s+'((?:[^']|'')*)'", text, re.I)]
    strings = [m.group(1).replace("''", "'") for m in re.finditer(r"'((?:[^']|'')*)'", text)]
    commands += re.findall(r"^[ \t]*\\!\s*(.+)$", text, re.M)  # psql runs `\! command` in a shell
    return commands + [s.strip().strip("|").strip() for s in strings if re.fullmatch(r"\s*\|.+|.+\|\s*", s, re.S)]


def with_jinja_literals(text: str) -> str:
    """dbt's Jinja read for the text it makes: `env_var('HOME')` as `'~'`, literals joined with `~` as one literal,
    and a name `{% set %}` to a literal written where `{{ name }}` or a `~` join uses it."""
    home = "__HOME__"  # `~` once joined: a quoted `'~'` would read as Jinja's join operator between two quotes
    text = re.sub(r"env_var\(\s*(['\"])HOME\1\s*(?:,\s*(['\"])[^'\"]*\2\s*)?\)", f"'{home}'", text)
    for _ in range(3):  # a name set from another, a list joined after its parts are known
        text = _JINJA_LIST_JOIN.sub(lambda m: "'" + m.group(3).join(re.findall(r"'([^']*)'", m.group(1))) + "'",
                                    _joined_jinja(text))
        for name, value in re.findall(r"\{%-?\s*set\s+(\w+)\s*=\s*'([^'\n]*)'\s*-?%\}", text):
            text = re.sub(rf"\{{\{{-?\s*{name}\s*-?\}}\}}", value, text)
            text = re.sub(rf"(?<=~)\s*\b{name}\b(?!\s*=)|\b{name}\b(?=\s*~)|(?<=[\[,])\s*\b{name}\b(?=\s*[,\]])",
                          f"'{value}'", text)
        for name, items in re.findall(r"\{%-?\s*set\s+(\w+)\s*=\s*\[([^\]\n]*)\]\s*-?%\}", text):
            parts = re.findall(r"'([^']*)'", items)
            text = re.sub(rf"\{{\{{-?\s*{name}\s*\|\s*join\(\s*(['\"])([^'\"]*)\1\s*\)\s*-?\}}\}}",
                          lambda m, parts=parts: m.group(2).join(parts), text)
    return re.sub(r"\{\{-?\s*'([^'\n]*)'\s*-?\}\}", r"\1", _joined_jinja(text)).replace(home, "~")  # `{{ 'x' }}` is x


# A list of literals joined by Jinja's filter (`['~', '.netrc'] | join('/')`): the one literal it makes.
_JINJA_LIST_JOIN = re.compile(r"""\[\s*((?:'[^'\n]*'\s*,\s*)*'[^'\n]*')\s*\]\s*\|\s*join\(\s*(['"])([^'"]*)\2\s*\)""")


def _joined_jinja(text: str) -> str:
    """Jinja literals joined with `~` (`'/.s' ~ 'sh'`, `"… " ~ '~/…'`) as one literal in the first one's quotes."""
    pair = re.compile(r"""(['"])((?:(?!\1)[^\n])*)\1\s*~\s*(['"])((?:(?!\3)[^\n])*)\3""")
    while (joined := pair.sub(lambda m: m.group(1) + m.group(2) + m.group(4) + m.group(1), text, count=1)) != text:
        text = joined
    return text


def helmfile_hook_commands(text: str) -> list[str]:
    """Each helmfile hook's `command` with its `args`: what it runs on the machine that syncs."""
    return config_commands("helmfile.yaml", text)


_GO_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|`[^`]*`|[()]|:=|\$\w*|[^\s()"`]+')


def _go_expression(tokens: list[str], names: dict, defines: dict) -> object:
    """The value of a Go template pipeline's first command, for the functions that build text (`env`, `print`,
    `printf`, `list`, `include`); None where it cannot be known."""
    def atom(i: int) -> tuple[object, int]:
        token = tokens[i]
        if token == "(":
            depth, j = 1, i + 1
            while j < len(tokens) and depth:
                depth += {"(": 1, ")": -1}.get(tokens[j], 0)
                j += 1
            return _go_expression(tokens[i + 1:j - 1], names, defines), j
        if token[0] in "\"`":
            return (json.loads(token) if token[0] == '"' else token[1:-1]), i + 1
        if token.startswith("$"):
            return names.get(token), i + 1
        return token, i + 1

    if not tokens:
        return None
    if tokens[0] not in ("env", "requiredEnv", "print", "printf", "list", "include", "exec", "readFile"):
        return atom(0)[0] if len(tokens) == 1 else None
    args, i = [], 1
    while i < len(tokens):
        value, i = atom(i)
        args.append(value)
    function = tokens[0]
    if function in ("env", "requiredEnv"):
        return f"${args[0]}" if args and isinstance(args[0], str) else None
    if function == "include":
        return defines.get(args[0]) if args else None
    if function == "list":
        return args
    if function == "exec":
        return ["exec", *args]
    if function == "readFile":  # the file's text, read when the template renders
        return f"$(cat {shlex.quote(args[0])})" if args and isinstance(args[0], str) else None
    texts = [a if isinstance(a, str) else "x" for a in args]
    if function == "printf" and texts:
        pieces = iter(texts[1:])
        return re.sub(r"%[sv]", lambda _m: next(pieces, ""), texts[0])
    return ("" if function == "print" else " ").join(texts)


def go_template_commands(text: str) -> list[str]:
    """What a helmfile Go template runs when it renders: `exec "program" (list …)` as a command line, its arguments
    built from literals, variables (`$d := printf "%s/x" (env "HOME")`), `print`, `printf` and `include` of a
    `define`d text; and `readFile` as reading the file (`$(cat path)`) where its text is used."""
    defines = {m.group(1): m.group(2).strip() for m in re.finditer(
        r'\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}(.*?)\{\{-?\s*end\s*-?\}\}', text, re.S)}
    names: dict = {}
    commands = []
    for action in re.findall(r"\{\{-?(.*?)-?\}\}", text, re.S):
        tokens = _GO_TOKEN.findall(action)
        target = tokens[0] if len(tokens) > 2 and tokens[1] == ":=" else None
        body = tokens[2:] if target else tokens
        while body and body[0] in ("if", "with", "range", "else"):  # the pipeline a control word tests
            body = body[1:]
        if "exec" in body:
            body = body[body.index("exec"):]
        value = _go_expression(body, names, defines)
        if target:
            names[target] = value
        if isinstance(value, list) and value[:1] == ["exec"] and len(value) > 1 and isinstance(value[1], str):
            arguments = value[2] if len(value) > 2 and isinstance(value[2], list) else []
            commands.append(" ".join(_shell_word(a if isinstance(a, str) else "x") for a in [value[1], *arguments]))
        elif isinstance(value, str) and "$(cat " in value:
            commands.append(f"echo {_shell_word(value)}")
    return commands


def _shell_word(word: str) -> str:
    """A word quoted for a shell, a `$(cat …)` it holds still read (double quotes)."""
    return '"' + re.sub(r'(["\\`])', r"\\\1", word) + '"' if "$(cat " in word else shlex.quote(word)


_POD_SCRIPT = re.compile(r"""(?:prepare_command\s*=|:script\s*=>|\bscript:)\s*(?:<<[-~]?(['"]?)(\w+)\1[^\n]*\n(.*?)\n[ \t]*\2\b|"""
                         r"""(['"])((?:(?!\4)[^\\]|\\.)*)\4)""", re.S)
_XCODE_PHASE = re.compile(r'\bshellScript\s*=\s*"((?:[^"\\]|\\.)*)"\s*;')


def apple_build_commands(text: str) -> list[str]:
    """The scripts a podspec (`prepare_command`, script phases, as heredocs or strings), an Xcode project's shell
    build phases (`shellScript = "…\\n…";`, unescaped) or a scheme's actions (`scriptText`) run."""
    import html  # only an Apple build file being judged needs it

    scripts = [m.group(3) if m.group(3) is not None else m.group(5) for m in _POD_SCRIPT.finditer(text)]
    scripts += [html.unescape(m) for m in re.findall(r'\bscriptText\s*=\s*"([^"]*)"', text)]
    for m in _XCODE_PHASE.finditer(text):
        try:
            scripts.append(json.loads(f'"{m.group(1)}"'))
        except ValueError:
            scripts.append(m.group(1).replace("\\n", "\n"))
    return [script for script in scripts if script.strip()]


BITBAKE = re.compile(rf"(^|/)(?:{_BITBAKE_NAME})$")
UDEV = re.compile(rf"(^|/)(?:{_UDEV_NAME})$")
_BITBAKE_TASK = re.compile(r"^(python[ \t]+)?(?:fakeroot[ \t]+)?[\w:${}.-]+[ \t]*\([ \t]*\)[ \t]*\{[ \t]*\n(.*?)^\}", re.M | re.S)


def bitbake_commands(text: str) -> list[str]:
    """What a BitBake file's tasks run: a shell task's body as one script, a Python task's as `python3 -c`."""
    import textwrap  # only a BitBake file needs it

    return [shlex.join(["python3", "-c", textwrap.dedent(m.group(2))]) if m.group(1) else m.group(2)
            for m in _BITBAKE_TASK.finditer(text)]


def udev_commands(text: str) -> list[str]:
    """The programs a udev rule runs when its device appears (`RUN+="…"`, `PROGRAM=="…"`, `IMPORT{program}="…"`)."""
    return re.findall(r"\b(?:RUN(?:\{program\})?|PROGRAM|IMPORT\{program\})[ \t]*[+:=]?=[ \t]*\"([^\"]*)\"", text)


def procfile_commands(text: str) -> list[str]:
    """The command of each process a Procfile names (`web: bundle exec puma`)."""
    return re.findall(r"^[ \t]*[\w.-]+[ \t]*:[ \t]*(\S.*)$", text, re.M)


def nix_hook_commands(text: str) -> list[str]:
    """The lines of a Nix file's shell hooks and build phases (`shellHook = '' … '';`)."""
    blocks = re.findall(r"\b\w*(?:Hook|Phase|[Ii]nstall)\s*=\s*''(.*?)''", text, re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def starlark_commands(text: str) -> list[str]:
    """The commands a Bazel or Buck file runs: a genrule's `cmd` and a repository rule's `execute([…])`, with strings
    joined by `+` and a name read from the environment (`home = ctx.os.environ.get("HOME")`) as that variable."""
    names = dict(re.findall(r"\b(\w+)\s*=\s*[\w.]*environ(?:\.get)?[(\[]\s*[\"'](\w+)[\"']", text))
    text = re.sub(r"[\"']\s*\+\s*(\w+)\s*\+\s*[\"']", lambda m: f"${names.get(m.group(1), m.group(1))}", text)
    text = re.sub(r"[\"']\s*\+\s*[\"']", "", text)
    commands = [m.group(2) for m in re.finditer(r"\b(?:cmd|cmd_bash|bash|command)\s*=\s*([\"'])((?:(?!\1)[^\\\n]|\\.)*)\1", text)]
    return commands + [list_command(f"[{m.group(1)}]") for m in re.finditer(r"\bexecute\(\s*\[([^\]]*)\]", text)]


# MSBuild's ways of naming the home folder: `$(HOME)`, `$(UserProfile)`, and the property functions that find it.
_MSBUILD_HOME = re.compile(r"\$\((?:HOME|UserProfile)\)|\$\(\[System\.Environment\]::(?:GetFolderPath\([^()]*UserProfile\s*\)|"
                           r"GetEnvironmentVariable\(\s*'(?:HOME|USERPROFILE)'\s*\))\)", re.I)
_MSBUILD_PROPERTY = re.compile(r"<(\w+)(?:\s+Condition\s*=\s*\"[^\"]*\")?\s*>([^<>]*)</\1>")
_MSBUILD_FOLDER = re.compile(r"\$\(MSBuild(?:ThisFile|Project)Directory\)")  # the file's own folder, where it is judged
# Tasks that act on files, as the command each equals (its attribute lists split at `;`), and items that copy or embed
# the files they include into what the build produces (read as reading them).
_MSBUILD_TASKS = {"RemoveDir": ("Directories", "rm -rf"), "Delete": ("Files", "rm -f"), "Copy": ("SourceFiles", "cp"),
                  "WriteLinesToFile": ("File", None), "DownloadFile": ("SourceUrl", "curl -fsSLO"),
                  "ZipDirectory": ("SourceDirectory", "zip -qr build.zip")}
_MSBUILD_ITEM = re.compile(r"<(?:EmbeddedResource|Content|None|Resource|AdditionalFiles|Compile|Page)\s+[^>]*?\bInclude\s*=\s*\"([^\"]*)\"")
_MSBUILD_TASK = re.compile(r"<(" + "|".join(_MSBUILD_TASKS) + r")\b([^>]*?)/?>")
_MSBUILD_ATTRIBUTE = re.compile(r"(\w+)\s*=\s*\"([^\"]*)\"")
_MSBUILD_REFERENCE = re.compile(r"\$\((\w+)\)")
# `$([System.IO.Path]::Combine(a, 'b', 'c'))`: the path it makes.
_MSBUILD_COMBINE = re.compile(r"\$\(\[System\.IO\.Path\]::Combine\(([^()]*)\)\)", re.I)
# Property functions that read a file into a property (`$([System.IO.File]::ReadAllText('…'))`).
_MSBUILD_FILE_READ = re.compile(r"\[System\.IO\.File\]::Read(?:AllText|AllLines|AllBytes)\(\s*'?([^')]+?)'?\s*\)", re.I)


def _combined_path(m: re.Match) -> str:
    return "/".join(quoted or bare for quoted, bare in re.findall(r"'([^']*)'|([^,'\s]+)", m.group(1)))


def _with_properties(text: str, definitions: list[tuple[str, str]], reference: re.Pattern, properties: dict[str, str],
                     made=lambda value: value) -> str:
    """`text` with each property `reference` that names a known property written as its value. `definitions` are read
    in order, each value with the properties set before it (a property may build on another, or on itself) and then
    passed through `made`."""
    def value_of(m: re.Match) -> str:
        return properties.get(m.group(1), m.group(0))

    for name, value in definitions:
        properties[name] = made(reference.sub(value_of, value))
    return reference.sub(value_of, text)


def _msbuild_text(text: str) -> str:
    """The file with the home folder as `$HOME`, its own folder as `./`, each property it sets as its value and any
    other property as a variable."""
    text = _MSBUILD_FOLDER.sub("./", _MSBUILD_HOME.sub("$HOME", text))
    definitions = [(name, value.strip()) for name, value in _MSBUILD_PROPERTY.findall(text)]
    text = _with_properties(text, definitions, _MSBUILD_REFERENCE, {}, lambda v: _MSBUILD_COMBINE.sub(_combined_path, v))
    return _MSBUILD_REFERENCE.sub(r"${\1}", text)


def msbuild_commands(text: str) -> list[str]:
    """The commands an MSBuild file runs or equals: its `Exec` tasks, the file tasks (`RemoveDir`, `Delete`, `Copy`,
    `WriteLinesToFile`, `DownloadFile`, `ZipDirectory`) and the items it copies or embeds into its output."""
    import html  # only an MSBuild file being judged needs it

    text = _msbuild_text(text)
    found = [html.unescape(c) for c in re.findall(r"<Exec\b[^>]*?\bCommand\s*=\s*\"([^\"]*)\"", text, re.I)]
    found += [f"cat {shlex.quote(html.unescape(m))}" for m in _MSBUILD_FILE_READ.findall(text)]
    for m in _MSBUILD_TASK.finditer(text):
        attributes = {k: html.unescape(v) for k, v in _MSBUILD_ATTRIBUTE.findall(m.group(2))}
        key, program = _MSBUILD_TASKS[m.group(1)]
        named = [shlex.quote(v.strip()) for v in attributes.get(key, "").split(";") if v.strip()]
        if not named:
            continue
        if program is None:  # WriteLinesToFile: emptied when it overwrites, else added to
            found.append(f": > {named[0]}" if attributes.get("Overwrite", "").lower() == "true" else f"echo >> {named[0]}")
            continue
        destination = attributes.get("DestinationFolder") or attributes.get("DestinationFiles") or ""
        found.append(" ".join([program, *named, *([shlex.quote(destination)] if destination and program == "cp" else [])]))
    found += [f"cat {shlex.quote(v.strip())}" for m in _MSBUILD_ITEM.finditer(text)
              for v in html.unescape(m.group(1)).split(";") if v.strip()]
    return found


# Unreal's BuildGraph: `<Property Name= Value=>` and `<EnvVar Name=>` give `$(Name)`; `Spawn` runs `Exe` with
# `Arguments`, `Delete` deletes `Files`, `Copy` copies `From` to `To`.
_BUILDGRAPH_PROPERTY = re.compile(r"<Property\b[^>]*?\bName\s*=\s*\"(\w+)\"[^>]*?\bValue\s*=\s*\"([^\"]*)\"")
_BUILDGRAPH_TASK = re.compile(r"<(Spawn|Delete|Copy)\b([^>]*?)/?>")


def buildgraph_commands(text: str) -> list[str]:
    """The commands an Unreal BuildGraph script's `Spawn`, `Delete` and `Copy` tasks equal, properties filled in and the
    home folder (`$(USERPROFILE)`, `$(HOME)` of an `EnvVar`) as `$HOME`."""
    import html  # only a BuildGraph script being judged needs it

    if "<BuildGraph" not in text:
        return []
    properties = {name: "$HOME" for name in re.findall(r"<EnvVar\b[^>]*?\bName\s*=\s*\"(USERPROFILE|HOME)\"", text)}
    text = _with_properties(text, _BUILDGRAPH_PROPERTY.findall(text), _MSBUILD_REFERENCE, properties)
    commands = []
    for m in _BUILDGRAPH_TASK.finditer(text):
        attributes = {k: html.unescape(v) for k, v in _MSBUILD_ATTRIBUTE.findall(m.group(2))}
        if m.group(1) == "Spawn" and attributes.get("Exe"):
            commands.append(f"{shlex.quote(attributes['Exe'])} {attributes.get('Arguments', '')}".strip())
        elif m.group(1) == "Delete" and attributes.get("Files"):
            commands += [shlex.join(["rm", "-rf", f.strip()]) for f in attributes["Files"].split(";") if f.strip()]
        elif m.group(1) == "Copy" and attributes.get("From") and attributes.get("To"):
            commands.append(shlex.join(["cp", "-r", attributes["From"], attributes["To"]]))
    return [_MSBUILD_REFERENCE.sub(r"${\1}", c) for c in commands]


def msbuild_inline_code(text: str) -> list[str]:
    """The code of an MSBuild file's inline tasks (`<Code>` of a `RoslynCodeTaskFactory` task), run when the task is."""
    return [m.group(1) for m in re.finditer(r"<Code\b[^>]*>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</Code>", text, re.S)]


# Ant's file tasks (in `build.xml`, or a Maven antrun target in `pom.xml`) as the commands they equal; `${name}` of a
# `<property>` is its value.
_ANT_TASK = re.compile(r"<(delete|copy|move|exec|get|echo|truncate)\b([^>]*?)(/?)>(.*?)(?:</\1>|(?<=/>))", re.S)


def ant_commands(text: str) -> list[str]:
    """The commands an Ant target's `delete`, `copy`, `move`, `exec`, `get`, `echo file=` and `truncate` tasks equal,
    a nested `fileset`'s folder standing for the files it selects."""
    import html  # only an Ant or Maven file being judged needs it

    definitions = [(name, html.unescape(value)) for name, value in re.findall(
        r"<property\s+name\s*=\s*\"([\w.-]+)\"\s+(?:value|location)\s*=\s*\"([^\"]*)\"", text)]
    text = _with_properties(text, definitions, re.compile(r"\$\{([\w.-]+)\}"), {"user.home": "~", "basedir": "."})
    found = []
    for m in _ANT_TASK.finditer(text):
        task, inner = m.group(1), m.group(4) if not m.group(3) else ""
        attributes = {k.lower(): html.unescape(v) for k, v in _MSBUILD_ATTRIBUTE.findall(m.group(2))}
        sets = [html.unescape(d) for d in re.findall(r"<fileset\b[^>]*?\bdir\s*=\s*\"([^\"]*)\"", inner)]
        named = [v for v in (attributes.get("dir"), attributes.get("file"), *sets) if v]
        if task == "delete":
            found += [f"rm -rf {shlex.quote(v)}" for v in named]
        elif task in ("copy", "move"):
            target = attributes.get("todir") or attributes.get("tofile") or "."
            found += [f"{'cp -r' if task == 'copy' else 'mv'} {shlex.quote(v)} {shlex.quote(target)}" for v in named]
        elif task == "exec" and attributes.get("executable"):
            words = [html.unescape(w) for w in re.findall(r"<arg\s+(?:value|line)\s*=\s*\"([^\"]*)\"", inner)]
            found.append(shlex.join([attributes["executable"], *words]))
        elif task == "get" and attributes.get("src"):
            found.append(f"curl -fsSLo {shlex.quote(attributes.get('dest', '.'))} {shlex.quote(attributes['src'])}")
        elif task in ("echo", "truncate") and attributes.get("file"):
            found.append(f"{'echo >>' if attributes.get('append') == 'true' else ': >'} {shlex.quote(attributes['file'])}")
    return found


def task_xml_commands(text: str) -> list[str]:
    """The command lines of a Windows scheduled task's `<Exec>` actions (`<Command>` with its `<Arguments>`); an empty
    list for XML that is not a task."""
    import html  # only a task file being judged needs it

    if not re.search(r"<Task\b", text):
        return []
    actions = re.findall(r"<Exec>\s*<Command>(.*?)</Command>\s*(?:<Arguments>(.*?)</Arguments>)?", text, re.S)
    return [html.unescape(f"{command} {arguments}".strip()) for command, arguments in actions]


# A Conan profile: its sections, with Jinja that runs when the profile is read (`{% set x = os.system(…) %}`).
_CONAN_PROFILE = re.compile(r"^\[(?:settings|conf|options|buildenv|runenv|tool_requires)\]\s*$", re.M)


def conan_profile_code(text: str) -> str | None:
    """The Python a Conan profile's Jinja evaluates, one statement or expression a line; None for another file."""
    if not _CONAN_PROFILE.search(text) or "{" not in text:
        return None
    found = re.findall(r"\{%-?\s*(?:set\s+)?(.*?)\s*-?%\}|\{\{-?\s*(.*?)\s*-?\}\}", text, re.S)
    return "\n".join(re.sub(r"\s~\s", " + ", statement or expression) for statement, expression in found)  # `~` joins


_RUN_CMD = re.compile(r"""\brun_cmd\(\s*((?:"(?:[^"\\]|\\.)*"\s*,?\s*)+)\)""")


def hcl_commands(text: str) -> list[str]:
    """The commands an HCL file's blocks run: `command = "…"` (with the `args = […]` that follow it) or a list, an
    `args` list of its own (a Consul watch's script handler), a Terragrunt hook's `execute` list and `run_cmd(…)`
    calls; `$${` is HCL's escaped `${`."""
    text = text.replace("$${", "${")
    found, followed = [], set()
    for m in re.finditer(r"\bcommand\s*=\s*(\"(?:[^\"\\]|\\.)*\"|\[[^\]]*\])(?:\s*\n\s*args\s*=\s*(\[[^\]]*\]))?", text):
        if m.group(1).startswith("["):
            found.append(list_command(m.group(1)))
        else:
            args = shlex.join(list_words(m.group(2)) or []) if m.group(2) else ""
            command = m.group(1)[1:-1].replace('\\"', '"')
            found.append(f"{command} {args}".strip())
        followed.add(m.start(2))
    found += [list_command(m.group(1)) for m in re.finditer(r"\b(?:args|execute)\s*=\s*(\[[^\]]*\])", text)
              if m.start(1) not in followed]
    for m in _RUN_CMD.finditer(text):  # Terragrunt's `run_cmd("--terragrunt-quiet", "bash", "-c", "…")`
        words = [w.replace('\\"', '"') for w in re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))]
        words = [w for w in words if not w.startswith("--terragrunt-")]
        found += [shlex.join(words)] if words else []
    return found


def reflex_commands(text: str) -> list[str]:
    """The command of each watcher line of a reflex configuration (after its `--`)."""
    return re.findall(r"^[ \t]*-[^#\n]*?\s--\s+(\S.*)$", text, re.M)


def logrotate_commands(text: str) -> list[str]:
    """The scripts a logrotate configuration runs around a rotation (`postrotate` … `endscript`), and each log it
    rotates as the deletion rotation ends in (`rm -f LOG`)."""
    blocks = re.findall(r"^\s*(?:prerotate|postrotate|firstaction|lastaction|preremove)\s*$(.*?)^\s*endscript\s*$", text,
                        re.M | re.S)
    logs = [p for m in re.finditer(r"^\s*((?:[~/$\"][^\s{]*\s+)+)\{", text, re.M) for p in m.group(1).split()]
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()] + [
        "rm -f " + p.strip('"') for p in logs]


def packer_local_commands(text: str) -> list[str]:
    """What a Packer template runs on the building machine: each `shell-local` provisioner's or post-processor's
    `inline` lines, read as one script, and its `command`."""
    commands = []
    for m in re.finditer(r'\b(?:provisioner|post-processor)\s+"shell-local"\s*\{', text):
        block = text[m.end():closing(text, m.end(), "{}")]
        for inline in re.finditer(r"\binline\s*=\s*\[(.*?)\]", block, re.S):
            lines = [_hcl_string(s.group(1)) for s in re.finditer(_HCL_STRING, inline.group(1))]
            commands.append("\n".join(lines))
        commands += [_hcl_string(c.group(1)) for c in re.finditer(rf"\bcommand\s*=\s*{_HCL_STRING}", block)]
    return commands


def _block_under(lines: list[str], index: int, indent: int) -> list[str]:
    """The lines after line `index` indented deeper than `indent` (blank lines kept): the block a YAML key holds."""
    block = []
    for following in lines[index + 1:]:
        if following.strip() and len(following) - len(following.lstrip()) <= indent:
            break
        block.append(following)
    return block


_BLOCK_START = re.compile(r"^([ \t]*)(?:-[ \t]+)?(?:([\w.-]+)[ \t]*:[ \t]*)?([|>])[-+0-9]*[ \t]*$")


def _powershell_block(start: re.Match) -> bool:
    return (start.group(2) or "").lower() in ("pwsh", "powershell")  # Azure Pipelines' PowerShell steps


def yaml_blocks(text: str) -> list[str]:
    """The YAML block scalars of a text (`run: |`, `shell: |`, `- |`), each read as one script: a variable its first
    line sets is known on the next; a `pwsh: |` or `powershell: |` step as the PowerShell it runs."""
    lines = text.splitlines()
    blocks = []
    for i, line in enumerate(lines):
        start = _BLOCK_START.match(line)
        if not start:
            continue
        body = _block_under(lines, i, len(start.group(1)))
        dedent = min((len(b) - len(b.lstrip()) for b in body if b.strip()), default=0)
        script = ("\n" if start.group(3) == "|" else " ").join(b[dedent:] for b in body).strip()
        if script and _powershell_block(start):
            blocks.append(shlex.join(["pwsh", "-NoProfile", "-Command", script]))
        elif script:
            blocks.append(script)
    return blocks


def without_powershell_blocks(text: str) -> str:
    """The YAML text without the bodies of its PowerShell steps (read whole as PowerShell, not line by line as shell)."""
    lines = text.splitlines()
    dropped: set[int] = set()
    for i, line in enumerate(lines):
        if (start := _BLOCK_START.match(line)) and _powershell_block(start):
            dropped.update(range(i + 1, i + 1 + len(_block_under(lines, i, len(start.group(1))))))
    return "\n".join(line for i, line in enumerate(lines) if i not in dropped) if dropped else text


def ci_secret_names(text: str) -> dict[str, str]:
    """Variable names a CI file binds to its secrets (`TOKEN: ${{ secrets.NPM_TOKEN }}` under `env:`)."""
    return dict(re.findall(r"^\s*([A-Za-z_]\w*)\s*:\s*['\"]?\$\{\{\s*secrets\.(\w+)\s*\}\}['\"]?\s*$", text, re.M))


def with_secret_names(command: str, names: dict[str, str]) -> str:
    """A CI command that sends data off the machine, its secret-bound variables named as the secrets they hold
    (`$T` → `$SECRET_NPM_TOKEN`), so that sending one is seen; other commands (a login that reads one) as written."""
    if not names or not _SENDS.search(command):
        return command
    return re.sub(r"\$(\{?)([A-Za-z_]\w*)\b", lambda m: f"${m.group(1)}SECRET_{names[m.group(2)]}" if m.group(2) in names
                  else m.group(0), command)


def _unquoted(value: str) -> str:
    """A YAML scalar without the quotes around it, when it has them."""
    return value[1:-1] if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"" else value


def with_task_variables(text: str) -> str:
    """A Taskfile with its `{{.NAME}}` uses written as the values its `vars:` give (a `sh:` variable as the command's
    output, `$(…)`, a plain one as its text); a CI file with its `$NAME` and `${NAME}` uses written as the plain values
    its `variables:` and `env:` give."""
    values: dict[str, str] = {}
    environment: dict[str, str] = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not (start := re.match(r"^([ \t]*)(vars|variables|env):[ \t]*$", line)):
            continue
        section = "\n".join(_block_under(lines, i, len(start.group(1))))
        found = values if start.group(2) == "vars" else environment
        for m in re.finditer(r"^[ \t]+([A-Za-z_]\w*):[ \t]*\n[ \t]+sh:[ \t]*(.+)$", section, re.M):
            found[m.group(1)] = f"$({_unquoted(m.group(2).strip())})"
        for m in re.finditer(r"^[ \t]+([A-Za-z_]\w*):[ \t]*(['\"]?)([^'\"\n{}]+)\2[ \t]*$", section, re.M):
            found.setdefault(m.group(1), m.group(3).strip())
    text = re.sub(r"\{\{\s*\.(\w+)\s*\}\}", lambda m: values.get(m.group(1), m.group(0)), text)
    plain = {name: value for name, value in environment.items() if not value.startswith("$(")}
    if not plain:
        return text
    names = "|".join(re.escape(n) for n in sorted(plain, key=len, reverse=True))
    return re.sub(rf"\$\{{({names})\}}|\$({names})\b", lambda m: plain[m.group(1) or m.group(2)], text)


# Keys under which a job list, a backup or housekeeping config or a hook table holds the commands its runner runs.
_COMMAND_KEYS = frozenset({"command", "commands", "cmd", "run", "script", "shell", "exec", "hooks"})
# Keys that name when a tool runs a command (`on_failure`, `pre_hook`, `before_script`, `notify_command`, `exec_start`).
_HOOK_KEY = re.compile(r"on_\w+|(?:pre|post)[_-]\w+|(?:before|after)[_:-]?\w*|\w*hook\w*|\w*_(?:cmd|command|exec|script)|"
                       r"exec_\w+")
# A string under any other key is read as a command when it starts with a program that runs code, fetches, sends or
# deletes (a release tool's `before:init`, a backup tool's `pre_hook`, a mailer's `post_send`, hatch's
# `pre-install-commands`).
_COMMAND_LINE = re.compile(r"^\s*(?:sudo\s+)?(?:/(?:usr/)?bin/)?(?:ba|z|da|k)?sh\s|^\s*(?:sudo\s+)?(?:/(?:usr/)?bin/)?"
                           r"(?:curl|wget|nc|ncat|netcat|socat|telnet|scp|sftp|rsync|rm|rimraf|shred|dd|mkfs(?:\.\w+)?|"
                           r"truncate|cp|mv|tar|zip|python3?|node|ruby|perl|php|pwsh|powershell|base64|eval|nohup|"
                           r"docker|podman|aws|gsutil|rclone|openssl|xargs|find)\s")


def _ini_data(text: str) -> dict | None:
    """An INI file's sections as mappings, a value of several lines as the list of its lines."""
    import configparser  # only a written INI file needs it

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error:
        return None
    return {name: {k: [line for line in v.splitlines() if line.strip()] if "\n" in v else v for k, v in section.items()}
            for name, section in parser.items()}


_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|//[^\n]*|/\*.*?\*/|,(?=\s*[}\]])', re.S)


def _without_json_comments(text: str) -> str:
    """JSON with comments and trailing commas (`deno.jsonc`, `tsconfig.json`, VS Code's settings) as plain JSON."""
    return _JSON_TOKEN.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "", text)


@lru_cache(maxsize=32)  # a written config is read by the command, entry and naming checks, before and after
def parsed_config(path: str, text: str):
    """A YAML, JSON, TOML or INI file's data (shared: not to be changed); None for other files and for text that does
    not parse."""
    if path.endswith((".ini", ".cfg")):
        return _ini_data(text)
    if path.endswith((".yaml", ".yml")):
        import yaml  # only a written YAML file needs it

        try:
            return yaml.safe_load(text)
        except yaml.YAMLError:
            return None
    try:  # both parsers' errors are ValueErrors
        if path.endswith((".json", ".jsonc")):
            try:
                return json.loads(text)
            except ValueError:
                return json.loads(_without_json_comments(text))
        if path.endswith(".toml"):
            import tomllib  # only a written TOML file needs it

            return tomllib.loads(text)
    except ValueError:
        return None
    return None


def config_commands(path: str, text: str, values: dict[str, str] | None = None) -> list[str]:
    """The command lines a data or configuration file holds under command keys (a job's `command`, a step's `run`,
    `hooks`), under keys that say when a tool runs one (`on_failure`, `pre_hook`) and under any key where they read as
    command lines: a string is a command line, a list of words one command (`["sh", "-c", "…"]`), a list of lines each
    one, a `command` with `args` (a helmfile hook) the command line they make, a task or hook table's (`deno.json`'s
    `tasks`, `.mise.toml`'s `hooks`) values commands. An entry's `env` is set for its commands; an Ansible task's
    module is the command that does the same, `{{ name }}` the value `values` or the file's `vars:` give."""
    found: list[str] = []

    def walk(node, key: str, env: str) -> None:
        if isinstance(node, dict):
            variables = node.get("env", node.get("environment"))
            if isinstance(variables, dict) and variables:  # the entry's commands run with these set
                env += "".join(f'export {k}="{v}"; ' for k, v in variables.items()
                               if re.fullmatch(r"[A-Za-z_]\w*", str(k)) and isinstance(v, str) and '"' not in v)
            found.extend(env + c for c in task_commands(node))  # an Ansible task's module, as the command it is
            if isinstance(node.get("command"), str) and isinstance(node.get("args"), list):  # a helmfile hook
                found.append(env + shlex.join([node["command"], *(str(a) for a in node["args"])]))
                node = {k: v for k, v in node.items() if k not in ("command", "args")}
            for name, value in node.items():  # a task table's entries are commands by their own names
                table_entry = key in ("tasks", "scripts", "hooks") and isinstance(value, str)
                walk(value, "command" if table_entry else module_name(str(name)).lower(), env)
        elif isinstance(node, list):
            words = key in _COMMAND_KEYS and node and all(isinstance(w, str) for w in node) and " " not in node[0]
            if words:
                found.append(env + shlex.join(node))
            else:
                for value in node:
                    walk(value, key, env)
        elif isinstance(node, str) and node.startswith("!") and len(node) > 1:  # PlatformIO's flags a command prints
            found.append(env + node[1:])
        elif isinstance(node, str) and (key in _COMMAND_KEYS or _HOOK_KEY.fullmatch(key) or _COMMAND_LINE.match(node)):
            found.append(env + node)

    data = parsed_config(path, text)
    walk(data, "", "")
    if "{{" not in text:
        return found
    values = dict(values or {})

    def named(node) -> None:  # the values `vars:` mappings give, anywhere in the file
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "vars" and isinstance(value, dict):
                    values.update({str(k): str(v) for k, v in value.items() if isinstance(v, str | int)})
                named(value)
        elif isinstance(node, list):
            for value in node:
                named(value)

    named(data)
    return [with_ansible_values(c, values) for c in found]


def top_level_values(path: str, text: str) -> dict[str, str]:
    """A YAML file's top-level scalar values as text (an Ansible role's `defaults/main.yml`)."""
    data = parsed_config(path, text)
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str | int)} if isinstance(data, dict) else {}



def config_entries(path: str, text: str) -> list[dict[str, list[str]]]:
    """Each mapping of a YAML, JSON, TOML or INI file as its keys' strings (a list of strings under a key is its strings):
    one housekeeping target, one upload, one mail of a distribution config."""
    found: list[dict[str, list[str]]] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            entry = {str(k).lower(): [v] if isinstance(v, str) else [w for w in v if isinstance(w, str)]
                     for k, v in node.items() if isinstance(v, str | list)}
            found.append({k: v for k, v in entry.items() if v})
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(parsed_config(path, text))
    return found
