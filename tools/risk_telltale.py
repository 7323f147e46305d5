"""What a file's whole text gives away, whatever its language or the tool that runs it.

A forbidden name or command it hides from a reader: built from pieces of text (`"ae" + "gis"`, `["/dev/", "sd", "b"]`,
`set(_d "/etc/sha" "dow")`, `chr(97)`, a format string filled with literals), written as byte values
(`vec![97, 101, …]`, bytes XORed with a key) or decoded from a literal the code also decodes (base64, also by a decoder
of its own; hex, reversed, rot13). Honest code writes such a name whole; code that spells it only in pieces or in an
encoding is hiding what it will do.

Steps no project needs, whichever way they are written: a disk the machine runs from found (`findmnt`, `lsblk`, a glob
over `/dev/sd?`) and written raw, or `mkfs` with a disk's name; a shell joined to a network socket (socat's `exec:`,
`nc -e`, `/dev/tcp`); a download fed to a shell as its input, or run as code from an address the file spells or hides;
the logs of every program's data folder deleted or emptied; AEGIS's own data changed; a secret file named in code that
sends data out; folder trees deleted where the folder named is the one holding the project or above it (also as a
default, a fallback or an unset variable's emptiness); processes started without end."""

from __future__ import annotations

import base64
import codecs
import re
import zlib

from tools.guarded_pattern import GuardedPattern
from tools.risk_code import ruby_word_lists_quoted

_FORK_BOMB = r"(?P<bomb>\w+|:)\(\)\s*\{\s*(?P=bomb)\s*\|\s*(?P=bomb)\s*&"
# Names no honest code spells in pieces: secret files, AEGIS's own data, a shell over a socket, raw disks.
_NEVER_IN_PIECES = re.compile(
    r"\.ssh\b|id_(?:rsa|ed25519|ecdsa)|\.aws\b|aws/cred|\.kube\b|kube/?config|npmrc|pypirc|docker/?config|shadow|\.gnupg|"
    r"\.netrc|git-credentials|\.docker\b(?!ignore|file)|aegis|audit\.log|/dev/(?:tcp|udp)\b|/dev/(?:sd[a-z]|nvme\d|vd[a-z]|mmcblk\d|disk\d)", re.I)
# What a file hides: those names, and commands that format disks, delete trees, run downloads or start shells.
_FORBIDDEN = re.compile(
    _NEVER_IN_PIECES.pattern + r"|mkfs|rm\s+-[rf]+|\|\s*(?:ba)?sh\b|(?:ba)?sh\s+-i\b|/bin/(?:ba)?sh\b|\bbash\b|\bcurl\b|\bwget\b|"
    r"\bssh\b|\bdd\b|" + _FORK_BOMB, re.I)
_FORBIDDEN_AT_ANY_START = re.compile(f"(?=({_FORBIDDEN.pattern}))", re.I)  # overlapping: `.aws` and `aws/cred`
_SPACED_FORK_BOMB = re.compile(f"(?=({_FORK_BOMB}))")
_LITERAL = re.compile(r"""(['"])((?:(?!\1)[^\\\n])*)\1""")
_SINGLE_QUOTED = re.compile(r"'([^'\\\n]{3,})'")
_DOUBLE_QUOTED = re.compile(r'"([^"\\\n]{3,})"')
# What may stand between the pieces of one text: joining punctuation and the names of joining calls.
_JOINING = re.compile(r"(?:[\s,+~.\[\](){}|&<>]|\b(?:concat|join|implode|JOIN|str|String|from|to_string|into)\b)*")
_MAX_JOINING = 40
# Code that decodes text, by the encoding it undoes.
_DECODERS = {
    "base64": GuardedPattern(re.compile(
        r"b64decode|base64_decode|decode64|\batob\(|unpack1?\(\s*['\"]m0?['\"]|FromBase64String|Base64\.\w*decode|"
        r"base64\s+(?:-d|--decode)|getDecoder\(\)|base64::decode|BASE64_STANDARD\.decode|DecodeString|"
        r"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),  # a decoder's own alphabet
    "hex": GuardedPattern(re.compile(r"fromhex|unhexlify|hex2bin|pack\(\s*['\"]H|from_str_radix\([^)]*16|xxd\s+-r|"
                                     r"hex::decode|DecodeString")),
    "reversed": GuardedPattern(re.compile(r"strrev|\.reverse\b|\[::-1\]|\|\s*reverse\b|\brev\b|\.rev\(\)|reversed\(")),
    "rot13": GuardedPattern(re.compile(r"rot_?13|tr\s+['\"]?A-Za-z['\"]?\s+['\"]?N-ZA-Mn-za-m")),
}


def hidden_text(code: str) -> str | None:
    """What the code hides, as a phrase for a rationale (`aegis in pieces ("ae", "gis")`), or None. Code held in a
    double-quoted literal (a CMake string, an Ansible template) is read for its own single-quoted pieces too."""
    return _pieced(code) or _decoded(code) or _from_byte_values(code) or next(
        (found for m in _DOUBLE_QUOTED.finditer(code) if m.group(1).count("'") > 3 and (found := _pieced(m.group(1)))), None)


# Code that opens, changes or sends files itself, rather than handing text to a function under test.
_TOUCHES_FILES = re.compile(r"""\bopen\(|read_text|read_bytes|write_text|write_bytes|urlopen|requests\.|socket|fopen|File\.(?:read|open|write)|"""
                            r"""unlink|rmtree|remove\(|copyfile|ReadFile|WriteFile|readFileSync|writeFileSync|http\.NewRequest""")


# Code that hands text to a shell or starts a program itself: narrower than the code reader's test for running commands
# (`import os`, a backtick), which a guard's test that only passes strings to the guard may well have.
_STARTS_PROGRAMS = re.compile(r"\bos\.(?:system|popen|exec\w*)\(|\bsubprocess\.|\bshell_exec\(|\bpassthru\(|\bsystem\(|"
                            r"\bProcess\.spawn\b|\bexec\.Command\(|\bCommand::new\(|child_process|\bexecSync\(")


def hidden_and_used(code: str) -> str | None:
    """What a test's code hides, where it goes on to use it: the name of a secret file, AEGIS's own data, a raw disk or
    a network socket in code that opens, changes or sends files itself, or any forbidden name or command in code that
    runs commands itself. A test's cases may hand such text in pieces to a guard under test; a test that uses what it
    spelled in pieces is hiding what it does."""
    found = hidden_text(code)
    if not found:
        return None
    return found if _STARTS_PROGRAMS.search(code) or _NEVER_IN_PIECES.match(found) and _TOUCHES_FILES.search(code) else None


# One character written as its code (`chr(97)`, MATLAB's `char(97)`, `String.fromCharCode(97)`, `(char) 97`, `97.chr`).
_CHARACTER_CODE = re.compile(r"\b(?:chr|char|String\.fromCharCode)\(\s*(\d{2,3})\s*\)|\(char\)\s*(\d{2,3})\b|\b(\d{2,3})\.chr\b")


# Characters given as a list of their codes (`"".join(map(chr, (115, 100, 98)))`): one piece of text.
_CODES_MAPPED = re.compile(r"""(?:['"]{2}\.join\(\s*)?map\(\s*chr\s*,\s*[\[(]\s*((?:\d{2,3}\s*,\s*)+\d{2,3})\s*,?\s*[\])]\s*\)\)?""")


def _codes_quoted(m: re.Match) -> str:
    text = "".join(chr(int(code)) for code in re.findall(r"\d+", m.group(1)))
    return f"'{text}'" if text.isprintable() and "'" not in text else m.group(0)


# A format string filled only with literals (`format!("{} -fsSL {} | {}", "curl", URL, "bash")`, PHP's `sprintf`,
# Python's `"{}".format(…)`): its parts and the values put in are pieces of one text.
_ARGUMENTS = r"""((?:\s*,\s*(?:"[^"\\\n]*"|'[^'\\\n]*'))+)\s*,?\s*\)"""
_FORMAT_CALL = re.compile(r"""(?:\b(?:format|print|println|eprintln|write|writeln)!\(\s*(?:\w+\s*,\s*)?|\bsprintf\(\s*)"""
                          r"""(["'])((?:(?!\1)[^\\\n]|\\.)*)\1""" + _ARGUMENTS)
_FORMAT_METHOD = re.compile(r"""(["'])((?:(?!\1)[^\\\n])*)\1\.format\(\s*((?:"[^"\\\n]*"|'[^'\\\n]*')"""
                            r"""(?:\s*,\s*(?:"[^"\\\n]*"|'[^'\\\n]*'))*)\s*,?\s*\)""")


def _format_as_pieces(template: str, arguments: str) -> str:
    values = [m.group(2) for m in _LITERAL.finditer(arguments)]
    parts = re.split(r"\{[^{}]*\}|%s", re.sub(r"\\.", " ", template))  # an escape (`\n`) as a space
    if len(parts) != len(values) + 1:
        return ""
    pieces = [piece for pair in zip(parts, [*values, ""], strict=True) for piece in pair if piece]
    return " + ".join(f"'{p}'" if '"' in p else f'"{p}"' for p in pieces if not ("'" in p and '"' in p))


def _formats_filled(code: str) -> str:
    code = _FORMAT_CALL.sub(lambda m: _format_as_pieces(m.group(2), m.group(3)) or m.group(0), code)
    return _FORMAT_METHOD.sub(lambda m: _format_as_pieces(m.group(2), m.group(3)) or m.group(0), code)


def _character_quoted(m: re.Match) -> str:
    character = chr(int(next(code for code in m.groups() if code)))
    return f"'{character}'" if character.isalnum() or character in "/._-" else m.group(0)


def _pieced(code: str) -> str | None:
    code = _CODES_MAPPED.sub(_codes_quoted, _CHARACTER_CODE.sub(_character_quoted, ruby_word_lists_quoted(code)))
    code = _formats_filled(code)
    run: list[re.Match] = []
    for m in [*_LITERAL.finditer(code), None]:
        between = code[run[-1].end():m.start()] if run and m else None
        if between is not None and len(between) < _MAX_JOINING and _JOINING.fullmatch(between):
            run.append(m)
            continue
        if len(run) > 1 and (found := _formed_by_joining([piece.group(2) for piece in run])):
            return found
        run = [m] if m else []
    return None


def _formed_by_joining(pieces: list[str]) -> str | None:
    for joined, forbidden in (("".join(pieces), _FORBIDDEN_AT_ANY_START), ("/".join(pieces), _FORBIDDEN_AT_ANY_START),
                              (pieces[0] + "/" + "".join(pieces[1:]), _FORBIDDEN_AT_ANY_START),  # a folder, a name in pieces
                              (" ".join(pieces), _SPACED_FORK_BOMB)):  # words of a command line are pieces only of this
        for m in forbidden.finditer(joined):
            if m.group(1) and not any(m.group(1).lower() in piece.lower() for piece in pieces):
                listed = ", ".join(f'"{p}"' for p in pieces[:6])
                return f"{m.group(1).strip()} in pieces ({listed})"
    return None


def _decoded(code: str) -> str | None:
    encodings = [name for name, decoder in _DECODERS.items() if decoder.search(code)]
    if not encodings:
        return None
    for m in (*_SINGLE_QUOTED.finditer(code), *_DOUBLE_QUOTED.finditer(code)):
        literal = m.group(1)
        if _FORBIDDEN.search(literal):
            continue
        for name in encodings:
            for text in _undone(name, literal):
                for then, twice in [(None, text), *((other, t) for other in encodings if other != name
                                                    for t in _undone(other, text))]:
                    if found := _FORBIDDEN.search(twice):
                        how = name if then is None else f"{name}, then {then}"
                        return f"{found.group(0).strip()} ({how} of \"{literal[:40]}\")"
    return None


# Text written as the values of its bytes (`vec![97, 101, 103, 105, 115]`, `[0x28, 0x37, …]`), read where the code
# turns numbers into characters; bytes XORed with a key (`b ^ K`, `^ 0x5a`) are read with each key the code names.
_BYTE_VALUES = re.compile(r"(?:(?:0x[0-9a-fA-F]{1,2}|\d{1,3})(?:\s*,\s*|[ \t]+)){3,}(?:0x[0-9a-fA-F]{1,2}|\d{1,3})")
_TO_CHARACTERS = re.compile(r"from_utf8|fromCharCode|\bchr\b|\bbytes\(|bytearray\(|pack\(\s*['\"][Cc]|"
                            r"\bstring\(|as\s+char\b|\(char\)|\.decode\(|&:chr|\bchar\(")
_XOR_KEY = re.compile(r"\^\s*(?:(0x[0-9a-fA-F]{1,2}|\d{1,3})\b|([A-Za-z_]\w*))")


def _from_byte_values(code: str) -> str | None:
    if not _TO_CHARACTERS.search(code):
        return None
    keys = {0}
    for m in _XOR_KEY.finditer(code):
        if m.group(1):
            keys.add(int(m.group(1), 0))
        elif named := re.search(rf"\b{m.group(2)}\b[^=\n]*=\s*(0x[0-9a-fA-F]{{1,2}}|\d{{1,3}})\b", code):
            keys.add(int(named.group(1), 0))
    for m in _BYTE_VALUES.finditer(code):
        values = [int(v, 0) for v in re.findall(r"0x[0-9a-fA-F]+|\d+", m.group(0))]
        if max(values) > 0xFF:
            continue
        for key in sorted(keys):
            text = "".join(chr(v ^ key) for v in values)
            if text.isprintable() and (found := _FORBIDDEN.search(text)):
                how = "byte values" if key == 0 else f"byte values XORed with {key:#x}"
                return f"{found.group(0).strip()} ({how})"
    return None


def _inflated(raw: bytes) -> str | None:
    """Bytes a deflate stream (raw, zlib or gzip: PHP's `gzinflate`, Python's `zlib.decompress`) packs, as text."""
    for window in (-15, 15, 31):
        try:
            return zlib.decompress(raw, window).decode("latin-1")
        except zlib.error:
            continue
    return None


def _undone(encoding: str, text: str) -> list[str]:
    """The text the encoding hides in this literal, if it is printable."""
    decoded = None
    if encoding == "base64" and re.fullmatch(r"[A-Za-z0-9+/]{4,}={0,2}", text.strip()):
        try:
            raw = base64.b64decode(text.strip() + "=" * (-len(text.strip()) % 4))
        except ValueError:
            return []
        decoded = _inflated(raw) or raw.decode("latin-1")
    elif encoding == "hex" and re.fullmatch(r"(?:[0-9a-fA-F]{2}){2,}", hexed := re.sub(r"\s", "", text)):
        decoded = bytes.fromhex(hexed).decode("latin-1")
    elif encoding == "reversed":
        decoded = text[::-1]
    elif encoding == "rot13":
        decoded = codecs.decode(text, "rot13")
    return [decoded] if decoded and decoded.isprintable() else []


_DISK_WRITE = re.compile(r"\bdd\b[^\n]*\bof=|\bmkfs\b|\bwipefs\b|sgdisk\s+-(?:Z|-zap)|\bshred\b|\bblkdiscard\b")
_DISK_FOUND = re.compile(r"findmnt|lsblk|/proc/(?:mounts|partitions)|\bblkid\b|\bdf\s+(?:-\w+\s+)*/(?:\s|$|['\"])|"
                         r"/dev/\{|/sys/block|['\"]/dev/(?:sd|nvme|vd|mmcblk|disk)\w*[*?\[]")  # a glob over the disks


_NAMED_DISK = re.compile(r"""['"/]dev/(?:sd[a-z]|nvme\d|vd[a-z]|mmcblk\d)""")
# socat giving a program to a network peer: `socat exec:'bash -li',pty tcp:host:port`.
_SOCAT_SHELL = re.compile(r"socat\b[^\n]*\b(?:exec|system):", re.I)
# A shell joined to a network socket: `bash -i >& /dev/tcp/…`, `… 0>&1`, `nc -e /bin/sh`, `nc … -c /bin/sh`, a named pipe
# read by `nc`, `exec 5<>/dev/tcp/…`.
_SOCKET_SHELL = re.compile(r"""(?:ba)?sh\s+-i\b[^\n]*?/dev/(?:tcp|udp)/|/dev/(?:tcp|udp)/[^\n]*0>&1|\bn(?:c|cat|etcat)\b[^\n]*\s-e\s|"""
                           r"""\bnc(?:at)?\b[^\n]*\s-c\s+['"]?/bin/(?:ba)?sh|mkfifo[^\n]*\bnc\b|exec\s+\d+<>/dev/tcp/""")


# A download fed to a shell as its input (Go's `cmd.Stdin = resp.Body` for `/bin/sh`, Python's `input=` to `bash`).
_SHELL_PROGRAM = re.compile(r"""["'](?:/usr)?(?:/bin/)?(?:ba|z|da)?sh["']""")
_DOWNLOADS = re.compile(r"""http\.Get\(|urlopen\(|requests\.get\(|Net::HTTP|URI\.open|\bfetch\(|curl_exec|reqwest::|ureq::get|"""
                        r"""["'](?:curl|wget)["']|"""
                        r"""file_get_contents\(\s*['"]https?|Invoke-WebRequest|axios\.get|https?\.get\(|HttpClient""")
_FEEDS_INPUT = re.compile(r"""\.Stdin\s*=|\bstdin\s*[:=]|\binput\s*=|\.stdin\.write|\.stdin\(\s*Stdio::from|stdin_data|<<<""")


# …or run as code: fetched from an address the file spells out or hides (`eval(file_get_contents(str_rot13(…)))`).
_RUNS_AS_CODE = re.compile(r"""\beval\s*\(|\bexec\s*\(\s*(?:urlopen|requests|r\.|resp|code|src|body)|instance_eval""")
_FETCHES = re.compile(r"""file_get_contents\(|curl_exec\(|URI\.open\(|Net::HTTP\.get\(|urlopen\(|requests\.get\(""")
_ADDRESS = re.compile(r"""https?://|str_rot13|base64_decode|strrev|hex2bin|b64decode|unpack1?\(\s*['"]m""")


def pipes_download_to_shell(text: str) -> bool:
    return bool(_SHELL_PROGRAM.search(text) and _DOWNLOADS.search(text) and _FEEDS_INPUT.search(text)) or all(
        found.search(text) for found in (_RUNS_AS_CODE, _FETCHES, _ADDRESS))


# Every program's data folder walked for logs to delete or empty (AEGIS's audit log among them): the folder named whole
# (`~/.local/share`, `XDG_DATA_HOME`), not one program's folder in it.
_DATA_HOME_ITSELF = re.compile(r"""\.local['"]?\s*(?:/|,|\+)\s*['"]?share['"]?\s*\)|\.local/share['"]?\s*\)|XDG_DATA_HOME""")
_WALKS = re.compile(r"""listdir|iterdir|\.list\(|\bglob|\bwalk|Dir\[|readdir|\bfind\b|scandir|Dir\.each|each_child|Get-ChildItem""")
_LOGS = re.compile(r"""\.log\b|audit""")
_ERASES = re.compile(r"""unlink|remove|delete|write_text\(\s*['"]{2}|open\([^)]*['"]w['"]|truncate|rm_f|\brm\b|"""
                     r"""File\.write\([^)]*['"]{2}""", re.I)


def erases_every_log(text: str) -> bool:
    return all(found.search(text) for found in (_DATA_HOME_ITSELF, _WALKS, _LOGS, _ERASES))


# AEGIS's own data (its audit log, policy, memory) named in code that writes, deletes or links files.
_AEGIS_DATA = re.compile(r"""aegis['"]?\s*(?:/|,|\+|\)\s*/|\)\.join\(|\.join\()\s*['"]?(?:audit|policy|memory|checkpoint|state)|"""
                         r"""(?<!\\\.local/)share/aegis\b|['"]aegis['"]""", re.I)  # a pattern's `\.local/share/aegis` names nothing
_CHANGES_FILES = re.compile(r"""unlink|remove|delete|write|truncate|rm_f|\brm\b|symlink|ln\s+-s|>>|chmod|open\(""", re.I)


def changes_aegis_data(text: str) -> bool:
    return bool(_AEGIS_DATA.search(text) and _CHANGES_FILES.search(text))


# A secret file named whole in code that also sends data out (an HTTP POST, an upload, scp, nc to a port).
_SECRET_FILE = re.compile(r"""\.ssh/id_|\.ssh['"]|\.aws/credentials|\.kube/config|\.docker/config\.json|\.npmrc|\.pypirc|\.netrc|"""
                          r"""/etc/shadow|\.git-credentials|credentials\.tfrc|\.upmconfig|[/\\]\s*['"]?Cookies['"]""")
# A key named as the identity a connection logs in with (`scp -i ~/.ssh/id_deploy`, `key_filename=`) is used, not sent.
_IDENTITY_GIVEN = re.compile(r"""(?:-i|IdentityFile|key_filename\s*=|keyfile\s*=|private_key_file\s*[:=]|ssh_key\w*\s*[:=])\s*"""
                             r"""['"]?[~\w${}/.-]*\.ssh/id_[\w.-]*""")
_SENDS = re.compile(r"""requests\.post|urlopen\([^)]*data|\bcurl\b[^\n]*(?:-d\b|--data|-F\b|-T\b|--upload-file)|"""
                    r"""method:\s*['"]POST|Net::HTTP\.post|http\.Post|UploadFile|UploadString|Invoke-RestMethod[^\n]*Post|"""
                    r"""\bnc\s+[\w.-]+\s+\d+|\bscp\b|post_form|\.post\(|HTTP::post|wp_remote_post|CURLOPT_POSTFIELDS|POST\(|"""
                    r"""gethostbyname\(|dns_get_record\(|getaddrinfo\(|LookupHost\(|\bnslookup\b""", re.I)


def sends_a_secret(text: str) -> bool:
    return bool(_SECRET_FILE.search(_IDENTITY_GIVEN.sub("", text)) and _SENDS.search(text))


def writes_machine_disk(text: str) -> bool:
    """Whether the text finds the machine's disk and writes it raw, or formats a disk it names."""
    return bool(_DISK_WRITE.search(text) and _DISK_FOUND.search(text) or "mkfs" in text and _NAMED_DISK.search(text))


def serves_a_shell(text: str) -> bool:
    return bool(_SOCAT_SHELL.search(text) or _SOCKET_SHELL.search(text))


_DELETES_TREES = re.compile(r"rmtree|remove_dir_all|rm_rf|rm_r\b|FileUtils\.rm|deleteDirectory|cleanDirectory|->remove\(|"
                            r"REMOVE_RECURSE|\brm\s+-[a-zA-Z]*[rR]|:rm,\s*['\"]-[a-zA-Z]*[rR]|-E\s+(?:rm|remove_directory)\b|RemoveAll|rimraf|rmSync|"
                            r"state:\s*absent|\b(?:rm|remove)\([^)]*\brecursive:\s*true|['\"]rm['\"]\s*,\s*['\"]-[a-zA-Z]*[rR]|"
                            r"RecursiveIteratorIterator::CHILD_FIRST", re.I)
# The project's own folder by name (PHP's `base_path()`, Rails' root, CMake's source folder, the working folder a tool
# starts in), then the path text after it.
_PROJECT_ROOT = (r"(?:base_path\(\s*\)|\bgetcwd\(\s*\)|process\.cwd\(\)|Dir\.pwd\b|Path\.cwd\(\)|Rails\.root|"
                 r"getParameter\(\s*['\"]kernel\.project_dir['\"]\s*\)|\$\{(?:CMAKE_SOURCE_DIR|PROJECT_SOURCE_DIR)\})")
_BELOW_ROOT = re.compile(_PROJECT_ROOT + r"""\s*(?:\.\s*)?['"]?(/[\w./-]*)""")
_BUILD_FOLDER = re.compile(r"""\$\{(?:CMAKE_BINARY_DIR|PROJECT_BINARY_DIR)\}(/[\w./-]*)""")  # the project's build/
# The folder holding the project, named from the project's own folder; the root folder.
_ROOT_PARENT = re.compile(r"""base_path\(\s*['"]\.\.['"]\s*\)|dirname\(\s*""" + _PROJECT_ROOT + r"""\s*\)|"""
                          r"""os\.path\.(?:abspath|realpath)\(\s*(?:os\.sep|['"]/['"])\s*\)|"""  # the root itself
                          r"""File\.expand_path\(\s*(?:ENV\.fetch\(\s*['"]\w+['"]\s*,\s*)?['"]\.\.(?:/\.\.)*/?['"]\s*\)?\s*,\s*"""
                          r"""(?:Rails\.root|Dir\.pwd|Dir\.getwd)\s*\)|Pathname\.(?:new\(\s*(?:Dir\.pwd|Dir\.getwd)\s*\)|pwd)\.parent\b|"""
                          r"""Rails\.root\.(?:parent\b|join\(\s*['"]\.\.['"]\s*[,)])|"""
                          r"""(?:File\.join|path\.join|path\.resolve|os\.path\.join)\(\s*""" + _PROJECT_ROOT +  # joined with ".."
                          r"""\s*,\s*['"]\.\.['"]|""" + _PROJECT_ROOT + r"""(?:\.parent\b|\s*/\s*['"]\.\.['"]|"""
                          r"""\s*\.\s*(?:str_repeat\(\s*)?['"]/\.\.(?:/\.\.)*['"])""")
# Folders climbed from the file's own (`dirname(__DIR__, 2)`, `File.expand_path("../..", __dir__)`,
# `Path(__file__).resolve().parents[2]`) or from a Rust crate's (`Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2)`).
_FROM_OWN_FOLDER = re.compile(r"""dirname\(\s*__DIR__\s*,\s*(\d)|File\.expand_path\(\s*['"]((?:\.\./?)+)['"]\s*,\s*__dir__\s*\)|"""
                              r"""Path\(\s*__file__\s*\)(?:\.resolve\(\))?\.parents\[(\d)\]|"""
                              r"""CARGO_MANIFEST_DIR"[^;]*;?[^;]*?\.ancestors\(\)\.nth\(\s*(\d)\s*\)""")
_MANY_UP = re.compile(r"""\[\s*['"]\.\.['"]\s*\]\s*\*\s*(?:[6-9]|\d\d)""")  # `*[".."] * 12`: up to the root whatever the start


# The home folder or the root as a setting's default (`fetch(:cache_dir, "~")`, `os.environ.get("SCRATCH", "~")`,
# `ENV.fetch("SCRATCH", File::SEPARATOR)`).
_HOME_BY_DEFAULT = re.compile(r"""(?:\bfetch\(\s*:\w+|ENV\.fetch\(\s*['"]\w+['"]|environ\.get\(\s*['"]\w+['"]|"""
                              r"""getenv\(\s*['"]\w+['"])\s*,\s*(?:['"]~/?['"]|File::SEPARATOR|DIRECTORY_SEPARATOR|os\.sep)\s*\)""")
# The home folder or the root as what a value falls back to (`scope || env("HOME")`, `?? os.homedir()`, `or "/"`).
_HOME_OR_ROOT_FALLBACK = re.compile(
    r"""(?:\|\||\?\?|\bor\b|\?:)\s*(?:['"]/['"]|(?:Deno\.)?env(?:\.get)?\(\s*['"]HOME['"]\s*\)|process\.env\.HOME\b|"""
    r"""os\.homedir\(\)|Path\.home\(\)|os\.environ\[\s*['"]HOME['"]\s*\]|Dir\.home\b|['"]~/?['"]|"""
    r"""(?:os\.path\.)?expanduser\(\s*['"]~/?['"]\s*\)|getenv\(\s*['"]HOME['"]\s*\))""")
# The home folder joined with a part that is empty or empty by default (`File.join(Dir.home, "")`,
# `{{ lookup('env', 'HOME') }}/{{ sub | default('') }}`, `env_var("HOME") / env_var_or_default("SUB", "")`).
_HOME_AND_EMPTY = re.compile(
    r"""(?:Dir\.home|File\.expand_path\(\s*['"]~['"]\s*\)|os\.homedir\(\)|Path\.home\(\)|expanduser\(\s*['"]~['"]\s*\)|"""
    r"""lookup\(\s*['"](?:ansible\.builtin\.)?env['"]\s*,\s*['"]HOME['"]\s*\)\s*\}\}|env_var\(\s*"HOME"\s*\)|home_directory\(\)|"""
    r"""getenv\(\s*['"]HOME['"]\s*\)|ENV\[\s*['"]HOME['"]\s*\]|ENV\.fetch\(\s*['"]HOME['"]\s*\)|\$HOME\b|\$\{HOME\}|"""
    r"""os\.environ\[\s*['"]HOME['"]\s*\])\s*\)?\s*(?:,|\+|\.|/|~)\s*['"]?/?['"]?\s*(?:\.|\+|~|/)?\s*"""
    r"""(?:['"]{2}|\{\{\s*[\w.]+\s*\|\s*default\(\s*(['"])\1\s*\)\s*\}\}|env_var_or_default\(\s*"\w+"\s*,\s*""\s*\)|"""
    r"""ENV\.fetch\(\s*['"]\w+['"]\s*,\s*(['"])\2\s*\)|environ\.get\(\s*['"]\w+['"]\s*,\s*(['"])\3\s*\)|"""
    r"""getenv\(\s*['"]\w+['"]\s*\)\s*\?:\s*(['"])\4)""")


# The home folder joined with a variable the file never sets (`$(HOME)/$(CACHE_SUB)`, `$ENV{HOME}/${SITL_SUBDIR}`):
# unset, it is empty, and what is deleted is the home folder.
_HOME_AND_VARIABLE = re.compile(r"""(?:\$ENV\{HOME\}|\$HOME\b|\$\{HOME\}|\$\(HOME\))/\$[{(](\w+)[})]["'\s)]""")


def _home_and_unset(text: str) -> bool:
    return any(not re.search(rf"(?:\b{name}\s*[:?]?=|set\(\s*{name}\b|export\s+{name}=|{name}:)", text)
               for name in (m.group(1) for m in _HOME_AND_VARIABLE.finditer(text)))


def deletes_above_project(text: str, path: str) -> bool:
    """Whether the file deletes folder trees and names a folder at or above the one holding the project (the home
    folder among them)."""
    if not _DELETES_TREES.search(text):
        return False
    if any(named.search(text) for named in (_ROOT_PARENT, _MANY_UP, _HOME_AND_EMPTY, _HOME_BY_DEFAULT,
                                            _HOME_OR_ROOT_FALLBACK)) or _home_and_unset(text):
        return True
    below = [m.group(1) for m in _BELOW_ROOT.finditer(text)] + ["build" + m.group(1) for m in _BUILD_FOLDER.finditer(text)]
    if any(_escapes("project/" + rest) for rest in below):
        return True
    folder = "project/" + path.rsplit("/", 1)[0] if "/" in path else "project"
    for m in _FROM_OWN_FOLDER.finditer(text):
        if m.group(1) or m.group(3):  # dirname(__DIR__, n) and parents[n] go up n folders
            up = int(m.group(1) or m.group(3))
        elif m.group(2):
            up = m.group(2).count("..")
        else:  # the crate's folder is the first of the path; nth(0) is that folder itself
            folder, up = "project/" + path.split("/", 1)[0], int(m.group(4))
        if _escapes(folder + "/.." * up):
            return True
    return False


def _escapes(relative: str) -> bool:
    """Whether a path under the project folder, written from the folder holding it, leaves the project."""
    depth = 0
    for part in relative.split("/"):
        depth += -1 if part == ".." else 0 if part in ("", ".") else 1
        if depth < 1:
            return True
    return False


# A process made again and again with nothing to stop it: a fork or the program started anew, near a loop with no end
# and no wait for the child.
_MAKES_PROCESS = re.compile(r"\bfork\b|pcntl_fork|current_exe\(\)|\bos\.execv|sys\.argv\[0\]|process\.execPath|"
                            r"\bProcess\.spawn\(\s*\$0")
_ENDLESS_LOOP = re.compile(r"\bloop\s*(?:do\b|\{)|\bwhile\s*\(?\s*(?:true|1|True)\s*\)?\s*(?:do\b|\{|:)|"
                           r"\bfor\s*\(\s*;\s*;\s*\)|Float::INFINITY|PHP_INT_MAX|\bINFINITY\b|math\.inf\b|"
                           r"itertools\.count\(|\buntil\s+false\b")
_WAITS = re.compile(r"\bwait|\.join\(|\.status\(\)|\.output\(\)")
_NEAR = 300


# The program started anew with a variable set that should stop its copies from starting more, where the variable
# checked is not the one set (`PFCP_SHARD_ID=` given, `Getenv("PFCP_SHARD")` checked): each copy starts copies again.
_STARTS_ITSELF = re.compile(r"""os\.Args\[0\]|os\.Executable\(\)|sys\.argv\[0\]|current_exe\(\)|process\.execPath|"""
                            r"""\$0\b|\$PROGRAM_NAME|sys\.executable\s*,\s*__file__""")
_VARIABLE_CHECKED = re.compile(r"""(?:Getenv|LookupEnv|environ\.get|getenv|env::var(?:_os)?|ENV\.fetch|ENV\[|process\.env\[?)"""
                               r"""\(?\s*['"]?([A-Z][A-Z0-9_]{2,})""")
_VARIABLE_GIVEN = re.compile(r"""['"]([A-Z][A-Z0-9_]{2,})=|['"]([A-Z][A-Z0-9_]{2,})['"]\s*[:,]|\.env\(\s*['"]([A-Z][A-Z0-9_]{2,})""")


def forks_without_end(text: str) -> bool:
    for m in _ENDLESS_LOOP.finditer(text):
        around = text[max(0, m.start() - _NEAR):m.end() + _NEAR]
        if _MAKES_PROCESS.search(around) and not _WAITS.search(around):
            return True
    if not _STARTS_ITSELF.search(text):
        return False
    checked = {m.group(1) for m in _VARIABLE_CHECKED.finditer(text)}
    given = {name for m in _VARIABLE_GIVEN.finditer(text) for name in m.groups() if name}
    return bool(checked and given and not checked & given)
