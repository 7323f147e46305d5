"""Action-risk rules: every proposed tool call gets ALLOW, ESCALATE or DENY before it runs.

Decisions are plain strings here (this room imports nothing of ours but settings); the graph
turns them into Verdicts. Paths are judged in `risk_paths`, shell commands in `risk_shell` (which
sees through quoting, variables, nesting and encodings), inline interpreter code in `risk_code`;
this module judges each tool's call with them."""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import replace
from pathlib import Path

from tools.risk_buildfiles import (
    APPLE_BUILD,
    BITBAKE,
    DBT_YAML,
    DOCKERFILE,
    GO_TEMPLATE,
    HCL,
    HELMFILE,
    LOGROTATE,
    MSBUILD,
    NIX,
    PACKER,
    PROCFILE,
    REFLEX,
    SQL,
    STARLARK,
    TERRAFORM,
    TERRAFORM_TEMPLATE,
    UDEV,
    ant_commands,
    apple_build_commands,
    bitbake_commands,
    buildgraph_commands,
    ci_secret_names,
    conan_profile_code,
    config_commands,
    config_entries,
    dockerfile_commands,
    go_template_commands,
    hcl_commands,
    helmfile_hook_commands,
    list_command,
    logrotate_commands,
    msbuild_commands,
    msbuild_inline_code,
    nix_hook_commands,
    packer_local_commands,
    procfile_commands,
    reflex_commands,
    sql_program_commands,
    starlark_commands,
    task_xml_commands,
    terraform_commands,
    top_level_values,
    udev_commands,
    with_jinja_literals,
    with_secret_names,
    with_task_variables,
    without_powershell_blocks,
    yaml_blocks,
)
from tools.risk_cmake import CMAKE, MESON, cmake_commands, meson_commands
from tools.risk_code import code_risks
from tools.risk_databases import has_side_effect_functions, reads_credentials
from tools.risk_documents import document_chunks, notebook_chunks, quarto_project_commands
from tools.risk_kubernetes import helper_scripts, kubernetes_runs
from tools.risk_macos import looks_like_plist, osascript_risks, plist_commands
from tools.risk_matlab import is_test_class, matlab_as_python
from tools.risk_page import PAGE_SCRIPT_KEYS, page_reads_only, page_risks
from tools.risk_paths import (
    ALLOW,
    DENY,
    ESCALATE,
    ActionContext,
    ActionRisk,
    assess_path,
    carries_key,
    holds_everything,
    inside,
    is_protected,
    is_secret,
    mentions,
    resolve,
    reveals_password,
    worst,
)
from tools.risk_routine import (
    HOOK_FOLDER_FILE,
    NEEDS_APPROVAL,
    go_test_setup,
    publishes,
    routine_side_effects,
    with_included_modules,
)
from tools.risk_runfiles import (
    CODE_ENDINGS,
    JUSTFILE_NAMES,
    LINT_STAGED_CONFIG,
    MAX_TASK_FILES,
    PLAYBOOK_NAMES,
    RUNS_UNASKED,
    RUNS_WHEN_ASKED,
    as_docker_run,
    code_language,
    compose_bind_mounts,
    compose_commands,
    compose_environments,
    family,
    file_text,
    go_generate_commands,
    in_hooks_folder,
    makefile_commands,
    named_by_unasked,
    on_host,
    project_files,
    pyproject_task_commands,
    r_environ,
    r_start_up_file,
    runs_later,
    shebang_runner,
    source_language,
    tox_substituted,
    with_just_variables,
)
from tools.risk_shell import (
    QUOTED_SQL_PATH,
    SQL_PROGRAM,
    assess_file_run,
    assess_shell,
    file_run_denials,
    git_ext_command,
    scheduled_commands,
    script_file_denials,
)
from tools.risk_sourced import sourcing_scripts, with_sourced
from tools.risk_telltale import (
    changes_aegis_data,
    deletes_above_project,
    erases_every_log,
    forks_without_end,
    hidden_and_used,
    hidden_text,
    pipes_download_to_shell,
    sends_a_secret,
    serves_a_shell,
    writes_machine_disk,
)
from tools.risk_winscripts import DISKPART_WIPE, registry_commands
from tools.risk_workflows import snakemake_profile_commands

__all__ = ["ALLOW", "DENY", "ESCALATE", "ActionContext", "ActionRisk", "assess_action", "assess_mcp", "assess_path",
           "assess_shell"]

_MCP_READ_VERBS = {"get", "list", "read", "search", "fetch", "query", "describe", "show", "find", "lookup", "view",
                   "count", "stat", "head", "browse", "resolve", "check", "inspect", "summarize", "summarise",
                   "status", "diff", "log", "tree", "snapshot", "screenshot", "navigate"}
_BROWSER_SERVER = re.compile(r"browser|puppeteer|playwright|chrome|selenium|\bcdp\b|devtools", re.I)
# Browser tools that only report what the page shows or logged, and the ones that save what they see to a file.
_BROWSER_READS = re.compile(r"console_messages|network_requests|tab_list|list_tabs|get_text|get_title|accessibility|"
                            r"screenshot|snapshot", re.I)
_SAVES_FILE = re.compile(r"screenshot|download|save_pdf|pdf_save|save_as", re.I)
_MCP_COMMAND_KEYS = {"command", "cmd", "script", "shell", "cli_command", "argv", "command_line", "cmdline", "commandline"}
_MCP_CODE_KEYS = {"code", "source_code", "cell"}
_MCP_SQL_KEYS = {"sql", "query", "statement"}
_SQL_WRITE = re.compile(r"^\s*(insert|update|delete|drop|alter|create|truncate|grant|revoke|replace|merge|upsert)\b", re.I)
_MCP_WINDOWS_SHELLS = {"powershell": "powershell.exe -c", "pwsh": "pwsh.exe -c", "cmd": "cmd.exe /c"}
_MCP_PATH_KEYS = {"path", "paths", "file", "files", "filename", "filepath", "source", "src", "destination", "dest",
                  "target", "dir", "directory", "folder", "attachment", "attachments", "cwd", "workdir", "repo", "database"}
_MCP_PATH_SUFFIXES = ("_path", "_paths", "_dir", "_file", "_folder", "_directory")
_PERSONAL_RECORDS = re.compile(r"(?:^|[\W_])(?:hr|hris)(?:$|[\W_])|employee|payroll|salary|personnel|人事|給与", re.I)
# Secret stores (Vault, cloud secret managers, password managers, the Keychain) and the verbs that reveal a secret.
_SECRET_STORE = re.compile(r"secret|vault|keychain|1password|onepassword|bitwarden|lastpass|password|credential", re.I)
_SECRET_READ_VERBS = {"get", "read", "fetch", "show", "view", "reveal", "access", "export", "decrypt", "retrieve", "lookup"}
_APPLESCRIPT = re.compile(r"tell\s+application\b|do\s+shell\s+script|POSIX\s+file|doShellScript|Application\(['\"]", re.I)
_CLOUD_DRIVE = re.compile(r"drive|dropbox|onedrive|icloud|\bbox\b", re.I)
# The name prefixes of tool families whose next word is the verb (`browser_navigate`, `kubectl_get`).
_MCP_FAMILIES = {"mcp", "browser", "puppeteer", "playwright", "kubectl", "docker", "page"}
# Tools of the common filesystem server: judged like AEGIS's own file tools.
_MCP_FILE_TOOLS = {"write_file", "edit_file", "create_directory", "directory_tree"}


def _mcp_verb(server: str, tool: str) -> str:
    """The first word of a tool's name: `search_emails`, `searchEmails` and `search-emails` all search; a leading
    server name is skipped (`git_status` on the `git` server)."""
    words = [w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", tool)]
    if len(words) > 1 and (words[0] in _MCP_FAMILIES or words[0] == server.lower()):
        words = words[1:]
    return words[0] if words else ""


def _leaves(value, key: str = ""):
    """(nearest key, string) for every string inside nested arguments."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, list | tuple) and key in _MCP_COMMAND_KEYS and all(isinstance(v, str) for v in value):
        yield key, shlex.join(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, str(k).lower())
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _leaves(v, key)


def assess_mcp(server: str, tool: str, arguments: dict, ctx: ActionContext) -> ActionRisk:
    """An MCP tool call: read-style tools (named for what they read: get_, list_, search_...) are allowed, side effects
    go to a human; commands and paths anywhere inside the arguments are judged like the built-in tools."""
    if not isinstance(arguments, dict):
        arguments = {"arguments": arguments}
    saves = bool(_SAVES_FILE.search(tool))
    page_script = _mcp_verb(server, tool) in ("evaluate", "eval") and bool(_BROWSER_SERVER.search(f"{server} {tool}"))
    scripts = [v for k, v in _leaves(arguments) if k in PAGE_SCRIPT_KEYS] if page_script else []
    reads = _mcp_verb(server, tool) in _MCP_READ_VERBS or bool(_BROWSER_READS.search(tool)) or bool(scripts) and all(
        page_reads_only(s) for s in scripts)
    risks = page_risks(f"mcp {server}.{tool}", [v for _, v in _leaves(arguments)])
    shell = str(arguments.get("shell", "")).lower() or next(
        (k for k in _MCP_WINDOWS_SHELLS if re.search(rf"\b{k}|_{k}", f"{server} {tool}".lower())), "")
    applescript = bool(re.search(r"applescript|osascript|jxa", f"{server} {tool}", re.I))
    for key, value in _leaves(arguments or {}):
        if page_script and key in PAGE_SCRIPT_KEYS:
            pass  # JavaScript run in the page, judged below
        elif key in _MCP_CODE_KEYS | _MCP_COMMAND_KEYS and (applescript or _APPLESCRIPT.search(value)):
            judged, commands = osascript_risks(value, ctx)
            risks += [*judged, *(assess_shell(c, ctx) for c in commands)]
        elif key in _MCP_COMMAND_KEYS and key != "shell" and shell in _MCP_WINDOWS_SHELLS:
            risks.append(assess_shell(f"{_MCP_WINDOWS_SHELLS[shell]} {shlex.quote(value)}", ctx))
        elif key in _MCP_COMMAND_KEYS and not (key == "shell" and shell in _MCP_WINDOWS_SHELLS):
            risks.append(assess_shell(value, ctx))
        elif key in _MCP_CODE_KEYS:
            risks.append(worst(code_risks(value, ctx)[0]))
        elif key in _MCP_SQL_KEYS and (program := SQL_PROGRAM.search(value)):
            risks.append(assess_shell(next(g for g in program.groups() if g is not None), ctx))
            risks.append(ActionRisk(ESCALATE, "code", f"mcp {server}.{tool} runs a program from SQL", "act.mcp.sql_program"))
        elif key in _MCP_SQL_KEYS and any(is_protected(resolve(q, ctx), ctx) for q in QUOTED_SQL_PATH.findall(value)):
            risks.append(ActionRisk(DENY, "tamper", f"mcp {server}.{tool} opens AEGIS's own files from SQL", "act.path.aegis"))
        elif key in _MCP_SQL_KEYS and reads_credentials(value):
            risks.append(ActionRisk(DENY, "secrets", f"mcp {server}.{tool} reads password hashes or tokens", "act.db.credentials"))
        elif key in _MCP_SQL_KEYS and (_SQL_WRITE.search(value) or has_side_effect_functions(value)):
            risks.append(ActionRisk(ESCALATE, "side_effect", f"mcp {server}.{tool} changes a database", "act.mcp.sql_write"))
        elif key in _MCP_PATH_KEYS or key.endswith(_MCP_PATH_SUFFIXES):
            risks.append(assess_path(value, ctx, write=saves or not reads))
        risks.extend(mentions(value, ctx))
    if carries_key(json.dumps(arguments, ensure_ascii=False)):
        risks.append(ActionRisk(DENY, "secrets", f"mcp {server}.{tool} would send a key or token", "act.text.key"))
    elif not reads and tool not in _MCP_FILE_TOOLS and reveals_password(" ".join(v for _, v in _leaves(arguments))):
        risks.append(ActionRisk(DENY, "secrets", f"mcp {server}.{tool} would send a password", "act.text.password"))
    risks += [assess_path(p, ctx, write=not reads) for p in _joined_paths(arguments)]
    if "image" in arguments and re.search(r"docker|podman|container", f"{server} {tool}", re.I):
        risks.append(assess_shell(as_docker_run(arguments), ctx))
    method = str(arguments.get("method", "GET")).upper()
    reads = reads and method in ("GET", "HEAD", "OPTIONS")
    label = f"mcp {server}.{tool}"
    if re.search(r"kube|k8s", f"{server} {tool}", re.I) and any(v.lower() in ("secret", "secrets") for _, v in _leaves(arguments)):
        risks.append(ActionRisk(DENY, "secrets", f"{label} reads Kubernetes secrets", "act.mcp.kube_secret"))
    if _mcp_verb(server, tool) in _SECRET_READ_VERBS and _SECRET_STORE.search(f"{server} {tool}"):
        risks.append(ActionRisk(DENY, "secrets", f"{label} reads a stored secret", "act.mcp.secret_store"))
    if tool in _MCP_FILE_TOOLS and isinstance(arguments.get("path"), str):
        return worst([*risks, _filesystem_tool(tool, arguments, ctx)])
    opens_documents = _mcp_verb(server, tool) not in ("list", "search", "find") or bool(arguments.get("include_content"))
    if reads and _PERSONAL_RECORDS.search(f"{server} {tool}"):
        risks.append(ActionRisk(ESCALATE, "privacy", f"{label} reads other people's personal records", "act.mcp.read_personal"))
    elif reads and opens_documents and _CLOUD_DRIVE.search(f"{server} {tool}"):
        risks.append(ActionRisk(ESCALATE, "personal_files", f"{label} reads the user's documents outside the workspace",
                                "act.mcp.read_drive"))
    elif _mcp_verb(server, tool) == "download":
        risks.append(ActionRisk(ESCALATE, "network", f"{label} downloads a file", "act.mcp.download"))
    elif reads:
        risks.append(ActionRisk(ALLOW, "read_only", f"{label} reads data", "act.mcp.read"))
    else:
        risks.append(ActionRisk(ESCALATE, "side_effect", f"{label} may change something outside AEGIS", "act.mcp.side_effect"))
    return worst(risks)


def _joined_paths(value) -> list[str]:
    """Paths given in two parts (`{"root": "/home/user", "relative": ".kube/config"}`), anywhere in the arguments."""
    found: list[str] = []
    if isinstance(value, dict):
        roots = [v for k, v in value.items() if str(k).lower() in ("root", "base", "base_dir", "basedir") and isinstance(v, str)]
        parts = [v for k, v in value.items() if str(k).lower() in ("relative", "relative_path", "rel", "subpath", "name")
                 and isinstance(v, str)]
        found += [f"{r.rstrip('/')}/{p}" for r in roots for p in parts]
        for v in value.values():
            found += _joined_paths(v)
    elif isinstance(value, list):
        for v in value:
            found += _joined_paths(v)
    return found


def _filesystem_tool(tool: str, arguments: dict, ctx: ActionContext) -> ActionRisk:
    """The filesystem server's write, edit, mkdir and tree, judged as AEGIS's own tools would judge them."""
    path = arguments["path"]
    if tool == "directory_tree":
        return assess_path(path, ctx, write=False)
    if tool == "create_directory":
        return assess_path(path, ctx, write=True)
    if tool == "write_file":
        return assess_action("write_file", {"path": path, "content": str(arguments.get("content", ""))}, ctx)
    edits = arguments.get("edits") if isinstance(arguments.get("edits"), list) else []
    new = "\n".join(str(e.get("newText", "")) for e in edits if isinstance(e, dict))
    return assess_action("edit_file", {"path": path, "new": new}, ctx)


# Files of code that run later (Python start-up, build scripts, Ruby build files, editor scripts whose `!` lines run
# shell commands); other source files are the project's own code, written and reviewed as such.
_CODE_FILE = re.compile(r"\.(?:py|pth|rake|gemspec|gradle|kts|lua|js|cjs|mjs|ts|jl|gd|m)$|(^|/)(?:Gemfile|Rakefile|Vagrantfile|Podfile|Fastfile|\.octaverc|PKG_ADD|"
                        r"build\.rs|\.exrc|\.vimrc|\.nvimrc|\.Rprofile|Jenkinsfile|Capfile)$")
_EDITOR_BANG = re.compile(r"(?:^|[\s:|])(?:silent!?\s+)?!(?!=)([^|\n]+)", re.M)
_GROOVY_EXECUTE = re.compile(r"""(['"])(.+?)\1\s*\.execute\(\)""")
# A vim modeline anywhere in a text: its `system(...)` runs when the file is opened in some editors.
_MODELINE_SYSTEM = re.compile(r"""\b(?:vim?|ex):.*?\bsystem\(\s*(['"])(.+?)\1\s*\)""")
_INI_SECTION = re.compile(r"\[[^\]]*\]")
_CASE_ARM = re.compile(r"^\(?[^\s()'\"]+\)\s*(?=\S.*;;\s*$)")  # a shell `case` arm's pattern (`main|release/*) …;;`)
# A PowerShell assignment (`$root = git rev-parse …`): no shell line starts so; what it runs is the rest.
_POWERSHELL_ASSIGNMENT = re.compile(r"^\s*\$[\w:]+\s*=\s*")
_LIST_STEP = re.compile(r"&&|\|\||;")
_INERT_WORD = re.compile(r"[\w.,@:/+=-]*")  # one word with no space or shell syntax runs nothing harmful
_MAKEFILE = re.compile(r"(^|/)((GNU)?[Mm]akefile|[^/]+\.mk)$")
_LINT_STAGED = re.compile(rf"(^|/)({LINT_STAGED_CONFIG})$")
_TILTFILE = re.compile(r"(^|/)(?:[^/]+\.)?Tiltfile$")
_TILT_COMMAND = re.compile(r"""(?:\blocal\(\s*|\b(?:serve_)?cmd\s*=\s*)(['"])((?:(?!\1)[^\\\n]|\\.)+)\1""")
_COMPOSE = re.compile(r"(^|/)(docker-)?compose[^/]*\.ya?ml$")
_YAML = re.compile(r"\.ya?ml$")
# Build and infrastructure files whose commands a reader takes out; each runs in the file's own folder.
_BUILD_FILE_READERS = ((DOCKERFILE, dockerfile_commands), (TERRAFORM, terraform_commands),
                       (GO_TEMPLATE, go_template_commands), (CMAKE, cmake_commands), (MESON, meson_commands),
                       (HELMFILE, helmfile_hook_commands), (PACKER, packer_local_commands),
                       (PROCFILE, procfile_commands), (LOGROTATE, logrotate_commands),
                       (REFLEX, reflex_commands), (NIX, nix_hook_commands), (STARLARK, starlark_commands),
                       (MSBUILD, msbuild_commands), (HCL, hcl_commands), (APPLE_BUILD, apple_build_commands),
                       (BITBAKE, bitbake_commands), (UDEV, udev_commands))
# A command string under a command key of a JavaScript or TypeScript config (Playwright's `webServer.command`, a dev
# server's `cmd`, a task's `script`).
_CONFIG_COMMAND = re.compile(r"""\b(?:command|cmd|script|run|\w+Command)\s*:\s*(['"`])((?:(?!\1)[^\\\n]|\\.)+)\1""")
_SHELL_ASSIGNMENT = re.compile(r"^[A-Za-z_]\w*=\S")
_STEP_PREFIX = re.compile(r"^\s*(?:-\s*)?(?:[A-Za-z_][\w.-]*\s*[:=]\s*)?(?:\|\s*)?@?")  # `@`: a quiet recipe line
_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_FETCH_OR_INSTALL = re.compile(r"\b(?:urlopen|urlretrieve|requests\.(?:get|post)|httpx\.|curl|wget)\b|"
                               r"['\"]install['\"]|\b(?:pip|npm|apt-get|apt)\s+install\b")
# R's and Julia's package installs, run by a shell line (`Rscript -e 'renv::restore()'`) in a file that runs unasked.
_LANGUAGE_INSTALL = re.compile(r"\b(?:install\.packages|renv::(?:restore|install|update)|pak::pkg_install|"
                               r"(?:remotes|devtools)::install_\w+|BiocManager::install|Pkg\.(?:add|instantiate|update))\s*\(")


def _json_text(body: str) -> str:
    """A JSON string's text (`\\"` is `"`); the raw body when it is not valid JSON."""
    try:
        return json.loads(f'"{body}"')
    except ValueError:
        return body


# CI templates a pipeline includes (`ci/templates/steps-test.yml`, `.gitlab/jobs/*.yml`): their steps run with it.
_CI_TEMPLATE_NAME = re.compile(r"(?:^|/)(?:[^/]*templates?[^/]*/(?:[^/]+/)*[^/]+|[^/]*(?:template|steps|jobs|stages)[^/]*)\.ya?ml$",
                               re.I)
_CI_STEP = re.compile(r"^\s*(?:-\s*)?(?:steps|jobs|stages)\s*:|^\s*-\s*(?:pwsh|powershell|bash|script|task|run)\s*:", re.M)


def _ci_template(path: str, text: str) -> bool:
    return bool(_CI_TEMPLATE_NAME.search(path) and _CI_STEP.search(text))


def _shell_hook(path: str, text: str, ctx: ActionContext) -> bool:
    """Whether a hook is a shell script, by its own `#!` line or, for a part of it, the file's."""
    return family(shebang_runner(text if text.startswith("#!") else file_text(resolve(path, ctx), ctx.home) or "")) == "shell"


def _planted(path: str, text: str, ctx: ActionContext) -> list[ActionRisk]:
    """A forbidden command written into a file that runs later (a hook, a make target, an npm script, Python start-up
    code) is denied now; one that needs approval (an install, a push, a download) escalates when the file runs
    unasked."""
    unasked = RUNS_UNASKED.search(path) or (RUNS_WHEN_ASKED.search(path) or code_language(path, text)) and named_by_unasked(
        resolve(path, ctx), ctx.workspace, ctx.home) or in_hooks_folder(resolve(path, ctx), ctx.workspace, ctx.home) or (
        HOOK_FOLDER_FILE.search(path) and _shell_hook(path, text, ctx))
    modeline = [assess_shell(m.group(2).replace("\\ ", " ").replace("\\|", "|"), ctx) for m in _MODELINE_SYSTEM.finditer(text)]
    if any(r.decision == DENY for r in modeline):
        return [ActionRisk(DENY, "destructive", f"writes a vim modeline into {path} that runs a forbidden command",
                           "act.file.planted")]
    if not unasked and not RUNS_WHEN_ASKED.search(path) and not _ci_template(path, text) and not (
            path.endswith(".plist") and looks_like_plist(text)):  # a launchd job, to be loaded
        return []
    text = text.replace("${user.home}", "~")  # Maven's, Ant's and Gradle's home folder
    if source_language(path, text) == "matlab":
        text = matlab_as_python(text)
    approval: list[ActionRisk] | None = None  # for a file read line by line: the steps judged for what needs a person
    published = False  # …and whether one deploys or publishes
    if path.endswith(".go"):  # `//go:generate COMMAND` lines run on `go generate`
        judged = [assess_shell(c, ctx) for c in go_generate_commands(text).splitlines()]
    elif re.search(r"(^|/)\.(wgetrc|curlrc)$", path):  # options of every later download: files they would send
        judged = mentions(text, ctx)
    elif re.search(r"(^|/)(\.pdbrc|\.?pylintrc)$", path):  # Python the debugger or linter runs when it starts
        code = "\n".join(line.lstrip("!") for line in text.splitlines())
        risks, commands = code_risks(code, ctx)
        judged = [*risks, *(assess_shell(c, ctx) for c in commands)]
    elif _LINT_STAGED.search(path):  # globs and the commands lint-staged runs on them (a command has a space)
        strings = [_json_text(m.group(2)) for m in re.finditer(r"""(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1""", text)]
        judged = [assess_shell(c, ctx) for c in strings if re.search(r"\S\s+\S", c)]
    elif _COMPOSE.search(path):
        folder, services = resolve(path, ctx).parent, compose_bind_mounts(text)
        judged = [assess_shell(c, replace(ctx, cwd=folder)) for c in compose_commands(text)]
        judged += _mounted_files_risks(services, compose_environments(text), folder, ctx)
        if not any(r.decision == DENY for r in judged) and any(
                holds_everything(h, ctx) for mounts in services for h in _host_paths(mounts, folder, ctx).values()):
            return [ActionRisk(ESCALATE, "container", f"{path} gives a container the whole home folder or system",
                               "act.file.container_home")]
    elif reader := next((r for pattern, r in _BUILD_FILE_READERS if pattern.search(path)), None):
        folder = resolve(path, ctx).parent
        read = with_included_modules(text, folder, ctx) if CMAKE.search(path) else text
        judged = [assess_shell(c, replace(ctx, cwd=folder)) for c in reader(read)]
        for code in msbuild_inline_code(text) if MSBUILD.search(path) else []:
            risks, commands = code_risks(code, ctx)
            judged += [*risks, *(assess_shell(c, ctx) for c in commands)]
    elif TERRAFORM_TEMPLATE.search(path):  # the script it renders, by the extension before `.tftpl`
        script = re.sub(r"^[ \t]*%\{[^}]*\}[ \t]*$", "", text, flags=re.M)  # `%{ if … }` directives
        judged = [assess_file_run(resolve(path, ctx), script, code_language(path[:-len(".tftpl")], script) or "shell", ctx)]
    elif SQL.search(path) or DBT_YAML.search(path):
        text = with_jinja_literals(text)
        judged = [assess_shell(c, ctx) for c in sql_program_commands(text)]
        named = QUOTED_SQL_PATH.findall(text)  # DuckDB's `read_text('~/.aws/credentials')`
        judged += [r for q in named for r in mentions(q, ctx)]
        judged += [ActionRisk(DENY, "tamper", f"{path} names AEGIS's own files", "act.path.aegis")
                   for q in named if is_protected(resolve(q, ctx), ctx)]
    elif _TILTFILE.search(path):  # Starlark: `local('…')`, `local_resource(cmd='…', serve_cmd='…')`
        judged = [assess_shell(m.group(2), ctx) for m in _TILT_COMMAND.finditer(text)]
    elif looks_like_plist(text):  # a launchd job: its program runs at login and keeps running
        judged = [assess_shell(c, ctx) for c in plist_commands(text)]
    elif _MAKEFILE.search(path):
        judged = [assess_shell(c, ctx) for c in makefile_commands(text, None).splitlines()]
    elif path.endswith(".gitmodules"):  # `url = ext::CMD` and `update = !CMD` run commands
        commands = [git_ext_command(m) for m in re.findall(r"url\s*=\s*(ext::.+)$", text, re.M)]
        commands += re.findall(r"update\s*=\s*!(.+)$", text, re.M)
        judged = [assess_shell(c, ctx) for c in commands]
    elif path.endswith(".xml"):  # run configurations and build plugins: attribute values and element texts
        import html  # only an XML file being judged needs it

        values = re.findall(r'=\s*"([^"]*)"', text) + re.findall(r">([^<>]+)<", text)
        judged = [*mentions(text, ctx), *(assess_shell(html.unescape(v), ctx) for v in values if " " in v.strip())]
        judged += [assess_shell(c, replace(ctx, cwd=resolve(path, ctx).parent)) for c in ant_commands(text)]
    elif _CODE_FILE.search(path):
        risks, commands = code_risks(text, ctx)
        commands += [m.group(2) for m in _GROOVY_EXECUTE.finditer(text)]
        commands += [m.group(2) for m in _CONFIG_COMMAND.finditer(text)]
        if re.search(r"(^|/)\.(?:exrc|vimrc|nvimrc)$", path):
            commands += [m.group(1).strip() for m in _EDITOR_BANG.finditer(text)]
        judged = [*risks, *(assess_shell(c, ctx) for c in commands)]
        if RUNS_UNASKED.search(path) and _FETCH_OR_INSTALL.search(text):
            judged.append(ActionRisk(ESCALATE, "network", "downloads or installs", "act.shell.download"))
    else:
        yaml = bool(_YAML.search(path))
        if yaml:
            text = with_task_variables(text)
        text = re.sub(r"\$\((\w+)\)", r"${\1}", text.replace("$$", "$"))  # make's $(VAR)
        text = text.replace("%h", "~")  # systemd's home directory
        text = tox_substituted(text) if path.endswith("tox.ini") else text
        text = with_just_variables(text) if _JUSTFILE.search(path) else text
        lines = [_json_text(m.group(1)) for m in _JSON_STRING.finditer(text)] if path.endswith(".json") else (
            without_powershell_blocks(text) if yaml else text).splitlines()
        kept = [line.replace("\t", " ").strip() for line in lines
                if not line.lstrip().startswith(("#", ";")) and not _INI_SECTION.fullmatch(line.strip())]
        # A `key: value` step prefix is cut off; a line that is itself a shell assignment (`d=$HOME/…; …`) is kept too,
        # and judged only whole when it assigns a command's output (`changed=$(git diff …)`).
        commands = [*(step for line in kept if not ((step := _STEP_PREFIX.sub("", line)).lstrip("\"'").startswith("$(")
                                                    and _SHELL_ASSIGNMENT.match(line))),
                    *(line for line in kept if _SHELL_ASSIGNMENT.match(line))]
        commands = [c[1:-1] if len(c) > 1 and c[0] == c[-1] and c[0] in "'\"" else c for c in commands]
        commands = [list_command(c) for c in commands]
        commands = [run.lstrip("!") for c in commands for run in scheduled_commands(c)]
        commands += yaml_blocks(text) if yaml else []
        if (role := _ROLE_FILE.search(path)) and role.group(1) in ("tasks", "handlers"):  # modules, with the role's values
            commands += config_commands(path, text, _role_values(path, ctx))
        elif yaml and _PLAYBOOK.search(path):  # modules, with the play's values
            commands += config_commands(path, text)
        secrets = ci_secret_names(text) if yaml else {}
        commands = [with_secret_names(c, secrets) for c in commands]
        judged = [assess_shell(c, ctx) for c in dict.fromkeys(commands) if c and not _INERT_WORD.fullmatch(c)]
        if unasked:  # what needs a person: each step of a list on its own (an install after another step), read
            # past a `case` arm's pattern and a PowerShell assignment
            whole = [_POWERSHELL_ASSIGNMENT.sub("", _CASE_ARM.sub("", c.strip())) for c in commands]
            steps = whole + [step.strip() for c in whole if len(split := _LIST_STEP.split(c)) > 1 for step in split]
            approval = [assess_shell(step, ctx) for step in dict.fromkeys(steps) if step and not _INERT_WORD.fullmatch(step)]
            published = any(publishes(step) for step in steps)
    denied = {r.rationale: r for r in judged if r.decision == DENY}  # each forbidden thing once, the first first
    if denied:
        return [ActionRisk(DENY, r.category, f"writes a forbidden command into {path}, which runs later ({r.rationale})",
                           "act.file.planted") for r in denied.values()]
    if unasked and (any(r.rule_id in NEEDS_APPROVAL for r in (judged if approval is None else approval))
                    or _LANGUAGE_INSTALL.search(text) or published):
        return [ActionRisk(ESCALATE, "planted", f"{path} would run, unasked, a command that needs approval",
                           "act.file.runs_unasked")]
    return []


def _host_paths(mounts: list[tuple[str, str]], folder: Path, ctx: ActionContext) -> dict[str, Path]:
    """A compose service's bind mounts: container path → the host path mounted there (relative to the compose file)."""
    return {inner.rstrip("/") or "/": resolve(host, replace(ctx, cwd=folder)) for inner, host in mounts}


def _run_in_container(path: Path, text: str, hosts: dict[str, Path], environment: dict[str, str],
                      ctx: ActionContext) -> ActionRisk | None:
    """A denial when a workspace file a container is given would, run there, do something forbidden on the host paths
    mounted under the container paths it uses (also through the variables the service sets for a shell script); else
    None."""
    language = code_language(str(path), text)
    if language in ("shell", "script") and environment:
        text = "".join(f"{name}={shlex.quote(value)}\n" for name, value in environment.items() if name.isidentifier()) + text
    seen = on_host(text, {inner: str(host) for inner, host in hosts.items()})
    if language is None or seen == text:
        return None
    judged = assess_file_run(path, seen, language, ctx)
    if judged.decision != DENY:
        return None
    return ActionRisk(DENY, judged.category, f"{path.name} runs in a container that is given host folders; there it would: "
                      f"{judged.rationale}", "act.file.container_planted")


def _mounted_files_risks(services: list[list[tuple[str, str]]], environments: list[dict[str, str]], folder: Path,
                        ctx: ActionContext) -> list[ActionRisk]:
    """The workspace's code files that compose services are given by bind mounts, read as they run there."""
    risks = []
    for mounts, environment in zip(services, environments, strict=True):
        hosts = _host_paths(mounts, folder, ctx)
        given = [h for h in hosts.values() if inside(h, ctx.workspace) and h != ctx.workspace]
        files = [f for h in given for f in ([h] if h.is_file() else project_files(h, CODE_ENDINGS) if h.is_dir() else [])]
        for f in files[:MAX_TASK_FILES]:
            if (risk := _run_in_container(f, file_text(f, ctx.home) or "", hosts, environment, ctx)) is not None:
                risks.append(risk)
    return risks


def _container_code_risks(path: str, text: str, ctx: ActionContext) -> list[ActionRisk]:
    """A workspace file that a compose service is given by a bind mount (an entrypoint, an init folder, a scripts
    folder), written or edited, is read as it will run there: that service's container paths are the host paths
    mounted under them."""
    target = resolve(path, ctx)
    if code_language(path, text) is None or not inside(target, ctx.workspace):
        return []
    composes = sorted({*ctx.workspace.glob("*compose*.y*ml"), *ctx.workspace.glob("*/*compose*.y*ml")})[:MAX_TASK_FILES]
    for compose in composes:
        compose_text = file_text(compose, ctx.home) or ""
        for mounts, environment in zip(compose_bind_mounts(compose_text), compose_environments(compose_text), strict=True):
            hosts = _host_paths(mounts, compose.parent, ctx)
            if any(inside(target, h) for h in hosts.values()) and (
                    risk := _run_in_container(target, text, hosts, environment, ctx)) is not None:
                return [risk]
    return []


# Test-case files hold the commands a guard must refuse as data; a test runner's setup files are read as they run.
_TEST_CASES = re.compile(r"(^|/)(test_[^/]*\.py|[^/]*_test\.(?:py|go)|[^/]*\.(?:test|spec)\.[cm]?[jt]sx?|[^/]*_spec\.rb|"
                         r"tests/testthat/test[-_][^/]*\.[Rr]|tests?/(?:[^/]+/)*[^/]+Test\.(?:php|java|kt|cs))$")


def _planted_by_edit(path: str, before: str, edited: str, old: str, new: str, ctx: ActionContext) -> list[ActionRisk]:
    """An edit of a file that runs later, judged by the text it puts in and as the whole file it leaves (a compose
    volume added in one place, the command that uses it in another): denied when either would do something forbidden
    that the file before (or, for the text put in, the text it replaces) did not; sent to a person when the new
    text runs unasked what needs approval and the file before did not."""
    added = _planted(path, new, ctx)
    if not added and not runs_later(path):
        return []
    if old and any(r.decision == DENY for r in added):
        replaced = {r.rationale for r in _planted(path, old, ctx) if r.decision == DENY}
        added = [r for r in added if r.decision != DENY or r.rationale not in replaced]
    was = _planted(path, before, ctx) if before else []
    had = {r.rationale for r in was if r.decision == DENY}
    denied = [r for r in added if r.decision == DENY] + [
        r for r in _planted(path, edited, ctx) if r.decision == DENY and r.rationale not in had]
    if denied:
        return denied[:1]
    return [] if any(r.decision == ESCALATE for r in was) else added


_RENDERED_DOCUMENT = re.compile(r"\.(?:rmd|qmd|rmarkdown)$", re.I)  # R Markdown and Quarto: their chunks run when rendered
_SCRIPT_CODE = re.compile(r"\.(?:bat|cmd|bas|cls|frm|r)$", re.I)  # batch files, VBA modules Office imports, R scripts


_RAILS_CONFIG_YAML = re.compile(r"(^|/)config/[^/]+\.ya?ml$")
_ERB_TAG = re.compile(r"<%[=-]?(.*?)-?%>", re.S)


def _erb_code(text: str) -> str:
    return "\n".join(m.group(1).strip() for m in _ERB_TAG.finditer(text))


def _written_code_risks(path: str, before: str, after: str, ctx: ActionContext) -> list[ActionRisk]:
    """Code written into any file, not only one whose name says it runs later (a build backend, an npm script, a test
    runner's setup file or a hook's library is run by name from elsewhere), is read as it will run: denied now when
    running it would be, unless the file would already have done the same before this change."""
    language = code_language(path, after) or source_language(path, after)
    notebook = path.endswith(".ipynb") or bool(_RENDERED_DOCUMENT.search(path))
    if path.endswith("_test.go"):  # test cases are data; `TestMain` and `init` run before every test
        before, after = go_test_setup(before), go_test_setup(after)
    elif _RAILS_CONFIG_YAML.search(path):  # Rails runs the ERB tags of its YAML configuration at every boot
        before, after, language = _erb_code(before), _erb_code(after), "ruby"
        if not after:
            return []
    elif language is None and not notebook and not _SCRIPT_CODE.search(path) or _TEST_CASES.search(path) or (
            language == "matlab" and is_test_class(after)):
        return []
    target = resolve(path, ctx)

    sourcing = sourcing_scripts(target, ctx) if language == "shell" else []

    def denials(text: str) -> list[ActionRisk]:
        if language is None and not notebook:  # a batch file, a VBA module or an R script
            return script_file_denials(target, text, ctx)
        if not notebook:  # a shell library also as the scripts that source it run it, with their variables
            return file_run_denials(target, text, language, ctx) + [
                r for script, own in sourcing
                for r in file_run_denials(script, with_sourced(own, script, ctx, {target: text}), "shell", ctx)]
        # as papermill or nbmake will run a notebook's cells, and knitr or Quarto a document's chunks
        chunks = document_chunks(text) if _RENDERED_DOCUMENT.search(path) else notebook_chunks(text) or []
        return [r for c in chunks if c.language != "unknown" for r in file_run_denials(target, c.text, c.language, ctx)]

    denied = denials(after)
    had = {r.rationale for r in denials(before)} if denied and before else set()
    added = [r for r in denied if r.rationale not in had]
    return [ActionRisk(DENY, added[0].category, f"writes code into {path} that would, when run: {added[0].rationale}",
                       "act.file.planted_code")] if added else []


_PROSE = re.compile(r"\.(?:md|markdown|rst|adoc|org)$|(?<!CMakeLists)\.txt$", re.I)


# What a file's text alone can give away: how it is found, its category, what the file then holds, the rule id.
_TELLTALES = (
    (lambda text, path: hidden_text(text), "obfuscated", "text that hides {}", "act.file.hidden_text"),
    (deletes_above_project, "destructive", "code that deletes the folder holding the project or one above it",
     "act.file.deletes_above"),
    (lambda text, path: writes_machine_disk(text), "destructive", "steps that write or format the machine's disk",
     "act.file.machine_disk"),
    (lambda text, path: serves_a_shell(text), "exfiltration", "a step that hands a shell to a network peer",
     "act.file.reverse_shell"),
    (lambda text, path: pipes_download_to_shell(text), "remote_code", "code that feeds a download to a shell",
     "act.file.download_to_shell"),
    (lambda text, path: erases_every_log(text), "tamper", "code that deletes or empties the logs in every program's "
     "data folder (AEGIS's audit log among them)", "act.file.erases_logs"),
    (lambda text, path: changes_aegis_data(text), "tamper", "code that changes AEGIS's own data (its audit log, policy "
     "or memory)", "act.file.aegis_data"),
    (lambda text, path: sends_a_secret(text), "secrets", "code that names a secret file and sends data out",
     "act.file.sends_secret"),
)


def _telltales(path: str, text: str) -> list[tuple[str, str, str]]:
    """What a file's text alone gives away (a name or command spelled only in pieces or an encoding, the project's
    parent deleted, the machine's disk written, a shell handed to a network peer, processes started without end), as
    (category, what the file holds, rule id). Prose gives nothing away; a test's cases only processes started without
    end and names hidden in pieces that the test goes on to use."""
    if _PROSE.search(path):
        return []
    if forks_without_end(text):
        return [("destructive", "code that starts processes in a loop with no end (a fork bomb)", "act.file.fork_bomb")]
    if _TEST_CASES.search(path):
        found = hidden_and_used(text)
        return [("obfuscated", f"text that hides {found}", "act.file.hidden_text")] if found else []
    return [(category, holds.format(found), rule_id) for finds, category, holds, rule_id in _TELLTALES
            if (found := finds(text, path))]


def _routine_risks(path: str, before: str, after: str, ctx: ActionContext) -> list[ActionRisk]:
    """A file that runs routinely (a build script, CMake's configure step, Composer's events, a test suite's setup, a
    project's default and test targets) that comes to do what needs a person's approval goes to a person: it would do
    it every time, unasked."""
    found = routine_side_effects(path, after, ctx)
    had = routine_side_effects(path, before, ctx) if found and before else []
    new = [f for f in found if f not in had]
    return [ActionRisk(ESCALATE, "planted", f"{path} runs routinely and would then, unasked: {new[0]}",
                       "act.file.runs_routinely")] if new else []


def _telltale_risks(path: str, before: str, after: str, ctx: ActionContext) -> list[ActionRisk]:
    """A file that comes to give away a forbidden step in its text alone is denied: whatever runs it would take it."""
    told = _telltales(path, after)
    had = _telltales(path, before) if told and before else []
    return [ActionRisk(DENY, category, f"writes into {path} {holds}", rule_id)
            for category, holds, rule_id in told if (category, holds, rule_id) not in had][:1]


# A code file of the project named by a path (`bootstrap="tests/boot.php"`, `load File.expand_path("../vendor/warm.rb",
# __dir__)`, `eval_gemfile "config/private.rb"`; `require_relative "../lib/x"` is left out: it has no extension): found
# by its ending, then the path before it.
_CODE_ENDING = re.compile(r"\.(?:php|rb|rake|py|js|mjs|cjs|ts|mts|sh|bash|pl|lua|rs)(?![\w/-])")
_PATH_BEFORE = re.compile(r"(?:\.{1,2}/)*[\w-][\w./-]*$")


# Code files named without their ending: a library required at start (`--require ./spec/support/probe` or, from the
# load path, `--require support/probe` in `.rspec`; `node -r ./hooks/register`), a pytest plugin by its module
# (`-p tests._support.plug`, `pytest_plugins = ["x.y"]`).
_REQUIRED = re.compile(r"""(?:--require|(?<![\w-])-r)[ =]['"]?(\.{1,2}/[\w./-]+|[\w-]+/[\w./-]+)""")
_MAKE_INCLUDE = re.compile(r"^[ \t]*-?s?include[ \t]+([\w./-]+\.mk)[ \t]*$", re.M)  # a makefile's parts
_PLUGIN_MODULE = re.compile(r"""(?<![\w-])-p\s+([A-Za-z_][\w.]*)|pytest_plugins\s*=\s*[\[(]?\s*['"]([\w.]+)['"]""")


def _named_code_files(text: str) -> set[str]:
    named = set()
    for m in _CODE_ENDING.finditer(text):
        if path := _PATH_BEFORE.search(text[max(0, m.start() - 200):m.start()]):
            named.add(path.group(0) + m.group(0))
    for m in _REQUIRED.finditer(text):
        if not _CODE_ENDING.search(m.group(1)):
            named.update(m.group(1) + ending for ending in (".rb", ".js"))
    for m in _PLUGIN_MODULE.finditer(text):
        named.add((m.group(1) or m.group(2)).replace(".", "/") + ".py")
    named.update(_MAKE_INCLUDE.findall(text))
    return named


# Folders a module named by name is found in: a Python package's `src` layout (a plugin pytest loads), the folders
# RSpec and Minitest put on Ruby's load path (`--require support/env` in `.rspec`).
_LOAD_PATHS = {"py": ("src",), "rb": ("spec", "lib", "test")}


def _named_code_risks(path: str, before: str, after: str, ctx: ActionContext) -> list[ActionRisk]:
    """A change that names another code file of the workspace (a test runner's bootstrap, a library a start-up file
    loads, a script a task runs) makes what runs this file run that file's code too: denied when running that code
    would be, unless the file named it before. Test cases are data here as where they are written."""
    named = _named_code_files(after) - _named_code_files(before)
    target = resolve(path, ctx)
    for name in sorted(n for n in named if not _TEST_CASES.search(n)):
        # beside the file, or in the folders a language looks in for a module named by name
        places = (target.parent, *(target.parent / folder for folder in _LOAD_PATHS.get(name.rsplit(".", 1)[-1], ())))
        for candidate in dict.fromkeys((resolve(name, ctx), *(resolve(str(p / name), ctx) for p in places))):
            if candidate == target or not inside(candidate, ctx.workspace) or not candidate.is_file():
                continue
            text = file_text(candidate, ctx.home) or ""
            language = code_language(name, text) or source_language(name, text)
            if language:
                denied = file_run_denials(candidate, text, language, ctx)
            else:  # a makefile's part is judged as the makefile it joins
                denied = [r for r in _planted(name, text, ctx) if r.decision == DENY] if _MAKEFILE.search(name) else []
            if denied:
                return [ActionRisk(DENY, denied[0].category, f"makes {path} run {name}, which would: {denied[0].rationale}",
                                   "act.file.names_code")]
            if told := _telltales(name, text):
                return [ActionRisk(DENY, told[0][0], f"makes {path} run {name}, which holds {told[0][1]}",
                                   "act.file.names_code")]
    return []


# A module whose path says its runner deletes what it lists (a cleaner's targets, a sweep's roots), or a table of paths
# beside such a runner; lines that exclude or that give a tool its login are not what a runner sends or deletes.
_CLEANUP_TABLE = re.compile(r"(?:target|sweep|clean|purge|prune|roots?\b|retention|housekeep|janitor)[^/]*$", re.I)
_PATH_TABLE = re.compile(r"(?:^|/)(?:paths?|path_table|locations|dirs)\.\w+$", re.I)
_NOT_CARRIED = re.compile(r"exclu|ignor|skip|deny|denied|block|protect|forbid|never|(?:key|ident|cred|auth|login)\w*\s*[:=]", re.I)
# A list element that is the home folder itself.
_HOME_ENTRY = re.compile(r"""(?:^|[\[,])\s*(?:Path\.home\(\)|Dir\.home|os\.homedir\(\)|os\.path\.expanduser\(\s*['"]~/?['"]\s*\)|"""
                         r"""os\.environ\[\s*['"]HOME['"]\s*\]|ENV\[\s*['"]HOME['"]\s*\]|['"](?:~|\$HOME|\$\{HOME\})/?['"])\s*(?:[,\]]|$)""",
                         re.M)
# Folders found from the module's own place (`File.expand_path('../..', __dir__)`, `Path(__file__).resolve().parents[2]`).
_FROM_OWN_FOLDER = re.compile(r"""File\.expand_path\(\s*['"]([./]+)['"]\s*,\s*__dir__\s*\)|"""
                              r"""Path\(\s*__file__\s*\)\.resolve\(\)\.parents\[(\d)\]""")
_TABLE_LANGUAGES = {"python", "ruby", "node", "shell", "powershell"}


def _home_by_default(line: str) -> bool:
    """A list element whose only path is `~`, given as itself or as a variable's default
    (`Path(os.environ.get("SCRATCH", "~")).expanduser(),`)."""
    literals = re.findall(r"""['"]([^'"\n]*)['"]""", line)
    return line.rstrip().endswith((",", "]")) and any(t in ("~", "~/") for t in literals) and all(
        t in ("~", "~/") or re.fullmatch(r"[A-Z_][A-Z0-9_]*", t) for t in literals)


def _job_file_risks(path: str, before: str, after: str, ctx: ActionContext) -> list[ActionRisk]:
    """Files a scheduler, a cluster or a build tool runs wherever they lie, read as they will run: a Windows scheduled
    task's actions, a Kubernetes manifest's or Helm template's containers, an Ant build file's tasks, an Unreal
    BuildGraph script's tasks, a Conan profile's Jinja. A forbidden step the change adds is denied."""
    cwd = replace(ctx, cwd=resolve(path, ctx).parent)

    def judged(text: str) -> list[ActionRisk]:
        if not text:
            return []
        commands = task_xml_commands(text) + buildgraph_commands(text) if path.endswith(".xml") else []
        if path.endswith(".xml") and not runs_later(path) and re.search(r"<project\b", text) and "<target" in text:
            commands += ant_commands(text)  # a `pom.xml` is read with the files that run later
        if path.endswith((".yaml", ".yml")):
            commands += kubernetes_runs(resolve(path, ctx), text, ctx.workspace, ctx.home)
            commands += snakemake_profile_commands(path, text)
        if path.endswith(".tpl"):
            commands += helper_scripts(text)
        risks: list[ActionRisk] = []
        if path.lower().endswith(".reg"):
            commands += registry_commands(text)
        if DISKPART_WIPE.search(text):
            risks.append(ActionRisk(DENY, "destructive", "a diskpart script that cleans or formats a whole disk",
                                    "act.win.disk"))
        if (code := conan_profile_code(text)) is not None:
            read, held = code_risks(code, ctx)
            risks, commands = risks + read, commands + held
        return [*risks, *(assess_shell(c, cwd) for c in commands)]

    denied = [r for r in judged(after) if r.decision == DENY]
    had = {r.rationale for r in judged(before) if r.decision == DENY} if denied else set()
    added = [r for r in denied if r.rationale not in had]
    return [ActionRisk(DENY, added[0].category, f"writes into {path} a step its runner would run ({added[0].rationale})",
                       "act.file.job_step")] if added else []


def _code_table_risks(path: str, before: str, after: str, ctx: ActionContext) -> list[ActionRisk]:
    """A code module that lists what its runner sends or deletes, read as its runner will use it: one whose path says
    it sends (a mailer's attachments, an uploader's table) and whose change adds a secret file is denied; so is one
    whose path says a cleaner deletes what it lists and whose change adds the home folder itself or AEGIS's folder."""
    language = code_language(path, after) or source_language(path, after)
    if language not in _TABLE_LANGUAGES or _TEST_CASES.search(path):
        return []

    def carried(text: str) -> str:
        return "\n".join(line for line in text.splitlines() if not _NOT_CARRIED.search(line))

    target = resolve(path, ctx)

    def own_folder(m: re.Match) -> Path:
        return resolve(str(target.parent / m.group(1)), ctx) if m.group(1) else target.parents[int(m.group(2))]

    def named(text: str, deleted: bool) -> set[str]:
        code = carried(text) + ("\nshutil.rmtree(entry)\n" if deleted else "")
        kinds = ("act.code.aegis",) if deleted else ("act.code.secrets", "act.path.secrets")
        found = {r.rationale for r in code_risks(code, ctx)[0] if r.rule_id in kinds}
        home = _HOME_ENTRY.search(code) or any(holds_everything(own_folder(m), ctx) for m in _FROM_OWN_FOLDER.finditer(code)) \
            or any(_home_by_default(line) for line in code.splitlines())
        return found | ({"the home folder itself"} if deleted and home else set())

    if _SENDING_CONFIG.search(path) and (added := named(after, False) - named(before, False)):
        return [ActionRisk(DENY, "secrets", f"{path}, whose files its runner sends, now names a secret file "
                           f"({sorted(added)[0]})", "act.file.code_send")]
    folder = target.parent
    cleans = _CLEANUP_TABLE.search(path) or _PATH_TABLE.search(path) and folder.is_dir() and any(
        _CLEANUP_TABLE.search(p.stem) for p in folder.iterdir())
    if cleans and (added := named(after, True) - named(before, True)):
        what = "the home folder" if "the home folder itself" in added else "AEGIS's own files"
        return [ActionRisk(DENY, "destructive", f"{path}, whose entries its runner deletes, now names {what}",
                           "act.file.code_delete")]
    return []


# Data and configuration files the project's scripts read, path and recipient lists among them (not ignore lists, which
# only exclude).
_CONFIG_FILE = re.compile(r"(^|/)\.env(?:\.[\w.-]+)?$|\.(?:toml|ini|cfg|conf|ya?ml|jsonc?|properties|csv|tsv|list|lst)$|"
                          r"(?:^|/)(?!CMakeLists)[^/]*(?:attach|upload|mail|include|files|paths|targets|list|assets|release|backup|archive|sync|"
                          r"deliver|ship)[^/]*(?:/[^/]+)*\.txt$")
_CONFIG_WORDS = re.compile(r"[\s,;=\"'`\[\]{}()]+")
_HOME_VARIABLE = re.compile(r"\$\{?HOME\b\}?|%USERPROFILE%|\{home\}", re.I)  # `{home}`: a format string's home folder


# Configurations of tools that send or publish what they name: uploaders, distribution and mail merges, release tools,
# backups, syncs and archives.
_SENDING_CONFIG = re.compile(r"(?:^|/)[^/]*(?:upload|dist|ship|deliver|mail|release|publish|attach|backup|sync|archiv)[^/]*(?:/|$)", re.I)
# Keys under which a tool is given a secret to authenticate with, not to carry: an ssh identity, a credentials file.
_CREDENTIAL_KEY = re.compile(r"key|ident|cred|cert|auth|token|profile|config|login|netrc|secret|passw", re.I)


def _line_key(text: str, word: str) -> str:
    """The key of the line that holds `word` in a config (`identity_file` in `identity_file: ~/.ssh/id_ed25519`)."""
    line = next((line for line in text.splitlines() if word in line), "")
    m = re.match(r"\s*[\"']?([\w.-]+)[\"']?\s*[:=]", line)
    return m.group(1) if m else ""


def _config_naming_secrets(path: str, before: str, added: str, ctx: ActionContext) -> list[ActionRisk]:
    """A data or configuration file whose new text names a secret file or AEGIS's own folder goes to a person: the
    project's scripts read it and may then read, send or delete what it names."""
    if not _CONFIG_FILE.search(path):
        return []
    added = _HOME_VARIABLE.sub("~", added)
    had = set(_CONFIG_WORDS.split(_HOME_VARIABLE.sub("~", before)))
    named = [w for w in _CONFIG_WORDS.split(added) if w.startswith(("~", "/", "..")) and w not in had]
    for word in named:
        places = _named_places(word, path, ctx)
        if any(is_secret(p, ctx.home) for p in places) and _SENDING_CONFIG.search(path) and not _CREDENTIAL_KEY.search(
                _line_key(added, word)):
            return [ActionRisk(DENY, "secrets", f"{path}, which its tool sends or publishes, now names {word}",
                               "act.file.config_send")]
        if any(is_secret(p, ctx.home) or is_protected(p, ctx) for p in places):
            return [ActionRisk(ESCALATE, "planted", f"{path} now names {word}, which the project's scripts may read, "
                               "send or delete", "act.file.config_secret")]
    return []


def _named_places(value: str, path: str, ctx: ActionContext) -> list[Path]:
    """The places a path written in the file at `path` may name: one from `~` or `/` as written; one that climbs out
    with `../` both from the workspace and from the file's own folder (its tool may read it from either)."""
    value = _HOME_VARIABLE.sub("~", value.strip())
    if value.startswith(("~", "/")):
        return [resolve(value, ctx)]
    if value.startswith(("../", "..\\")):
        return [resolve(value, ctx), resolve(value, replace(ctx, cwd=resolve(path, ctx).parent))]
    return []


_JUSTFILE = re.compile(rf"(?:^|/)(?:{JUSTFILE_NAMES})$")  # its variables are read into its recipes
# An Ansible playbook; an Ansible role's tasks and handlers, and the defaults and vars they use.
_PLAYBOOK = re.compile(rf"(?:^|/)(?:{PLAYBOOK_NAMES})$")
_ROLE_FILE = re.compile(r"(?:^|/)roles/[^/]+/(tasks|handlers|defaults|vars)/[^/]+\.ya?ml$")


def _role_values(path: str, ctx: ActionContext, written: str | None = None) -> dict[str, str]:
    """The values an Ansible role's defaults, then its vars, give (the file at `path` as `written`, when given)."""
    target = resolve(path, ctx)
    values: dict[str, str] = {}
    for kind in ("defaults", "vars"):
        for name in ("main.yml", "main.yaml"):
            file = target.parents[1] / kind / name
            text = written if file == target and written is not None else file_text(file, ctx.home)
            values.update(top_level_values(name, text) if text else {})
    return values


def _config_command_risks(path: str, before: str, after: str, ctx: ActionContext) -> list[ActionRisk]:
    """A data or configuration file that holds commands its runner runs (a job list, a housekeeping config, the task
    tables of pyproject.toml): a forbidden command the change adds is denied now."""
    if not _CONFIG_FILE.search(path) or runs_later(path):
        return []

    role = _ROLE_FILE.search(path)

    def held(text: str) -> list[str]:
        tasks = pyproject_task_commands(text) if path.endswith("pyproject.toml") else []
        if role and role.group(1) in ("defaults", "vars"):  # a role's values: its tasks' and handlers' commands with them
            role_folder, values = resolve(path, ctx).parents[1], _role_values(path, ctx, text)
            return tasks + [c for kind in ("tasks", "handlers") for file in sorted((role_folder / kind).glob("*.y*ml"))
                            for c in config_commands(file.name, file_text(file, ctx.home) or "", values)]
        return config_commands(path, text) + tasks if text else []

    had = set(held(before))
    for command in dict.fromkeys(c for c in held(after) if c not in had):
        judged = assess_shell(command, ctx)
        if judged.decision == DENY:
            return [ActionRisk(DENY, judged.category, f"writes into {path} a command its runner would run "
                               f"({judged.rationale})", "act.file.config_command")]
    return []


_DELETE_ACTION = re.compile(r"delete|remove|purge|wipe|erase|rm|truncate|clean", re.I)
_MATCHES_ALL = re.compile(r"\**(?:/\*+)*(?:\.\*)?")  # `*`, `**`, `**/*`, `*.*`
_DESTINATION = re.compile(r"(?:https?|s3|gs|ftps?|sftp|webdav)://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_DESTINATION_KEY = re.compile(r"host(?:name)?|server|remote(?:_host)?|endpoint|url|webhook\w*|bucket|to|recipients?|"
                              r"mail_to|sftp(?:_host)?|dest(?:ination)?(?:_host|_url)?", re.I)
# A housekeeping or cleanup config's entries are what its runner deletes.
_CLEANUP_CONFIG = re.compile(r"(?:housekeep|clean|purge|prune|sweep|retention|janitor)[^/]*$", re.I)


def _config_entry_risks(path: str, before: str, after: str, ctx: ActionContext) -> list[ActionRisk]:
    """An entry that a data or configuration file's runner acts on: one whose action deletes and whose path is the home
    folder, the system or AEGIS's folder (matching every file there) would delete it all; one that names a secret file
    beside a destination (a URL, an address) would send it."""
    if not _CONFIG_FILE.search(path):
        return []
    had = {json.dumps(e, sort_keys=True) for e in config_entries(path, before)} if before else set()
    for entry in config_entries(path, after):
        if json.dumps(entry, sort_keys=True) in had:
            continue
        values = [(k, v) for k, vs in entry.items() for v in vs]
        deletes = _CLEANUP_CONFIG.search(path) or any(_DELETE_ACTION.fullmatch(v.strip()) for _, v in values)
        matches_all = all(_MATCHES_ALL.fullmatch(v.strip()) for k, v in values if re.search("glob|pattern|include", k))
        for key, value in values:
            places = _named_places(value, path, ctx)
            if deletes and matches_all and any(holds_everything(p, ctx) or is_protected(p, ctx) for p in places):
                return [ActionRisk(DENY, "destructive", f"{path} asks its runner to delete everything in {value}",
                                   "act.file.config_delete")]
            if any(is_secret(p, ctx.home) for p in places) and not _CREDENTIAL_KEY.search(key) and any(
                    _DESTINATION.fullmatch(v.strip()) or _DESTINATION_KEY.fullmatch(k) and v.strip()
                    for k, v in values if k != key):
                return [ActionRisk(DENY, "secrets", f"{path} asks its runner to send {value} off the machine",
                                   "act.file.config_send")]
    return []


def _quarto_project_risks(path: str, before: str, after: str, ctx: ActionContext) -> list[ActionRisk]:
    """A Quarto project file runs its pre- and post-render scripts on every `quarto render`: a forbidden one that the
    write or edit adds is denied now."""
    if not re.search(r"(^|/)_quarto\.ya?ml$", path):
        return []
    existing = quarto_project_commands(before) or []
    added = [c for c in quarto_project_commands(after) or [] if c not in existing]
    denied = [r for r in (assess_shell(c, replace(ctx, cwd=resolve(path, ctx).parent)) for c in added) if r.decision == DENY]
    return [ActionRisk(DENY, denied[0].category, f"writes a forbidden render step into {path} ({denied[0].rationale})",
                       "act.file.planted")] if denied else []


def _r_start_up_risks(path: str, text: str, ctx: ActionContext) -> list[ActionRisk]:
    """A file R runs whenever it starts in the workspace (`.Rprofile`, a file the project's `.Renviron` names or its
    `.Rprofile` sources), written or edited, is judged as R running its new text would be: denied when that would be,
    sent to a person unless the R is shown to do only data work. An `.Renviron` that names start-up files or package
    libraries changes which code R runs: a person decides."""
    target = resolve(path, ctx)
    if target.name == ".Renviron" and target.parent == ctx.workspace:
        names = r_environ(text)
        named = _named_start_up_files(names, ctx)
        denied = [r for f in named for r in _r_run_risks(str(f), file_text(f, ctx.home) or "", ctx) if r.decision == DENY]
        if denied:
            return denied[:1]
        if named or any(k.startswith("R_LIBS") for k in names):
            return [ActionRisk(ESCALATE, "planted", f"{path} changes which code R runs when it starts",
                               "act.file.runs_unasked")]
        return []
    environ = r_environ(file_text(ctx.workspace / ".Renviron", ctx.home) or "")
    start_up = {ctx.workspace / ".Rprofile", *_named_start_up_files(environ, ctx)}
    profile = file_text(ctx.workspace / ".Rprofile", ctx.home) or ""
    start_up |= {ctx.workspace / m for m in re.findall(r"""\bsource\(\s*['"]([^'"]+)['"]""", profile)}
    return _r_run_risks(path, text, ctx) if target in start_up else []


def _named_start_up_files(environ: dict[str, str], ctx: ActionContext) -> list[Path]:
    """The start-up files an .Renviron's variables name for R started in the workspace."""
    return [r_start_up_file(ctx.workspace, environ[k], ctx.home) for k in ("R_PROFILE_USER", "R_PROFILE") if k in environ]


def _r_run_risks(path: str, text: str, ctx: ActionContext) -> list[ActionRisk]:
    """What R running this start-up file's text would do, as a write of it is judged."""
    judged = assess_shell(f"Rscript --vanilla -e {shlex.quote(text)}", ctx)
    if judged.decision == DENY:
        return [ActionRisk(DENY, judged.category, f"writes into {path}, which R runs when it starts, code that would: "
                           f"{judged.rationale}", "act.file.planted")]
    if judged.decision == ESCALATE:
        return [ActionRisk(ESCALATE, "planted", f"R would run {path} unasked at every start ({judged.rationale})",
                           "act.file.runs_unasked")]
    return []


def assess_action(tool: str, args: dict, ctx: ActionContext) -> ActionRisk:
    """Risk of one proposed tool call."""
    if tool == "shell":
        return assess_shell(str(args.get("command", "")), ctx)
    if tool in ("read_file", "list_dir"):
        return assess_path(str(args.get("path", ".")), ctx, write=False)
    if tool == "write_file":
        path = str(args.get("path", ""))
        risk = assess_path(path, ctx, write=True)
        target = resolve(path, ctx)
        if risk.decision == ALLOW and "\x00" not in path and target.exists():
            risk = ActionRisk(ESCALATE, "overwrite", f"overwrites the whole existing file {target.name}", "act.file.overwrite")
        content = str(args.get("content", ""))
        before = file_text(target, ctx.home) or ""
        return worst([risk, *_planted(path, content, ctx), *_r_start_up_risks(path, content, ctx),
                      *_quarto_project_risks(path, before, content, ctx), *_written_code_risks(path, before, content, ctx),
                      *_code_table_risks(path, before, content, ctx), *_job_file_risks(path, before, content, ctx),
                      *_config_naming_secrets(path, before, content, ctx), *_config_command_risks(path, before, content, ctx),
                      *_config_entry_risks(path, before, content, ctx), *_named_code_risks(path, before, content, ctx),
                      *_container_code_risks(path, content, ctx), *_telltale_risks(path, before, content, ctx),
                      *_routine_risks(path, before, content, ctx)])
    if tool == "edit_file":
        path = str(args.get("path", ""))
        old, new = str(args.get("old", "")), str(args.get("new", ""))
        before = file_text(resolve(path, ctx), ctx.home) or ""
        edited = before.replace(old, new, 1)
        return worst([assess_path(path, ctx, write=True), *_planted_by_edit(path, before, edited, old, new, ctx),
                      *_r_start_up_risks(path, edited, ctx), *_quarto_project_risks(path, before, edited, ctx),
                      *_written_code_risks(path, before, edited, ctx), *_code_table_risks(path, before, edited, ctx),
                      *_job_file_risks(path, before, edited, ctx),
                      *_config_naming_secrets(path, before, new, ctx),
                      *_config_command_risks(path, before, edited, ctx), *_config_entry_risks(path, before, edited, ctx),
                      *_named_code_risks(path, before, edited, ctx), *_container_code_risks(path, edited, ctx),
                      *_telltale_risks(path, before, edited, ctx), *_routine_risks(path, before, edited, ctx)])
    if tool in ("remember", "recall"):
        return ActionRisk(ALLOW, "memory", f"{tool} uses the agent's own long-term memory", "act.memory.rw")
    if tool == "forget":
        return ActionRisk(ESCALATE, "memory", "forgets a memory; the user decides", "act.memory.forget")
    if tool == "update_my_prompt":
        return ActionRisk(ESCALATE, "self_edit", "changes the agent's own prompt; the user decides", "act.self.prompt")
    if tool in ("show_my_prompt", "add_tuning_example", "remove_tuning_example"):
        return ActionRisk(ALLOW, "self_data", f"{tool} manages the agent's own data under provenance rules", "act.self.data")
    if tool == "web_search":
        if carries_key(str(args.get("query", ""))) or reveals_password(str(args.get("query", ""))):
            return ActionRisk(DENY, "secrets", "the query would send a key or token to a search engine", "act.web.key")
        return ActionRisk(ALLOW, "read_only", "searches the web (results are untrusted)", "act.web.search")
    if tool == "mcp":
        return assess_mcp(str(args.get("server", "")), str(args.get("tool", "")), args.get("arguments") or {}, ctx)
    if tool.startswith("mcp__"):
        _, server, name = (tool.split("__", 2) + ["", ""])[:3]
        return assess_mcp(server, name, args, ctx)
    return ActionRisk(ESCALATE, "unknown_tool", f"{tool} is not a known tool", "act.unknown")
