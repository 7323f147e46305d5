"""macOS: what a Mac adds to the shell rules. AppleScript and JavaScript for Automation (`osascript`) are judged for
the shell commands, files and password dialogs they hold; disk tools that erase (`diskutil erase…`, `newfs_*`,
`asr --erase`) count as `mkfs`; the Keychain's `security` prints or exports secrets; launchd jobs and login hooks run
their commands later; the system's reporting tools are read-only in the forms listed here."""

from __future__ import annotations

import re
import shlex

from tools.risk_paths import (
    ALLOW,
    DENY,
    ESCALATE,
    ActionContext,
    ActionRisk,
    assess_path,
    holds_everything,
    resolve,
)


def _operands(args: list[str]) -> list[str]:
    return [a for a in args if not a.startswith("-")]


def _first(args: list[str]) -> str:
    return next(iter(_operands(args)), "")


# Reporting tools, with the argument forms in which they change nothing.
_REPORTS = {
    "sw_vers": lambda a: True,
    "system_profiler": lambda a: True,
    "cal": lambda a: True,
    "sysctl": lambda a: "-w" not in a and not any("=" in x for x in a),
    "pmset": lambda a: a[:1] == ["-g"],
    "networksetup": lambda a: bool(a) and a[0].lower().startswith(("-list", "-get", "-print", "-version")),
    "scutil": lambda a: a[:1] in (["--dns"], ["--proxy"], ["--nwi"], ["--get"], ["-r"]),
    "softwareupdate": lambda a: bool(a) and all(x in ("--history", "-l", "--list", "--list-full-installers") for x in a),
    "tmutil": lambda a: _first(a) in ("status", "listbackups", "latestbackup", "destinationinfo", "version",
                                      "machinedirectory", "listlocalsnapshots", "listlocalsnapshotdates", "isexcluded"),
    "csrutil": lambda a: a == ["status"],
    "spctl": lambda a: bool(a) and a[0] in ("--status", "--assess", "-a"),
    "diskutil": lambda a: _first(a).lower() in ("list", "info", "activity", "listfilesystems")
    or [x.lower() for x in _operands(a)[:2]] in (["apfs", "list"], ["apfs", "listsnapshots"], ["cs", "list"]),
    "hdiutil": lambda a: _first(a) in ("info", "imageinfo", "verify", "checksum", "pmap"),
    "launchctl": lambda a: _first(a) in ("list", "print", "blame", "version", "print-disabled", "managerpid"),
    "codesign": lambda a: any(x.startswith(("-d", "--display", "-v", "--verify")) for x in a)
    and not any(x in ("-s", "--sign", "--remove-signature", "-f", "--force") or x.startswith("--sign=") for x in a),
    "defaults": lambda a: _first(a) in ("read", "read-type", "domains", "find"),
    "plutil": lambda a: bool(a) and all(x in ("-lint", "-p", "-s", "-help") for x in a if x.startswith("-")),
    "xattr": lambda a: all(x in ("-l", "-p", "-x", "-r", "-s") for x in a if x.startswith("-")),
    "xcode-select": lambda a: a[:1] in (["-p"], ["--print-path"], ["-v"], ["--version"]),
    "agvtool": lambda a: _first(a) in ("what-version", "what-marketing-version", "vers", "mvers"),
    "xcodebuild": lambda a: any(x in ("-list", "-showsdks", "-version", "-showBuildSettings", "-showdestinations",
                                      "-showTestPlans") for x in a),
    "swift": lambda a: a[:2] in (["package", "describe"], ["package", "show-dependencies"], ["package", "dump-package"]),
    "sips": lambda a: bool(a) and all(x in ("-g", "--getProperty") for x in a if x.startswith("-")),
    "security": lambda a: _first(a) in ("find-identity", "find-certificate", "verify-cert", "list-keychains",
                                        "show-keychain-info", "cms", "dump-trust-settings")
    or a == ["default-keychain"],
    "mdls": lambda a: True,
    "otool": lambda a: True,
    "lipo": lambda a: any(x in ("-info", "-archs", "-detailed_info", "-verify_arch") for x in a) and "-output" not in a,
    "shasum": lambda a: "-c" not in a,
    "brew": lambda a: _first(a) in ("list", "ls", "info", "config", "doctor", "search", "outdated", "deps", "leaves", "uses")
    or a[:1] in (["--prefix"], ["--cellar"], ["--repository"]),
    "zmodload": lambda a: True,
    "say": lambda a: not any(x in ("-o", "--output-file") for x in a),
    "log": lambda a: _first(a) in ("show", "stream", "stats"),
    "strftime": lambda a: True,
    "PlistBuddy": lambda a: all(re.match(r"\s*Print\b", a[i + 1]) for i, x in enumerate(a[:-1]) if x == "-c"),
}
# Operands that are words, not files (a preference key, a subcommand, a simulator filter).
_WORD_OPERANDS = {"say", "log", "strftime", "defaults", "sysctl", "launchctl", "diskutil", "tmutil", "brew", "security",
                  "xcodebuild", "swift", "agvtool", "zmodload", "networksetup", "scutil", "pmset", "system_profiler", "cal",
                  "spctl", "softwareupdate", "csrutil", "xcode-select", "hdiutil", "sips", "xattr", "plutil"}
_XCRUN_SHOWS = ("--show-sdk-path", "--show-sdk-version", "--show-sdk-platform-path", "--show-sdk-build-version",
                "--find", "-f")
# Disk tools whose verb erases or repartitions a disk or volume.
_DISKUTIL_ERASES = re.compile(r"^(erase\w*|reformat|zerodisk|randomdisk|secureerase|partitiondisk|splitpartition|"
                              r"mergepartitions|deletecontainer|deletevolume|deletesnapshot)$")
# Converters that read their inputs and write only the file (or folder) after this flag.
_OUTPUT_FLAGS = {"sips": "--out", "qlmanage": "-o", "iconutil": "-o", "textutil": "-output"}
_KEYCHAIN_SECRETS = {"dump-keychain", "find-generic-password", "find-internet-password", "export", "find-key"}


def macos_reads_only(name: str, args: list[str]) -> bool:
    if name == "xcrun":
        rest = xcrun_tool(args)
        if not rest:
            return any(a in _XCRUN_SHOWS for a in args)
        if rest[:2] == ["simctl", "list"]:
            return True
        return rest[0] in _REPORTS and _REPORTS[rest[0]](rest[1:])
    report = _REPORTS.get(name)
    return bool(report and report(args))


def xcrun_tool(args: list[str]) -> list[str]:
    """The developer tool and its arguments that `xcrun [--sdk X] TOOL …` runs."""
    i = 0
    while i < len(args) and args[i].startswith("-"):
        i += 2 if args[i] in ("--sdk", "-sdk", "--toolchain", "-toolchain") else 1
    return args[i:]


def file_operands(name: str, args: list[str]) -> list[str]:
    """The operands of a reporting tool that name files (judged as reads)."""
    if name == "xcrun":
        rest = xcrun_tool(args)
        return file_operands(rest[0], rest[1:]) if rest and rest[0] != "simctl" else []
    if name == "defaults":
        domain = _operands(args)[1:2]
        return [d for d in domain if "/" in d or d.startswith("~")]
    if name == "security":  # a keychain it searches for public certificates is named, not read out
        return [a for a in used_not_read(name, args) if "/" in a or a.startswith(("~", "."))]
    if name in ("spctl", "codesign", "xattr", "plutil", "sips", "hdiutil", "diskutil"):
        return [a for a in _operands(args) if "/" in a or a.startswith(("~", "."))
                or re.search(r"\.(app|plist|dmg|pem|cer|crt|mobileprovision|png|jpe?g|heic|pdf|entitlements)$", a)]
    if name in _WORD_OPERANDS:
        return []
    return _operands(args)


def used_not_read(name: str, args: list[str]) -> list[str]:
    """`args` less the files a read-only `security` query only names (the keychains it looks in)."""
    if name != "security" or not macos_reads_only(name, args):
        return args
    return [a for a in args if not re.search(r"\.keychain(-db)?$", a, re.I)]


def macos_command_risks(name: str, args: list[str], ctx: ActionContext) -> list[ActionRisk] | None:
    """Risks of a macOS program that the general rules do not know, or None where they decide."""
    if name == "diskutil" and any(_DISKUTIL_ERASES.match(a.lower()) for a in _operands(args)[:2]):
        verb = " ".join(_operands(args)[:2])
        return [ActionRisk(DENY, "destructive", f"diskutil {verb} erases a disk or volume", "act.mac.disk")]
    if name.startswith("newfs_") or name == "asr" and "--erase" in args:
        return [ActionRisk(DENY, "destructive", f"{name} formats or erases a disk or volume", "act.mac.disk")]
    if name == "security" and _first(args) in _KEYCHAIN_SECRETS and not (
            _first(args) == "export" and re.search(r"-t\s+certs?\b", " ".join(args))):
        return [ActionRisk(DENY, "secrets", f"security {_first(args)} reads secrets from the Keychain", "act.mac.keychain")]
    if macos_reads_only(name, args):
        return [*(assess_path(f, ctx, write=False) for f in file_operands(name, args)),
                ActionRisk(ALLOW, "read_only", f"{name} only reports", "act.mac.read_only")]
    if name == "hdiutil" and _first(args) == "create" and _operands(args)[1:]:
        sources = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "-srcfolder"]
        output = _operands([a for i, a in enumerate(args) if not (i and args[i - 1].startswith("-"))])[-1]
        return [*(assess_path(s, ctx, write=False) for s in sources), assess_path(output, ctx, write=True)]
    if name == "mdfind" and "-onlyin" in args[:-1]:
        return [assess_path(args[args.index("-onlyin") + 1], ctx, write=False),
                ActionRisk(ALLOW, "read_only", "mdfind searches one folder's metadata", "act.mac.read_only")]
    flag = _OUTPUT_FLAGS.get(name, "")
    if flag and flag in args[:-1] and (name != "qlmanage" or "-t" in args) and (name != "textutil" or "-convert" in args):
        output = args[args.index(flag) + 1]
        inputs = [a for i, a in enumerate(args) if not a.startswith("-") and not (i and args[i - 1].startswith("-"))]
        return [*(assess_path(i, ctx, write=False) for i in inputs), assess_path(output, ctx, write=True)]
    if name == "simctl" and _first(args) == "io" and len(_operands(args)) >= 4 and _operands(args)[2] in ("screenshot", "recordVideo"):
        return [assess_path(_operands(args)[3], ctx, write=True)]
    if name == "PlistBuddy" and _operands(args[-1:]):  # edits one property list in place
        return [assess_path(args[-1], ctx, write=True)]
    if name == "gpt" and _first(args) in ("destroy", "create", "remove", "add", "migrate", "recover"):
        return [ActionRisk(DENY, "destructive", f"gpt {_first(args)} rewrites a disk's partition table", "act.mac.disk")]
    return None


def copy_as_cp(args: list[str]) -> list[str]:
    """`ditto SRC… DST` (also `ditto -c -k SRC ARCHIVE`) copies like `cp -R`."""
    return ["cp", "-R", *_operands([a for i, a in enumerate(args) if not (i and args[i - 1] in ("--arch", "--hfsCompression"))])]


def files_run_later(name: str, args: list[str]) -> list[str]:
    """Files a command makes run: `open X.command`, a LoginHook, a launchd job loaded from a plist."""
    operands = _operands(args)
    if name == "open":
        return [a for a in operands if re.search(r"\.(command|sh|tool|app|workflow|terminal)$", a)]
    if name == "defaults" and _first(args) == "write" and any(k in args for k in ("LoginHook", "LogoutHook")):
        return operands[-1:]
    if name == "launchctl" and _first(args) in ("load", "bootstrap"):
        return [a for a in operands if a.endswith(".plist")]
    return []


def launchctl_submitted(args: list[str]) -> str | None:
    """The command `launchctl submit -l LABEL [options] -- COMMAND…` keeps running; `launchctl asuser UID COMMAND…`
    and `bsexec PID COMMAND…` run one."""
    if args[:1] in (["asuser"], ["bsexec"]) and len(args) > 2:
        return shlex.join(args[2:])
    if _first(args) != "submit":
        return None
    if "--" in args:
        rest = args[args.index("--") + 1:]
    else:
        i = args.index("submit") + 1
        while i < len(args) and args[i].startswith("-"):
            i += 2 if args[i] in ("-l", "-p", "-o", "-e") else 1
        rest = args[i:]
    return shlex.join(rest) if rest else None


_COMMAND_KEY = re.compile(r"program|command|script|hook|shell", re.I)


def defaults_job(args: list[str]) -> str | None:
    """`defaults write …/LaunchAgents/x.plist ProgramArguments -array …` (or any key that holds a command): the
    command that will run."""
    operands = _operands(args)
    if _first(args) != "write" or len(operands) < 3 or not _COMMAND_KEY.search(operands[2]):
        return None
    values = [v for v in args[args.index(operands[2]) + 1:] if not v.startswith("-")]
    return shlex.join(values) if len(values) > 1 else values[0] if values else None


def plistbuddy_values(args: list[str]) -> list[str]:
    """Commands PlistBuddy writes into a property list (`-c "Set :ProgramArguments:2 '…'"`, `Add :Program string …`)."""
    found = []
    for i, a in enumerate(args[:-1]):
        if a == "-c":
            m = re.match(r"\s*(?:Set|Add)\s+:((?:\\\s|\S)+)\s+(?:(?:string|array|dict)\s+)?(.*)$", args[i + 1], re.S)
            if m and _COMMAND_KEY.search(m.group(1)) and m.group(2).strip():
                found.append(m.group(2).strip().strip("'\""))
    return found


def plist_commands(text: str) -> list[str]:
    """The commands a launchd property list runs (`ProgramArguments`, `Program`); every string in it when it does
    not parse."""
    import plistlib  # only a property list being judged needs it, not every start of AEGIS

    try:
        job = plistlib.loads(text.encode("utf-8"))
    except Exception:  # plistlib raises several kinds for a broken or non-XML list
        return [s.strip() for s in re.findall(r"<string>([^<]*)</string>", text) if s.strip()]
    if not isinstance(job, dict):
        return []
    commands = []
    arguments = job.get("ProgramArguments")
    if isinstance(arguments, list) and arguments:
        commands.append(shlex.join(str(a) for a in arguments))
    if isinstance(job.get("Program"), str):
        commands.append(job["Program"])
    return commands


def looks_like_plist(text: str) -> bool:
    return "<plist" in text or "<!DOCTYPE plist" in text


_SHELL_IN_APPLESCRIPT = re.compile(r"do\s+(?:shell\s+)?script\s+\"((?:[^\"\\]|\\.)*)\"", re.I)  # Terminal's `do script` too
_SHELL_IN_JXA = re.compile(r"(?:doShellScript|\$\.system|\$\.popen)\s*\(\s*(?:\"((?:[^\"\\]|\\.)*)\"|'((?:[^'\\]|\\.)*)')")
_PASSWORD_DIALOG = re.compile(r"hidden\s+answer|hiddenAnswer\s*:\s*true", re.I)
_OSA_PATH = re.compile(r"[\"']((?:/|~)[^\"']*)[\"']")
# Deleting or moving the home folder, the startup disk or everything in one (`delete every item of home`).
_OSA_DELETES_HOME = re.compile(
    r"\b(?:delete|move|trash\w*|remove\w*)\s*\(?\s*(?:(?:every\s+item|entire\s+contents|items)\s+of\s+)?\(?\s*"
    r"(?:path\s+to\s+(?:home\s+folder|startup\s+disk)|home(?:\s+folder)?\b|startup\s+disk|\$?\.?NSHomeDirectory\(\)|"
    r"[\w.$]*homeDirectory\w*)", re.I)
_OSA_CHANGES = re.compile(r"\b(?:delete|move|duplicate|write|remove\w*|trash\w*|createFile|writeToFile|setAttributes|"
                          r"set\s+eof|empty\s+trash)\b", re.I)
_OSA_ACTS = re.compile(r"\b(?:tell|do\s+shell|doShellScript|delete|move|duplicate|write|send|keystroke|key\s+code|click|"
                       r"open|launch|quit|set|make|empty|run|load|NSTask|NSFileManager|NSAppleScript|writeTo\w*|remove\w*|"
                       r"trash\w*|administrator|dialog|password|curl|https?:|NSURL\w*|do\s+JavaScript|NSWorkspace|"
                       r"NSPasteboard)\b|\$\.(?:system|popen)|stdlib|Application\s*\(\s*['\"]", re.I)


def osascript_code(args: list[str]) -> str | None:
    """The AppleScript or JavaScript given with -e; None when osascript runs a script file."""
    lines = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "-e"]
    return "\n".join(lines) if lines else None


def osascript_risks(code: str, ctx: ActionContext) -> tuple[list[ActionRisk], list[str]]:
    """Risks read from AppleScript or JXA, and the shell commands it runs (judged by the caller)."""
    commands = [m.group(1).replace('\\"', '"').replace("\\\\", "\\") for m in _SHELL_IN_APPLESCRIPT.finditer(code)]
    commands += [(m.group(1) or m.group(2) or "").replace('\\"', '"').replace("\\'", "'") for m in _SHELL_IN_JXA.finditer(code)]
    risks: list[ActionRisk] = []
    if _PASSWORD_DIALOG.search(code):
        risks.append(ActionRisk(DENY, "secrets", "asks for a password in a dialog of its own (credential phishing)",
                                "act.mac.password_dialog"))
    if re.search(r"administrator\s+privileges|administratorPrivileges\s*:\s*true", code, re.I):
        risks.append(ActionRisk(ESCALATE, "privilege", "runs with administrator privileges", "act.shell.sudo"))
    changes = bool(_OSA_CHANGES.search(code))
    if _OSA_DELETES_HOME.search(code):
        risks.append(ActionRisk(DENY, "destructive", "deletes or moves what the home folder holds", "act.mac.delete_root"))
    for m in _OSA_PATH.finditer(code):
        path = m.group(1)
        if changes and holds_everything(resolve(path, ctx), ctx):
            risks.append(ActionRisk(DENY, "destructive", f"deletes or moves {path}", "act.mac.delete_root"))
        risks.append(assess_path(path, ctx, write=changes))
    if not _OSA_ACTS.search(code):
        risks.append(ActionRisk(ALLOW, "read_only", "AppleScript that only reads or notifies", "act.mac.read_only"))
    else:
        risks.append(ActionRisk(ESCALATE, "code", "runs AppleScript or JavaScript for Automation", "act.mac.osascript"))
    return risks, [c for c in commands if c.strip()]
