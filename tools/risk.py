"""Action-risk rules: every proposed tool call gets ALLOW, ESCALATE or DENY before it runs.

Decisions are plain strings here (this room imports nothing of ours but settings); the graph
turns them into Verdicts. Shell commands are tokenised the way a shell would (quotes, `$VAR`,
`;`/`&&`/`|`, redirections), and commands hidden inside `bash -c`, `eval`, `$(...)`,
`python -c "os.system(...)"` or `find -exec` are judged recursively."""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

ALLOW, ESCALATE, DENY = "ALLOW", "ESCALATE", "DENY"
_RANK = {ALLOW: 0, ESCALATE: 1, DENY: 2}
MAX_DEPTH = 4


@dataclass(frozen=True)
class ActionContext:
    workspace: Path
    home: Path
    aegis_home: Path


@dataclass(frozen=True)
class ActionRisk:
    decision: str
    category: str
    rationale: str
    rule_id: str


SECRET_PATHS = (".ssh", ".aws", ".gnupg", ".kube/config", ".docker/config.json", ".netrc",
                ".config/gcloud", ".azure", ".password-store", ".git-credentials")
SYSTEM_SECRETS = ("/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/ssh/ssh_host_")
PROTECTED_AEGIS = ("audit", "policy", "safety")  # audit log, immutable policy, safety head + feedback
SYSTEM_DIRS = ("/", "/etc", "/usr", "/bin", "/sbin", "/lib", "/lib64", "/boot", "/var", "/opt", "/home",
               "/root", "/sys", "/proc", "/dev")
RAW_DISK = re.compile(r"^/dev/(sd[a-z]|nvme\d|hd[a-z]|vd[a-z]|xvd[a-z]|mmcblk\d|disk\d|md\d)")
READ_ONLY_COMMANDS = {
    "ls", "cat", "head", "tail", "grep", "egrep", "fgrep", "rg", "wc", "pwd", "echo", "printf", "date", "whoami",
    "stat", "file", "du", "df", "tree", "less", "more", "sort", "uniq", "diff", "which", "env",
    "printenv", "uname", "hostname", "id", "true", "false", "basename", "dirname", "realpath",
    "cut", "tr", "nl", "md5sum", "sha256sum", "jq", "cd", "test", "[", "ps", "top", "free", "uptime",
    "base64", "xxd", "awk", "column", "cmp", "readlink", "type", "ruff", "mypy", "flake8", "find",
}
NON_FILE_COMMANDS = {"echo", "printf", "which", "type", "date", "whoami", "uname", "hostname", "id", "true",
                     "false", "pwd", "env", "printenv", "basename", "dirname", "realpath", "readlink", "test",
                     "[", "cd", "ps", "top", "free", "uptime"}
GIT_READ_ONLY = {"status", "log", "diff", "show", "branch", "remote", "blame", "rev-parse", "ls-files", "grep", "shortlog"}
INSTALLERS = {"pip", "pip3", "apt", "apt-get", "npm", "yarn", "pnpm", "brew", "conda", "gem",
              "cargo", "uv", "pipx", "dnf", "yum", "snap", "go"}
DOWNLOADERS = {"curl", "wget", "scp", "rsync", "ftp", "sftp", "aria2c", "git-lfs"}
SENDERS = {"mail", "mailx", "sendmail", "mutt", "ssh", "telnet", "nc", "ncat", "netcat", "slack", "gh"}
SHELLS = {"sh", "bash", "zsh", "dash", "ksh", "fish", "csh", "tcsh"}
INTERPRETERS = {"python", "python3", "python2", "perl", "ruby", "node", "php"}
WRAPPERS = {"nohup", "nice", "time", "command", "exec", "builtin", "stdbuf", "ionice", "xargs", "setsid", "doas"}
DECODERS = re.compile(r"\b(base64\s+(-d|--decode|-D)|xxd\s+-r|openssl\s+(enc|base64)\b.*-d|uudecode|gunzip|zcat)\b")
SEPARATORS = {";", "&&", "||", "|", "&", "(", ")", "|&", ";;"}
REDIRECTS = {">", ">>", ">|", "&>", "&>>", "<", "<<", "<<<", "<>"}

_FORK_BOMB = re.compile(r"(\w+|:)\s*\(\s*\)\s*\{[^}]*\1\s*\|\s*\1\s*&|\bfork\s+while\s+fork\b|os\.fork\(\).*while\s+true", re.I)
_REVERSE_SHELL = re.compile(
    r"/dev/(tcp|udp)/|\b(nc|ncat|netcat)\b[^|;&]*\s-[a-z]*[ec]\b|\bncat\b.*--(exec|sh-exec)|\bsocat\b.*\bexec:|"
    r"\bmkfifo\b.*\b(nc|ncat|netcat|telnet)\b|socket\b.*\b(dup2|pty\.spawn)|fsockopen\(|\btelnet\b.*\|\s*/bin/(ba)?sh", re.I)
_REMOTE_TO_SHELL = re.compile(
    r"\b(ba|z|da|k)?sh\b\s*(-\w+\s*)*<\(\s*(curl|wget)\b|\b(source|eval|\.)\s+<\(\s*(curl|wget)\b|"
    r"\b((ba|z|da|k)?sh|python3?|perl|ruby|node)\b\s+-c\s+[\"']?\$\(\s*(curl|wget)\b|\beval\b\s+[\"']?\$\(\s*(curl|wget)\b")
_SUBSTITUTION = re.compile(r"\$\(((?:[^()]|\([^()]*\))*)\)|`([^`]*)`|<\(([^()]*)\)")
_VAR = re.compile(r"\$\{(\w+)(?:[:-][^}]*)?\}|\$(\w+)")
_PY_SHELL_CALL = re.compile(r"(?:os\.system|os\.popen|subprocess\.\w+|check_output|Popen|system|exec)\s*\(\s*\[?\s*[rbf]?(['\"])(.+?)\1")
_PY_RMTREE = re.compile(r"(?:shutil\.rmtree|os\.removedirs|rmdir)\s*\(\s*[rbf]?(['\"])(.+?)\1")
_PATHISH = re.compile(r"(?:~|\$\{?HOME\}?|\.{0,2})/[^\s'\"|;&<>()`]*|/[^\s'\"|;&<>()`]+")


def _worst(risks: list[ActionRisk]) -> ActionRisk:
    return max(risks, key=lambda r: _RANK[r.decision])


def _norm(path: Path) -> Path:
    return Path(os.path.normpath(path))


def _resolve(path: str, ctx: ActionContext) -> Path:
    expanded = path.replace("${HOME}", str(ctx.home)).replace("$HOME", str(ctx.home)).lstrip("@")
    if expanded == "~" or expanded.startswith("~/"):
        expanded = str(ctx.home) + expanded[1:]
    p = Path(expanded)
    if not p.is_absolute():
        p = ctx.workspace / p
    return _norm(p)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(_norm(root))
        return True
    except ValueError:
        return False


def _is_secret(p: Path, ctx: ActionContext) -> bool:
    home = _norm(ctx.home)
    return any(_inside(p, home / s) for s in SECRET_PATHS) or any(str(p).startswith(s) for s in SYSTEM_SECRETS)


def _is_protected(p: Path, ctx: ActionContext) -> bool:
    return any(_inside(p, ctx.aegis_home / part) for part in PROTECTED_AEGIS)


def assess_path(path: str, ctx: ActionContext, *, write: bool) -> ActionRisk:
    """Risk of touching one path (read or write)."""
    p = _resolve(path, ctx)
    if _is_secret(p, ctx):
        return ActionRisk(DENY, "secrets", f"{p} holds secrets that AEGIS never touches", "act.path.secrets")
    if write and _is_protected(p, ctx):
        return ActionRisk(DENY, "tamper", "AEGIS's audit log and safety policy are immutable", "act.path.aegis")
    if write and RAW_DISK.match(str(p)):
        return ActionRisk(DENY, "destructive", f"writes the raw disk {p}", "act.path.raw_disk")
    if _inside(p, ctx.workspace):
        return ActionRisk(ALLOW, "workspace", f"{'writes' if write else 'reads'} inside the workspace", "act.path.workspace")
    if write:
        if str(p) in ("/dev/null", "/dev/stdout", "/dev/stderr") or _inside(p, Path("/tmp")):
            return ActionRisk(ALLOW, "scratch", f"writes scratch output {p}", "act.path.scratch")
        return ActionRisk(ESCALATE, "outside_workspace", f"writes outside the workspace: {p}", "act.path.write_outside")
    if _inside(p, ctx.home):
        return ActionRisk(ESCALATE, "personal_files", f"reads personal files outside the workspace: {p}", "act.path.read_home")
    return ActionRisk(ALLOW, "system_read", f"reads a system file: {p}", "act.path.read_system")


@dataclass
class _Simple:
    tokens: list[str]
    writes: list[str]
    reads: list[str]


def _tokenize(command: str) -> list[str]:
    lexer = shlex.shlex(command.replace("\n", " ; "), posix=True, punctuation_chars=";&|<>()")
    lexer.whitespace_split = True
    lexer.commenters = ""
    try:
        return list(lexer)
    except ValueError:  # unbalanced quotes: fall back to a plain split
        return command.split()


def _expand(token: str, env: dict[str, str]) -> str:
    """Expands $VAR/${VAR} that are known; unknown variables expand to nothing, as in the shell."""
    return _VAR.sub(lambda m: env.get(m.group(1) or m.group(2), ""), token)


def _pipelines(command: str, env: dict[str, str]) -> list[list[_Simple]]:
    """Pipelines of simple commands; `NAME=value` statements update `env` as the shell would."""
    pipelines: list[list[_Simple]] = [[]]
    current = _Simple([], [], [])
    pending: str | None = None

    def flush(new_pipeline: bool) -> None:
        nonlocal current
        while current.tokens and re.fullmatch(r"[A-Za-z_]\w*=.*", current.tokens[0]):
            name, _, value = current.tokens.pop(0).partition("=")
            if not current.tokens:
                env[name] = value
        if current.tokens or current.writes or current.reads:
            pipelines[-1].append(current)
        current = _Simple([], [], [])
        if new_pipeline and pipelines[-1]:
            pipelines.append([])

    for raw in _tokenize(command):
        if pending is not None:
            (current.writes if pending != "<" else current.reads).append(_expand(raw, env))
            pending = None
        elif raw in REDIRECTS or re.fullmatch(r"\d?>>?&?|\d?<", raw):
            pending = "<" if raw.startswith("<") or raw.endswith("<") else ">"
            if raw in ("<<", "<<<"):
                pending = "heredoc"
        elif raw in SEPARATORS:
            flush(new_pipeline=raw not in ("|", "|&"))
        elif raw.startswith("&") and raw[1:].isdigit():
            continue  # 2>&1
        else:
            current.tokens.append(_expand(raw, env) if not re.fullmatch(r"[A-Za-z_]\w*=.*", raw) else raw)
    flush(new_pipeline=True)
    for simple in (s for p in pipelines for s in p):
        simple.writes = [w for w in simple.writes if w and not w.isdigit()]
    return [p for p in pipelines if p]


def _strip_wrappers(tokens: list[str]) -> tuple[list[str], bool]:
    """Removes sudo/env/nohup/timeout-style prefixes; reports whether sudo was among them."""
    sudo = False
    while tokens:
        name = Path(tokens[0]).name
        if name in ("sudo", "doas", "su"):
            sudo = True
            rest, i = tokens[1:], 0
            while i < len(rest) and rest[i].startswith("-"):
                if name == "su" and rest[i] in ("-c", "--command") and i + 1 < len(rest):
                    return ["sh", "-c", rest[i + 1]], True
                i += 2 if rest[i] in ("-u", "-g", "-C", "-D", "-h", "-p", "-U", "-r", "-t") else 1
            tokens = rest[i:]
        elif name == "env":
            i = 1
            while i < len(tokens) and (tokens[i].startswith("-") or re.fullmatch(r"[A-Za-z_]\w*=.*", tokens[i])):
                i += 1
            tokens = tokens[i:]
        elif name == "timeout":
            tokens = tokens[2:] if len(tokens) > 2 else []
        elif name in WRAPPERS:
            tokens = [t for t in tokens[1:] if not t.startswith("-")] if name == "xargs" else tokens[1:]
        else:
            break
    return tokens, sudo


def _inline_code(tokens: list[str]) -> str | None:
    for flag in ("-c", "-e", "-r", "--eval", "--command"):
        if flag in tokens[1:]:
            i = tokens.index(flag, 1)
            return tokens[i + 1] if i + 1 < len(tokens) else ""
    return None


def _assess_rm(args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    flags = "".join(a for a in args if a.startswith("-") and not a.startswith("--"))
    recursive = "r" in flags.lower() or "--recursive" in args
    targets = [a for a in args if not a.startswith("-")]
    risks = [] if targets else [ActionRisk(ESCALATE, "delete", "deletes files", "act.shell.rm")]
    for target in targets:
        p = _resolve(target.rstrip("*") or "/", ctx)
        if recursive and (str(p) in SYSTEM_DIRS or p == _norm(ctx.home) or "--no-preserve-root" in args):
            risks.append(ActionRisk(DENY, "destructive", f"recursive delete of {target or '/'}", "act.shell.rm_root"))
        else:
            risks.append(_worst([assess_path(target, ctx, write=True),
                                 ActionRisk(ESCALATE, "delete", f"deletes {target}", "act.shell.rm")]))
    return risks


def _assess_find(args: list[str], ctx: ActionContext, env: dict[str, str], depth: int) -> list[ActionRisk]:
    roots = [a for a in args if not a.startswith(("-", "(", "!"))][:1] or ["."]
    root = _resolve(roots[0], ctx)
    risks: list[ActionRisk] = []
    if "-exec" in args or "-execdir" in args or "-ok" in args:
        i = next(i for i, a in enumerate(args) if a in ("-exec", "-execdir", "-ok"))
        inner = [a for a in args[i + 1 :] if a not in (";", "+", "{}", "\\;")]
        if inner and Path(inner[0]).name == "rm":
            inner = [inner[0], "-r", *inner[1:]]  # find applies it to the whole tree
        if inner:
            risks.extend(_assess_tokens(inner + [str(root)], ctx, env, depth + 1))
    if "-delete" in args:
        if str(root) in SYSTEM_DIRS or root == _norm(ctx.home):
            risks.append(ActionRisk(DENY, "destructive", f"find -delete over {root}", "act.shell.find_delete_root"))
        else:
            risks.append(_worst([assess_path(str(root), ctx, write=True),
                                 ActionRisk(ESCALATE, "delete", "find -delete removes files", "act.shell.find_delete")]))
    return risks


def _assess_code(code: str, ctx: ActionContext, depth: int) -> list[ActionRisk]:
    """Inline interpreter code: the shell commands and deletions it names, then ESCALATE (arbitrary code)."""
    risks = [assess_shell(m.group(2), ctx, depth + 1) for m in _PY_SHELL_CALL.finditer(code)]
    for m in _PY_RMTREE.finditer(code):
        p = _resolve(m.group(2), ctx)
        if str(p) in SYSTEM_DIRS or p == _norm(ctx.home):
            risks.append(ActionRisk(DENY, "destructive", f"deletes {p} recursively", "act.shell.code_rmtree_root"))
    risks.append(ActionRisk(ESCALATE, "code", "runs arbitrary inline code", "act.shell.inline_code"))
    return risks


def _assess_tokens(tokens: list[str], ctx: ActionContext, env: dict[str, str], depth: int) -> list[ActionRisk]:
    risks: list[ActionRisk] = []
    tokens, sudo = _strip_wrappers(tokens)
    if sudo:
        risks.append(ActionRisk(ESCALATE, "privilege", "runs with elevated privileges", "act.shell.sudo"))
    if not tokens:
        return risks
    name, args = Path(tokens[0]).name, tokens[1:]
    paths = [a for a in args if not a.startswith("-")]
    if name in SHELLS or name == "eval" or name in INTERPRETERS:
        code = " ".join(args) if name == "eval" else _inline_code(tokens)
        if code is not None and depth < MAX_DEPTH:
            risks.extend([assess_shell(code, ctx, depth + 1)] if name in SHELLS or name == "eval"
                         else _assess_code(code, ctx, depth))
            if name in SHELLS or name == "eval":
                risks.append(ActionRisk(ALLOW, "shell", "runs an inline shell command", "act.shell.nested"))
        else:
            risks.append(ActionRisk(ESCALATE, "code", f"{name} runs a script", "act.shell.script"))
    elif name == "rm" or name == "rmdir" or name == "unlink":
        risks.extend(_assess_rm(args, ctx))
    elif name.startswith("mkfs") or name in ("wipefs", "fdisk", "parted", "sfdisk") or (
            name in ("dd", "shred") and any(RAW_DISK.match(a.removeprefix("of=")) for a in args)):
        risks.append(ActionRisk(DENY, "destructive", "writes a raw disk or filesystem", "act.shell.disk"))
    elif name == "find":
        risks.extend(_assess_find(args, ctx, env, depth))
        risks.append(ActionRisk(ALLOW, "read_only", "find lists files", "act.shell.read_only"))
    elif name == "git" and args:
        sub = args[0]
        if sub in GIT_READ_ONLY:
            risks.append(ActionRisk(ALLOW, "read_only", f"git {sub} is read-only", "act.shell.git_read"))
        elif sub == "push" or (sub == "reset" and "--hard" in args) or sub == "clean":
            risks.append(ActionRisk(ESCALATE, "vcs", f"git {sub} changes shared or uncommitted history", "act.shell.git_danger"))
        elif sub in ("clone", "fetch", "pull"):
            risks.append(ActionRisk(ESCALATE, "network", f"git {sub} downloads", "act.shell.download"))
        else:
            risks.append(ActionRisk(ESCALATE, "vcs", f"git {sub} changes the repository", "act.shell.git_write"))
    elif name in INSTALLERS and any(a in ("install", "add", "i", "upgrade", "remove", "uninstall", "get") for a in args):
        risks.append(ActionRisk(ESCALATE, "install", f"{name} installs or removes software", "act.shell.install"))
    elif name in DOWNLOADERS:
        risks.append(ActionRisk(ESCALATE, "network", f"{name} transfers data over the network", "act.shell.download"))
        for flag_value in (a for a in args if a.startswith("@") or a.startswith("-T")):
            risks.append(assess_path(flag_value.removeprefix("-T"), ctx, write=False))
        for i, a in enumerate(args[:-1]):
            if a in ("-o", "-O", "--output", "-P"):
                risks.append(assess_path(args[i + 1], ctx, write=True))
    elif name in SENDERS:
        risks.append(ActionRisk(ESCALATE, "messaging", f"{name} sends data to another machine or person", "act.shell.send"))
    elif name in {"kill", "pkill", "killall", "shutdown", "reboot", "halt", "poweroff", "systemctl", "service"}:
        risks.append(ActionRisk(ESCALATE, "process", f"{name} stops or changes processes or services", "act.shell.kill"))
    elif name in ("chmod", "chown", "chgrp"):
        mode = paths[0] if paths else ""
        recursive = "-R" in args or "--recursive" in args
        for target in paths[1:]:
            p = _resolve(target, ctx)
            if recursive and (str(p) in SYSTEM_DIRS or p == _norm(ctx.home)):
                risks.append(ActionRisk(DENY, "destructive", f"recursive {name} over {p}", "act.shell.chmod_root"))
            risks.append(assess_path(target, ctx, write=True))
        widening = name != "chmod" or _widens(mode)
        if widening or recursive:
            risks.append(ActionRisk(ESCALATE, "permissions", f"{name} {mode} may widen permissions", "act.shell.chmod_wide"))
        else:
            risks.append(ActionRisk(ALLOW, "permissions", f"chmod {mode} widens nothing", "act.shell.chmod_safe"))
    elif name in {"mv", "cp", "touch", "mkdir", "tee", "ln", "truncate", "sed", "chattr", "install"}:
        in_place = name != "sed" or any(a.startswith("-i") or a == "--in-place" for a in args)
        targets = [a for a in paths if "/" in a or "." in a or a.startswith("~")] if name == "sed" else paths
        for target in targets if in_place else []:
            risks.append(assess_path(target, ctx, write=True))
        if name == "mv" or (name == "cp" and len(paths) > 1 and _resolve(paths[-1], ctx).is_file()):
            risks.append(ActionRisk(ESCALATE, "overwrite", f"{name} may overwrite files", "act.shell.overwrite"))
        if not risks:
            risks.append(ActionRisk(ALLOW, "read_only", f"{name} without in-place edit only reads", "act.shell.read_only"))
    elif name in READ_ONLY_COMMANDS:
        for target in paths if name not in NON_FILE_COMMANDS else []:
            if "/" in target or target.startswith((".", "~")):
                risks.append(assess_path(target, ctx, write=False))
        risks.append(ActionRisk(ALLOW, "read_only", f"{name} only reads", "act.shell.read_only"))
    else:
        risks.append(ActionRisk(ESCALATE, "unknown_command", f"{name} may have side effects", "act.shell.unknown"))
    return risks


def _widens(mode: str) -> bool:
    """Group/other write, any special bit, or a symbolic grant of w/x/s/t."""
    if re.fullmatch(r"[0-7]{3,4}", mode):
        special, group, other = (mode[0] if len(mode) == 4 else "0"), mode[-2], mode[-1]
        return special != "0" or group in "2367" or other in "2367"
    return bool(re.search(r"[+=][rwxst]*[wxst]", mode))


def _mentions(text: str, ctx: ActionContext) -> list[ActionRisk]:
    """Secret files anywhere in the command (also inside quoted code) are never read or sent."""
    risks = []
    for m in _PATHISH.finditer(text):
        p = _resolve(m.group(0), ctx)
        if _is_secret(p, ctx):
            risks.append(ActionRisk(DENY, "secrets", f"{p} holds secrets that AEGIS never touches", "act.path.secrets"))
    return risks


def _pipeline_risks(pipeline: list[_Simple]) -> list[ActionRisk]:
    names = [Path(_strip_wrappers(s.tokens)[0][0]).name if _strip_wrappers(s.tokens)[0] else "" for s in pipeline]
    stage_text = [" ".join(s.tokens) for s in pipeline]
    for i, name in enumerate(names):
        later = names[i + 1 :]
        runs_code = any(n in SHELLS or n in INTERPRETERS or n == "eval" for n in later)
        if name in DOWNLOADERS and runs_code:
            return [ActionRisk(DENY, "remote_code", "pipes a download into a shell", "act.shell.curl_sh")]
        if DECODERS.search(stage_text[i]) and runs_code:
            return [ActionRisk(DENY, "obfuscated", "runs decoded, hidden commands", "act.shell.base64_sh")]
    return []


def assess_shell(command: str, ctx: ActionContext, depth: int = 0) -> ActionRisk:
    text = command.strip()
    if not text:
        return ActionRisk(ALLOW, "noop", "empty command", "act.shell.empty")
    flat = " ".join(text.split())
    if _FORK_BOMB.search(flat):
        return ActionRisk(DENY, "destructive", "fork bomb", "act.shell.fork_bomb")
    if _REVERSE_SHELL.search(flat):
        return ActionRisk(DENY, "exfiltration", "opens a reverse shell", "act.shell.reverse_shell")
    if _REMOTE_TO_SHELL.search(flat):
        return ActionRisk(DENY, "remote_code", "runs downloaded code in a shell", "act.shell.curl_sh")
    if re.search(r"\beval\b", flat) and DECODERS.search(flat):
        return ActionRisk(DENY, "obfuscated", "evaluates decoded, hidden commands", "act.shell.base64_eval")
    risks = _mentions(text, ctx)
    if depth < MAX_DEPTH:
        for m in _SUBSTITUTION.finditer(text):
            inner = next(g for g in m.groups() if g is not None)
            risks.append(assess_shell(inner, ctx, depth + 1))
    env = {"HOME": str(ctx.home), "PWD": str(ctx.workspace)}
    for pipeline in _pipelines(text, env):
        risks.extend(_pipeline_risks(pipeline))
        for simple in pipeline:
            if simple.tokens:
                risks.extend(_assess_tokens(simple.tokens, ctx, env, depth))
            risks.extend(assess_path(w, ctx, write=True) for w in simple.writes)
            risks.extend(assess_path(r, ctx, write=False) for r in simple.reads if "/" in r or r.startswith("~"))
    return _worst(risks) if risks else ActionRisk(ALLOW, "noop", "nothing to run", "act.shell.empty")


_MCP_READ = re.compile(r"^(get|list|read|search|fetch|query|describe|show|find|lookup|view|count|stat|head|browse|resolve)", re.I)
_MCP_WRITE = re.compile(r"(send|post|email|message|delete|remove|drop|write|update|create|transfer|pay|push|deploy|"
                        r"exec|run|kill|move|rename|upload|publish|merge|approve|invite|share|grant|revoke)", re.I)


def assess_mcp(server: str, tool: str, arguments: dict, ctx: ActionContext) -> ActionRisk:
    """An MCP tool call: read-style tools are allowed, side effects go to a human; commands and
    paths inside the arguments are judged like the built-in tools."""
    risks: list[ActionRisk] = []
    for key, value in (arguments or {}).items():
        if not isinstance(value, str):
            continue
        if key in ("command", "cmd", "script", "shell"):
            risks.append(assess_shell(value, ctx))
        elif key in ("path", "file", "filename", "source", "destination", "target", "dir", "directory"):
            risks.append(assess_path(value, ctx, write=bool(_MCP_WRITE.search(tool))))
        risks.extend(_mentions(value, ctx))
    label = f"mcp {server}.{tool}"
    if _MCP_READ.search(tool) and not _MCP_WRITE.search(tool):
        risks.append(ActionRisk(ALLOW, "read_only", f"{label} reads data", "act.mcp.read"))
    else:
        risks.append(ActionRisk(ESCALATE, "side_effect", f"{label} may change something outside AEGIS", "act.mcp.side_effect"))
    return _worst(risks)


def assess_action(tool: str, args: dict, ctx: ActionContext) -> ActionRisk:
    """Risk of one proposed tool call."""
    if tool == "shell":
        return assess_shell(str(args.get("command", "")), ctx)
    if tool in ("read_file", "list_dir"):
        return assess_path(str(args.get("path", ".")), ctx, write=False)
    if tool == "write_file":
        risk = assess_path(str(args.get("path", "")), ctx, write=True)
        target = _resolve(str(args.get("path", "")), ctx)
        if risk.decision == ALLOW and target.exists():
            return ActionRisk(ESCALATE, "overwrite", f"overwrites the whole existing file {target.name}", "act.file.overwrite")
        return risk
    if tool == "edit_file":
        return assess_path(str(args.get("path", "")), ctx, write=True)
    if tool in ("remember", "recall"):
        return ActionRisk(ALLOW, "memory", f"{tool} uses the agent's own long-term memory", "act.memory.rw")
    if tool == "forget":
        return ActionRisk(ESCALATE, "memory", "forgets a memory; the user decides", "act.memory.forget")
    if tool == "update_my_prompt":
        return ActionRisk(ESCALATE, "self_edit", "changes the agent's own prompt; the user decides", "act.self.prompt")
    if tool in ("show_my_prompt", "add_tuning_example", "remove_tuning_example"):
        return ActionRisk(ALLOW, "self_data", f"{tool} manages the agent's own data under provenance rules", "act.self.data")
    if tool == "web_search":
        return ActionRisk(ALLOW, "read_only", "searches the web (results are untrusted)", "act.web.search")
    if tool == "mcp":
        return assess_mcp(str(args.get("server", "")), str(args.get("tool", "")), args.get("arguments") or {}, ctx)
    if tool.startswith("mcp__"):
        _, server, name = (tool.split("__", 2) + ["", ""])[:3]
        return assess_mcp(server, name, args, ctx)
    return ActionRisk(ESCALATE, "unknown_tool", f"{tool} is not a known tool", "act.unknown")
