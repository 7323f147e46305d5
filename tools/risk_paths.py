"""Path rules shared by every action check: where a path really points (`~`, `~name`, `$HOME`, `..`, the
directory a command `cd`-ed to, globs), and what touching it means (secrets, AEGIS's own files, the
workspace, the home directory, the system)."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path

from tools.guarded_pattern import GuardedPattern

ALLOW, ESCALATE, DENY = "ALLOW", "ESCALATE", "DENY"
_RANK = {ALLOW: 0, ESCALATE: 1, DENY: 2}


@dataclass(frozen=True)
class ActionContext:
    workspace: Path
    home: Path
    aegis_home: Path
    # Inside one shell command: the directory a `cd` moved to, and what `~` means after `HOME=...`.
    cwd: Path | None = None
    tilde: Path | None = None


@dataclass(frozen=True)
class ActionRisk:
    decision: str
    category: str
    rationale: str
    rule_id: str


def worst(risks: list[ActionRisk]) -> ActionRisk:
    return max(risks, key=lambda r: _RANK[r.decision])


# Secret folders and files, wherever they sit (any user's home, /root, a copy in a project).
SECRET_PATHS = (".ssh", ".aws", ".gnupg", ".kube", ".docker/config.json", ".netrc",
                ".config/gcloud", ".azure", ".password-store", ".git-credentials",
                "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", ".config/gh/hosts.yml", ".local/share/keyrings",
                "Login Data", "logins.json", "key4.db", "Local State",  # browsers' saved passwords and their key
                "gcloud/application_default_credentials.json", "gcloud/credentials.db", "gcloud/access_tokens.db",
                "FileZilla/sitemanager.xml", "FileZilla/recentservers.xml", "Microsoft/Credentials", "Microsoft/Protect",
                "WinSCP.ini", "GitHub CLI/hosts.yml", "_netrc",
                "serviceaccount/token", "git/credentials", "Library/Keychains", "Default/Cookies", "Network/Cookies", "Cookies.binarycookies", "cookies.sqlite",
                "keystore.properties", "key.properties", "WifiConfigStore.xml", "system-connections", "credentials-config.json")
# Token files that are secret in a home directory (a project's own `.npmrc` usually holds no token).
HOME_SECRETS = (".m2/settings.xml", ".config/composer/auth.json", ".composer/auth.json", ".bundle/config", ".npmrc", ".pypirc", ".yarnrc.yml", ".cargo/credentials", ".cargo/credentials.toml", ".gem/credentials",
                ".terraform.d/credentials.tfrc.json", ".config/hub", ".m2/settings-security.xml", ".pgpass", ".my.cnf",
                ".vault-token", ".boto", ".s3cfg", ".config/rclone/rclone.conf",
                ".android/adbkey", ".cache/huggingface/token", ".huggingface/token", ".kaggle/kaggle.json",
                ".mlflow/credentials", ".fastlane/spaceship", ".databrickscfg",
                ".config/ngrok/ngrok.yml", ".ngrok2/ngrok.yml", ".cassandra/cqlshrc", ".config/configstore/firebase-tools.json",
                ".mylogin.cnf", ".clasprc.json", ".sbt/.credentials", ".ivy2/.credentials",
                ".pub-cache/credentials.json", ".config/dart/pub-credentials.json", ".wrangler/config/default.toml",
                ".config/.wrangler/config/default.toml")
SYSTEM_SECRETS = ("/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/ssh/ssh_host_", "/mnt/c/Windows/System32/config/SAM",
                  "/mnt/c/Windows/System32/config/SECURITY", "/mnt/c/Windows/System32/config/SYSTEM",
                  "/etc/master.passwd", "/etc/wpa_supplicant/", "/var/db/dslocal/nodes/Default/users", "/var/run/secrets/", "/run/secrets/")
SYSTEM_DIRS = ("/", "/etc", "/usr", "/bin", "/sbin", "/lib", "/lib64", "/boot", "/var", "/opt", "/home",
               "/root", "/sys", "/proc", "/dev", "/System", "/Library", "/Applications", "/private", "/Users", "/Volumes")
RAW_DISK_DEVICE = r"(?:/dev/(?:__SUB\d+__|sd[a-z]|nvme\d|hd[a-z]|vd[a-z]|xvd[a-z]|mmcblk\d|r?disk\d|md\d|disk/by-[a-z]+/|block/)|(?i:(?://|\\{1,2})\.[/\\]PhysicalDrive\d))"
RAW_DISK = re.compile("^" + RAW_DISK_DEVICE)
SCRATCH_OUTPUTS = ("/dev/null", "/dev/stdout", "/dev/stderr")
# Other people's homes (and a Windows home seen from WSL): reading them is reading personal files.
OTHER_HOMES = (Path("/home/*"), Path("/root"), Path("/mnt/*/Users/*"), Path("/Users/*"))
# The user's own browser profiles (where their logged-in cookies live), on Linux and macOS (and, in text, Windows).
BROWSER_PROFILE_FOLDERS = (".config/google-chrome", ".config/chromium", ".config/BraveSoftware", ".config/microsoft-edge",
                           ".mozilla/firefox", "Library/Application Support/Google/Chrome",
                           "Library/Application Support/Chromium", "Library/Application Support/BraveSoftware",
                           "Library/Application Support/Microsoft Edge", "Library/Application Support/Firefox")
REAL_BROWSER_PROFILE = re.compile("|".join(map(re.escape, BROWSER_PROFILE_FOLDERS)) +
                                  r"|AppData[/\\]+Local[/\\]+(?:Google[/\\]+Chrome|Microsoft[/\\]+Edge)[/\\]+User Data")
_GLOB = re.compile(r"[*?\[]")
# A last path component that stands for everything in its folder (`*`, `.*`, `.[!.]*`, `*.*`).
_EVERYTHING = re.compile(r"[.*?\[\]!^]*[*?][.*?\[\]!^]*")
_TILDE = re.compile(r"~([A-Za-z0-9_.-]*)(?=/|$)")
_PATHISH = re.compile(r"(?:~[\w.-]*|\$\{?HOME\}?|\.{0,2})/[^\s'\"|;&<>()`]*|/[^\s'\"|;&<>()`]+")
_REGEX_NOT_PATH = {"/.*", "/.*/", "/.+", "/.+/"}  # `s/.*"(.*)"/…/`: a regular expression, not root's hidden files


@lru_cache(maxsize=8192)
def norm(path: Path) -> Path:
    return Path(os.path.normpath(path))


def fold(path: Path | str) -> Path:
    """A path as a case-insensitive, normalising file system (macOS, Windows) compares it: there `~/.SSH/ID_RSA`, and
    `~/.\u212aube` with a Kelvin sign, name the same files as `~/.ssh/id_rsa` and `~/.kube`."""
    return _folded(str(path))


@lru_cache(maxsize=4096)
def _folded(text: str) -> Path:
    return Path(text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold())


# Windows spellings of paths, as WSL sees them: the Linux side through \\wsl$ or \\wsl.localhost, drives under /mnt,
# the user's folders through environment variables (any Windows user: `*`).
_WSL_SHARE = re.compile(r"^//wsl(?:\$|\.localhost)/[^/]+", re.I)
_DRIVE = re.compile(r"^([A-Za-z]):(?=/|$)")
_WINDOWS_FOLDERS = {"USERPROFILE": "/mnt/c/Users/*", "HOMEPATH": "/Users/*", "APPDATA": "/mnt/c/Users/*/AppData/Roaming",
                    "LOCALAPPDATA": "/mnt/c/Users/*/AppData/Local", "TEMP": "/mnt/c/Users/*/AppData/Local/Temp",
                    "TMP": "/mnt/c/Users/*/AppData/Local/Temp", "PUBLIC": "/mnt/c/Users/Public", "SYSTEMDRIVE": "/mnt/c",
                    "HOMEDRIVE": "/mnt/c", "SYSTEMROOT": "/mnt/c/Windows", "WINDIR": "/mnt/c/Windows",
                    "PROGRAMDATA": "/mnt/c/ProgramData", "ONEDRIVE": "/mnt/c/Users/*/OneDrive"}
_WINDOWS_VARIABLE = re.compile(r"%(\w+)%|\$\{?env:(\w+)\}?", re.I)


_PROC_SELF = re.compile(r"^/proc/(?:self|thread-self|\d+)/(root|cwd)(?=/|$)")
# macOS spellings of the same folders: the data volume, the boot volume's mount point, /private's real folders.
_MAC_ROOT = re.compile(r"^(?:/System/Volumes/Data|/Volumes/Macintosh HD)(?=/|$)")
_MAC_PRIVATE = re.compile(r"^/private(?=/(?:etc|var|tmp)(?:/|$))")


def windows_spelling(path: str) -> str:
    """`C:/Users/x`, `%APPDATA%/y`, `$env:USERPROFILE/z` and `//wsl$/Ubuntu/home/...` as the WSL paths they name."""
    if "%" not in path and "env:" not in path.lower() and ":" not in path[1:3] and not path.startswith("//"):
        return path
    path = _WINDOWS_VARIABLE.sub(lambda m: _WINDOWS_FOLDERS.get((m.group(1) or m.group(2)).upper(), m.group(0)), path)
    path = _WSL_SHARE.sub("", path)
    if path.startswith("/Users/") and "HOMEDRIVE" not in path:  # %HOMEDRIVE%%HOMEPATH% became /mnt/c/Users/*
        path = "/mnt/c" + path
    return _DRIVE.sub(lambda m: f"/mnt/{m.group(1).lower()}", path)


@lru_cache(maxsize=8192)  # pure; one call resolves the same words many times
def resolve(path: str, ctx: ActionContext) -> Path:
    """The absolute path a shell would reach: `~` and `~name`, `$HOME`, relative to the current directory; a
    `file://` URL is its path."""
    home = ctx.tilde or ctx.home
    expanded = path.replace("${HOME}", str(home)).replace("$HOME", str(home)).lstrip("@").removeprefix("file://")
    expanded = windows_spelling(expanded.replace("\\", "/"))  # Windows separators: judged as the path they name
    tilde = _TILDE.match(expanded)
    if tilde:
        user = tilde.group(1)
        base = home if not user else Path("/root") if user == "root" else ctx.home.parent / user
        expanded = str(base) + expanded[tilde.end():]
    if expanded.startswith(("/System/", "/Volumes/", "/private/")):
        expanded = _MAC_PRIVATE.sub("", _MAC_ROOT.sub("", expanded) or "/")
    proc = _PROC_SELF.match(expanded)
    if proc:  # /proc/self/root is /, /proc/self/cwd the current directory
        expanded = ("" if proc.group(1) == "root" else str(ctx.cwd or ctx.workspace)) + expanded[proc.end():] or "/"
    expanded = expanded if not expanded.startswith("//") else "/" + expanded.lstrip("/")
    if not expanded.startswith("/"):
        expanded = os.path.join(ctx.cwd or ctx.workspace, expanded)
    return Path(os.path.normpath(expanded))  # one Path made, not three: this runs for every word of a command


@lru_cache(maxsize=4096)
def base_name(word: str) -> str:
    """The last component of a word read as a path (`/usr/bin/rm` -> `rm`), as `Path(word).name` gives it."""
    return Path(word).name


def inside(path: Path, root: Path) -> bool:
    """Whether `path` is `root` or under it; a globbed component matches what it could expand to."""
    root_parts, parts = norm(root).parts, path.parts
    return len(parts) >= len(root_parts) and all(_part_matches(r, p) for r, p in zip(root_parts, parts, strict=False))


def _part_matches(name: str, pattern: str) -> bool:
    if not _GLOB.search(pattern):
        return name == pattern
    if name.startswith(".") and not pattern.startswith("."):
        return False  # the shell's `*` and `?` never match a leading dot
    return fnmatchcase(name, pattern)


def _under_pattern(path: Path, pattern: Path) -> bool:
    """Whether `path` lies in a folder that the glob `pattern` names (`/home/*` holds `/home/bob/notes.txt`)."""
    return len(path.parts) > len(pattern.parts) and all(
        fnmatchcase(q, r) for r, q in zip(pattern.parts, path.parts, strict=False))


def everything_in(path: Path) -> Path:
    """The folder whose whole content a glob like `dir/*` names; the path itself otherwise."""
    return path.parent if _EVERYTHING.fullmatch(path.name) else path


@lru_cache(maxsize=16384)
def _names_secret(name: str, pattern: str) -> bool:
    """A bare wildcard (`*`, `**`) or a bare extension (`*.json`) names every such file, not a secret one: a glob must
    spell part of the name's stem (`id_*`, `~/.ss?`)."""
    return _part_matches(name, pattern) and not re.fullmatch(r"[*?]+(?:\.[\w-]+)?", pattern)


# PuTTY keys, key bundles, keychains, Java and Android keystores, App Store Connect API keys
_PRIVATE_KEY_SUFFIXES = (".ppk", ".p12", ".pfx", ".keychain", ".keychain-db", ".jks", ".keystore", ".p8")
_SECRET_PARTS = tuple(fold(secret).parts for secret in SECRET_PATHS)
_SECRET_NAMES = frozenset(parts[0] for parts in _SECRET_PARTS)
_SECRETS_BY_FIRST = {first: [n for n in _SECRET_PARTS if n[0] == first] for first in _SECRET_NAMES}
_HOME_SECRET_PARTS = tuple(fold(secret).parts for secret in HOME_SECRETS)
_HOME_SECRET_FIRST = frozenset(parts[0] for parts in _HOME_SECRET_PARTS)
_FOLDED_SYSTEM_SECRETS = tuple(str(fold(secret)) + ("/" if secret.endswith("/") else "") for secret in SYSTEM_SECRETS)
_SYSTEM_SECRET_PARTS = tuple(Path(secret).parts for secret in _FOLDED_SYSTEM_SECRETS)
_FOLDED_SYSTEM_DIRS = frozenset(str(fold(d)) for d in SYSTEM_DIRS)


def _has_run(parts: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether `names` occur as consecutive components of `parts` (globbed components may spell them)."""
    return any(all(_names_secret(n, q) for n, q in zip(names, parts[start:], strict=False))
               for start in range(len(parts) - len(names) + 1))


@lru_cache(maxsize=8192)
def is_secret(p: Path, home: Path | None = None) -> bool:
    p = fold(p)
    parts = p.parts
    if p.suffix in _PRIVATE_KEY_SUFFIXES:
        return True
    if len(parts) > 5 and parts[1] == "mnt" and parts[3] == "users":  # a Windows home seen from WSL
        home = Path(*parts[:5])
    if home is not None:
        home_parts = fold(norm(home)).parts
        first = parts[len(home_parts):len(home_parts) + 1]
        if parts[:len(home_parts)] == home_parts and first and (first[0] in _HOME_SECRET_FIRST or _GLOB.search(first[0])) \
                and any(_has_run(parts[len(home_parts):len(home_parts) + len(names)], names) for names in _HOME_SECRET_PARTS):
            return True
    globbed = [q for q in parts if _GLOB.search(q)]
    firsts = _SECRET_NAMES.intersection(parts)
    if globbed:  # only the secrets whose first name a globbed component can match
        firsts |= {f for f in _SECRET_NAMES if any(_names_secret(f, q) for q in globbed)}
    candidates = [n for first in firsts for n in _SECRETS_BY_FIRST[first]]
    if any(_has_run(parts, names) for names in candidates):
        return True
    text = str(p)
    if text.startswith("/proc/") and text.endswith("/environ"):  # a process's environment: its tokens and keys
        return True
    return any(text.startswith(s) for s in _FOLDED_SYSTEM_SECRETS) or bool(globbed) and any(
        len(names) == len(parts) and all(_names_secret(n, q) for n, q in zip(names, parts, strict=True))
        for names in _SYSTEM_SECRET_PARTS)


_BROAD_FOLDERS = frozenset({".config", ".local", ".cache"})
# Browser and mail profiles: their cookies, saved passwords and keys sit inside (`logins.json`, `Cookies`, `key4.db`).
_PROFILE_FOLDERS = tuple(fold(f).parts for f in (*BROWSER_PROFILE_FOLDERS, ".mozilla", ".thunderbird", "Library/Cookies",
                                                 "snap/firefox/common/.mozilla"))
_PROFILE = re.compile(r".*\.default.*|default|profile \d+")  # one profile inside them (`x.default-release`, `Default`)


def holds_home_secret(p: Path, home: Path) -> bool:
    """A folder of the home directory that is there to keep credentials: `~/.android` (its `adbkey`), `~/.kaggle`, a
    browser's profile; packing or copying it whole carries them along."""
    home_parts, parts = fold(norm(home)).parts, fold(p).parts
    if len(parts) <= len(home_parts) or parts[:len(home_parts)] != home_parts:
        return False
    rel = parts[len(home_parts):]
    return any(f[:len(rel)] == rel or len(rel) == len(f) + 1 and rel[:len(f)] == f and _PROFILE.match(rel[-1])
               for f in _PROFILE_FOLDERS) or rel[0] not in _BROAD_FOLDERS and any(
        len(s) > len(rel) and s[:len(rel)] == rel for s in _HOME_SECRET_PARTS)


def is_protected(p: Path, ctx: ActionContext) -> bool:
    """AEGIS's own data: the audit log, the safety policy and model, its settings and state."""
    return inside(fold(p), fold(ctx.aegis_home))


_WINDOWS_EVERYTHING = re.compile(r"/mnt/[a-z*?](?:/(?:Users(?:/[^/]+)?|Windows|Program Files(?: \(x86\))?|ProgramData))?/?",
                                 re.I)


def holds_everything(p: Path, ctx: ActionContext) -> bool:
    """A folder whose loss destroys the system, the home directory or AEGIS's own data (or WSL's disk image, which
    holds the whole Linux side)."""
    text = str(p)
    if p.name.lower() == "ext4.vhdx":
        return True
    globbed = any(_GLOB.search(part) for part in p.parts)
    folded = fold(p)
    return (str(folded) in _FOLDED_SYSTEM_DIRS or _WINDOWS_EVERYTHING.fullmatch(text) is not None
            or inside(fold(norm(ctx.home)), folded) or inside(fold(norm(ctx.aegis_home)), folded)
            or (globbed and any(inside(Path(d), p) for d in SYSTEM_DIRS[1:])))


def holds_personal(p: Path, ctx: ActionContext) -> bool:
    """A home directory (this user's, another's, a Windows one) or a folder inside one."""
    return inside(p, ctx.home) or any(_under_pattern(p, home) or fnmatchcase(str(p), str(home)) for home in OTHER_HOMES)


def secret_risk(p: Path) -> ActionRisk:
    return ActionRisk(DENY, "secrets", f"{p} holds secrets that AEGIS never touches", "act.path.secrets")


_GIT_CONTROL = re.compile(r"/\.git/(hooks/|config$)")


def assess_path(path: str, ctx: ActionContext, *, write: bool) -> ActionRisk:
    """Risk of touching one path (read or write), also where it really leads when symbolic links on this machine
    point elsewhere (a link in the workspace to a secret or to AEGIS's files)."""
    if "\x00" in path:
        return ActionRisk(ESCALATE, "malformed", "the path holds a NUL byte, which no file name can", "act.path.malformed")
    p = resolve(path, ctx)
    real = os.path.realpath(p)
    lexical = _assess_resolved(p, ctx, write)
    if real == str(p):
        return lexical
    real_ctx = ActionContext(Path(os.path.realpath(ctx.workspace)), Path(os.path.realpath(ctx.home)),
                             Path(os.path.realpath(ctx.aegis_home)))
    return worst([lexical, _assess_resolved(Path(real), real_ctx, write)])


def _assess_resolved(p: Path, ctx: ActionContext, write: bool) -> ActionRisk:
    if is_secret(p, ctx.home):
        return secret_risk(p)
    if write and is_protected(p, ctx):
        return ActionRisk(DENY, "tamper", "AEGIS's audit log, safety policy and own data are immutable", "act.path.aegis")
    if write and RAW_DISK.match(str(p)):
        return ActionRisk(DENY, "destructive", f"writes the raw disk {p}", "act.path.raw_disk")
    if write and inside(p, ctx.workspace) and _GIT_CONTROL.search(str(p)):
        return ActionRisk(ESCALATE, "vcs", "changes the commands git runs (its hooks or config)", "act.path.git_control")
    if inside(p, ctx.workspace):
        return ActionRisk(ALLOW, "workspace", f"{'writes' if write else 'reads'} inside the workspace", "act.path.workspace")
    if write:
        if str(p) in SCRATCH_OUTPUTS:
            return ActionRisk(ALLOW, "scratch", f"writes to {p}", "act.path.scratch")
        return ActionRisk(ESCALATE, "outside_workspace", f"writes outside the workspace: {p}", "act.path.write_outside")
    if holds_personal(p, ctx):
        return ActionRisk(ESCALATE, "personal_files", f"reads personal files outside the workspace: {p}", "act.path.read_home")
    return ActionRisk(ALLOW, "system_read", f"reads a system file: {p}", "act.path.read_system")


_KEY_MATERIAL = GuardedPattern(re.compile(  # private keys, cloud secret keys, kube configs with credentials, live tokens
    r"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----|(?i:aws_secret_access_key)[\"']?\s*[:=]\s*[\"']?[A-Za-z0-9/+]{20,}|"
    r"(?i:aws_secret_access_key)\s+[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])|\bgh[opsur]_[A-Za-z0-9]{30,}\b|"
    r"(?s:clusters:.*?users:.*?\b(?:token|client-key-data|password):)[ \t]*\S{8,}|"
    r"\bAKIA[0-9A-Z]{12,20}\b.{0,80}?(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])|"
    r"\bgithub_pat_[A-Za-z0-9_]{40,}|\bxox[abpr]-[A-Za-z0-9-]{20,}|\bsk-[A-Za-z0-9]{40,}|\beyJhbGciOi[A-Za-z0-9_=-]{8,}|"
    r"\bnpm_[A-Za-z0-9]{28,}\b|\bpypi-AgE[A-Za-z0-9_-]{20,}|\bglpat-[A-Za-z0-9_-]{20}\b|\b[sr]k_live_[0-9A-Za-z]{20,}|"
    r"\bAIza[0-9A-Za-z_-]{35}\b|\bhf_[A-Za-z0-9]{30,}\b|\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|\bsk-ant-api\d\d-[A-Za-z0-9_-]{20,}"))


def carries_key(text: str) -> bool:
    """A private key or a live-looking access token pasted into a text."""
    return bool(_KEY_MATERIAL.search(text))


# `storePassword=Rk7#vQ2m`, `DB_PASSWORD: s3cr3t!`, `postgresql://admin:Pr0d-S3cret!@host`: a password with its value.
_PASSWORD_VALUE = re.compile(
    r"(?i)\b\w*pass(?:word|wd)\b[\"']?\s*[=:]\s*[\"']?([^\s\"',;&]{6,})|\b[a-z][a-z0-9+.-]*://[^\s:/@]+:([^\s/@]{4,})@")
# Values that stand for a password without being one: masks, variables, templates, sample words (`changeme`, `<pw>`).
_SAMPLE_VALUE = re.compile(r"(?i)^(?:[*x.]+|<.*|\$.*|\{.*|%.*|.*(?:change_?me|example|your|placeholder|password|secret|dummy|redacted).*)$")


def reveals_password(text: str) -> bool:
    """A text (a search, a message) that spells out a password: one with a digit or sign beside its letters."""
    for m in _PASSWORD_VALUE.finditer(text):
        value = m.group(1) or m.group(2)
        if not _SAMPLE_VALUE.match(value) and re.search(r"[A-Za-z]", value) and re.search(r"[\d\W_]", value):
            return True
    return False


# Cloud instance metadata endpoints that hand out the machine's credentials (AWS, ECS, GCP, Azure, Alibaba).
_CLOUD_CREDENTIALS_URL = re.compile(
    r"169\.254\.169\.254/(?:latest/meta-data/iam/security-credentials|latest/meta-data/identity-credentials|"
    r"latest/api/token|metadata/identity/oauth2/token)|169\.254\.170\.2/v2/credentials|"
    r"metadata(?:\.google\.internal)?/computeMetadata/v1/instance/service-accounts/[^/\s]+/(?:token|identity)|"
    r"100\.100\.100\.200/latest/meta-data/ram/security-credentials", re.I)


def mentions(text: str, ctx: ActionContext) -> list[ActionRisk]:
    """Secret files named anywhere in a text (also inside quoted code), and private keys pasted into it, are never
    read or sent."""
    risks = [secret_risk(p) for p in (resolve(m.group(0), ctx) for m in _PATHISH.finditer(text)
                                      if m.group(0) not in _REGEX_NOT_PATH) if is_secret(p, ctx.home)]
    if carries_key(text):
        risks.append(ActionRisk(DENY, "secrets", "the text carries a private key or secret access key", "act.text.key"))
    if _CLOUD_CREDENTIALS_URL.search(text):
        risks.append(ActionRisk(DENY, "secrets", "asks a cloud metadata service for credentials", "act.text.cloud_metadata"))
    return risks
