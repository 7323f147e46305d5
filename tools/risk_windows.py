"""Windows programs started from WSL (`cmd.exe /c ...`, `reg.exe`, `certutil.exe`, `wsl.exe`, ...): a `cmd` line is
judged as the POSIX commands it amounts to (`del /s` is `rm -r`, `type` is `cat`, a download by `certutil` or
`bitsadmin` is a download), other programs by what they are known to do (credential dumps, remote scriptlets, disk
wipes, autostart entries). Windows paths are mapped to WSL paths by `risk_paths.windows_spelling`."""

from __future__ import annotations

import re
import shlex
from pathlib import PureWindowsPath
from typing import Protocol

from tools.risk_paths import (
    ALLOW,
    DENY,
    ESCALATE,
    ActionContext,
    ActionRisk,
    resolve,
    windows_spelling,
)

WINDOWS_PROGRAMS = {"cmd", "reg", "certutil", "bitsadmin", "mshta", "regsvr32", "rundll32", "vaultcmd", "cmdkey", "netsh",
                    "wsl", "icacls", "takeown", "attrib", "robocopy", "xcopy", "schtasks", "diskpart", "format", "wmic",
                    "cscript", "wscript", "procdump", "vssadmin", "bcdedit", "cipher", "sdelete"}
# `.exe` names that are read as the program they start (an unknown `.exe`, such as a downloaded one, keeps its path).
KNOWN_EXE = WINDOWS_PROGRAMS | {"powershell", "pwsh", "curl", "git", "ssh", "scp", "tar", "python", "python3", "node",
                                "explorer", "clip", "notepad", "where", "whoami", "hostname", "ipconfig", "tasklist",
                                "taskkill", "systeminfo", "winget", "choco", "code", "findstr"}
_CMD_SEPARATOR = re.compile(r'("[^"]*")|(&&|\|\||&|\|)')
_CMD_REDIRECT = re.compile(r'\d?(>>|>|<)\s*("[^"]*"|[^\s"<>|&]+)')
_CMD_WORD = re.compile(r'"[^"]*"|[^\s"]+')
_CMD_READ_ONLY = {"echo", "where", "ver", "whoami", "hostname", "systeminfo", "ipconfig", "tasklist", "set", "cd",
                  "chdir", "path", "vol", "date", "time", "title", "cls", "rem"}
_REMOTE = re.compile(r"https?://|\\\\[\w.-]+\\|javascript:|vbscript:", re.I)
# Registry places that hold passwords: saved sessions of SSH/SFTP/VNC clients, autologon, the account databases.
_REGISTRY_SECRETS = re.compile(r"passw|\bpwd\b|WinSCP|SimonTatham\\PuTTY\\Sessions|RealVNC|TightVNC|TigerVNC|"
                               r"DefaultPassword|\\(SAM|SECURITY)\b|LSA\\Secrets", re.I)
_AUTOSTART_KEY = re.compile(r"\\(Run|RunOnce|Winlogon|Image File Execution Options|Services|Explorer\\Shell Folders)\b", re.I)


class Judge(Protocol):
    written: dict
    downloads: set

    def nested(self, command: str, ctx: ActionContext | None = None) -> ActionRisk: ...


def download_output(name: str, args: list[str]) -> str | None:
    """The file a Windows download (certutil -urlcache, bitsadmin /transfer) writes, as a WSL path."""
    if name not in ("certutil", "bitsadmin") or _transfer_kind(name, [a.lower() for a in args]) != "download":
        return None
    urls, files = _transfer_operands(args)
    return files[-1] if urls and files else None


def windows_name(token: str) -> str:
    """`C:\\Windows\\System32\\cmd.exe` or `PowerShell.EXE` as the program name the rules know (`cmd`, `powershell`)."""
    stem = PureWindowsPath(token).name.lower().removesuffix(".exe")
    return stem if token.lower().endswith(".exe") and stem in KNOWN_EXE else token


def _path(word: str) -> str:
    return windows_spelling(word.replace("\\", "/"))


def cmd_words(text: str) -> list[str]:
    """A cmd line's words, their double quotes dropped."""
    return [w.strip('"') for w in _CMD_WORD.findall(text)]


def _flags(words: list[str]) -> tuple[set[str], list[str]]:
    flags = {w.lower() for w in words if w.startswith("/") and len(w) <= 12 and not w[1:].count("/")}
    return flags, [w for w in words if w.lower() not in flags]


def cmd_as_posix(text: str) -> str:
    """A `cmd /c` line as the POSIX command line it amounts to (separators kept)."""
    out: list[str] = []
    pos = 0
    for m in _CMD_SEPARATOR.finditer(text):
        if m.group(2):
            out += [_cmd_command(text[pos:m.start()]), m.group(2)]
            pos = m.end()
    out.append(_cmd_command(text[pos:]))
    return " ".join(part for part in out if part)


def _cmd_command(text: str) -> str:
    """One cmd command as POSIX; its `>`/`>>`/`<` redirections are kept, with their paths mapped."""
    redirections = ""
    for m in reversed(list(_CMD_REDIRECT.finditer(text))):
        target = shlex.quote(_path(m.group(2).strip('"')))
        redirections = f" {m.group(1)} {target}" + redirections
        text = text[:m.start()] + text[m.end():]
    words = cmd_words(text.strip())
    if not words:
        return redirections.strip()
    return _cmd_words(words) + redirections


def _cmd_words(words: list[str]) -> str:
    name, rest = windows_name(words[0]).lower(), words[1:]
    flags, operands = _flags(rest)
    paths = [_path(o) for o in operands]
    if name in ("del", "erase"):
        return shlex.join(["rm", "-rf" if "/s" in flags else "-f", *paths])
    if name in ("rd", "rmdir"):
        return shlex.join(["rm", "-rf", *paths] if "/s" in flags else ["rmdir", *paths])
    if name in ("type", "more"):
        return shlex.join(["cat", *paths])
    if name in ("copy", "xcopy"):
        return shlex.join(["cp", "-r", *paths])
    if name == "move":
        return shlex.join(["mv", *paths])
    if name in ("certutil", "bitsadmin"):
        return _transfer_as_posix(name, [w.lower() for w in rest], rest) or shlex.join([name, *rest])
    if name in ("dir", "tree"):
        return shlex.join(["ls", *paths])
    if name in ("findstr", "find") and operands:
        return shlex.join(["grep", "-e", operands[0], *paths[1:]])
    if name == "start" and operands and not operands[0]:  # `start "" /b prog …`: an empty window title first
        operands = _flags(operands[1:])[1]
    if name in ("start", "call") and operands:
        return _cmd_words(operands)
    if name in _CMD_READ_ONLY:
        return shlex.join(["echo", name])
    if name in WINDOWS_PROGRAMS | {"powershell", "pwsh"}:
        return shlex.join([name, *rest])
    return shlex.join([_path(words[0]) if "\\" in words[0] or ":" in words[0] else name,
                       *[_path(w) if ("\\" in w or "%" in w) and not w.startswith("/") else w for w in rest]])


def windows_risks(judge: Judge, name: str, args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    """Risks of one Windows program run from WSL."""
    lower = [a.lower() for a in args]
    joined = " ".join(args)
    if name == "cmd":
        i = next((i for i, a in enumerate(lower) if a in ("/c", "/k", "/r")), None)
        text = " ".join(args[i + 1:]) if i is not None else ""
        script = _written_text(judge, text.strip().strip('"'), ctx)
        if script is not None:
            return _batch_risks(judge, script, ctx)
        words = cmd_words(text)
        single = windows_name(words[0]).lower() if words and not _CMD_SEPARATOR.search(text.replace('"', "")) else ""
        if single in WINDOWS_PROGRAMS - {"cmd"}:
            return windows_risks(judge, single, words[1:], ctx)
        first = [w for w in words if w.lower() not in ("start", "call", "/b", "/wait", "/min")][:1]
        if first and resolve(_path(first[0]), ctx) in judge.downloads:
            return [ActionRisk(DENY, "remote_code", "runs a file it has just downloaded", "act.shell.curl_sh")]
        return [judge.nested(cmd_as_posix(text), ctx)] if text else [
            ActionRisk(ESCALATE, "code", "opens a Windows command prompt", "act.win.cmd")]
    if name == "wsl":
        if lower[:1] in (["--status"], ["--list"], ["-l"], ["--version"], ["-v"]):
            return [ActionRisk(ALLOW, "read_only", "wsl reports its state", "act.win.read")]
        if any(a in ("--unregister", "--uninstall") for a in lower):
            return [ActionRisk(DENY, "destructive", "wsl --unregister deletes the whole Linux system, AEGIS's data with it",
                               "act.win.wsl_unregister")]
        rest = args[next((i + 1 for i, a in enumerate(lower) if a in ("-e", "--exec", "--")), 0):]
        rest = [a for a in rest if not a.startswith("-")] if rest is args else rest
        return [judge.nested(shlex.join(rest), ctx)] if rest else [
            ActionRisk(ESCALATE, "process", "wsl starts or stops Linux systems", "act.win.wsl")]
    if name in ("mshta", "regsvr32", "rundll32", "cscript", "wscript") and _REMOTE.search(joined):
        return [ActionRisk(DENY, "remote_code", f"{name} runs script code from another machine", "act.win.remote_script")]
    if name == "reg":
        return _registry_risks(judge, lower, args, ctx)
    if name == "vaultcmd" and any(a.startswith("/listcreds") for a in lower):
        return [ActionRisk(DENY, "secrets", "lists the Windows credential vault", "act.win.vault")]
    if name == "netsh":
        if any(re.fullmatch(r"key\s*=\s*clear", a) for a in lower):
            return [ActionRisk(DENY, "secrets", "prints saved Wi-Fi passwords", "act.win.wifi_keys")]
        return [ActionRisk(ALLOW if "show" in lower else ESCALATE, "network", "netsh reads or changes network settings",
                           "act.win.netsh")]
    if name in ("certutil", "bitsadmin"):
        posix = _transfer_as_posix(name, lower, args)
        return [judge.nested(posix, ctx)] if posix else [
            ActionRisk(ESCALATE, "system", f"{name} changes certificates or transfers", "act.win.program")]
    if name == "robocopy":
        return _robocopy_risks(judge, lower, args, ctx)
    if name in ("icacls", "takeown", "attrib"):
        targets = [_path(a) for a in args if not a.startswith("/") and not re.match(r"^[+-][rahs]$|^\w+:[^/\\]", a, re.I)]
        return [judge.nested(shlex.join(["chmod", "-R", "777", *targets]), ctx),
                ActionRisk(ESCALATE, "permissions", f"{name} changes Windows permissions", "act.shell.chmod_wide")]
    if name in ("schtasks", "certutil") and lower[:1] in (["/query"], ["-hashfile"]):
        return [judge.nested(shlex.join(["sha256sum", *[_path(a) for a in args[1:2]]]), ctx) if name == "certutil" else
                ActionRisk(ALLOW, "read_only", "lists scheduled tasks", "act.win.read")]
    if name == "schtasks":
        command = next((args[i + 1] for i, a in enumerate(lower[:-1]) if a == "/tr"), "")
        risk = judge.nested(cmd_as_posix(command), ctx) if command else None
        return [risk if risk and risk.decision == DENY else
                ActionRisk(ESCALATE, "persistence", "schedules a Windows task", "act.win.schtasks")]
    if name == "wmic":
        command = next((args[i + 1] for i, a in enumerate(lower[:-1]) if a == "create"), "")
        return [judge.nested(cmd_as_posix(command), ctx) if command else
                ActionRisk(ESCALATE, "system", "wmic changes or reads the system", "act.win.wmic")]
    if name in ("format", "diskpart"):
        script = next((args[i + 1] for i, a in enumerate(lower[:-1]) if a == "/s"), None)
        text = _written_text(judge, script, ctx) if script else None
        text = text.replace("\\r", "").replace("\\n", "\n") if text is not None else None
        if name == "format" or (text is not None and re.search(r"^\s*(clean|format)\b", text, re.I | re.M)):
            return [ActionRisk(DENY, "destructive", f"{name} erases a disk", "act.win.disk")]
        return [ActionRisk(ESCALATE, "destructive", f"{name} changes disks", "act.shell.disk_tool")]
    return [ActionRisk(ESCALATE, "system", f"{name} may change Windows settings", "act.win.program")]


def _registry_risks(judge: Judge, lower: list[str], args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    sub = lower[0] if lower else ""
    key = args[1] if len(args) > 1 else ""
    if sub in ("save", "export") and re.search(r"\\(SAM|SECURITY|SYSTEM)$", key, re.I):
        return [ActionRisk(DENY, "secrets", "copies the registry hives that hold password hashes", "act.win.hives")]
    if sub == "query" and _REGISTRY_SECRETS.search(" ".join(args)):
        return [ActionRisk(DENY, "secrets", "reads passwords stored in the registry", "act.win.reg_secrets")]
    if sub == "query":
        return [ActionRisk(ALLOW, "read_only", "reads the registry", "act.win.reg_read")]
    value = next((args[i + 1] for i, a in enumerate(lower[:-1]) if a == "/d"), "")
    if sub == "add" and value and _AUTOSTART_KEY.search(key):
        risk = judge.nested(cmd_as_posix(value), ctx)
        if risk.decision == DENY or _REMOTE.search(value) and re.search(r"mshta|regsvr32|rundll32|powershell", value, re.I):
            return [ActionRisk(DENY, "remote_code", "plants a forbidden or remote command to run at every logon",
                               "act.win.autostart")]
    return [ActionRisk(ESCALATE, "system", f"reg {sub} changes Windows settings", "act.win.reg_write")]


def _transfer_operands(args: list[str]) -> tuple[list[str], list[str]]:
    operands = [a for a in args if not a.startswith(("-", "/"))]
    urls = [a for a in operands if re.match(r"https?://", a, re.I)]
    return urls, [_path(a) for a in operands if a not in urls]


def _transfer_kind(name: str, lower: list[str]) -> str:
    if name == "certutil" and any(a in ("-encode", "-decode", "-encodehex", "-decodehex") for a in lower):
        return "encode"
    return "upload" if name == "bitsadmin" and "/upload" in lower else "download"


def _transfer_as_posix(name: str, lower: list[str], args: list[str]) -> str | None:
    """certutil -urlcache/-encode/-decode and bitsadmin /transfer as the curl or base64 command they amount to."""
    urls, files = _transfer_operands(args)
    kind = _transfer_kind(name, lower)
    if kind == "encode" and len(files) >= 2:
        return f"base64 {shlex.quote(files[-2])} > {shlex.quote(files[-1])}"
    if kind == "upload" and urls and files:
        return shlex.join(["curl", "-T", files[-1], urls[0]])
    if urls:
        return shlex.join(["curl", "-o", files[-1], urls[0]] if files else ["curl", urls[0]])
    return None


def _robocopy_risks(judge: Judge, lower: list[str], args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    """robocopy SRC DST [FILES] [/MIR]: copies into DST; /MIR and /PURGE delete what DST has and SRC lacks."""
    operands = [_path(a) for a in args if not a.startswith("/")]
    if len(operands) < 2:
        return [ActionRisk(ESCALATE, "copy", "robocopy copies files", "act.win.program")]
    source, target, names = operands[0], operands[1], operands[2:] or ["*"]
    commands = [shlex.join(["cp", "-r", f"{source}/{n}", f"{target}/{n}"]) for n in names]
    if any(a in ("/mir", "/purge", "/mov", "/move") for a in lower):
        commands.append(shlex.join(["rm", "-rf", f"{target}/*"]))
    return [judge.nested(" && ".join(commands), ctx)]


def _written_text(judge: Judge, path: str, ctx: ActionContext) -> str | None:
    """What this same command wrote into a file (a batch file, a diskpart script) that it now hands to a program."""
    if not path or not re.search(r"\.(bat|cmd|txt)$|^[A-Za-z]:|/", path, re.I):
        return None
    return judge.written.get(resolve(_path(path.split()[0]), ctx))


def _batch_risks(judge: Judge, text: str, ctx: ActionContext) -> list[ActionRisk]:
    text = text.replace("%%", "%").replace("\\r", "").replace("\\n", "\n")
    if re.search(r"%0\s*\|\s*%0|:\w+\s*\n\s*start\s+%0|goto", text, re.I) and "%0" in text:
        return [ActionRisk(DENY, "destructive", "a batch file that starts itself endlessly (fork bomb)", "act.win.fork_bomb")]
    return [judge.nested(cmd_as_posix(line), ctx) for line in text.splitlines() if line.strip()]


# PowerShell's built-in aliases (as PowerShell 7 defines them), each to the cmdlet it names.
POWERSHELL_ALIASES = {
    "gc": "Get-Content", "cat": "Get-Content", "type": "Get-Content", "gci": "Get-ChildItem", "ls": "Get-ChildItem",
    "dir": "Get-ChildItem", "select": "Select-Object", "where": "Where-Object", "?": "Where-Object",
    "foreach": "ForEach-Object", "%": "ForEach-Object", "sort": "Sort-Object", "group": "Group-Object",
    "measure": "Measure-Object", "ft": "Format-Table", "fl": "Format-List", "echo": "Write-Output",
    "write": "Write-Output", "sc": "Set-Content", "ac": "Add-Content", "ni": "New-Item", "ipcsv": "Import-Csv",
    "epcsv": "Export-Csv", "gi": "Get-Item", "sls": "Select-String", "ri": "Remove-Item", "rm": "Remove-Item",
    "del": "Remove-Item", "erase": "Remove-Item", "rd": "Remove-Item", "rmdir": "Remove-Item",
    "iwr": "Invoke-WebRequest", "irm": "Invoke-RestMethod", "iex": "Invoke-Expression", "cpi": "Copy-Item",
    "copy": "Copy-Item", "cp": "Copy-Item", "mi": "Move-Item", "move": "Move-Item", "mv": "Move-Item",
    "clc": "Clear-Content", "saps": "Start-Process", "start": "Start-Process"}


# PowerShell cmdlets that only read or format; a pipeline made of nothing else runs unasked.
POWERSHELL_READERS = {"get-content", "gc", "get-childitem", "gci", "ls", "dir", "get-item", "gi", "get-process", "gps",
                      "ps", "get-psdrive", "get-culture", "get-timezone", "get-date", "get-filehash", "get-command",
                      "gcm", "get-host", "get-location", "pwd", "get-service", "get-computerinfo", "get-volume",
                      "select-object", "select", "select-string", "sls", "sort-object", "sort", "measure-object",
                      "measure", "format-table", "ft", "format-list", "fl", "convertfrom-json", "out-string",
                      "group-object", "test-path", "resolve-path", "split-path", "join-path", "write-output",
                      "get-hotfix", "get-printer", "get-netadapter", "get-winevent", "get-eventlog", "get-netipaddress",
                      "get-netipconfiguration", "get-ciminstance", "get-wmiobject", "where-object", "where",
                      "format-wide", "get-scheduledtask", "get-scheduledtaskinfo", "get-printjob", "get-printerport",
                      "get-smbmapping", "get-netconnectionprofile", "get-pnpdevice", "get-mpcomputerstatus",
                      "get-uiculture", "get-executionpolicy"}
_PS_ACTIVE = re.compile(r"[;{}&`@\[\]>]|\$\(|\binvoke|\biex\b|-(?:encoded)?command\b|::|-ScriptBlock", re.I)
_PS_PATH = re.compile(r"""(?:^|\s)['"]?((?:[A-Za-z]:|\$env:\w+|~|\.{1,2}|\\\\)?[\\/]?[^\s'"|]*[\\/.][^\s'"|]*)['"]?""")


def powershell_reads_only(code: str) -> bool:
    """PowerShell code that is a pipeline of reading and formatting cmdlets (or one variable such as
    `$PSVersionTable.PSVersion`): no script blocks, sub-expressions, redirections, .NET calls or invocations."""
    if _PS_ACTIVE.search(code):
        return False
    for stage in code.split("|"):
        words = stage.split()
        if not words:
            return False
        if words[0].startswith("$"):
            if len(words) > 1 or not re.fullmatch(r"\$[\w:]+(?:\.\w+)*", words[0]):
                return False
        elif words[0].lower().lstrip("(") not in POWERSHELL_READERS:
            return False
    return True


def powershell_paths(code: str) -> list[str]:
    """Arguments of read-only PowerShell that look like paths (judged like any read)."""
    return [m.group(1) for m in _PS_PATH.finditer(code) if not m.group(1).startswith("-") and not re.fullmatch(r"[\d.]+", m.group(1))]
