"""Script files Windows runs from the workspace: batch files (`cmd.exe /c tools\\setup.bat`), read line by line with
their `set` variables, `if`, `for` and `pushd`; and Windows Script Host and HTML-application scripts (`cscript x.vbs`,
`wscript x.js`, `x.wsf`, `mshta x.hta`), read with the code rules once their string pieces are joined, with the
command lines and file operations they hand to Windows judged as commands. Either kind is denied when any step would
be; neither is shown safe as a whole (cmd's `goto` and `call`, a script's own functions), so at best it goes to a
person."""

from __future__ import annotations

import re
import shlex
from dataclasses import replace
from pathlib import Path, PureWindowsPath
from typing import Protocol

from tools.guarded_pattern import GuardedPattern
from tools.risk_paths import (
    ALLOW,
    DENY,
    ESCALATE,
    ActionContext,
    ActionRisk,
    resolve,
    windows_spelling,
    worst,
)
from tools.risk_runfiles import file_text
from tools.risk_windows import POWERSHELL_ALIASES, cmd_as_posix, cmd_words

BATCH_FILE = re.compile(r"\.(?:bat|cmd)$", re.I)
HOST_SCRIPT = re.compile(r"\.(?:vbs|js|wsf|hta)$", re.I)
_MAX_LINES = 400


class Judge(Protocol):
    written: dict

    def nested(self, command: str, ctx: ActionContext | None = None) -> ActionRisk: ...

    def code(self, code: str, ctx: ActionContext, from_file: bool = False) -> list[ActionRisk]: ...


def script_file_risks(judge: Judge, name: str, args: list[str], ctx: ActionContext) -> list[ActionRisk] | None:
    """`cmd /c FILE.bat …`, `cscript|wscript [//options] FILE …`, `mshta FILE.hta`: the workspace file judged by what
    it holds; None when the call names no such file that can be read."""
    if name == "cmd":
        i = next((i for i, a in enumerate(args) if a.lower() in ("/c", "/k")), None)
        words = cmd_words(" ".join(args[i + 1:])) if i is not None else []
        operands = words[1:] if words and words[0].lower() == "call" else words
        script = operands[0] if operands and BATCH_FILE.search(operands[0]) else None
    else:
        script = next((a for a in args if not a.startswith(("//", "-")) and HOST_SCRIPT.search(a)), None)
    if script is None:
        return None
    path = resolve(script, ctx)
    text = file_text(path, ctx.home)
    if text is None and name != "cmd":  # a batch file this same command wrote is judged as `windows_risks` does
        text = judge.written.get(path)
    if text is None:
        return None
    if name == "cmd":
        verdict = worst(batch_risks(judge, text, path, replace(ctx, cwd=ctx.cwd or ctx.workspace)) or
                        [ActionRisk(ESCALATE, "code", "an empty batch file", "act.win.script")])
    else:
        verdict = worst(host_script_risks(judge, text, replace(ctx, cwd=path.parent), path))
    if verdict.decision == DENY:
        return [ActionRisk(DENY, verdict.category, f"{name} runs {path.name}, which would: {verdict.rationale}",
                           "act.shell.runs_file")]
    if verdict.decision == ALLOW:  # lines read one by one miss what cmd does with them as a whole (goto, call)
        return [ActionRisk(ESCALATE, "code", f"{name} runs {path.name}, whose every step is allowed on its own; a person "
                           "decides", "act.win.script")]
    return [ActionRisk(ESCALATE, "code", f"{name} runs {path.name} ({verdict.rationale})", "act.win.script")]


# Batch files ------------------------------------------------------------------------------------------------------

_CARET = re.compile(r'\^(.)(?=(?:[^"]*"[^"]*")*[^"]*$)')  # cmd drops a caret outside quotes: `S^AM` is `SAM`
_SET = re.compile(r'^set\s+(/a\s+)?"?([^=\s"]+)\s*=(.*?)"?$', re.I)
_IF = re.compile(r'^if\s+(?:/i\s+)?(?:not\s+)?(?:exist\s+(?:"[^"]*"|\S+)|errorlevel\s+\d+|defined\s+\S+|'
                 r'(?:"[^"]*"|\S+)\s*(?:==|\s(?:equ|neq|lss|leq|gtr|geq)\s)\s*(?:"[^"]*"|\S+))\s+(.*)$', re.I)
_FOR = re.compile(r'^for\s+((?:/[a-z]\s+)*)(?:("[^"]*"|[^\s%"]+)\s+)?%%?~?([a-z])\s+in\s*\((.*)\)\s*do\s+(.*)$', re.I)
_CONTROL = {"setlocal", "endlocal", "goto", "exit", "pause", "title", "cls", "chcp", "color", "prompt", ")", "(",
            "else", ") else (", "shift"}


def batch_lines(text: str, path: Path) -> list[tuple[str, str | None]]:
    """The commands a batch file runs, its variables expanded, each with the folder a `pushd`/`cd` before it moved to
    (None: where the batch file was started)."""
    variables: dict[str, str] = {"~DP0": f"{path.parent}/", "~F0": str(path), "0": str(path)}
    folder: str | None = None
    out: list[tuple[str, str | None]] = []
    for raw in text.replace("\r", "").splitlines()[:_MAX_LINES]:
        line = _expand(_CARET.sub(r"\1", raw.strip().lstrip("@").strip()), variables)
        while (m := _IF.match(line)) is not None:
            line = m.group(1).strip()
        line = line.strip().lstrip("(").strip().removesuffix("(").strip()
        first = line.split(maxsplit=1)[0].lower() if line else ""
        if not line or first in ("rem", "::") or line.startswith(":") and not line.startswith("::\\") or \
                first.startswith(("rem.", "echo.", "echo(")) or line.lower() in _CONTROL or first in _CONTROL:
            continue
        if (m := _SET.match(line)) is not None:
            if not m.group(1):
                variables[m.group(2).upper()] = m.group(3)
            continue
        if first in ("pushd", "cd", "chdir") and len(line.split()) > 1:
            target = line.split(maxsplit=1)[1].strip().strip('"').removeprefix("/d ").strip('"')
            folder = windows_spelling(target.replace("\\", "/"))
            continue
        if first == "popd":
            folder = None
            continue
        if (m := _FOR.match(line)) is not None:
            out += [(command, folder) for command in _loop_commands(m)]
            continue
        out.append((line, folder))
    return out


def _expand(line: str, variables: dict[str, str]) -> str:
    line = re.sub(r"%(~[a-z]*0|0)", lambda m: variables.get(m.group(1).upper(), variables["~DP0"]), line, flags=re.I)
    for _ in range(3):  # a variable's value may name another
        expanded = re.sub(r"%(\w+)%|!(\w+)!", lambda m: variables.get((m.group(1) or m.group(2)).upper(), m.group(0)), line)
        if expanded == line:
            break
        line = expanded
    return line


def _loop_commands(m: re.Match) -> list[str]:
    """`for [/r DIR] %%f in (A B) do CMD`: CMD once for each item, the loop variable replaced (with DIR before it);
    for `/f` (lines of a file or of a command's output) the command is judged with the variable as it stands."""
    options, root, variable, items, command = m.group(1).lower(), m.group(2), m.group(3), m.group(4), m.group(5)
    words = [w.strip('"') for w in re.findall(r'"[^"]*"|[^\s,;]+', items)]
    if "/f" in options or not words:
        return [command]
    if root:
        words = [f"{root.strip(chr(34))}\\{w}" for w in words]
    pattern = re.compile(rf"%%?~?[a-z]*{re.escape(variable)}(?![a-z])", re.I)
    return [pattern.sub(lambda _m, w=w: w, command) for w in words]


def batch_risks(judge: Judge, text: str, path: Path, ctx: ActionContext) -> list[ActionRisk]:
    """The batch file judged as the one shell script its lines amount to (so a file one line downloads or writes is
    known when a later line runs it)."""
    if re.search(r"%0\s*\|\s*%0", text) or re.search(r"^\s*:(\w+)\s*$(?:.|\n)*?\bstart\b[^\n]*%~?f?0(?:.|\n)*?\bgoto\s+:?\1\b",
                                                      text, re.I | re.M):
        return [ActionRisk(DENY, "destructive", "a batch file that starts itself endlessly (fork bomb)", "act.win.fork_bomb")]
    script, at = [], None
    for line, folder in batch_lines(text, path):
        if folder != at:
            script.append(shlex.join(["cd", folder or str(ctx.cwd or ctx.workspace)]))
            at = folder
        script.append(cmd_as_posix(line))
    return [judge.nested("\n".join(script), ctx)] if script else []


# Windows Script Host and HTML applications -------------------------------------------------------------------------


class _Syntax:
    """The patterns for one script language's string literals: VBScript (a quote doubled inside quotes stands for one;
    an apostrophe starts a comment) or JScript (double or single quotes, backslash escapes)."""

    def __init__(self, js: bool):
        self.js = js
        literal = (r'"(?:[^"\\\n]|\\.)*"' + "|" + r"'(?:[^'\\\n]|\\.)*'") if js else r'"(?:[^"\n]|"")*"'
        value = rf"({literal}|[A-Za-z_]\w*)"
        self.literal = re.compile(literal)
        self.join = re.compile(rf"({literal})\s*[&+]\s*({literal})")
        self.one_argument = re.compile(rf"(?:\b[A-Za-z_]\w*\.)?\b(StrReverse|ExpandEnvironmentStrings|GetParentFolderName|LCase|UCase|Trim|CStr)"
                                       rf"\s*\(\s*({literal})\s*\)", re.I)
        self.replace = re.compile(rf"\bReplace\s*\(\s*({literal})\s*,\s*({literal})\s*,\s*({literal})\s*\)", re.I)
        self.assigned = re.compile(rf"^[ \t]*(?:(?:Dim|Const|var|let|const)\s+)?([A-Za-z_]\w*)\s*=\s*({literal})\s*;?[ \t]*$",
                                   re.M | re.I)
        self.runs = re.compile(rf"(?:\.(?:Run|Exec|ShellExecute)|(?<![.\w])Shell)\b\s*\(?\s*{value}(?:\s*,\s*{value})?|"
                               rf"\.Create\s*\(?\s*{value}", re.I)
        self.executes = re.compile(rf"\b(?:Execute|ExecuteGlobal|Eval)\b\s*\(?\s*{value}", re.I)
        self.task_action = re.compile(rf"\.(?:Path|TargetPath)\s*=\s*({literal})(?:.|\n)*?\.Arguments\s*=\s*({literal})", re.I)
        self.reg_write = re.compile(rf"\.RegWrite\s*\(?\s*{value}\s*,\s*{value}", re.I)
        self.saved = re.compile(rf"\.SaveToFile\s*\(?\s*{value}|\bURLDownloadToFile\w*\s*\([^,]*,[^,]*,\s*(?:StrPtr\s*\(\s*)?{value}", re.I)
        self.array_join = re.compile(rf"\bJoin\s*\(\s*Array\s*\(((?:\s*{literal}\s*,)*\s*{literal}\s*)\)\s*,\s*({literal})\s*\)|"
                                     rf"\[((?:\s*{literal}\s*,)*\s*{literal}\s*)\]\s*\.join\s*\(\s*({literal})\s*\)", re.I)
        self.array = re.compile(rf"^[ \t]*(?:(?:var|let|const)\s+)?([A-Za-z_]\w*)\s*=\s*(?:Array\s*\(((?:\s*{literal}\s*,)*\s*{literal}\s*)\)|"
                                rf"\[((?:\s*{literal}\s*,)*\s*{literal}\s*)\])\s*;?[ \t]*$", re.M | re.I)
        self.environ = re.compile(rf"\bEnviron\$?\s*\(\s*({literal})\s*\)|"
                                  rf"(?:\b[A-Za-z_]\w*\.)?\bEnvironment\s*\(\s*{literal}\s*\)\s*\(\s*({literal})\s*\)", re.I)
        self.imported = re.compile(rf"\.Import\s*\(?\s*{value}", re.I)
        self.file_call = re.compile(rf"\.({'|'.join(_FILE_CALLS)})\b\s*\(?\s*{value}(?:\s*,\s*{value})?", re.I)

    def outside_literals(self, change, line: str) -> str:
        """`change` applied to the parts of the line outside its string literals."""
        parts, at = [], 0
        for m in self.literal.finditer(line):
            parts += [change(line[at:m.start()]), m.group(0)]
            at = m.end()
        return "".join([*parts, change(line[at:])])

    def text(self, literal: str) -> str:
        if self.js:
            return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)), literal[1:-1])
        return literal[1:-1].replace('""', '"')

    def quoted(self, text: str) -> str:
        if self.js:
            return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        return '"' + text.replace('"', '""') + '"'


# FileSystemObject, ADODB.Stream and Outlook attachment calls, as the POSIX commands they amount to.
_FILE_CALLS = {"deletefolder": "rm -rf", "deletefile": "rm -f", "copyfolder": "cp -r", "copyfile": "cp",
               "movefolder": "mv", "movefile": "mv", "opentextfile": "cat", "loadfromfile": "cat",
               "savetofile": "touch", "createtextfile": "touch", "add": "cat"}
_VB_FILE_STATEMENT = re.compile(r"^([ \t]*)(Kill|RmDir)\b[ \t]*", re.I | re.M)  # VBA's own deletes, as FSO calls
_VB_FILE_CALLS = {"kill": "fso.DeleteFile ", "rmdir": "fso.DeleteFolder "}
_CHR = re.compile(r"\bChrW?\s*\(\s*(\d{1,5})\s*\)", re.I)
_FROM_CHAR_CODE = re.compile(r"String\.fromCharCode\(\s*([\d\s,]+)\)")
_ASSIGNMENT = re.compile(r"^[ \t]*(?:(?:Dim|Const|var|let|const|Set)\s+)?([A-Za-z_]\w*)\s*=(?!=)", re.M | re.I)
_DOWNLOADER = re.compile(r"XMLHTTP|WinHttpRequest|InternetExplorer\.Application|URLDownloadToFile", re.I)
_RUNS_RESPONSE = re.compile(r"\b(?:Execute|ExecuteGlobal|Eval)\b\s*\(?\s*[\w.]*response(?:Text|Body)", re.I)
_REMOTE_SCRIPTLET = re.compile(r"[\"']script:(?:https?|ftp)://", re.I)  # the moniker GetObject loads scriptlets by
_RESPONSE_NAME = re.compile(r"^\s*(?:Set\s+|var\s+)?([A-Za-z_]\w*)\s*=\s*[\w.]*\.response(?:Text|Body)\b", re.I | re.M)
_REMOTE_MACROS = re.compile(r"\b(?:Workbooks|Documents|Presentations|AddIns)\.(?:Open|Add)\s*\(?\s*[\"']https?://[^\"']+"
                            r"\.(?:xlsm|xlam|xls|xla|xlsb|docm|dotm|doc|pptm|ppam)[\"']", re.I)
_SELF_RUN = re.compile(r"\.(?:Run|Exec|ShellExecute)\b[^\n]*\b(?:ScriptFullName|self)\b", re.I)
_LOOP = re.compile(r"^\s*(?:Do|While|For|Loop)\b|\bwhile\s*\(\s*(?:true|1)\s*\)|\bfor\s*\(\s*;;\s*\)", re.I | re.M)
_VB_COMMENT = re.compile(r"""^((?:[^"'\n]|"(?:[^"\n]|"")*")*)'[^\n]*""", re.M)
_CMD_PREFIX = re.compile(r"^\s*(?:%ComSpec%|(?:[\w:\\/. ]*[\\/])?cmd(?:\.exe)?)\s+/[ck]\s+", re.I)  # dropped: the rest is one line
_DECLARATION = re.compile(r"\s*(?:Dim|ReDim|Private|Public|Global)\b", re.I)
_SCRIPT_NAME = re.compile(r"\bWScript\.ScriptFullName\b|\bWScript\.ScriptName\b", re.I)
_MODULE = re.compile(r"\.(?:bas|cls|frm)$", re.I)
_MAX_EXECUTED = 3
# The Windows credential vault read back (its passwords), and copies of the hives that hold password hashes.
_WINDOWS_SECRETS = GuardedPattern(re.compile(r"\bCred(?:Enumerate|Read)[AW]?\b|\bRetrievePassword\s*\(|\bGet-StoredCredential\b|"
                                             r"\bCryptUnprotectData\b|\bProtectedData\]?::Unprotect", re.I))
_SHADOW_COPY = GuardedPattern(re.compile(r"Win32_ShadowCopy|vssadmin\S*\s+create\s+shadow|HarddiskVolumeShadowCopy|GLOBALROOT", re.I))
_HIVE = GuardedPattern(re.compile(r"\bconfig\\?[\"' &+]*\\?(?:SAM|SECURITY|SYSTEM)\b|[\"']\\?(?:SAM|SECURITY)[\"']|\\(?:SAM|SECURITY)\b", re.I))
_IMPORTED_MODULE = re.compile(r"""VBComponents\.Import\b[^\n]*?['"]([^'"\n]+\.(?:bas|cls|frm))['"]""", re.I)
_MODULE_NAME = re.compile(r"""^\s*\$(\w+)\s*=[^\n]*?['"]([^'"\n]+\.(?:bas|cls|frm))['"]""", re.I | re.M)


def powershell_file_risks(judge: Judge, code: str, ctx: ActionContext, from_file: bool) -> list[ActionRisk]:
    """What PowerShell code reaches beyond the code rules: the Windows secrets it reads, the VBA modules it imports
    into Office documents (read and judged as the macros they are) and, in a script file, the paths its file cmdlets
    touch once its string pieces are joined (judged as the POSIX commands they amount to)."""
    risks = []
    if _reads_windows_secrets(code):
        risks.append(ActionRisk(DENY, "secrets", "reads the Windows credential vault or the password hives", "act.win.vault"))
    if from_file:
        whole = "\n".join([*loaded_files(code, ctx), code])  # definitions first, as dot-sourcing runs them
        risks += _powershell_steps(judge, powershell_pieces(whole), ctx)
        if _ALL_DRIVES.search(whole) and _RECURSIVE_DELETE.search(whole) and re.search(r"\.Root\b", whole):
            risks.append(ActionRisk(DENY, "destructive", "deletes what every drive holds", "act.code.delete_root"))
        if _RAW_DISK.search(whole) and _RAW_WRITE.search(whole):
            risks.append(ActionRisk(DENY, "destructive", "writes a raw disk", "act.code.disk"))
    if "VBComponents" not in code:
        return risks
    modules = [m.group(1) for m in _IMPORTED_MODULE.finditer(code)] + [
        m.group(2) for m in _MODULE_NAME.finditer(code)
        if re.search(rf"VBComponents\.Import\b[^\n]*\${re.escape(m.group(1))}\b", code, re.I)]
    for module in modules:
        if (text := _named_file_text(module, ctx)) is not None:
            risks += host_script_risks(judge, text, ctx, None, False, 1)
    return risks


def _reads_windows_secrets(code: str) -> bool:
    return bool(_WINDOWS_SECRETS.search(code) or _SHADOW_COPY.search(code) and _HIVE.search(code))


def _named_file_text(name: str, ctx: ActionContext) -> str | None:
    """The text of a file a script names by a relative path, looked for from the current folder, then the workspace."""
    for base in dict.fromkeys([ctx.cwd or ctx.workspace, ctx.workspace]):
        if (text := file_text(resolve(str(base / name.replace("\\", "/")), ctx), ctx.home)) is not None:
            return text
    return None


def _one_argument(function: str, text: str) -> str:
    function = function.lower()
    if function == "strreverse":
        return text[::-1]
    if function == "getparentfoldername":
        return re.split(r"[\\/](?=[^\\/]*$)", text.rstrip("\\/"))[0]
    return text.lower() if function == "lcase" else text.upper() if function == "ucase" else \
        text.strip() if function == "trim" else text


def joined_pieces(code: str, syntax: _Syntax) -> tuple[str, dict[str, str]]:
    """The script with its string obfuscation undone where the pieces are literals (`Chr(112) & "s"`, `"po" & "wer"`,
    `StrReverse("…")`, `Replace("…", "x", "")`, `String.fromCharCode(…)`, `ExpandEnvironmentStrings("%X%")`, names
    assigned one literal once), and the text of each such name."""
    names: dict[str, str] = {}
    for _ in range(6):
        before = code
        code = _CHR.sub(lambda m: syntax.quoted(chr(int(m.group(1)))) if int(m.group(1)) < 0x110000 else m.group(0), code)
        code = _FROM_CHAR_CODE.sub(lambda m: syntax.quoted("".join(chr(int(n)) for n in m.group(1).split(",") if n.strip())),
                                   code)
        for m in syntax.array.finditer(code):  # a name bound to an array of literals, joined later
            items = m.group(2) or m.group(3)
            code = re.sub(rf"\bJoin\s*\(\s*{re.escape(m.group(1))}\s*,", f"Join(Array({items}),", code, flags=re.I)
            code = re.sub(rf"(?<![\w.]){re.escape(m.group(1))}\s*\.join\s*\(", f"[{items}].join(", code)
        code = syntax.array_join.sub(lambda m: syntax.quoted(syntax.text(m.group(2) or m.group(4)).join(
            syntax.text(x) for x in syntax.literal.findall(m.group(1) or m.group(3)))), code)
        code = syntax.environ.sub(lambda m: syntax.quoted(f"%{syntax.text(m.group(1) or m.group(2))}%"), code)
        code = syntax.one_argument.sub(lambda m: syntax.quoted(_one_argument(m.group(1), syntax.text(m.group(2)))), code)
        code = syntax.replace.sub(lambda m: syntax.quoted(syntax.text(m.group(1)).replace(syntax.text(m.group(2)),
                                                                                          syntax.text(m.group(3)))), code)
        while (joined := syntax.join.sub(lambda m: syntax.quoted(syntax.text(m.group(1)) + syntax.text(m.group(2))),
                                         code)) != code:
            code = joined
        assigned = [m.group(1).lower() for m in _ASSIGNMENT.finditer(code)]
        names = {m.group(1): syntax.text(m.group(2)) for m in syntax.assigned.finditer(code)
                 if assigned.count(m.group(1).lower()) == 1}
        for name, text in names.items():  # each use of the name outside strings, not its assignment or declaration
            use = re.compile(rf"(?<![\w.\"'])({re.escape(name)})\b(?!\s*=(?!=)|\s*\(|\.)", re.I)
            code = "\n".join(line if _DECLARATION.match(line) else syntax.outside_literals(
                lambda part, u=use, t=text: u.sub(lambda _m: syntax.quoted(t), part), line) for line in code.split("\n"))
        if code == before:
            break
    return code, names


def host_script_risks(judge: Judge, text: str, ctx: ActionContext, path: Path | None = None, js: bool | None = None,
                      executed: int = 0) -> list[ActionRisk]:
    """What a script of Windows Script Host (or an HTML application's script, or a VBA module it imports) at `path`
    would do."""
    if js is None:
        js = bool(re.search(r"\b(?:JScript|javascript)\b|\bvar\s+\w+\s*=|ActiveXObject", text, re.I))
    syntax = _Syntax(js)
    self_run = bool(_SELF_RUN.search(text) and _LOOP.search(text))
    if path is not None:
        text = _SCRIPT_NAME.sub(lambda m: syntax.quoted(str(path) if m.group(0).endswith("FullName") else path.name), text)
    if not js:
        text = _VB_FILE_STATEMENT.sub(lambda m: m.group(1) + _VB_FILE_CALLS[m.group(2).lower()], _VB_COMMENT.sub(r"\1", text))
    code, names = joined_pieces(text, syntax)

    def value(token: str | None) -> str | None:
        if token is None:
            return None
        return syntax.text(token) if token[0] in "\"'" else names.get(token)

    risks = [*judge.code(code, ctx)]
    responses = {m.group(1) for m in _RESPONSE_NAME.finditer(code)}
    runs_response = any(value_name in responses for m in syntax.executes.finditer(code) if (value_name := m.group(1)))
    if _DOWNLOADER.search(code) and (_RUNS_RESPONSE.search(code) or runs_response) or _REMOTE_SCRIPTLET.search(code) or (
            _REMOTE_MACROS.search(code) and re.search(r"\.Run\b|AutomationSecurity\s*=\s*1", code, re.I)):
        risks.append(ActionRisk(DENY, "remote_code", "the script runs code it downloads", "act.win.remote_script"))
    if _reads_windows_secrets(code):
        risks.append(ActionRisk(DENY, "secrets", "the script reads the Windows credential vault or the password hives",
                                "act.win.vault"))
    if self_run:
        risks.append(ActionRisk(DENY, "destructive", "the script starts itself over and over (fork bomb)", "act.win.fork_bomb"))
    commands, runs = [], list(syntax.runs.finditer(code))
    for m in runs:
        program, arguments = value(m.group(1) or m.group(3)), value(m.group(2))
        if program:
            shell_execute = m.group(0).lower().startswith(".shellexecute")
            commands.append(_CMD_PREFIX.sub("", f"{program} {arguments}" if arguments and shell_execute else program))
    commands += [f"{syntax.text(m.group(1))} {syntax.text(m.group(2))}" for m in syntax.task_action.finditer(code)]
    risks += [judge.nested(cmd_as_posix(c), ctx) for c in commands]
    lines = code.split("\n")
    run_lines = [lines[code.count("\n", 0, m.start())] for m in runs]
    saved = [value(m.group(1) or m.group(2)) or m.group(1) or m.group(2) for m in syntax.saved.finditer(code)]
    if _DOWNLOADER.search(code) and any(re.search(rf"(?<![\w.]){re.escape(PureWindowsPath(v).name)}(?![\w.])", line)
                                        for v in saved for line in run_lines):
        risks.append(ActionRisk(DENY, "remote_code", "the script runs a file it downloads", "act.win.remote_script"))
    for m in syntax.reg_write.finditer(code):
        key, data = value(m.group(1)), value(m.group(2))
        if key and data is not None:
            folder, _, entry = key.rpartition("\\")
            risks.append(judge.nested(shlex.join(["reg", "add", folder, "/v", entry, "/d", data]), ctx))
    for m in syntax.file_call.finditer(code):
        paths = [v for v in (value(m.group(2)), value(m.group(3))) if v and not v.isdigit()]
        if paths and (m.group(1).lower() != "add" or re.search(r"[\\/]", paths[0])):  # Attachments.Add of a file
            operation = _FILE_CALLS[m.group(1).lower()].split()
            windows = [windows_spelling(p.replace("\\", "/")) for p in paths]
            risks.append(judge.nested(shlex.join([*operation, *windows]), ctx))
    if executed < _MAX_EXECUTED:
        for m in syntax.executes.finditer(code):
            if (executed_text := value(m.group(1))) is not None:
                risks += host_script_risks(judge, executed_text, ctx, path, js, executed + 1)
        for m in syntax.imported.finditer(code):  # a VBA module put into a workbook, whose macros it then runs
            module = value(m.group(1))
            if module and _MODULE.search(module) and (
                    found := file_text(resolve(module, ctx), ctx.home)) is not None:
                risks += host_script_risks(judge, found, ctx, None, False, executed + 1)
    return risks


# PowerShell ---------------------------------------------------------------------------------------------------------

_PS_LITERAL = r"'(?:[^'\n]|'')*'" + "|" + r'"(?:[^"`$\n]|`.|"")*"'
_PS_JOIN = GuardedPattern(re.compile(rf"({_PS_LITERAL})\s*\+\s*({_PS_LITERAL})"))
_PS_CHAR = GuardedPattern(re.compile(r"\[char\]\s*(\d{1,5})", re.I))
# Character codes joined: `-join [char[]](46, 115)`, `[string]::new([char[]](…))`, `([char[]](…)) -join ''`.
_PS_CHAR_ARRAY = GuardedPattern(re.compile(
    r"""-join\s*(?:\(\s*\[char\[\]\]\s*\(\s*([\d\s,]+)\)\s*\)|\[char\[\]\]\s*\(\s*([\d\s,]+)\))|"""
    r"""\[string\]::new\(\s*\[char\[\]\]\s*\(\s*([\d\s,]+)\)\s*\)|"""
    r"""\(\s*\[char\[\]\]\s*\(\s*([\d\s,]+)\)\s*\)\s*-join\s*(['"])\5|"""
    r"""\[char\[\]\]\s*\(\s*([\d\s,]+)\)\s*-join\s*(['"])\7""", re.I))
_PS_LIST_JOIN = GuardedPattern(re.compile(rf"\(\s*((?:{_PS_LITERAL})(?:\s*,\s*(?:{_PS_LITERAL}))*)\s*\)\s*-join\s*({_PS_LITERAL})|"
                                          rf"-join\s*\(\s*((?:{_PS_LITERAL})(?:\s*,\s*(?:{_PS_LITERAL}))*)\s*\)", re.I))
_PS_REVERSED = GuardedPattern(re.compile(rf"\(?[ \t]*({_PS_LITERAL})\s*\[\s*-1\s*\.\.\s*-\d+\s*\]\s*-join\s*({_PS_LITERAL})[ \t]*\)?", re.I))
_PS_JOIN_PATH = GuardedPattern(re.compile(rf"\(?[ \t]*Join-Path[ \t]+(?:-Path[ \t]+)?({_PS_LITERAL})[ \t]+(?:-ChildPath[ \t]+)?({_PS_LITERAL})[ \t]*\)?|"
                                          rf"\[(?:System\.)?IO\.Path\]::Combine\(\s*({_PS_LITERAL})\s*,\s*({_PS_LITERAL})\s*\)", re.I))
_PS_FOLDER = GuardedPattern(re.compile(r"\[(?:System\.)?Environment\]::GetFolderPath\(\s*['\"]?(?:\[[\w.]+\]::)?(\w+)['\"]?\s*\)", re.I))
_PS_FOLDERS = {"userprofile": "%USERPROFILE%", "applicationdata": "%APPDATA%", "localapplicationdata": "%LOCALAPPDATA%",
               "desktop": "%USERPROFILE%\\Desktop", "mydocuments": "%USERPROFILE%\\Documents", "personal": "%USERPROFILE%\\Documents",
               "startup": "%APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs\\Startup"}
_PS_FORMAT = GuardedPattern(re.compile(rf"({_PS_LITERAL})\s*-f\s*((?:{_PS_LITERAL})(?:\s*,\s*(?:{_PS_LITERAL}))*)(?![\w\s,]*[$(])", re.I))
_PS_REPLACE = GuardedPattern(re.compile(rf"({_PS_LITERAL})\s*-c?replace\s*({_PS_LITERAL})\s*,\s*({_PS_LITERAL})", re.I))
# `$s = '…'` then `-join $s[($s.Length - 1)..0]`: the text reversed (the value already stands where $s was)
_PS_INDEX_REVERSED = GuardedPattern(re.compile(rf"-join\s*\(?\s*({_PS_LITERAL})\s*\[\s*\(\s*({_PS_LITERAL})\.Length\s*-\s*1\s*\)\s*\.\.\s*0\s*\][ \t]*\)?", re.I))
_PS_EXPRESSION = GuardedPattern(re.compile(rf"\b(?:iex|Invoke-Expression)\s+(?:-Command\s+)?\(?\s*({_PS_LITERAL})", re.I))
_PS_SPLAT = GuardedPattern(re.compile(r"(?<![\w$])@(\w+)\b(?!\s*[({])"))
_PS_LOADED = GuardedPattern(re.compile(r"""^\s*(?:\.|Import-Module)\s+['"]?([^'"\n;|]+?\.psm?1)['"]?\s*(?:;|$|-)""", re.I | re.M))
_MAX_LOADED = 5
_ALL_DRIVES = GuardedPattern(re.compile(r"\bGet-PSDrive\b|\[(?:System\.)?IO\.DriveInfo\]::GetDrives|\bGet-Volume\b", re.I))
_RECURSIVE_DELETE = GuardedPattern(re.compile(r"\b(?:Remove-Item|ri|rm|del)\b[^\n]*-Recurse", re.I))
_RAW_DISK = GuardedPattern(re.compile(r"\\\\\.\\PhysicalDrive|\\\\\.\\[A-Za-z]:", re.I))
_RAW_WRITE = GuardedPattern(re.compile(r"FileAccess\]::(?:Read)?Write|'(?:Read)?Write'|\bOpenWrite\b|\.Write\s*\(", re.I))
_PS_CALL_NAME = GuardedPattern(re.compile(r"&\s*'([A-Za-z]+-[A-Za-z]+)'"))  # `& 'Remove-Item' …` runs the cmdlet so named
_PS_SEPARATOR = GuardedPattern(re.compile(r"\[(?:System\.)?IO\.Path\]::DirectorySeparatorChar\b", re.I))
_PS_ENV = GuardedPattern(re.compile(r"\$env:(\w+)", re.I))
_PS_ASSIGNED = re.compile(rf"^[ \t]*\$(\w+)\s*=\s*({_PS_LITERAL})[ \t]*;?[ \t]*$", re.M)
_PS_ASSIGNMENT = re.compile(r"^[ \t]*\$(\w+)\s*=(?!=)", re.M)
_PS_PATH = rf"(?:-(?:Literal)?Path\s+)?({_PS_LITERAL})"
# File cmdlets and .NET calls, as the POSIX commands they amount to.
_PS_STEPS = [
    (GuardedPattern(re.compile(rf"\b(?:Get-ChildItem|gci|ls|dir)\s+{_PS_PATH}[^\n|]*\|\s*(?:Remove-Item|ri|rm|del)\b[^\n]*-Recurse", re.I)),
     lambda p: ["rm", "-rf", f"{p}/*"]),
    (GuardedPattern(re.compile(rf"\b(?:Remove-Item|ri|rm|del|rd|rmdir)\s+{_PS_PATH}(?=[^\n]*-Recurse)", re.I)), lambda p: ["rm", "-rf", p]),
    (GuardedPattern(re.compile(rf"\b(?:Remove-Item|ri|rm|del)\s+{_PS_PATH}", re.I)), lambda p: ["rm", "-f", p]),
    (GuardedPattern(re.compile(rf"\b(?:Get-Content|gc|cat|type|Copy-Item|cp|copy|Compress-Archive|Import-Csv)\s+{_PS_PATH}", re.I)),
     lambda p: ["cat", p]),
    (GuardedPattern(re.compile(rf"\[(?:System\.)?IO\.File\]::(?:Read\w*|Copy|OpenRead|Open)\(\s*({_PS_LITERAL})", re.I)), lambda p: ["cat", p]),
    (GuardedPattern(re.compile(rf"\b(?:Set-Content|sc|Add-Content|ac|Out-File|Clear-Content|New-Item)\s+{_PS_PATH}", re.I)), lambda p: ["touch", p]),
    (GuardedPattern(re.compile(rf"\[(?:System\.)?IO\.File\]::(?:Write\w*|Delete|AppendAll\w*|OpenWrite)\(\s*({_PS_LITERAL})", re.I)),
     lambda p: ["touch", p]),
]
_EXCEL4_EXEC = GuardedPattern(re.compile(r"ExecuteExcel4Macro\s*\(\s*['\"]\s*EXEC\s*\(\s*\"+([^\"]+)\"+", re.I))


_PS_DOUBLE_QUOTED = GuardedPattern(re.compile(r'"(?:[^"`\n]|`.|"")*"'))
_PS_CAST = GuardedPattern(re.compile(r"\[(?:string|char)\]\s*(?=['\"])", re.I))


def _in_double_quotes(code: str, change) -> str:
    """`change` applied inside each double-quoted string, where PowerShell expands variables."""
    return _PS_DOUBLE_QUOTED.sub(lambda m: change(m.group(0)), code)


def _ps_text(literal: str) -> str:
    if literal.startswith("'"):
        return literal[1:-1].replace("''", "'")
    return re.sub(r"`(.)", lambda m: {"n": "\n", "t": "\t", "r": "\r", "0": ""}.get(m.group(1), m.group(1)),
                  literal[1:-1]).replace('""', '"')


def _ps_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _ps_joined(code: str) -> str:
    """Literals joined with `+`, as the one literal they make."""
    while (joined := _PS_JOIN.sub(lambda m: _ps_quoted(_ps_text(m.group(1)) + _ps_text(m.group(2))), code)) != code:
        code = joined
    return code


def _ps_characters(code: str) -> str:
    """Character codes joined, as the literal they make."""
    def text(m: re.Match) -> str:
        codes = next(g for g in m.group(1, 2, 3, 4, 6) if g is not None).replace(",", " ").split()
        return _ps_quoted("".join(map(chr, map(int, codes)))) if all(int(c) < 0x110000 for c in codes) else m.group(0)
    return _PS_CHAR_ARRAY.sub(text, code)


def _ps_formatted(code: str) -> str:
    """Format strings filled with literals (`'{1}{0}' -f 'e', 'i'`), as the literal they make."""
    return _PS_FORMAT.sub(lambda m: _ps_quoted(_format(_ps_text(m.group(1)), [_ps_text(x) for x in
                                                                   re.findall(_PS_LITERAL, m.group(2))])), code)


def powershell_pieces(code: str) -> str:
    """PowerShell with its string pieces joined where they are literals: `'a' + 'b'`, `[char]67`, `('a','b') -join ''`,
    `'cba'[-1..-3] -join ''`, `'{0}\\{1}' -f 'a', 'b'`, `'x' -replace 'y', 'z'`, `Join-Path 'a' 'b'`,
    `[Environment]::GetFolderPath('UserProfile')`, `$env:NAME`, and variables assigned one literal once (also inside
    double-quoted strings)."""
    code = _in_double_quotes(code, lambda part: _PS_ENV.sub(lambda m: f"%{m.group(1)}%", part))
    code = _PS_ENV.sub(lambda m: _ps_quoted(f"%{m.group(1)}%"), code)
    code = _PS_SEPARATOR.sub("'\\'", code)
    code = _PS_FOLDER.sub(lambda m: _ps_quoted(_PS_FOLDERS.get(m.group(1).lower(), f"%{m.group(1)}%")), code)
    for _ in range(6):
        before = code
        code = _PS_CAST.sub("", code)
        code = _PS_CHAR.sub(lambda m: _ps_quoted(chr(int(m.group(1)))) if int(m.group(1)) < 0x110000 else m.group(0), code)
        code = _PS_REVERSED.sub(lambda m: _ps_quoted(_ps_text(m.group(2)).join(_ps_text(m.group(1))[::-1])), code)
        code = _PS_LIST_JOIN.sub(lambda m: _ps_quoted((_ps_text(m.group(2)) if m.group(2) else "").join(
            _ps_text(x) for x in re.findall(_PS_LITERAL, m.group(1) or m.group(3)))), code)
        code = _ps_formatted(_ps_characters(_ps_joined(code)))
        code = _PS_REPLACE.sub(lambda m: _ps_quoted(_replaced(*(_ps_text(g) for g in m.group(1, 2, 3)))), code)
        code = _PS_INDEX_REVERSED.sub(lambda m: _ps_quoted(_ps_text(m.group(1))[::-1]) if m.group(1) == m.group(2) else m.group(0),
                                      code)
        code = _PS_CALL_NAME.sub(r"\1", code)
        code = _PS_JOIN_PATH.sub(lambda m: _ps_quoted(_ps_text(m.group(1) or m.group(3)).rstrip("\\/") + "\\"
                                                      + _ps_text(m.group(2) or m.group(4)).lstrip("\\/")), code)
        assigned = [m.group(1).lower() for m in _PS_ASSIGNMENT.finditer(code)]
        names = {m.group(1): _ps_text(m.group(2)) for m in _PS_ASSIGNED.finditer(code) if assigned.count(m.group(1).lower()) == 1}
        for name, text in names.items():
            use = re.compile(rf"\$(?:{{{re.escape(name)}}}|{re.escape(name)}\b)(?!\s*=(?!=))", re.I)
            code = _in_double_quotes(code, lambda part, u=use, t=text: u.sub(lambda _m: t.replace("$", "`$"), part))
            code = use.sub(lambda _m, t=text: _ps_quoted(t), code)
        if code == before:
            break
    return code


def _format(template: str, values: list[str]) -> str:
    return re.sub(r"\{(\d+)(?:[,:][^}]*)?\}", lambda m: values[int(m.group(1))] if int(m.group(1)) < len(values) else m.group(0),
                  template)


def _replaced(text: str, pattern: str, replacement: str) -> str:
    try:
        return re.sub(pattern, replacement.replace("\\", "\\\\").replace("$", "\\"), text, flags=re.I)
    except re.error:
        return text


def _powershell_steps(judge: Judge, code: str, ctx: ActionContext, depth: int = 0) -> list[ActionRisk]:
    if re.search(r"\bRecurse\s*=\s*\$true", code, re.I):  # a splatted hashtable that asks for -Recurse
        code = _PS_SPLAT.sub("-Recurse", code)
    commands = []
    for pattern, command in _PS_STEPS:
        for m in pattern.finditer(code):
            path = windows_spelling(_ps_text(m.group(1)).replace("\\", "/"))
            if path and "$" not in path:
                commands.append(shlex.join(command(path)))
    commands += [cmd_as_posix(_CMD_PREFIX.sub("", m.group(1))) for m in _EXCEL4_EXEC.finditer(code)]
    risks = [judge.nested(c, ctx) for c in dict.fromkeys(commands)]
    if depth < _MAX_EXECUTED:  # text run by Invoke-Expression is PowerShell in turn
        for m in _PS_EXPRESSION.finditer(code):
            risks += _powershell_steps(judge, powershell_pieces(_ps_text(m.group(1))), ctx, depth + 1)
    return [*risks, *judge.code(code, ctx)] if code else risks


def loaded_files(code: str, ctx: ActionContext) -> list[str]:
    """The text of the files a PowerShell script dot-sources or imports (`. "$PSScriptRoot\\..\\lib\\x.ps1"`,
    `Import-Module .\\modules\\y.psm1`), looked for from the workspace and the current folder."""
    texts = []
    for m in _PS_LOADED.finditer(code):
        relative = re.sub(r"^(?:\$PSScriptRoot|\.)?[\\/]?(?:\.\.[\\/])*", "", m.group(1).strip())
        if relative and (text := _named_file_text(relative, ctx)) is not None:
            texts.append(text)
        if len(texts) >= _MAX_LOADED:
            break
    return texts


# AutoHotkey, read through the code rules' words: the home folder it finds, the folders it deletes with all they hold,
# the files it reads and the command lines it runs (`Run, curl … | sh`, `RunWait("…")`).
_AHK_HOME = re.compile(r"""EnvGet\(\s*["'](?:USERPROFILE|HOME)["']\s*\)|%?A_(?:MyDocuments%?\s*"?\\\.\."?|"""
                       r"""AppData%?\s*"?\\\.\.\\\.\."?)""", re.I)
_AHK_ENV_HOME = re.compile(r"^([ \t]*)EnvGet\s*,\s*(\w+)\s*,\s*(?:USERPROFILE|HOME)\b", re.I | re.M)
_AHK_TREE_DELETE = re.compile(r"^([ \t]*)(?:FileRemoveDir\s*,\s*([^,\n]+?)\s*,\s*1\b|DirDelete\(\s*([^,\n]+?)\s*,\s*(?:true|1)\s*\))",
                              re.I | re.M)
_AHK_FILE_READ = re.compile(r"^([ \t]*)FileRead\s*,\s*(\w+)\s*,\s*(.+)$", re.I | re.M)
_AHK_RUN = re.compile(r"""^[ \t]*Run(?:Wait)?(?:\s*,\s*((?:[^,`\n]|`.)+)|\s*\(?\s*"([^"\n]+)"|\s*\(?\s*'([^'\n]+)')""",
                      re.I | re.M)  # v1 `Run, target`; v2 `Run "target"`, `Run('target')`
_AHK_ADJACENT = re.compile(r'"([^"\n]*)"[ \t]+"([^"\n]*)"')
# AutoHotkey v2 `Run` lines built from literals of either quote and built-in variables placed side by side.
_AHK_RUN_LINE = re.compile(r"^([ \t]*Run(?:Wait)?[ \t]+)(.+)$", re.I | re.M)
_AHK_PIECE = re.compile(r"""'([^'\n]*)'|"([^"\n]*)"|\b(A_ComSpec|A_ScriptDir|A_WorkingDir|A_Temp)\b""")
_AHK_BUILT_IN = {"a_comspec": "cmd.exe", "a_scriptdir": ".", "a_workingdir": ".", "a_temp": "%TEMP%"}


def _ahk_run_joined(m: re.Match) -> str:
    """A v2 `Run` target made of pieces side by side, as the one literal they make."""
    target, pieces, pos = m.group(2), [], 0
    for piece in _AHK_PIECE.finditer(target):
        if target[pos:piece.start()].strip():
            break
        pieces.append(piece.group(1) if piece.group(1) is not None else piece.group(2) if piece.group(2) is not None
                      else _AHK_BUILT_IN[piece.group(3).lower()])
        pos = piece.end()
    if len(pieces) < 2:
        return m.group(0)
    rest, joined = target[pos:], "".join(pieces)
    quote = next((q for q in "'\"" if q not in joined), None)
    return m.group(0) if quote is None else f"{m.group(1)}{quote}{joined}{quote}{rest}"


def autohotkey_code(text: str) -> str:
    """AutoHotkey written in the words the code rules read: joined literals as one, the home folder as
    `$env:USERPROFILE`, recursive deletes as `rmtree(…)`, file reads as `open(…)`, and each command line it runs as a
    `system("…")` call."""
    text = _AHK_RUN_LINE.sub(_ahk_run_joined, text)
    while _AHK_ADJACENT.search(text):
        text = _AHK_ADJACENT.sub(r'"\1\2"', text)
    text = _AHK_HOME.sub("$env:USERPROFILE", text)
    text = _AHK_ENV_HOME.sub(r"\1\2 := $env:USERPROFILE", text)
    text = _AHK_TREE_DELETE.sub(lambda m: f"{m.group(1)}rmtree({m.group(2) or m.group(3)})", text)
    text = _AHK_FILE_READ.sub(r"\1\2 := open(\3)", text)
    homes = "|".join(re.findall(r"^[ \t]*(\w+)\s*:=\s*\$env:USERPROFILE\s*$", text, re.M))
    runs = [_CMD_PREFIX.sub("", (m.group(1) or m.group(2) or m.group(3)).replace("`,", ",")).strip()
            for m in _AHK_RUN.finditer(text)]
    runs = [re.sub(rf"%(?:{homes})%", "%USERPROFILE%", r) if homes else r for r in runs]
    calls = [f"system({q}{r}{q})" for r in runs for q in [next((q for q in "\"'`" if q not in r), "")] if q]
    return "\n".join([text, *calls])


# PowerShell's aliases of the cmdlets the code rules read (deletes, reads, writes, downloads, runs) and short delete
# parameters, spelled out at a command's start (`gci ~ -fo | ri -r -fo`); a listing piped into a delete
# (`Get-ChildItem X | Remove-Item -Recurse`) read as the delete of what X holds.
_PS_SPELLED = {alias: name for alias, name in POWERSHELL_ALIASES.items() if name in (
    "Get-ChildItem", "Remove-Item", "Get-Content", "Set-Content", "Add-Content", "Clear-Content", "Copy-Item",
    "Move-Item", "Invoke-WebRequest", "Invoke-RestMethod", "Invoke-Expression", "Start-Process")}
_PS_COMMAND_START = re.compile(r"(^|[|;{(]|&&|\|\|)(\s*)(" + "|".join(map(re.escape, _PS_SPELLED)) + r")(?=\s|$)",
                               re.I | re.M)
_PS_SHORT_FLAGS = {"-r": "-Recurse", "-rec": "-Recurse", "-fo": "-Force", "-fi": "-Filter"}
_PS_LISTING_DELETED = re.compile(r"Get-ChildItem\s+(?:-(?:Literal)?Path\s+)?([^\s(-]\S*)[^|\n]*\|\s*Remove-Item\b([^|\n]*)", re.I)
_PS_PARENTHESIZED_LITERAL = re.compile(r"""(?<![\w)\]])\(\s*('[^'\n]*'|"[^"\n]*")\s*\)""")  # `('.ssh')`, not a call
# An alias the code makes for a command (`Set-Alias -Name kx -Value iex`, `-Value $name`, `-Value (Get-Alias $x).Definition`):
# its uses are that command.
_PS_ALIAS_MADE = re.compile(r"""(?:^|[;{]\s*)(?:Set-Alias|New-Alias|sal|nal)\s+(?:-Name\s+)?['"]?([\w-]+)['"]?\s+(?:-Value\s+)?"""
                            r"""(?:\(\s*Get-Alias\s+(\S+?)\s*\)\.Definition|\(?\s*['"]?(\$?[\w-]+)['"]?\s*\)?)""", re.I | re.M)
# A format string filled with literals and names (`'{0}{1}.docker{1}config.json' -f $HOME, $sep`).
_PS_FORMAT_VALUE = rf"(?:{_PS_LITERAL}|\$[\w:]+(?![\w:\[.(]))"
_PS_NAMED_FORMAT = re.compile(rf"({_PS_LITERAL})\s*-f\s*({_PS_FORMAT_VALUE}(?:\s*,\s*{_PS_FORMAT_VALUE})*)(?=[ \t]*(?:$|[;|)}}]))",
                              re.I | re.M)
_PS_HOME_NAMES = {"$home", "$env:userprofile", "$env:home"}
_PS_SEPARATOR_VALUE = re.compile(r"^[ \t]*\$(\w+)\s*=\s*(?:\[(?:System\.)?IO\.Path\]::DirectorySeparatorChar|'[\\/]')[ \t]*$",
                                 re.I | re.M)
# `Join-Path` of the home folder or a literal and a literal, with or without parentheses around it.
_PS_JOIN_ARGUMENTS = rf"[ \t]+(?:-Path[ \t]+)?(\$HOME|\$env:USERPROFILE|{_PS_LITERAL})[ \t]+(?:-ChildPath[ \t]+)?({_PS_LITERAL})"
_PS_HOME_JOIN = re.compile(rf"\([ \t]*Join-Path{_PS_JOIN_ARGUMENTS}[ \t]*\)|Join-Path{_PS_JOIN_ARGUMENTS}(?=[ \t]*(?:$|[;|)}}]))",
                           re.I | re.M)


def _home_joins(code: str) -> str:
    """`Join-Path` chains from the home folder or a literal, as the literal path they make (the home as `~`)."""
    def joined(m: re.Match) -> str:
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        base = "~" if first.startswith("$") else _ps_text(first).rstrip("\\/")
        return _ps_quoted(base + "/" + _ps_text(second).lstrip("\\/"))

    for _ in range(4):
        before, code = code, _PS_HOME_JOIN.sub(joined, code)
        if code == before:
            break
    return code


def _named_formats(code: str) -> str:
    """Format strings filled with literals, the home folder (`~`), names holding the directory separator (`/`) and
    other names (kept), as the literal they make."""
    separators = {"$" + m.group(1).lower() for m in _PS_SEPARATOR_VALUE.finditer(code)}

    def value(word: str) -> str:
        lowered = word.lower()
        if not word.startswith("$"):
            return _ps_text(word)
        return "~" if lowered in _PS_HOME_NAMES else "/" if lowered in separators else word

    return _PS_NAMED_FORMAT.sub(lambda m: _ps_quoted(_format(_ps_text(m.group(1)), [
        value(w) for w in re.findall(_PS_FORMAT_VALUE, m.group(2))])), code)


def _made_aliases(code: str) -> str:
    """The code with the uses of the aliases it makes written as the commands they stand for."""
    assigned = {m.group(1).lower(): _ps_text(m.group(2)) for m in _PS_ASSIGNED.finditer(code)}

    def value(word: str) -> str:
        return assigned.get(word[1:].lower(), word) if word.startswith("$") else word.strip("'\"")

    for made in _PS_ALIAS_MADE.finditer(code):
        command = value(made.group(3)) if made.group(3) else POWERSHELL_ALIASES.get(value(made.group(2)).lower(), "")
        if command:
            used = re.compile(rf"(^|[|;{{(=]|&&|\|\|)(\s*)(?:{re.escape(made.group(1))})(?=\s|\(|$)", re.I | re.M)
            code = used.sub(lambda m, command=command: m.group(1) + m.group(2) + command, code)
    return code


def powershell_spelled_out(code: str) -> str:
    """PowerShell with text built from character codes and format strings written as the literal it makes, aliases
    (its own and those the code makes), short delete parameters and listing-into-delete pipelines written out in full."""
    code = _PS_PARENTHESIZED_LITERAL.sub(r"\1", _home_joins(_named_formats(_ps_characters(code))))
    code = _made_aliases(_ps_joined(code))
    code = _PS_COMMAND_START.sub(lambda m: m.group(1) + m.group(2) + _PS_SPELLED[m.group(3).lower()], code)
    code = re.sub(r"(?<=\s)-(?:r|rec|fo|fi)(?=\s|$)", lambda m: _PS_SHORT_FLAGS[m.group(0).lower()], code,
                  flags=re.I | re.M)
    return _PS_LISTING_DELETED.sub(lambda m: f"Remove-Item {m.group(1).rstrip('/')}/*{m.group(2)}", code)


# Registry values that Windows runs as command lines: Run and RunOnce keys, cmd's AutoRun, Winlogon's shell and
# userinit, an image's debugger.
_RUN_KEY = re.compile(r"\\(?:Run|RunOnce|RunServices|Command Processor|Winlogon|Image File Execution Options\\[^\]]+)\]$",
                      re.I)
_REG_VALUE = re.compile(r'^\s*(?:"([^"]*)"|@)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$')


def registry_commands(text: str) -> list[str]:
    """The command lines a `.reg` file sets where Windows runs them (each as `cmd.exe /c …`)."""
    commands, runs = [], False
    for line in text.splitlines():
        if line.strip().startswith("["):
            runs = bool(_RUN_KEY.search(line.strip()))
        elif runs and (m := _REG_VALUE.match(line)) and (m.group(1) or "").lower() not in ("codepage", "facename"):
            commands.append("cmd.exe /c " + re.sub(r"\\(.)", r"\1", m.group(2)))
    return commands


# A diskpart script that selects a disk and cleans or formats it.
DISKPART_WIPE = re.compile(r"(?ims)^\s*sel(?:ect)?\s+disk\s+\d+\s*$.*^\s*(?:clean|format)\b")
