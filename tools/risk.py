"""Action-risk rules: every proposed tool call gets ALLOW, ESCALATE or DENY before it runs.

Decisions are plain strings here (this room imports nothing of ours but settings); the graph
turns them into Verdicts."""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

ALLOW, ESCALATE, DENY = "ALLOW", "ESCALATE", "DENY"
_RANK = {ALLOW: 0, ESCALATE: 1, DENY: 2}


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
                ".config/gcloud", ".azure")
SYSTEM_SECRETS = ("/etc/shadow", "/etc/gshadow", "/etc/sudoers")
READ_ONLY_COMMANDS = {
    "ls", "cat", "head", "tail", "grep", "egrep", "rg", "wc", "pwd", "echo", "date", "whoami",
    "stat", "file", "du", "df", "tree", "less", "more", "sort", "uniq", "diff", "which", "env",
    "printenv", "uname", "hostname", "id", "true", "false", "basename", "dirname", "realpath",
    "cut", "tr", "nl", "md5sum", "sha256sum", "jq", "cd", "test", "[",
}
GIT_READ_ONLY = {"status", "log", "diff", "show", "branch", "remote", "blame", "rev-parse", "ls-files"}
INSTALLERS = {"pip", "pip3", "apt", "apt-get", "npm", "yarn", "pnpm", "brew", "conda", "gem",
              "cargo", "uv", "pipx", "dnf", "yum"}
DOWNLOADERS = {"curl", "wget", "scp", "rsync", "ftp", "sftp"}
SHELLS = {"sh", "bash", "zsh", "dash", "ksh", "fish", "python", "python3", "perl", "ruby", "node"}


def _worst(risks: list[ActionRisk]) -> ActionRisk:
    return max(risks, key=lambda r: _RANK[r.decision])


def _resolve(path: str, ctx: ActionContext) -> Path:
    expanded = path.replace("$HOME", str(ctx.home)).replace("${HOME}", str(ctx.home))
    if expanded == "~" or expanded.startswith("~/"):
        expanded = str(ctx.home) + expanded[1:]
    p = Path(expanded)
    if not p.is_absolute():
        p = ctx.workspace / p
    return Path(os.path.normpath(p))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(Path(os.path.normpath(root)))
        return True
    except ValueError:
        return False


def assess_path(path: str, ctx: ActionContext, *, write: bool) -> ActionRisk:
    """Risk of touching one path (read or write)."""
    p = _resolve(path, ctx)
    home = Path(os.path.normpath(ctx.home))
    if any(_inside(p, home / s) for s in SECRET_PATHS) or any(str(p).startswith(s) for s in SYSTEM_SECRETS):
        return ActionRisk(DENY, "secrets", f"{p} holds secrets that AEGIS never touches", "act.path.secrets")
    if _inside(p, ctx.aegis_home / "audit") or _inside(p, ctx.aegis_home / "policy"):
        if write or not _inside(p, ctx.aegis_home / "audit"):
            return ActionRisk(DENY, "tamper", "AEGIS's audit log and safety policy are immutable", "act.path.aegis")
    if _inside(p, ctx.workspace):
        return ActionRisk(ALLOW, "workspace", f"{'writes' if write else 'reads'} inside the workspace", "act.path.workspace")
    if write:
        return ActionRisk(ESCALATE, "outside_workspace", f"writes outside the workspace: {p}", "act.path.write_outside")
    if _inside(p, home):
        return ActionRisk(ESCALATE, "personal_files", f"reads personal files outside the workspace: {p}", "act.path.read_home")
    return ActionRisk(ALLOW, "system_read", f"reads a system file: {p}", "act.path.read_system")


_FORK_BOMB = re.compile(r":\s*\(\s*\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;\s*:")
_REVERSE_SHELL = re.compile(r"/dev/(tcp|udp)/|\bnc\b[^|;&]*\s-[a-z]*e\b|\bsocat\b.*\bexec\b|\bmkfifo\b.*\bnc\b", re.I)
_PIPE_TO_SHELL = re.compile(r"\b(curl|wget)\b[^|]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b")
_DECODE_TO_SHELL = re.compile(r"\bbase64\s+(-d|--decode)\b[^|]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b")


def _split_commands(command: str) -> list[list[str]]:
    """Split on ; && || | and newlines, then tokenise each simple command with shell quoting."""
    parts = re.split(r"\|\||&&|[;|\n]|\$\(|`|\)", command)
    out = []
    for part in parts:
        try:
            tokens = shlex.split(part, posix=True)
        except ValueError:
            tokens = part.split()
        if tokens:
            out.append(tokens)
    return out


def _assess_simple(tokens: list[str], ctx: ActionContext) -> list[ActionRisk]:
    risks: list[ActionRisk] = []
    while tokens and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*=.*", tokens[0]):
        tokens = tokens[1:]  # leading VAR=value assignments
    if not tokens:
        return risks
    if tokens[0] == "sudo":
        risks.append(ActionRisk(ESCALATE, "privilege", "runs with sudo", "act.shell.sudo"))
        tokens = [t for t in tokens[1:] if not t.startswith("-")] or tokens
    name = Path(tokens[0]).name
    args = tokens[1:]
    paths = [a for a in args if not a.startswith("-")]
    if name == "rm":
        flags = "".join(a for a in args if a.startswith("-") and not a.startswith("--"))
        recursive = "r" in flags.lower() or "--recursive" in args
        for target in paths:
            p = _resolve(target, ctx)
            if recursive and (p == Path("/") or p == Path(os.path.normpath(ctx.home)) or target in ("/*", "~/*")):
                risks.append(ActionRisk(DENY, "destructive", f"recursive delete of {target}", "act.shell.rm_root"))
            else:
                risks.append(_worst([assess_path(target, ctx, write=True),
                                     ActionRisk(ESCALATE, "delete", f"deletes {target}", "act.shell.rm")]))
        if not paths:
            risks.append(ActionRisk(ESCALATE, "delete", "deletes files", "act.shell.rm"))
    elif name.startswith("mkfs") or (name == "dd" and any(a.startswith("of=/dev/") for a in args)):
        risks.append(ActionRisk(DENY, "destructive", "writes a raw disk or filesystem", "act.shell.disk"))
    elif name == "git" and args:
        sub = args[0]
        if sub in GIT_READ_ONLY:
            risks.append(ActionRisk(ALLOW, "read_only", f"git {sub} is read-only", "act.shell.git_read"))
        elif sub == "push" or (sub == "reset" and "--hard" in args) or sub == "clean":
            risks.append(ActionRisk(ESCALATE, "vcs", f"git {sub} changes shared or uncommitted history", "act.shell.git_danger"))
        else:
            risks.append(ActionRisk(ESCALATE, "vcs", f"git {sub} changes the repository", "act.shell.git_write"))
    elif name in INSTALLERS and any(a in ("install", "add", "i", "upgrade", "remove", "uninstall") for a in args):
        risks.append(ActionRisk(ESCALATE, "install", f"{name} installs or removes software", "act.shell.install"))
    elif name in DOWNLOADERS:
        risks.append(ActionRisk(ESCALATE, "network", f"{name} transfers data over the network", "act.shell.download"))
    elif name in {"kill", "pkill", "killall", "shutdown", "reboot"}:
        risks.append(ActionRisk(ESCALATE, "process", f"{name} stops processes", "act.shell.kill"))
    elif name == "chmod":
        mode = paths[0] if paths else ""
        widening = bool(re.search(r"[+][rwxst]*[wxst]|7\d\d|\d7\d|\d\d[67]|\+s|o\+w|a\+w|777", mode))
        for target in paths[1:]:
            risks.append(assess_path(target, ctx, write=True))
        if widening or "-R" in args:
            risks.append(ActionRisk(ESCALATE, "permissions", f"chmod {mode} widens permissions", "act.shell.chmod_wide"))
        else:
            risks.append(ActionRisk(ALLOW, "permissions", f"chmod {mode} widens nothing", "act.shell.chmod_safe"))
    elif name in {"mv", "cp", "touch", "mkdir", "tee", "ln"}:
        for target in paths:
            risks.append(assess_path(target, ctx, write=True))
        if name == "mv":
            risks.append(ActionRisk(ESCALATE, "overwrite", "moves files (may overwrite)", "act.shell.mv"))
    elif name in READ_ONLY_COMMANDS or (name == "find" and not {"-delete", "-exec", "-execdir"} & set(args)):
        for target in paths:
            if "/" in target or target.startswith((".", "~")):
                risks.append(assess_path(target, ctx, write=False))
        risks.append(ActionRisk(ALLOW, "read_only", f"{name} only reads", "act.shell.read_only"))
    else:
        risks.append(ActionRisk(ESCALATE, "unknown_command", f"{name} may have side effects", "act.shell.unknown"))
    return risks


def assess_shell(command: str, ctx: ActionContext) -> ActionRisk:
    text = command.strip()
    if not text:
        return ActionRisk(ALLOW, "noop", "empty command", "act.shell.empty")
    flat = " ".join(text.split())
    if _FORK_BOMB.search(flat):
        return ActionRisk(DENY, "destructive", "fork bomb", "act.shell.fork_bomb")
    if _REVERSE_SHELL.search(flat):
        return ActionRisk(DENY, "exfiltration", "opens a reverse shell", "act.shell.reverse_shell")
    if _PIPE_TO_SHELL.search(flat):
        return ActionRisk(DENY, "remote_code", "pipes a download into a shell", "act.shell.curl_sh")
    if _DECODE_TO_SHELL.search(flat):
        return ActionRisk(DENY, "obfuscated", "runs decoded, hidden commands", "act.shell.base64_sh")
    risks = []
    for tokens in _split_commands(text):
        risks.extend(_assess_simple(tokens, ctx))
        for tok in tokens:
            if any(s in tok for s in SECRET_PATHS) or any(tok.startswith(s) for s in SYSTEM_SECRETS):
                risks.append(assess_path(tok, ctx, write=False))
    return _worst(risks) if risks else ActionRisk(ALLOW, "noop", "nothing to run", "act.shell.empty")


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
    if tool == "web_search":
        return ActionRisk(ALLOW, "read_only", "searches the web (results are untrusted)", "act.web.search")
    return ActionRisk(ESCALATE, "unknown_tool", f"{tool} is not a known tool", "act.unknown")
