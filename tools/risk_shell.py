"""Shell commands, tokenised the way a shell would: quotes, `$VAR` and `${VAR:-x}`/`${VAR%x}` (with word splitting
and `IFS`), brace expansion, `NAME=value` and `export`, `for`, `cd`, `;`/`&&`/`|`, redirections, here-documents and
here-strings. Commands hidden inside `bash -c`, `eval`, `$(...)`, a pipe into a shell or `at`, `xargs`, `find -exec`,
other tools' options (awk, sed, tar, git -c, ssh, rsync, watch, systemd-run), a container, inline interpreter code,
a file the same command wrote or downloaded, or planted in an alias, a crontab or a shell start-up file are judged
too; a command whose name is hidden (a substitution, an empty variable, a glob like `/bin/r?`) is judged as the worst
command its arguments fit."""

from __future__ import annotations

import base64
import binascii
import itertools
import re
import shlex
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path

from tools.guarded_pattern import GuardedPattern
from tools.risk_cloud import (
    CLOUD_PROGRAMS,
    cloud_read_risk,
    cloud_reads_only,
    execs_in_container,
    prints_cloud_secret,
    remote_command,
    terraform_outputs,
    workload_secret_risks,
)
from tools.risk_code import UNPICKLES, code_risks, held_commands
from tools.risk_databases import DATABASE_CLIENTS, orm_code, reads_credentials, store_risks
from tools.risk_devices import adb_shell_command, device_queries_only, device_risks
from tools.risk_documents import (
    MAX_DOCUMENTS,
    Chunk,
    Execution,
    document_chunks,
    document_filters,
    document_includes,
    executed_documents,
    ipython_chunks,
    jupytext_chunks,
    notebook_chunks,
    quarto_project_commands,
)
from tools.risk_elixir import without_unused_private
from tools.risk_macos import (
    copy_as_cp,
    defaults_job,
    files_run_later,
    launchctl_submitted,
    looks_like_plist,
    macos_command_risks,
    osascript_code,
    osascript_risks,
    plist_commands,
    plistbuddy_values,
    used_not_read,
    xcrun_tool,
)
from tools.risk_matlab import matlab_as_python
from tools.risk_paths import (
    ALLOW,
    DENY,
    ESCALATE,
    RAW_DISK,
    ActionContext,
    ActionRisk,
    assess_path,
    base_name,
    everything_in,
    holds_everything,
    holds_home_secret,
    holds_personal,
    inside,
    is_protected,
    is_secret,
    mentions,
    resolve,
    secret_risk,
    worst,
)
from tools.risk_pscode import powershell_data_work
from tools.risk_pycode import python_data_work
from tools.risk_rcode import r_data_work
from tools.risk_rforbidden import r_forbidden_steps
from tools.risk_runfiles import (
    family,
    file_text,
    imported_files,
    module_file,
    on_host,
    runs_later,
    script_operand,
    shebang_runner,
    shell_script,
    split_words,
    task_files,
    without_notes,
)
from tools.risk_serving import http_server_risks, serving_risks, ssh_forwards_login
from tools.risk_shfunctions import call_arguments, defined_functions, with_named_parameters
from tools.risk_sourced import with_sourced
from tools.risk_windows import (
    WINDOWS_PROGRAMS,
    download_output,
    powershell_paths,
    powershell_reads_only,
    windows_name,
    windows_risks,
)
from tools.risk_winscripts import (
    autohotkey_code,
    batch_risks,
    host_script_risks,
    powershell_file_risks,
    powershell_spelled_out,
)
from tools.risk_winscripts import script_file_risks as windows_script_risks
from tools.risk_workflows import fortran_as_python, workflow_commands

MAX_DEPTH = 4
READ_ONLY_COMMANDS = {
    "ls", "cat", "head", "tail", "grep", "egrep", "fgrep", "rg", "wc", "pwd", "echo", "printf", "date", "whoami",
    "stat", "file", "du", "df", "tree", "less", "more", "sort", "uniq", "diff", "which", "env",
    "printenv", "uname", "hostname", "id", "true", "false", "basename", "dirname", "realpath",
    "cut", "tr", "nl", "md5sum", "sha256sum", "jq", "cd", "test", "[", "ps", "top", "free", "uptime",
    "base64", "xxd", "awk", "column", "cmp", "readlink", "type", "find", "nproc", "lscpu", "arch", "tac",
    "strings", "hexdump", "od", "locale", "zcat", "comm", "join", "paste", "fold", "expand", "rev", "seq", "[[",
    "nkf", "lsof", "nvidia-smi", "lsblk", "ss", "readelf", "objdump", "nm", "ldd", "identify", "pdfinfo", "ffprobe", "javap",
    "chktex", "detex", "texcount", "kpsewhich", "fc-list", "netstat", "actionlint", "csvcut", "csvstat", "csvlook",
    "csvgrep", "systeminfo", "tasklist", "ipconfig", "where", "wslpath", "journalctl", "getent", "print", "gzcat",
}
NON_FILE_COMMANDS = {"echo", "printf", "which", "type", "date", "whoami", "uname", "hostname", "id", "true", "df",
                     "false", "pwd", "env", "printenv", "basename", "dirname", "realpath", "readlink", "test",
                     "[", "[[", "cd", "ps", "top", "free", "uptime", "nproc", "lscpu", "arch", "locale", "seq", "lsof", "nvidia-smi",
                     "lsblk", "ss", "fc-list", "netstat", "kpsewhich", "systeminfo", "tasklist", "ipconfig", "where",
                     "wslpath", "journalctl", "getent", "print"}
# Checkers and formatters: they read the workspace and at most rewrite its files in place.
WORKSPACE_TOOLS = {"ruff", "mypy", "flake8", "pylint", "pyflakes", "black", "isort", "shellcheck", "bandit",
                   "hadolint", "yamllint", "eslint", "prettier", "tsc", "gofmt", "bibtex", "unix2dos", "dos2unix",
                   "ktlint", "sqlfluff", "xmllint", "yq", "py_compile", "compileall", "swiftlint", "swiftformat",
                   "ansible-lint", "tflint", "kubeconform", "kubeval", "swift-format", "rubocop"}
# Subcommands that only report.
READ_SUBCOMMANDS = {"go": {"vet", "version", "list", "doc", "env"}, "cargo": {"check", "tree", "metadata", "fmt"},
                    "twine": {"check"}, "adb": {"devices", "version", "get-state", "get-serialno"}, "aapt2": {"dump"}, "aapt": {"dump", "list"},
                    "emulator": {"-list-avds"}, "keytool": {"-printcert"}, "dotnet": {"--list-sdks", "--list-runtimes", "--info"},
                    "npm": {"ls", "list", "view", "outdated", "audit"}, "pip": {"list", "show", "freeze", "check"},
                    "pnpm": {"ls", "list", "why", "outdated", "view", "info"}, "yarn": {"list", "why", "outdated", "info"},
                    "lpstat": {"-p", "-d", "-a", "-t", "-s"},
                    "pip3": {"list", "show", "freeze", "check"}, "docker": {"ps", "images", "logs", "inspect", "info"},
                    "kubectl": {"get", "describe", "logs"}, "composer": {"validate", "show", "outdated", "licenses"},
                    "p4": {"opened", "changes", "describe", "files", "fstat", "info", "where", "have", "status", "filelog"},
                    "pre-commit": {"validate-config", "validate-manifest"}}
VERSION_FLAGS = {"--version", "-V", "-v", "version", "-version"}
# gh subcommands that only read from GitHub.
GH_READS = {("issue", "list"), ("issue", "view"), ("issue", "status"), ("pr", "list"), ("pr", "view"), ("pr", "diff"),
            ("pr", "checks"), ("pr", "status"), ("repo", "view"), ("run", "list"), ("run", "view"), ("release", "list"),
            ("release", "view"), ("workflow", "list"), ("search", "issues"), ("search", "prs"), ("search", "repos")}
SEARCHERS = {"grep", "egrep", "fgrep", "rg", "ag", "ack"}
# Document converters and the flags that name their output file.
CONVERTERS = {"pandoc": {"-o", "--output"}, "pdftotext": set(), "iconv": {"-o", "--output"}, "convert": set(),
              "magick": set(), "libreoffice": {"--outdir"}, "soffice": {"--outdir"}}
GIT_READ_ONLY = {"status", "log", "diff", "show", "branch", "remote", "blame", "rev-parse", "ls-files", "grep", "shortlog",
                 "describe", "rev-list", "ls-tree", "cat-file", "for-each-ref", "name-rev", "merge-base", "show-ref"}
INSTALLERS = {"pip", "pip3", "apt", "apt-get", "npm", "yarn", "pnpm", "bun", "brew", "conda", "gem",
              "cargo", "uv", "pipx", "dnf", "yum", "snap", "go", "bundle", "asdf", "mise", "composer", "poetry", "pdm",
              "choco", "winget", "scoop", "sdk", "nvm", "volta", "rustup", "apk", "zypper", "mamba", "micromamba", "pixi"}
_CONDAS = {"conda", "mamba", "micromamba"}
_MIX_INSTALLS = {"deps.get", "deps.update", "local.hex", "local.rebar", "archive.install", "escript.install"}
_DOTNET_INSTALLS = (["tool", "install"], ["tool", "update"], ["tool", "restore"], ["workload", "install"],
                     ["add", "package"])
DOWNLOADERS = {"curl", "wget", "scp", "rsync", "ftp", "sftp", "aria2c", "git-lfs"}
SENDERS = {"mail", "mailx", "sendmail", "mutt", "ssh", "telnet", "nc", "ncat", "netcat", "slack", "gh"}
SHELLS = {"sh", "bash", "zsh", "dash", "ksh", "fish", "csh", "tcsh"}
INTERPRETERS = {"python", "python3", "python2", "perl", "ruby", "node", "php", "powershell", "pwsh", "Rscript", "R", "swift",
                "julia", "lua", "matlab", "octave", "octave-cli"}
DELETERS = {"rm", "rmdir", "unlink", "shred", "srm", "wipe", "rimraf", "del", "del-cli", "trash", "trash-put"}
_RECURSIVE_DELETERS = {"rimraf", "del", "del-cli", "trash", "trash-put"}  # Node's and the desktop's: always whole trees
CODE_RUNNERS = SHELLS | INTERPRETERS | {"eval"}
# Commands that read the commands they run from standard input.
STDIN_RUNNERS = {"at", "batch", "source"}
PIPE_RUNNERS = CODE_RUNNERS | STDIN_RUNNERS | {"osascript"}
# Programs that search for files by name; what they find can be handed on (`| xargs cat`).
FINDERS = {"find", "locate", "plocate", "mdfind", "fd", "fdfind"}
# Commands that run, compile or load the files they are given.
FILE_RUNNERS = SHELLS | INTERPRETERS | {"source", ".", "gcc", "cc", "clang", "g++", "c++", "tcc", "go", "rustc", "make",
                                        "direnv", "logrotate", "osascript"}
# A hidden command name is judged as each of these that it could be.
WORST_CASE_NAMES = ("rm", "shred", "dd", "mkfs", "sh", "bash", "cat", "chmod", "mv", "curl", "nc")
WRAPPERS = {"nohup", "time", "command", "exec", "builtin", "setsid", "doas", "noglob"}
# Programs that run the command after their options: (options that take a value, operands before the command).
OPTION_WRAPPERS: dict[str, tuple[frozenset[str], int]] = {
    "busybox": (frozenset(), 0), "nice": (frozenset({"-n", "--adjustment"}), 0),
    "ionice": (frozenset({"-c", "--class", "-n", "--classdata", "-p", "--pid", "-P", "-u"}), 0),
    "stdbuf": (frozenset({"-i", "-o", "-e", "--input", "--output", "--error"}), 0), "unshare": (frozenset({"-S", "-G", "--setuid", "--setgid", "-w", "--wd"}), 0),
    "chroot": (frozenset({"--userspec", "--groups"}), 1), "flock": (frozenset({"-w", "--timeout", "-E"}), 1),
    "runuser": (frozenset({"-u", "-g", "-G", "--user", "--group"}), 0),
    "strace": (frozenset({"-o", "-e", "-p", "-s", "-u", "-E", "-P", "-a", "-b", "-I", "-S", "-O", "-X"}), 0),
    "ltrace": (frozenset({"-o", "-e", "-p", "-s", "-u", "-n", "-a"}), 0), "taskset": (frozenset(), 1),
    "chrt": (frozenset(), 1), "prlimit": (frozenset({"-p", "--pid"}), 0), "setpriv": (frozenset(), 0),
    "firejail": (frozenset(), 0), "nsenter": (frozenset({"-t", "--target"}), 0), "faketime": (frozenset(), 1),
    "xvfb-run": (frozenset({"-n", "-s", "-f", "-e", "-p", "--server-args"}), 0), "dbus-run-session": (frozenset(), 0),
    "catchsegv": (frozenset(), 0), "valgrind": (frozenset(), 0), "proot": (frozenset({"-r", "-b", "-w"}), 0),
    "bwrap": (frozenset({"--dev", "--proc", "--tmpfs", "--chdir", "--unsetenv", "--dir", "--hostname", "--uid", "--gid",
                         "--remount-ro", "--file", "--lock-file", "--mqueue", "--perms"}), 0),
}
# `cmake -E TOOL`: the file tools CMake carries, as the commands they are.
_CMAKE_FILE_TOOLS = {"rm": ["rm"], "remove": ["rm"], "remove_directory": ["rm", "-rf"], "copy": ["cp"],
                     "copy_directory": ["cp", "-r"], "rename": ["mv"], "cat": ["cat"], "tar": ["tar"]}
_BWRAP_PAIR_FLAGS = {"--bind", "--ro-bind", "--dev-bind", "--setenv", "--symlink", "--bind-try", "--ro-bind-try",
                     "--dev-bind-try"}
# Settings whose value is a command another program runs (less's preprocessor, pagers, editors, git's ssh).
# Variables that decide where commands, libraries and modules are found: a folder of the project put first makes its
# files run in place of the programs named.
SEARCH_PATH_VARIABLES = ("PATH", "LD_LIBRARY_PATH", "PYTHONPATH", "PYTHONHOME", "NODE_PATH", "PERL5LIB", "RUBYLIB")
_SCRIPT_NAME = re.compile(r"\.(?:sh|bash|zsh|py|js|mjs|cjs|ts|rb|pl|php|R)$")
# Tools that run a command inside a project's environment (`poetry run pytest`).
ENVIRONMENT_RUNNERS = {"poetry", "uv", "pipenv", "pdm", "hatch", "rye"}
# Programs that run a JavaScript or TypeScript file (`tsx src/x.ts`, `deno run x.ts`, `bun x.ts`).
JS_FILE_RUNNERS = {"tsx", "ts-node", "deno", "bun"}
# Shell built-ins a script uses for its own bookkeeping: options, positional parameters, variables, its exit.
SCRIPT_BUILTINS = {"set", "shift", "exit", "return", "unset", "wait", "shopt", "read", "export", "local", "declare",
                   "typeset", "readonly"}
COMMAND_VARIABLES = ("LESSOPEN", "LESSCLOSE", "PAGER", "GIT_PAGER", "MANPAGER", "EDITOR", "VISUAL", "GIT_EDITOR",
                     "GIT_SSH_COMMAND", "GIT_SSH", "GIT_ASKPASS", "SSH_ASKPASS", "BROWSER", "SUDO_ASKPASS")
XARGS_VALUE_FLAGS = {"-I", "-i", "-d", "-n", "-P", "-L", "-s", "-E", "-a", "--replace", "--delimiter"}
DECODERS = re.compile(r"\b(base64\s+(-d|--decode|-D)|xxd\s+(-\w+\s+)*-r|openssl\s+(enc|base64)\b.*-d|uudecode|gunzip|zcat)\b")
# Stages whose output is text made from other text: piped into a shell, they hide what runs.
_TRANSFORMS = {"rev", "tr", "sed", "awk", "perl", "xxd", "iconv", "base32", "openssl", "gzip", "gunzip", "zcat"}
_ESCAPED_PRINTF = re.compile(r"\\(x[0-9a-fA-F]{2}|[0-7]{3}|u[0-9a-fA-F]{4})")
SEPARATORS = {";", "&&", "||", "|", "&", "(", ")", "|&", ";;", "{", "}"}
REDIRECTS = {">", ">>", ">|", "&>", "&>>", "<", "<<", "<<<", "<>"}
CODE_FLAGS = ("-c", "-e", "-r", "--eval", "--command", "-Command", "-command", "-batch")  # -batch: MATLAB's
ENCODED_FLAGS = {"-enc", "-encodedcommand", "-e", "-ec"}

_FORK_BOMB = GuardedPattern(re.compile(
    r"(\w+|:)\s*\(\s*\)\s*\{[^}]*\1\s*\|\s*\1\s*&|(\w+|:)\s*\(\s*\)\s*\{[^}]*(?<![\w-])\2(?![\w-])[^}]*&[^}]*\}\s*;\s*\2|"
    r"\b(?:ba)?sh\s+\"?\$0\"?\s*&\s*(?:ba)?sh\s+\"?\$0|\bfork\s+(?:while|until)\b|\b(?:while|loop)\b[^;]*\bfork\b|os\.fork\(\).*while\s+true|\$0\"?\s*&\s*\"?\$0|\$0\"?\s*\|\s*\"?\$0|"
    r"while\s+(?:true|:|1)\s*;\s*do\s+[^;]*&\s*done", re.I),
    needs=re.compile(r"\(\s*\)\s*\{|\$0|fork|while\s+(?:true|:|1)\s*;\s*do"))
_REVERSE_SHELL = GuardedPattern(re.compile(
    r"/dev/(tcp|udp)/|\b(nc|ncat|netcat)\b[^|;&]*\s-[a-z]*[ec]\b|\bncat\b.*--(exec|sh-exec)|\bsocat\b.*\bexec:|"
    r"\bmkfifo\b.*\b(nc|ncat|netcat|telnet|socat|openssl\s+s_client)\b|\b(ba)?sh\s+-i\b.*\|\s*(nc|ncat|netcat|telnet|openssl)\b|socket\b.*\b(dup2|pty\.spawn)|fsockopen\(|\btelnet\b.*\|\s*/bin/(ba)?sh|"
    r"\bztcp\b|\bxterm\b.*-display\s+\S+:\d", re.I))
# Opening a port and writing nothing to it: a script waiting for a service (`(echo > /dev/tcp/db/5432) 2>/dev/null`).
_PORT_PROBE = re.compile(r"(?<![\w-])(?:echo|:|true)\s*>\s*/dev/(?:tcp|udp)/[\w.${}-]+/[\w${}]+(?=\s*(?:$|[;)&|]))")
_DISK_LISTING = re.compile(r"\b(?:lsblk|blkid|fdisk\s+-l|diskutil\s+list)\b|/dev/(?:sd|nvme|hd|vd|xvd|mmcblk|disk)")
_CREDENTIAL_WORDS = re.compile(r"passw|passwd|パスワード|secret|api[_-]?key|private key|token|"
                               r"(?:mongodb(?:\+srv)?|postgres(?:ql)?|mysql|redis|amqp)://", re.I)
_AGENT_MEMORY = re.compile(r"\b(?:gcore|gdb|procdump|memdump)\b.*\b(?:ssh-agent|gpg-agent|gnome-keyring-daemon|keepassxc)\b")
_REMOTE_TO_SHELL = re.compile(
    r"\b(ba|z|da|k)?sh\b\s*(-\w+\s*)*[<=]\(\s*(curl|wget)\b|\b(source|eval|\.)\s+[<=]\(\s*(curl|wget)\b|"
    r"\b((ba|z|da|k)?sh|python3?|perl|ruby|node)\b\s+-c\s+[\"']?\$\(\s*(curl|wget)\b|\beval\b\s+[\"']?\$\(\s*(curl|wget)\b")
_POWERSHELL_REMOTE = re.compile(r"\b(iex|Invoke-Expression)\b", re.I)
_POWERSHELL_FETCH = re.compile(r"DownloadString|DownloadFile|\biwr\b|\birm\b|Invoke-WebRequest|Invoke-RestMethod|Net\.WebClient", re.I)
_SUBSTITUTION = re.compile(r"\$\(((?:[^()]|\([^()]*\))*)\)|`([^`]*)`|<\(([^()]*)\)|=(?<![\w\]+=]=)\(([^()]*)\)")
_STAND_IN = re.compile(r"__SUB(\d+)__")
# `$((4000 + 443))` is a number, not a command; the rules need no more of its value than that it is one.
_ARITHMETIC = re.compile(r"\$\(\((?:[^()`$]|\$\{?\w+\}?|\((?:[^()`$]|\$\{?\w+\}?)*\))*\)\)")  # no command inside
_VAR = re.compile(r"\$\{(\w+)(?:(:?[-=+?]|%%|%|##|#)([^}]*))?\}|\$(\w+)")
_ONLY_VAR = re.compile(r"\$\{\w+(?:(?::?[-=+?]|%%|%|##|#)[^}]*)?\}|\$\w+")
_ASSIGNMENT = re.compile(r"[A-Za-z_]\w*\+?=.*")
_DECLARES = {"export", "declare", "local", "readonly", "typeset"}
_HEREDOC = re.compile(r"<<-?\s*(['\"]?)([\w.-]+)\1")
_SECRET_TOOLS = GuardedPattern(re.compile(
    r"\bgpg2?\b.*--export-secret|\bkubectl\s+config\s+view\b.*--(raw|flatten)|\bgit\s+credential\s+(fill|get)\b|"
    r"\bgit\s+credential-\w+\s+get\b|\baws\s+configure\s+(get|export-credentials)\b|"
    r"\bgcloud\s+auth\s+(application-default\s+)?print-(access|identity)-token|\baz\s+account\s+get-access-token|"
    r"\bsecurity\s+find-(generic|internet)-password|\bsecret-tool\s+lookup|\bpass\s+show\b|\bgh\s+auth\s+token|"
    r"\bdocker-credential-\w+\s+get|/proc/[^/\s]+/environ|\bbw\s+(export|get\s+(password|item|notes))\b|"
    r"\bkeepassxc-cli\s+(export|show)\b|PasswordVault\b.*\bRetrieve|ProtectedData\]?::Unprotect|\bmimikatz\b|\bsekurlsa::|"
    r"Get-StoredCredential|\bnetsh(?:\.exe)?\s+wlan\s+show\s+profiles?\b.*\bkey\s*=\s*clear|\bvaultcmd(?:\.exe)?\s+/listcreds|"
    r"comsvcs(?:\.dll)?\W.*MiniDump|\bprocdump\b.*\blsass|"
    r"\bmanage-bde(?:\.exe)?\b.*-protectors\s+-get|\bgetent\s+g?shadow\b|\bgh\s+auth\s+status\b.*(--show-token|\s-t\b)|"
    r"\b(?:npm|pnpm|yarn)\s+config\s+get\s+\S*(?:_authToken|_auth\b|npmAuthToken|_password)|"
    r"\bnmcli\b.*(?:\s-s\b|--show-secrets|show-password)|\bjq\b.*\.private_key\b|Network\.getAllCookies|"
    r"Storage\.getCookies|--cookies-from-browser|\bmy_print_defaults\b|\bmysql_config_editor\s+print|\bsecret-tool\s+search\b|"
    r"\bop\s+(read|item\s+get)\b|\blpass\s+show\b|\bkubectl\s+get\s+secrets?\b.*(-o|--output)[\s=]*(json|yaml|jsonpath|go-template)"))
_ENV_DUMPS = {"env", "printenv", "set", "export", "declare"}
_PLANTED_HINT = re.compile(
    r"\balias\b|\bcrontab\b|cron\.d/|Launch(?:Agents|Daemons)/|etc/(?:zshrc|zprofile|zshenv|zlogin|bashrc|profile)\b|\.(bashrc|zshrc|profile|bash_profile|bash_login|bash_logout|zprofile|zshenv|zlogin|"
    r"zlogout)\b|\.config/fish/|autostart|"
    r"\.config/systemd|\bgit\s+config\b.*\b(alias\.|core\.(sshCommand|pager|fsmonitor|editor))")
# The first quoted argument of a command that only prints or searches text is data, not code.
_DATA_STRING = re.compile(r"(\b(?:echo|printf|grep|egrep|fgrep|rg)(?:\s+-[\w-]+)*\s+)(?:'[^']*'|\"(?:[^\"\\]|\\.)*\")")
_CI_SECRET = re.compile(r"\$\{\{\s*secrets\.")
_QUOTED = re.compile(r"'([^']*)'|\"((?:[^\"\\]|\\.)*)\"")
_PLANT_PREFIX = re.compile(r"^\s*(?:alias\s+[\w.-]+=\s*|!)")
_WINDOWS_EXE = re.compile(r"\.exe\b", re.I)
_MAPFILE = re.compile(r"\$\{?mapfile\[([^\]]+)\]\}?")  # zsh/mapfile: the text of the file named in brackets
_MAPFILE_WRITE = re.compile(r"(?<![\w$])mapfile\[([^\]]+)\]=")  # …and assigning to it rewrites that file
_ARRAY = re.compile(r"(?<![\w$])([A-Za-z_]\w*)=\(([^()]*)\)")  # name=(a b c)
# A tool logging in with the secret it reads from standard input (`docker login -u x --password-stdin`).
_LOGIN_FROM_STDIN = re.compile(r"\|\s*(?:sudo\s+)?[\w./-]+(?:\s+[\w.-]+)*?\s+login\b[^|;&\n]*\s--(?:password-stdin|with-token)\b")
# Variables whose names say they hold a credential (GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY, DB_PASSWORD…).
_CREDENTIAL_VARIABLE = re.compile(r"^\w*(?:_TOKEN|SECRET\w*|_PASSWORD|_PASSWD|API_KEY|ACCESS_KEY|PRIVATE_KEY)$", re.I)
_HEADER_ARGUMENT = re.compile(r"(?:-H|--header)\s+(?:\"[^\"]*\"|'[^']*'|\S+)")
_ECHOED = re.compile(r"\b(?:echo|printf|print|curl|wget|nc|ncat|http|https)\b(?!:)[^|;&\n]*")  # printed or sent (not a URL)
_ZSH_FILE_BUILTINS = re.compile(r"^zf_(rm|mv|ln|chmod|chown|chgrp|mkdir|rmdir)$")  # zsh/files
_CRON_SCHEDULE = re.compile(r"^\s*(?:(?:[\d*/,-]+\s+){5}|@\w+\s+)")
_SHELL_WORD = re.compile(r"(?<![\w./-])(?:(?:ba|z|da|k)?sh|eval|source)(?![\w.-])")
_INTERPRETER_WORD = re.compile(r"(?<![\w./-])(?:python[23]?|perl|ruby|node|php)(?![\w.-])")


@dataclass
class _Simple:
    tokens: list[str] = field(default_factory=list)
    overwrites: list[str] = field(default_factory=list)
    appends: list[str] = field(default_factory=list)
    reads: list[str] = field(default_factory=list)
    stdin_text: list[str] = field(default_factory=list)
    assign: dict[str, str] = field(default_factory=dict)
    hidden_name: bool = False
    home: str = ""  # $HOME when the command runs (an earlier `HOME=...` changes what `~` means)


@dataclass
class _Substitution:
    decoded: bool
    downloaded: bool
    printed: str = ""  # its output where `_printed` knows it
    environment: bool = False  # it prints this shell's environment (`env`, `printenv`)
    disks: bool = False  # it lists the machine's disks (`lsblk`, `blkid`): what it prints is a disk


def _printed(command: str, cwd: str = "") -> str:
    """The text a lone `echo ...`, `printf FORMAT ARGS` (`%s` filled in order), `pwd` (also after `cd DIR`),
    `dirname`, `basename`, `realpath` or `getent passwd USER | cut -d: -f6` prints, else ""; piped through `rev`,
    `tr`, `xxd -r -p`, `base64 -d` or `base32 -d` (also fed by a here-string), the text they turn it into."""
    if re.fullmatch(r"\s*getent\s+passwd\s+(?:\"[^\"]*\"|\S+)\s*\|\s*cut\s+-d\s*['\"]?:['\"]?\s+-f\s*6\s*", command):
        return "~"  # the user's home folder, from the password database
    if (went := re.fullmatch(r"\s*cd\s+(\S+)\s*(?:>\s*/dev/null\s*)?(?:&&|;)\s*pwd(?:\s+-P)?\s*", command)) is not None:
        return went.group(1).strip("'\"")  # the folder it changes to
    stages = _pipe_stages(command)
    if len(stages) > 1 or "<<<" in command:
        text = _printed(stages[0], cwd) if "<<<" not in stages[0] else _here_string(stages[0])
        for stage in stages[1:] if "<<<" not in stages[0] else stages:
            text = _transformed(stage, text) if text else ""
        return text.strip()
    try:
        words = shlex.split(command)
    except ValueError:
        return ""
    if not words or re.search(r"[|;&]", command):
        return ""
    if words[0] == "pwd" and cwd:
        return cwd
    if words[0] in ("dirname", "basename", "realpath") and words[1:2] == ["--"]:
        words = words[:1] + words[2:]
    if words[0] in ("dirname", "basename", "realpath") and len(words) == 2:
        path = Path(words[1]) if Path(words[1]).is_absolute() or not cwd else Path(cwd) / words[1]
        return str(path.parent) if words[0] == "dirname" else path.name if words[0] == "basename" else str(path)
    if words[0] not in ("echo", "printf"):
        return ""
    if words[0] == "echo":
        return " ".join(w for w in words[1:] if not re.fullmatch(r"-[neE]+", w))
    return _printf_text(words[1:]) if len(words) > 1 else ""


def _printf_text(args: list[str]) -> str:
    """What `printf FORMAT ARG…` prints: `%s` filled in order, the format used again while arguments remain."""
    slots, rest, out = args[0].count("%s"), args[1:], []
    while True:
        taken = iter(rest[:slots])
        out.append(_printf_escapes(re.sub(r"%s", lambda _, given=taken: next(given, ""), args[0])))
        rest = rest[slots:]
        if not rest or not slots:
            return "".join(out)


def _printf_escapes(text: str) -> str:
    """printf's own escapes in its format: `\\x72`, octal `\\162`, `\\n`, `\\t`."""
    def one(m: re.Match) -> str:
        code = m.group(1)
        if code[0] == "x":
            return chr(int(code[1:], 16))
        if code[0].isdigit():
            return chr(int(code, 8))
        return {"n": "\n", "t": "\t", "\\": "\\"}.get(code, code)
    return re.sub(r"\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|[nt\\])", one, text)


def scheduled_commands(line: str) -> list[str]:
    """A crontab line as the command it runs (`@reboot` or five time fields removed); a line of /etc/cron.d names a
    user first, so the command without its first word is given too."""
    m = _CRON_SCHEDULE.match(line)
    if not m:
        return [line]
    command = line[m.end():]
    return [command, command.partition(" ")[2]]


def _pipe_stages(command: str) -> list[str]:
    if "|" not in command:
        return [command]
    states, stages, start = _quoting(command), [], 0
    for i, ch in enumerate(command):
        if ch == "|" and not states[i][0] and not states[i][1] and command[i + 1:i + 2] != "|" and command[i - 1:i] != "|":
            stages.append(command[start:i])
            start = i + 1
    return [*stages, command[start:]]


def _here_string(stage: str) -> str:
    _, _, text = stage.partition("<<<")
    try:
        return " ".join(shlex.split(text))
    except ValueError:
        return ""


def _transformed(stage: str, text: str) -> str:
    """What one known text filter makes of `text`, or "" when it is not one."""
    try:
        words = shlex.split(stage.partition("<<<")[0])
    except ValueError:
        return ""
    name, args = (words[0], words[1:]) if words else ("", [])
    try:
        if name == "rev":
            return "\n".join(line[::-1] for line in text.split("\n"))
        if name == "tr" and len(args) == 2 and not any(a.startswith("-") for a in args):
            source, target = _tr_set(args[0]), _tr_set(args[1])
            return text.translate(str.maketrans(source, (target + target[-1:] * len(source))[:len(source)]))
        if name == "xxd" and "-r" in args and "-p" in args:
            return bytes.fromhex(re.sub(r"\s", "", text)).decode("utf-8", "replace")
        if name in ("base64", "base32") and any(a in ("-d", "--decode", "-D") for a in args):
            decode = base64.b64decode if name == "base64" else base64.b32decode
            return decode(re.sub(r"\s", "", text)).decode("utf-8", "replace")
    except (ValueError, binascii.Error):
        return ""
    return ""


def _tr_set(spec: str) -> str:
    return re.sub(r"(.)-(.)", lambda m: "".join(chr(c) for c in range(ord(m.group(1)), ord(m.group(2)) + 1)), spec)


# Stand-ins for `$` that quoting changed: in single quotes it is literal, in double quotes it expands unsplit.
_LITERAL_DOLLAR, _QUOTED_DOLLAR = "\x00", "\x01"
# Joins the words a `for` variable takes in turn: its expansion yields each of them, quoted or not.
_LIST = "\x02"
_KEYWORDS = {"do", "then", "else", "elif", "if", "while", "until", "!", "done", "fi", "esac"}


def _quoting(command: str) -> list[tuple[str, bool]]:
    """For each character: the quote it stands in (`'`, `"` or none) and whether a backslash escapes it."""
    states, quote, escaped = [], "", False
    for ch in command:
        states.append((quote, escaped))
        if escaped:
            escaped = False
        elif ch == "\\" and quote != "'":
            escaped = True
        elif ch in "'\"" and quote in ("", ch):
            quote = "" if quote else ch
    return states


def _mark_quoted_dollars(command: str) -> str:
    """Dollars in quotes marked as quoted (expanded but not split) or literal (in single quotes); a backslashed
    dollar (`"d\\$m"`, `\\$HOME`) is a literal one, its backslash dropped as bash drops it."""
    if "$" not in command:
        return command
    states = _quoting(command)
    out = []
    for i, (ch, (quote, escaped)) in enumerate(zip(command, states, strict=True)):
        if ch == "\\" and quote != "'" and not escaped and command[i + 1:i + 2] == "$":
            continue
        if ch == "$" and escaped:
            out.append(_LITERAL_DOLLAR)
        elif ch == "$" and quote:
            out.append(_LITERAL_DOLLAR if quote == "'" else _QUOTED_DOLLAR)
        else:
            out.append(ch)
    return "".join(out)


def _windows_backslashes(command: str) -> str:
    """Backslashes in a command that starts Windows programs stay literal (`C:\\Users`, `\\\\wsl$\\...`), as does
    PowerShell's `$env:NAME`: bash would drop or expand them, but the writer meant Windows paths and variables, and
    the worst reading is judged."""
    if not _WINDOWS_EXE.search(command):
        return command
    states = _quoting(command)
    doubled = "".join(ch + "\\" if ch == "\\" and states[i][0] != "'" and command[i + 1:i + 2] not in ('"', "$", "`", "\n")
                      else ch for i, ch in enumerate(command))
    return re.sub(r"\$(?=\{?env:)", _LITERAL_DOLLAR, doubled, flags=re.I)  # PowerShell's $env:NAME, not a bash variable


_ZSH_FLAGS_OPEN = re.compile(r"\$\{\(([^)]*)\)")
_ZSH_GLOB_QUALIFIER = re.compile(r"([^\s'\"()]*[*?][^\s'\"()]*)\([.\/@=pN*%rwxRWXADLUGsmacoOnT^:+\d\[\], -]*\)(?=$|[\s;|&)])")


def _tokenize(command: str) -> list[str]:
    command = _windows_backslashes(command)
    if "=(" in command:
        command = _ARRAY.sub(lambda m: m.group(1) + "=" + _LIST.join(split_words(m.group(2))), command)
    # zsh: `${(j:/:)x}` keeps its parentheses in one word; a glob qualifier (`*(D)`, `**/*.ts(.N)`) only filters
    if "(" in command and ("*" in command or "?" in command):
        command = _ZSH_GLOB_QUALIFIER.sub(r"\1", command)
    if "${(" in command:
        command = _ZSH_FLAGS_OPEN.sub(lambda m: "${\x04" + m.group(1) + "\x05", command)
    if "\\(" in command or "\\)" in command:  # find's `\(` … `\)` group a test; they open no subshell
        command = re.sub(r"(?<!\\)\\([()])", lambda m: "\x0e" if m.group(1) == "(" else "\x0f", command)
    marked = _mark_quoted_dollars(command)
    # A line break ends a command, but one inside quotes is part of the quoted text (`python -c '# note\n...'`).
    if "\n" in marked:
        marked = "".join(" ; " if ch == "\n" and not quote else ch for ch, (quote, _) in zip(marked, _quoting(marked), strict=True))
    lexer = shlex.shlex(marked, posix=True, punctuation_chars=";&|<>()")
    lexer.whitespace_split = True
    lexer.commenters = ""
    try:
        tokens = list(lexer)
    except ValueError:  # unbalanced quotes: fall back to a plain split
        tokens = command.split()
    return [t.replace("\x04", "(").replace("\x05", ")").replace("\x0e", "\\(").replace("\x0f", "\\)") for t in tokens]


def _expand(token: str, env: dict[str, str]) -> list[str]:
    """$VAR/${VAR} expanded (unknown ones to nothing, as in the shell); an unquoted expansion is split on IFS."""
    unquoted = "$" in token
    token = token.replace(_QUOTED_DOLLAR, "$")
    value = _substitute(token, env) if "$" in token else token
    value = value.replace(_LITERAL_DOLLAR, "$")
    if _LIST in value:
        return [w for w in value.split(_LIST) if w]
    if not unquoted:
        return _braces(value)
    separators = env.get("IFS", " \t\n") or " \t\n"
    words = [w for w in re.split("[" + re.escape(separators) + "]+", value) if w]
    return [b for w in words for b in _braces(w)] or ([] if _ONLY_VAR.fullmatch(token) else [value])


def _braces(word: str) -> list[str]:
    """Brace expansion, one level: `~/x/{a,b}.db` is `~/x/a.db ~/x/b.db`."""
    m = None if re.search(r"\s", word) else re.search(r"\{([^{},]*(?:,[^{},]*)+)\}", word)
    return [word[:m.start()] + part + word[m.end():] for part in m.group(1).split(",")] if m else [word]


_ZSH_PREFIXED = re.compile(r"\$\{[=~^]+(\w+)\}")
_ZSH_MODIFIED = re.compile(r"\$\{(\w+)((?::[aAhtrelu])+)\}")
_ZSH_FLAGGED = re.compile(r"\$\{\(([^)]*)\)([^${}]*)\}")
_EXPANDED = "\x03"  # marks a value that an inner zsh expansion produced, not a variable's name


def _element(value: str, index: str) -> str:
    words = value.split(_LIST)
    return value if not index.isdigit() else words[int(index)] if int(index) < len(words) else ""


def _zsh_modified(value: str, modifiers: str) -> str:
    for m in modifiers[1:].split(":"):
        value = {"h": lambda v: v.rsplit("/", 1)[0] if "/" in v else ".", "t": lambda v: v.rsplit("/", 1)[-1],
                 "r": lambda v: v.rsplit(".", 1)[0], "e": lambda v: v.rsplit(".", 1)[-1] if "." in v else "",
                 "l": str.lower, "u": str.upper}.get(m, lambda v: v)(value)
    return value


def _zsh_flagged(flags: str, body: str, env: dict[str, str]) -> str:
    """`${(s:,:)x}`, `${(j:/:)…}`, `${(P)x}`, `${(f)x}`, `${(U)x}`: zsh's parameter flags, innermost first."""
    value = body[1:] if body.startswith(_EXPANDED) else env.get(body, "") if re.fullmatch(r"\w+", body) else body
    if body.startswith((":-", "-")):  # ${(L):-WORD}: flags applied to a default word
        value = body.split("-", 1)[1]
    i = 0
    while i < len(flags):
        flag = flags[i]
        if flag in "sj" and i + 1 < len(flags):
            delimiter = flags[i + 1]
            end = flags.find(delimiter, i + 2)
            argument = flags[i + 2:end] if end > 0 else ""
            i = end + 1 if end > 0 else len(flags)
            value = _LIST.join(value.split(argument)) if flag == "s" and argument else argument.join(value.split(_LIST))
            continue
        if flag == "P":
            value = env.get(value, "")
        elif flag == "f":
            value = _LIST.join(value.splitlines())
        elif flag in "UL":
            value = value.upper() if flag == "U" else value.lower()
        i += 1
    return _EXPANDED + value


def _zsh_expansions(text: str, env: dict[str, str]) -> str:
    """zsh's own parameter forms, as the values they expand to (bash would reject them)."""
    if "${" not in text:
        return text
    text = _ZSH_PREFIXED.sub(r"${\1}", text)
    text = _ZSH_MODIFIED.sub(lambda m: _zsh_modified(env.get(m.group(1), ""), m.group(2)), text)
    while (changed := _ZSH_FLAGGED.sub(lambda m: _zsh_flagged(m.group(1), m.group(2), env), text)) != text:
        text = changed
    return text.replace(_EXPANDED, "")


_BASH_ELEMENT = re.compile(r"\$\{(\w+)\[([@*]|\d+)\]\}")
_BASH_INDIRECT = re.compile(r"\$\{!(\w+)\}")


def _substitute(text: str, env: dict[str, str]) -> str:
    """$VAR, ${VAR}, ${VAR:-default}, ${VAR:+word}, ${ARRAY[@]}, ${!NAME} (and zsh's flags and modifiers): what the
    shell puts in their place."""
    text = _zsh_expansions(text, env)
    if "${" in text:
        text = _BASH_INDIRECT.sub(lambda m: env.get(env.get(m.group(1), ""), ""), text)
        text = _BASH_ELEMENT.sub(lambda m: _element(env.get(m.group(1), ""), m.group(2)), text)

    def value(m: re.Match) -> str:
        name, operator, word = m.group(1) or m.group(4), m.group(2) or "", m.group(3) or ""
        current = env.get(name, "")
        if operator.endswith(("-", "=")) and not current:
            return _substitute(word, env)
        if operator.endswith("+"):
            return _substitute(word, env) if current else ""
        if operator in ("%", "%%", "#", "##"):
            return _trimmed(current, operator, _substitute(word, env))
        if operator.endswith("?") and not current:
            return name  # ${NAME:?}: the shell stops unless NAME is set, so it never expands to nothing
        return current
    return _VAR.sub(value, text)


_ANSI_C_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}|.)", re.S)
# Line breaks and tabs stay written as `\\n`/`\\t`: the parser reads a real line break as a command separator, and
# the tools that take such text (printf, here-strings fed to make, screen) read the escapes.
_ANSI_C_LETTERS = {"n": "\\n", "t": "\\t", "r": "\\r", "a": "\a", "b": "\b", "e": "\x1b", "E": "\x1b", "f": "\f", "v": "\v"}


def _ansi_c_decode(body: str) -> str:
    def one(m: re.Match) -> str:
        code = m.group(1)
        if code[0] in "xuU" and len(code) > 1 or code[0] in "01234567":
            value = int(code[1:], 16) if code[0] in "xuU" else int(code, 8)
            return chr(value) if value <= 0x10FFFF else "?"
        return _ANSI_C_LETTERS.get(code, code)
    return _ANSI_C_ESCAPE.sub(one, body)


def _ansi_c_quotes(command: str) -> str:
    """`$'...'` (ANSI-C quoting) becomes the single-quoted text it stands for: `$'\\x72m'` is `'rm'`."""
    if "$'" not in command:
        return command
    out, i, states = [], 0, _quoting(command)
    while i < len(command):
        if command.startswith("$'", i) and not states[i][0] and not states[i][1]:
            j = i + 2
            while j < len(command) and command[j] != "'":
                j += 2 if command[j] == "\\" else 1
            out.append(shlex.quote(_ansi_c_decode(command[i + 2:j])))
            i = j + 1
            continue
        out.append(command[i])
        i += 1
    return "".join(out)


def _unescape(text: str) -> str:
    """`printf`/`echo -e` escapes for line breaks and tabs."""
    return text.replace("\\n", "\n").replace("\\t", "\t")


def _trimmed(value: str, operator: str, pattern: str) -> str:
    """${VAR%pattern} and friends: the value less its shortest/longest matching suffix (%) or prefix (#)."""
    cuts = range(len(value) + 1) if operator in ("%%", "#") else range(len(value), -1, -1)
    for cut in cuts:
        part = value[cut:] if operator.startswith("%") else value[:cut]
        if fnmatchcase(part, pattern):
            return value[:cut] if operator.startswith("%") else value[cut:]
    return value


def _assigned(value: str, env: dict[str, str]) -> str:
    """A variable's value: expanded, never split (an array's words stay apart)."""
    if _LIST in value:
        return _LIST.join(_assigned(part, env) for part in value.split(_LIST))
    return _expand(value.replace("$", _QUOTED_DOLLAR), env)[0] if value else ""


def _split_heredocs(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The command without here-document bodies, and each body with the line that opened it."""
    lines, kept, bodies, i = text.split("\n"), [], [], 0
    while i < len(lines):
        line = lines[i]
        kept.append(line)
        i += 1
        for m in _HEREDOC.finditer(line.replace("<<<", "   ")):
            body = []
            while i < len(lines) and lines[i].strip() != m.group(2):
                body.append(lines[i])
                i += 1
            i += 1
            bodies.append((line, "\n".join(body)))
    return "\n".join(kept), bodies


def _strip_wrappers(tokens: list[str]) -> tuple[list[str], bool, bool]:
    """Removes sudo/env/nohup/timeout/xargs-style prefixes; reports whether sudo and xargs were among them.
    xargs's replace-string becomes `*`: it stands for whatever the input names."""
    sudo = xargs = False
    while tokens:
        name = base_name(tokens[0])
        if name in ("sudo", "doas", "su"):
            sudo = True
            rest, i = tokens[1:], 0
            while i < len(rest) and rest[i].startswith("-"):
                if name == "su" and rest[i] in ("-c", "--command") and i + 1 < len(rest):
                    return ["sh", "-c", rest[i + 1]], True, xargs
                i += 2 if rest[i] in ("-u", "-g", "-C", "-D", "-h", "-p", "-U", "-r", "-t") else 1
            tokens = rest[i:]
        elif name == "env":
            i, split = 1, []
            while i < len(tokens) and (tokens[i].startswith("-") or _ASSIGNMENT.fullmatch(tokens[i])):
                if tokens[i] in ("-S", "--split-string") and i + 1 < len(tokens):
                    split, i = split_words(tokens[i + 1]), i + 1
                elif tokens[i].startswith(("-S", "--split-string=")) and tokens[i] not in ("-S", "--split-string"):
                    split = split_words(tokens[i].removeprefix("--split-string=").removeprefix("-S"))
                i += 1
            tokens = split + tokens[i:]
        elif name == "command" and tokens[1:2] in (["-v"], ["-V"]):
            return ["which", *tokens[2:]], sudo, xargs
        elif name in OPTION_WRAPPERS:
            values, operands = OPTION_WRAPPERS[name]
            i = 1
            while i < len(tokens) and tokens[i].startswith("-") and tokens[i] != "--":
                if tokens[i] in ("-c", "--command") and i + 1 < len(tokens) and name in ("flock", "runuser"):
                    return ["sh", "-c", tokens[i + 1]], sudo or name == "runuser", xargs
                i += 3 if tokens[i] in _BWRAP_PAIR_FLAGS and name == "bwrap" else 2 if tokens[i] in values else 1
            i += tokens[i:i + 1] == ["--"]
            sudo = sudo or name in ("runuser", "chroot", "nsenter")
            tokens = tokens[i + operands:]
            if name == "flock" and tokens[:1] in (["-c"], ["--command"]) and len(tokens) > 1:
                return ["sh", "-c", tokens[1]], sudo, xargs
        elif name == "timeout":
            tokens = tokens[2:] if len(tokens) > 2 else []
        elif name == "cmake" and tokens[1:2] == ["-E"] and tokens[2:3] and tokens[2] in _CMAKE_FILE_TOOLS:
            tokens = [*_CMAKE_FILE_TOOLS[tokens[2]], *tokens[3:]]
        elif name == "xargs":
            xargs, i, replace_with = True, 1, None
            while i < len(tokens) and tokens[i].startswith("-"):
                flag = tokens[i]
                if flag in XARGS_VALUE_FLAGS and i + 1 < len(tokens):
                    replace_with = tokens[i + 1] if flag in ("-I", "--replace") else replace_with
                    i += 2
                else:
                    replace_with = flag[2:] if flag.startswith("-I") and len(flag) > 2 else replace_with
                    i += 1
            tokens = [t.replace(replace_with, "*") if replace_with else t for t in tokens[i:]]
        elif name in WRAPPERS:
            tokens = tokens[1:]
        else:
            break
    return tokens, sudo, xargs


def _wrapper_files(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Files a wrapper itself reads or writes: `xargs -a FILE` reads its arguments, `strace/ltrace -o FILE` writes."""
    names = {base_name(t) for t in tokens}
    reads = [tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t in ("-a", "--arg-file")] if "xargs" in names else []
    reads += [t.split("=", 1)[1] for t in tokens if t.startswith("--arg-file=")] if "xargs" in names else []
    writes = [tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t == "-o"] if names & {"strace", "ltrace"} else []
    return reads, writes


def _env_assignments(tokens: list[str]) -> dict[str, str]:
    """`NAME=value` words that `env` sets for the command it runs."""
    if not tokens or base_name(tokens[0]) != "env":
        return {}
    return dict(t.split("=", 1) for t in tokens[1:] if _ASSIGNMENT.fullmatch(t))


def _names_secret_files(args: list[str]) -> bool:
    """Whether a file search's names or Spotlight query (`kMDItemFSName == '*.p12'`) spell a key or credential file."""
    names = [a for a in args if not a.startswith("-")] + re.findall(r"==\s*['\"]?([^'\"\s)]+)", " ".join(args))
    return any(is_secret(Path("/searched") / n.strip("'\"").lstrip("*/") if "/" not in n.strip("*") else Path(n))
               for n in names if n.strip("'\"*"))


def _startup_files(assign: dict[str, str]) -> list[str]:
    """Files an interpreter loads before the program because of a setting (`PYTHONSTARTUP`, `--require`, `-r`)."""
    found = [assign["PYTHONSTARTUP"]] if assign.get("PYTHONSTARTUP") else []
    found += re.findall(r"(?:--require|-r)[=\s]*(\S+)", assign.get("NODE_OPTIONS", ""))
    found += re.findall(r"-r\s*(\S+)", assign.get("RUBYOPT", ""))
    return found


def _preloaded(assign: dict[str, str]) -> list[tuple[str, str]]:
    """The interpreter and the file it loads before any program because of these settings (Ruby's `-r` names a file
    without its `.rb`)."""
    return [("ruby" if variable == "RUBYOPT" else "node" if variable == "NODE_OPTIONS" else "python",
             path + ".rb" if variable == "RUBYOPT" and not path.endswith(".rb") else path)
            for variable in ("PYTHONSTARTUP", "NODE_OPTIONS", "RUBYOPT") for path in _startup_files({variable: assign.get(variable, "")})]


def _prints_credential_variable(text: str) -> bool:
    """`echo "$GITHUB_TOKEN"` (not in single quotes, where it stays literal text)."""
    quoting = None
    for segment in _ECHOED.finditer(text):
        if _LOGIN_FROM_STDIN.match(text, segment.end()):  # `echo "$TOKEN" | docker login --password-stdin`
            continue
        # a token in a request header signs the request in; in its body or address it is sent
        body = _HEADER_ARGUMENT.sub(lambda h: " " * len(h.group(0)), segment.group(0))
        for m in re.finditer(r"\$\{?(\w+)", body):
            if _CREDENTIAL_VARIABLE.match(m.group(1)):
                quoting = quoting or _quoting(text)
                if quoting[segment.start() + m.start()][0] != "'":
                    return True
    return False


def _javascript_evaluated(args: list[str]) -> str | None:
    """The code `deno eval CODE` or `bun -e CODE` (`--eval`) runs; None for other commands."""
    operands = [a for a in args if not a.startswith("-")]
    if operands[:1] == ["eval"] and len(operands) > 1:
        return operands[1]
    flag = next((i for i, a in enumerate(args) if a in ("-e", "--eval")), None)
    return args[flag + 1] if flag is not None and flag + 1 < len(args) else None


def _inline_code(tokens: list[str]) -> str | None:
    for flag in CODE_FLAGS:
        if flag in tokens[1:]:
            i = tokens.index(flag, 1)
            return tokens[i + 1] if i + 1 < len(tokens) else ""
    return None


def _widens(mode: str) -> bool:
    """Group/other write, any special bit, or a symbolic grant of w/x/s/t."""
    if re.fullmatch(r"[0-7]{3,4}", mode):
        special, group, other = (mode[0] if len(mode) == 4 else "0"), mode[-2], mode[-1]
        return special != "0" or group in "2367" or other in "2367"
    return bool(re.search(r"[+=][rwxst]*[wxst]", mode))


def _produces_hidden_text(stage: str, name: str) -> bool:
    return bool(DECODERS.search(stage)) or name in _TRANSFORMS or (name == "printf" and bool(_ESCAPED_PRINTF.search(stage)))


# A function a module defines (Python, JavaScript, Ruby, PowerShell, R's `name <- function`).
_DEFINED_FUNCTION = re.compile(r"^[ \t]*(?:(?:export\s+)?(?:async\s+)?(?:def|function)\s+([A-Za-z_][\w-]*)|"
                               r"([A-Za-z_][\w.]*)\s*<-\s*function\b)", re.M)

# Languages read as the Python that does the same.
_READ_AS_PYTHON = {"fortran": fortran_as_python, "matlab": matlab_as_python}


# A statement that only gives a variable a value with no substitution in it (`cfg="${XDG_CONFIG_HOME:-$HOME/.config}/gh"`).
_PLAIN_ASSIGNMENT = re.compile(r"""(?:^|(?<=[;\n&]))[ \t]*((?:export[ \t]+)?(\w+)=(?:"(?:[^"`$\n]|\$(?!\())*"|'[^'\n]*'|[^\s;&|`()'"]*))[ \t]*(?=[;\n&]|$)""")


class _ShellJudge:
    """One command string, judged in a context (workspace, home, current directory) that `cd` and `HOME=` change."""

    def __init__(self, ctx: ActionContext, depth: int):
        self.ctx, self.depth = ctx, depth
        self.env = {"HOME": str(ctx.tilde or ctx.home), "PWD": str(ctx.cwd or ctx.workspace), "SHELL": "/bin/bash",
                    "USER": ctx.home.name}
        self.substitutions: list[_Substitution] = []
        self.downloads: set[Path] = set()  # files this command downloads: running one later runs remote code
        self.written: dict[Path, str] = {}  # text this command writes into files (echo/printf/here-document)
        self.python_data_stdin = False  # a here-document given to Python was shown to be data work only
        self.functions: dict[str, str] = {}  # shell functions the text defines: name -> body
        self.calls: dict[tuple[str, ...], ActionRisk] = {}  # what each call of one with its arguments would do

    def nested(self, command: str, ctx: ActionContext | None = None) -> ActionRisk:
        return assess_shell(command, ctx or self.ctx, self.depth + 1)

    def code(self, code: str, ctx: ActionContext, from_file: bool = False) -> list[ActionRisk]:
        """Inline code (or a project file's, `from_file`): what it does, the commands it hands to a shell and those it
        holds as data."""
        risks, commands = code_risks(code, ctx, from_file)
        held, data = held_commands(code)
        risks, commands = risks + held, commands + data
        if self.depth < MAX_DEPTH:
            risks.extend(self.nested(c, ctx) for c in commands)
        return risks

    def applescript(self, code: str, ctx: ActionContext) -> list[ActionRisk]:
        risks, commands = osascript_risks(code, ctx)
        risks += mentions(code, ctx)
        if self.depth < MAX_DEPTH:
            risks.extend(self.nested(c, ctx) for c in commands)
        return risks

    def hide_substitutions(self, text: str) -> tuple[str, list[ActionRisk]]:
        """Judges each `$(...)`, backtick and `<(...)` and puts a stand-in word (`__SUB<n>__`, or the known output)
        in its place; in single quotes they are literal text."""
        if "(" not in text and "`" not in text:  # in every substitution
            return text, []
        text = _ARITHMETIC.sub("0", text)
        risks: list[ActionRisk] = []

        def stand_in(m: re.Match) -> str:
            inner = next(g for g in m.groups() if g is not None)
            if self.depth < MAX_DEPTH:  # with the variables the lines before it set (`cfg=…` then `$(awk … "$cfg")`)
                used = set(re.findall(r"\$\{?(\w+)", inner))
                given = [g.group(1) for g in _PLAIN_ASSIGNMENT.finditer(text, 0, m.start()) if g.group(2) in used]
                risks.append(self.nested("\n".join([*given, inner])))
            names = {base_name(w) for w in re.findall(r"[\w./-]+", inner)}
            known = _SUBSTITUTION.sub(lambda m2: self.known_output(next(g for g in m2.groups() if g is not None)) or m2.group(0),
                                      inner)
            printed = self.known_output(known) or self.function_output(inner)
            decoded = bool(DECODERS.search(inner) or names & _TRANSFORMS or _ESCAPED_PRINTF.search(inner))
            self.substitutions.append(_Substitution(decoded=decoded, downloaded=bool(names & {"curl", "wget"}),
                                                    printed=printed, environment=inner.split()[:1] in (["env"], ["printenv"]),
                                                    disks=bool(_DISK_LISTING.search(inner))))
            plain = printed and "\n" not in printed and not re.search(r"[;&|<>()`$'\"\\]", printed)
            if plain and decoded:
                decoded_texts[m.start()] = printed
            if plain and not decoded:
                return printed  # a known, plain output stands in for the substitution
            return f"__SUB{len(self.substitutions) - 1}__"

        quoting = _quoting(text)
        decoded_texts: dict[int, str] = {}
        hidden = _SUBSTITUTION.sub(lambda m: m.group(0) if quoting[m.start()][0] == "'" else stand_in(m), text)
        if decoded_texts and self.depth < MAX_DEPTH:  # what the command does with the decoded text, judged too
            revealed = _SUBSTITUTION.sub(lambda m: decoded_texts.get(m.start(), m.group(0)), text)
            risks.append(self.nested(revealed))
        return hidden, risks

    def known_output(self, command: str) -> str:
        return _printed(" ".join(_expand(command, self.env)) if "$" in command and "|" not in command else command,
                        self.env["PWD"])

    def called(self, ctx: ActionContext, args: list[str]) -> _ShellJudge:
        """A judge for a function's body run with these arguments, one level down, seeing this shell's variables."""
        child = _ShellJudge(ctx, self.depth + 1)
        child.functions, child.calls = self.functions, self.calls
        child.env = {**self.env, **call_arguments(args, _LIST)}
        return child

    def function_call(self, name: str, args: list[str], ctx: ActionContext) -> ActionRisk:
        """What calling a function this text defines does: its body, run with the call's arguments."""
        key = (name, *args)
        if key not in self.calls:  # a call of itself, met while its body is judged, reads as a call needing approval
            self.calls[key] = ActionRisk(ESCALATE, "code", f"calls the shell function {name}", "act.shell.function")
            judged = self.called(ctx, args).run(self.functions[name])
            self.calls[key] = judged if judged.decision != DENY else ActionRisk(
                DENY, judged.category, f"calls the shell function {name}, which would: {judged.rationale}", judged.rule_id)
        return self.calls[key]

    def function_output(self, call: str) -> str:
        """What `$(name args)` of a function this text defines prints, where its body only sets variables and then
        prints once (`echo`, `printf`); else ""."""
        words = _tokenize(call)
        if not words or words[0] not in self.functions or self.depth >= MAX_DEPTH or set(words) & SEPARATORS:
            return ""
        child = self.called(self.ctx, [w for t in words[1:] for w in _expand(t, self.env)])
        hidden, _ = child.hide_substitutions(self.functions[words[0]])
        hidden = _STAND_IN.sub(lambda m: child.substitutions[int(m.group(1))].printed or m.group(0), hidden)
        simples = [s for p in child.pipelines(hidden) for s in p]
        if not simples or any(s.tokens and s.tokens[0] != ":" and s.tokens[0] not in _DECLARES for s in simples[:-1]) \
                or simples[-1].tokens[:1] not in (["echo"], ["printf"]):
            return ""
        return _printed(shlex.join(simples[-1].tokens))

    def hidden_by(self, text: str) -> list[_Substitution]:
        return [self.substitutions[int(n)] for n in _STAND_IN.findall(text) if int(n) < len(self.substitutions)]

    def pipelines(self, command: str) -> list[list[_Simple]]:
        pipelines: list[list[_Simple]] = [[]]
        current = _Simple()
        pending: str | None = None

        def flush(new_pipeline: bool) -> None:
            nonlocal current
            while current.tokens and current.tokens[0] in _KEYWORDS:
                current.tokens.pop(0)
            if len(current.tokens) > 2 and current.tokens[0] == "for" and current.tokens[2] == "in":
                self.env[current.tokens[1]] = _LIST.join(current.tokens[3:]) or ""
                current.tokens = []
            while current.tokens and _ASSIGNMENT.fullmatch(current.tokens[0]):
                name, _, value = current.tokens.pop(0).partition("=")
                value = _assigned(value, self.env)
                if name.endswith("+"):  # name+=value appends
                    name = name[:-1]
                    value = self.env.get(name, "") + value
                (current.assign if current.tokens else self.env)[name] = value
            if current.tokens and current.tokens[0] in _DECLARES:
                for word in current.tokens[1:]:
                    if _ASSIGNMENT.fullmatch(word):
                        name, _, value = word.partition("=")
                        self.env[name] = _assigned(value, self.env)
            if current.tokens:
                current.tokens[0] = _ZSH_FILE_BUILTINS.sub(r"\1", windows_name(current.tokens[0]))
            if current.assign and not current.tokens:
                self.env.update(current.assign)
                current.assign = {}
            current.home = self.env.get("HOME", "")
            if current.tokens or current.overwrites or current.appends or current.reads or current.stdin_text:
                pipelines[-1].append(current)
            current = _Simple()
            if new_pipeline and pipelines[-1]:
                pipelines.append([])

        for raw in _tokenize(command):
            if pending is not None:
                words = _expand(raw, self.env)
                if pending == "<<<":
                    current.stdin_text.append(" ".join(words))
                else:  # a loop variable's words: each is a target in its turn
                    {"<": current.reads, ">": current.overwrites, ">>": current.appends}.get(pending, []).extend(words or [""])
                pending = None
            elif raw in REDIRECTS or re.fullmatch(r"\d?>>?&?|\d?<|&>>?", raw):
                if current.tokens[1:] and current.tokens[-1] in ("0", "1", "2"):  # `2>&1`: the descriptor, not an argument
                    current.tokens.pop()
                pending = "<" if raw in ("<", "<>") or re.fullmatch(r"\d?<", raw) else raw if raw in ("<<<", "<<") \
                    else ">>" if ">>" in raw else ">"
            elif raw in SEPARATORS:
                flush(new_pipeline=raw not in ("|", "|&"))
            elif raw.startswith("&") and raw[1:].isdigit():
                continue  # 2>&1
            elif _ASSIGNMENT.fullmatch(raw) and all(_ASSIGNMENT.fullmatch(t) for t in current.tokens):
                current.tokens.append(raw)
            else:
                words = _expand(raw, self.env)
                if not words and not any(not _ASSIGNMENT.fullmatch(t) for t in current.tokens):
                    current.hidden_name = True
                current.tokens.extend(words)
        flush(new_pipeline=True)
        for simple in (s for p in pipelines for s in p):
            simple.overwrites = [w for w in simple.overwrites if w and not w.isdigit()]
            simple.appends = [w for w in simple.appends if w and not w.isdigit()]
        return [p for p in pipelines if p]

    def run(self, text: str) -> ActionRisk:
        flat = " ".join(_DATA_STRING.sub(r"\1''", text).split())
        if _FORK_BOMB.search(flat):
            return ActionRisk(DENY, "destructive", "fork bomb", "act.shell.fork_bomb")
        if _REVERSE_SHELL.search(_PORT_PROBE.sub(":", flat)):
            return ActionRisk(DENY, "exfiltration", "opens a reverse shell", "act.shell.reverse_shell")
        if _REMOTE_TO_SHELL.search(flat) or (_POWERSHELL_REMOTE.search(flat) and _POWERSHELL_FETCH.search(flat)):
            return ActionRisk(DENY, "remote_code", "runs downloaded code in a shell", "act.shell.curl_sh")
        if re.search(r"\beval\b", flat) and DECODERS.search(flat):
            return ActionRisk(DENY, "obfuscated", "evaluates decoded, hidden commands", "act.shell.base64_eval")
        if _AGENT_MEMORY.search(flat):
            return ActionRisk(DENY, "secrets", "dumps the memory of a key agent or password manager", "act.shell.secret_tool")
        if _CI_SECRET.search(text) and re.search(r"\b(curl|wget|nc|ncat|mail|scp|ssh)\b", flat):  # also echoed
            return ActionRisk(DENY, "secrets", "sends a CI secret off the machine", "act.shell.ci_secret")
        if "mapfile" in text:
            text = _MAPFILE.sub(r"$(cat \1)", _MAPFILE_WRITE.sub(r': > \1; _=', text))
        if _prints_credential_variable(text):
            return ActionRisk(DENY, "secrets", "prints a credential held in an environment variable", "act.shell.secret_variable")
        risks = self.planted(text)
        self.functions.update(defined_functions(text))
        text, bodies = _split_heredocs(text)
        text, inner = self.hide_substitutions(text)
        risks.extend(inner)
        for opening, body in bodies:
            risks.extend(self.heredoc(opening, body))
            target = re.search(r">>?\s*([^\s<>;|&]+)", opening.replace("<<", "  "))
            if target:
                self.written[resolve(target.group(1).strip("'\""), self.ctx)] = body
        for pipeline in self.pipelines(text):
            risks.extend(self.pipeline(pipeline))
        if self.depth < MAX_DEPTH:  # text appended or written into a hook, a script or a task file: it runs later
            risks += [ActionRisk(DENY, judged.category, f"writes into {path.name}, which runs later, a command that would: "
                                 f"{judged.rationale}", "act.shell.planted") for path, body in self.written.items()
                      if runs_later(path.as_posix()) and (judged := self.nested(body)).decision == DENY]
        return worst(risks) if risks else ActionRisk(ALLOW, "noop", "nothing to run", "act.shell.empty")

    def planted(self, text: str) -> list[ActionRisk]:
        """Commands written into an alias, a crontab or a shell start-up file run later: judged now."""
        if not _PLANTED_HINT.search(text) or self.depth >= MAX_DEPTH:
            return []
        risks = []
        for m in _QUOTED.finditer(text):
            text = m.group(1) if m.group(1) is not None else m.group(2)
            if looks_like_plist(text):  # a launchd job: its program runs at login and keeps running
                if any(self.nested(c).decision == DENY for c in plist_commands(_unescape(text))):
                    risks.append(ActionRisk(DENY, "destructive", "plants a launchd job that runs a forbidden command",
                                            "act.shell.planted"))
                continue
            planted = _PLANT_PREFIX.sub("", text).strip("'\"")
            candidates = scheduled_commands(planted)
            planted = candidates[0]
            if planted and any(self.nested(c).decision == DENY for c in candidates if c):
                risks.append(ActionRisk(DENY, "destructive", f"plants a forbidden command: {planted[:60]}",
                                        "act.shell.planted"))
        return risks

    def heredoc(self, opening: str, body: str) -> list[ActionRisk]:
        if self.depth >= MAX_DEPTH:
            return []
        if _SHELL_WORD.search(opening):
            return [self.nested(body)]
        if re.match(r"\s*python3?(?:\.\d+)?\s+(?:-\s*)?<<", opening) and (
                data_work := python_data_work(body, self.ctx, self.overwrite)) is not None:
            self.python_data_stdin = True
            return [*_shown_code_risks(body, self.ctx), *data_work]
        if _INTERPRETER_WORD.search(opening):
            return self.code(body, self.ctx)
        if re.search(r"(?<![\w./-])make(?![\w.-])", opening):  # a makefile on standard input: its recipes run
            return [self.nested(line.strip()) for line in body.splitlines() if line.startswith("\t")]
        if _PLANTED_HINT.search(opening):
            commands = plist_commands(body) if looks_like_plist(body) else [body]
            return [r for r in (self.nested(c) for c in commands) if r.decision == DENY]
        return []

    def pipeline(self, pipeline: list[_Simple]) -> list[ActionRisk]:
        risks: list[ActionRisk] = []
        stages = [_strip_wrappers(list(s.tokens))[0] for s in pipeline]
        names = [base_name(t[0]) if t else "" for t in stages]
        for i, simple in enumerate(pipeline):
            if i and names[i] in PIPE_RUNNERS:
                risks.extend(self.piped_into(stages[:i], names[:i], stages[i], names[i]))
            if names[i] in ("cd", "pushd") and not simple.assign:
                home = resolve(self.env["HOME"], self.ctx) if self.env.get("HOME") else self.ctx.tilde
                self.ctx = replace(self.ctx, tilde=home)
                self.ctx = replace(self.ctx, cwd=resolve(stages[i][1] if len(stages[i]) > 1 else "~", self.ctx))
                self.env["PWD"] = str(self.ctx.cwd)
            echoed = stages[i - 1] if i and names[i - 1] in ("echo", "printf") else None
            risks.extend(self.simple(simple, echoed))
            if i and names[0] in ("echo", "printf") and (simple.overwrites or simple.appends) and (
                    text := _printed(" | ".join(shlex.join(s) for s in stages[:i + 1]))):  # decoded (`| base64 -d > f`)
                for target in simple.overwrites + simple.appends:
                    self.written[resolve(target, self.ctx)] = self.written.get(resolve(target, self.ctx), "") + "\n" + text
        for i in range(1, len(pipeline)):
            if names[i] in DOWNLOADERS | SENDERS | {"cpio", "tar", "zip"} and names[i - 1] in ("echo", "printf"):
                risks += mentions(_unescape(" ".join(stages[i - 1][1:])), self.ctx)
        for i, stage in enumerate(stages):
            if names[i] in FINDERS and _names_secret_files(stage[1:]) and any(
                    _reads_listed_files(list(later.tokens)) for later in pipeline[i + 1:]):
                risks.append(ActionRisk(DENY, "secrets", f"{names[i]} finds key or credential files and hands them on",
                                        "act.shell.secret_search"))
            remote = remote_command(names[i], stage[1:]) if stage else None
            if names[i] in ("docker", "podman") and stage[1:2] == ["inspect"]:
                remote = " ".join(stage)
            if remote:
                risks += workload_secret_risks(" ".join([remote, *(" ".join(s) for s in stages[i + 1:])]))
        if len(stages) > 1 and prints_cloud_secret([w for s in stages for w in [*s, "|"]]):
            risks.append(ActionRisk(DENY, "secrets", "filters credentials out of a cloud tool's output", "act.cloud.secret"))
        for i in range(1, len(stages)):
            if names[i] in DOWNLOADERS | SENDERS and any(_SECRETS_FILE.search(a) for s in stages[:i] for a in s[1:]):
                risks.append(ActionRisk(DENY, "secrets", f"{names[i]} sends a file of secrets (.env, credentials JSON)",
                                        "act.shell.send_env_file"))
        raw_names = [base_name(s.tokens[0]) if s.tokens else "" for s in pipeline]
        if any(n in _ENV_DUMPS for n in raw_names) and any(n in DOWNLOADERS | SENDERS for n in names):
            risks.append(ActionRisk(DENY, "secrets", "sends environment variables (tokens, keys) off the machine",
                                    "act.shell.env_exfiltration"))
        if raw_names[:1] and raw_names[0] in _ENV_DUMPS and len(stages) > 1:
            risks += workload_secret_risks(" | ".join(" ".join(s.tokens) for s in pipeline))
        return risks

    def piped_into(self, sources: list[list[str]], source_names: list[str], stage: list[str],
                   name: str) -> list[ActionRisk]:
        """A shell or interpreter that runs what earlier stages write: a download or decoded text is never run."""
        texts = [" ".join(s) for s in sources]
        if any(n in self.functions and {base_name(w) for w in _tokenize(self.functions[n])} & DOWNLOADERS
               for n in source_names):
            return [ActionRisk(DENY, "remote_code", "pipes what a function downloads into a shell", "act.shell.curl_sh")]
        if any(n in DOWNLOADERS or n in ("powershell", "pwsh") and _POWERSHELL_FETCH.search(t)
               for n, t in zip(source_names, texts, strict=True)):
            return [ActionRisk(DENY, "remote_code", "pipes a download into a shell", "act.shell.curl_sh")]
        if any(_produces_hidden_text(t, n) or self.hidden_by(t) for t, n in zip(texts, source_names, strict=True)):
            return [ActionRisk(DENY, "obfuscated", "runs decoded, hidden commands", "act.shell.base64_sh")]
        reads_commands = name in STDIN_RUNNERS or (
            _inline_code(stage) is None and not [a for a in stage[1:] if not a.startswith("-")])
        if not reads_commands:
            return []
        source, source_name = sources[-1], source_names[-1]
        if source_name == "cat" and len(source) == 2 and self.depth < MAX_DEPTH and (
                text := file_text(resolve(source[1], self.ctx), self.ctx.home)) is not None:
            return [self.nested(shell_script(text, source[1], [])) if name in SHELLS | STDIN_RUNNERS
                    else worst(self.code(text, self.ctx))]
        if source_name in ("echo", "printf") and self.depth < MAX_DEPTH:
            printed = " ".join(source[1:])
            if name == "osascript":
                return self.applescript(printed, self.ctx)
            return [worst(self.code(printed, self.ctx)) if name in INTERPRETERS else self.nested(printed)]
        return [ActionRisk(ESCALATE, "code", f"{name} runs commands it reads from {source_name}", "act.shell.script")]

    def simple(self, simple: _Simple, echoed: list[str] | None) -> list[ActionRisk]:
        ctx = self.ctx
        assign = {**simple.assign, **_env_assignments(simple.tokens)}
        if simple.home and simple.home != str(ctx.tilde or ctx.home):
            ctx = replace(ctx, tilde=resolve(simple.home, ctx))
        if "HOME" in assign:
            ctx = replace(ctx, tilde=resolve(assign["HOME"], ctx))
        risks: list[ActionRisk] = []
        for variable in COMMAND_VARIABLES:
            if assign.get(variable) and self.depth < MAX_DEPTH:
                judged = self.nested(assign[variable].lstrip("|").strip(), ctx)
                risks += [judged] if judged.decision != ALLOW else []
        for path in _startup_files({**self.env, **assign}):  # PYTHONSTARTUP, NODE_OPTIONS=--require, RUBYOPT=-r: loaded by what runs
            p = resolve(path, ctx)
            if p in self.written and self.depth < MAX_DEPTH and self.written_risk(
                    p, "node" if path.endswith(".js") else "ruby" if path.endswith(".rb") else "python", ctx).decision == DENY:
                risks.append(ActionRisk(DENY, "destructive", "makes the program load a file holding a forbidden command",
                                        "act.shell.written_then_run"))
        if assign.get("PERL5OPT") and self.depth < MAX_DEPTH:
            risks.extend(r for r in self.code(assign["PERL5OPT"], ctx) if r.decision == DENY)
        by_name = not simple.tokens or "/" not in simple.tokens[0]  # a program named by its path is found as it is
        if by_name and (searched := [v for v in SEARCH_PATH_VARIABLES if assign.get(v)]):
            risks.append(ActionRisk(ESCALATE, "code", f"{searched[0]} changes which programs or modules run",
                                    "act.shell.search_path"))
        for variable in ("BASH_ENV", "ENV", "PROMPT_COMMAND", "LD_PRELOAD"):
            value = assign.get(variable, "")
            if any(h.downloaded or h.decoded for h in self.hidden_by(value)):
                risks.append(ActionRisk(DENY, "remote_code", f"{variable} loads downloaded or decoded code",
                                        "act.shell.curl_sh"))
            elif value:
                risks.append(ActionRisk(ESCALATE, "code", f"{variable} makes the command load other code",
                                        "act.shell.script"))
        read_by_wrapper, written_by_wrapper = _wrapper_files(simple.tokens)
        risks += [assess_path(f, ctx, write=False) for f in read_by_wrapper]
        risks += [self.overwrite(f, ctx) for f in written_by_wrapper]
        if simple.tokens:
            tokens, sudo, xargs = _strip_wrappers(list(simple.tokens))
            if xargs and echoed:
                words = echoed[1:]
                tokens = [w for t in tokens for w in (words if t == "*" else [t])] if "*" in tokens else tokens + words
            elif xargs and "*" not in tokens:
                tokens = tokens + ["*"]
            if sudo:
                risks.append(ActionRisk(ESCALATE, "privilege", "runs with elevated privileges", "act.shell.sudo"))
            if tokens and tokens[0] in self.functions and self.depth < MAX_DEPTH:
                risks.append(self.function_call(tokens[0], tokens[1:], ctx))
            if tokens:
                risks.extend(self.command(tokens, ctx, simple))
        if simple.tokens and simple.tokens[0] in ("echo", "printf"):
            text = _unescape(" ".join(simple.tokens[1:]) if simple.tokens[0] == "echo" else _printf_text(simple.tokens[1:]))
            for target in simple.overwrites + simple.appends:
                self.written[resolve(target, ctx)] = self.written.get(resolve(target, ctx), "") + "\n" + text
        probe = simple.tokens in (["echo"], [":"], ["true"]) and not simple.reads and not simple.stdin_text
        if not probe and any(re.match(r"/dev/(?:tcp|udp)/", w) for w in simple.overwrites + simple.appends + simple.reads):
            risks.append(ActionRisk(DENY, "exfiltration", "wires a command to a network socket (a variable's /dev/tcp)",
                                    "act.shell.reverse_shell"))
        risks.extend(self.overwrite(w, ctx) for w in simple.overwrites)
        risks.extend(assess_path(w, ctx, write=True) for w in simple.appends)
        risks.extend(assess_path(r, ctx, write=False) for r in simple.reads if "/" in r or r.startswith(("~", ".")))
        return risks

    def overwrite(self, target: str, ctx: ActionContext) -> ActionRisk:
        risk = assess_path(target, ctx, write=True)
        p = resolve(target, ctx)
        if risk.decision == ALLOW and risk.rule_id == "act.path.workspace" and p.is_file():
            return ActionRisk(ESCALATE, "overwrite", f"replaces the whole existing file {p.name}", "act.shell.overwrite")
        return risk

    def command(self, tokens: list[str], ctx: ActionContext, simple: _Simple) -> list[ActionRisk]:
        name = base_name(tokens[0])
        if name in ("awk", "gawk", "mawk", "nawk", "sed") and (program := _program_file(name, tokens[1:], ctx)) is not None:
            tokens = [tokens[0], *program]
        if name in PIPE_RUNNERS and any(h.downloaded or h.decoded for t in simple.stdin_text for h in self.hidden_by(t)):
            return [ActionRisk(DENY, "remote_code", f"{name} runs downloaded or decoded text given on standard input",
                               "act.shell.curl_sh")]
        if name in DOWNLOADERS | SENDERS | {"http", "https", "xh"} and any(
                h.environment for h in self.hidden_by(" ".join(tokens[1:]))):
            return [ActionRisk(DENY, "secrets", f"{name} sends this shell's environment (tokens, keys)",
                               "act.shell.env_exfiltration")]
        if name in ("gradle", "gradlew") and any(h.downloaded for i, a in enumerate(tokens[1:-1], 1)
                                                  if a in ("-I", "--init-script") for h in self.hidden_by(tokens[i + 1])):
            return [ActionRisk(DENY, "remote_code", "gradle runs a downloaded init script", "act.shell.curl_sh")]
        if name == "make" and any(h.downloaded for h in self.hidden_by(" ".join(tokens[1:]))):
            return [ActionRisk(DENY, "remote_code", "make runs recipes from a downloaded makefile", "act.shell.curl_sh")]
        if name == "make" and simple.stdin_text and self.depth < MAX_DEPTH:  # a makefile on standard input
            recipes = [line.strip() for line in _unescape("\n".join(simple.stdin_text)).splitlines() if line.startswith("\t")]
            return [*(self.nested(r.lstrip("@-+"), ctx) for r in recipes),
                    ActionRisk(ESCALATE, "code", "make runs recipes it reads from standard input", "act.shell.script")]
        if windows_download := download_output(name, tokens[1:]):
            self.downloads.add(resolve(windows_download, ctx))
        if name in DOWNLOADERS:
            self.downloads.update(resolve(out, ctx) for out in _download_outputs(name, tokens[1:]))
        runs = [tokens[0]] + ([a for a in tokens[1:] if not a.startswith("-")][:1] if name in SHELLS | INTERPRETERS else [])
        runs += _loaded_libraries(name, tokens[1:])
        run_paths = {resolve(r, ctx) for r in runs}
        if self.downloads & run_paths:
            return [ActionRisk(DENY, "remote_code", "runs a file it has just downloaded", "act.shell.curl_sh")]
        used = {resolve(a, ctx) for a in tokens[1:] if not a.startswith("-")} if name in FILE_RUNNERS else set()
        if name == "direnv":
            used.add(resolve(".envrc", ctx))
        used.update(resolve(f, ctx) for f in files_run_later(name, tokens[1:]))
        for path in (run_paths | used) & set(self.written):
            if self.depth < MAX_DEPTH and self.written_risk(path, name, ctx).decision == DENY:
                return [ActionRisk(DENY, "destructive", "writes a forbidden command into a file and runs it",
                                   "act.shell.written_then_run")]
        ran: list[ActionRisk] = []
        if self.depth < MAX_DEPTH:
            for run in task_files(name, tokens[1:], ctx.cwd or ctx.workspace, ctx.home, simple.assign):
                judged = self.file_risk(run.path, run.text, run.language, ctx)
                if judged.decision == DENY:
                    return [ActionRisk(DENY, judged.category, f"{name} runs {run.path.name}, which would: {judged.rationale}",
                                       "act.shell.runs_file")]
                if judged.decision == ESCALATE:
                    ran.append(ActionRisk(ESCALATE, judged.category, f"{name} runs {run.path.name}: {judged.rationale}",
                                          "act.shell.runs_file"))
        if self.depth < MAX_DEPTH:
            elsewhere = remote_command(name, tokens[1:]) or (adb_shell_command(tokens[1:]) if name == "adb" else None)
            if name == "adb" and elsewhere and device_queries_only(elsewhere):
                return [ActionRisk(ALLOW, "read_only", "adb shell runs a command that only reports on the phone",
                                   "act.device.read_only")]
            remote = [self.nested(elsewhere, ctx)] if elsewhere else []
            if remote and remote[0].decision == ALLOW and execs_in_container(name, tokens[1:]):
                return [ActionRisk(ALLOW, "read_only", f"{name} runs a read-only command in a container", "act.cloud.exec_read")]
            later = [c for c in (launchctl_submitted(tokens[1:]) if name == "launchctl" else None,
                                 defaults_job(tokens[1:]) if name == "defaults" else None) if c]
            later += plistbuddy_values(tokens[1:]) if name == "PlistBuddy" else []
            embedded = [*(self.nested(c, ctx) for c in [*_embedded_commands(name, tokens[1:]), *later]), *remote]
            if any(r.decision != ALLOW for r in embedded):
                embedded.append(ActionRisk(ESCALATE, "code", f"{name} runs another command", "act.shell.embedded"))
            hooks = _hooks_path(name, tokens[1:])
            if hooks is not None:
                hook_dir = resolve(hooks, ctx)
                for path in [p for p in self.written if inside(p, hook_dir)]:
                    if self.nested(self.written[path]).decision == DENY:
                        return [ActionRisk(DENY, "destructive", "points git at hooks holding a forbidden command",
                                           "act.shell.written_then_run")]
        else:
            embedded = []
        if simple.hidden_name or _STAND_IN.search(tokens[0]) or (name not in ("[", "[[") and re.search(r"[*?\[]", name)):
            return self.hidden_command(tokens, ctx, simple)
        risks = embedded + self.arguments(tokens, ctx)
        if name in DATABASE_CLIENTS and reads_credentials(" ".join(tokens[1:])) or reads_credentials(
                orm_code(name, tokens[1:]) or ""):
            risks.append(ActionRisk(DENY, "secrets", f"{name} reads password hashes or tokens", "act.db.credentials"))
        if _SECRET_TOOLS.search(" ".join(tokens)) or prints_cloud_secret(tokens) or "ShadowHashData" in tokens:
            risks.append(ActionRisk(DENY, "secrets", f"{name} prints stored credentials", "act.shell.secret_tool"))
        return risks + _command_risks(self, tokens, ctx, simple) + ran  # an install names itself before its scripts

    def file_risk(self, path: Path, text: str, language: str, ctx: ActionContext) -> ActionRisk:
        """What a file's text would do when run: as shell commands, or as code of an interpreter together with the
        project's own modules it imports. A file run by its path (a git hook) picks its interpreter by its `#!` line."""
        return worst(self.file_risks(path, text, language, ctx))

    def file_risks(self, path: Path, text: str, language: str, ctx: ActionContext) -> list[ActionRisk]:
        """Every risk `file_risk` weighs."""
        if language == "script":
            language = family(shebang_runner(text)) if text.startswith("#!") else "shell"
        if language == "shell":
            return [self.nested(shell_script(with_sourced(text, path, ctx), str(path), []), ctx)]
        if language in _READ_AS_PYTHON:
            text, language = _READ_AS_PYTHON[language](text), "python"
        steps = [self.nested(c, ctx) for c in workflow_commands(path.name, text)]
        text = without_notes(text, family(language))
        if language == "elixir":
            text = without_unused_private(text)
        if family(language) == "r" and (shown := r_data_work(text, ctx, self.overwrite,
                                                             command=self.command_judge(ctx))) is not None:
            return [*_shown_code_risks(text, ctx, from_file=True), *shown, self.imports_risk(path, text, language, ctx),
                    ActionRisk(ALLOW, "data_work", f"{path.name} only reads and writes data files", "act.shell.r_data")]
        if language == "autohotkey":
            text = autohotkey_code(text)
        forbidden = r_forbidden_steps(text, ctx, self.command_judge(ctx)) if family(language) == "r" else []
        if family(language) == "powershell":
            text = powershell_spelled_out(text)
            forbidden = powershell_file_risks(self, text, ctx, from_file=True)
        return [*self.code(text, ctx, from_file=True), self.imports_risk(path, text, language, ctx), *forbidden, *steps,
                ActionRisk(ESCALATE, "code", "runs code", "act.shell.script")]

    def command_judge(self, ctx: ActionContext):
        """How code that runs a shell command line has it judged: as a nested command, while nesting is allowed."""
        return (lambda line: self.nested(line, ctx)) if self.depth < MAX_DEPTH else None

    def imports_risk(self, path: Path, text: str, language: str, ctx: ActionContext) -> ActionRisk:
        """A forbidden step in one of the project's own modules that a code file imports (it runs on import)."""
        imported = imported_files(path, family(language), text, ctx.workspace, ctx.home)
        for module in imported:
            judged = worst(self.code(without_notes(module.text, module.language), ctx, from_file=True))
            if judged.decision == DENY:
                return ActionRisk(DENY, judged.category, f"{path.name} imports {module.path.name}, which would: "
                                  f"{judged.rationale}", judged.rule_id)
        # What the file hands to the functions it calls from them: read with their code (a key's path given to an upload).
        called = set(re.findall(r"(?<![\w.])([A-Za-z_]\w*)\s*\(", text))
        helpers = [m for m in imported if called & {n for names in _DEFINED_FUNCTION.findall(m.text) for n in names if n}]
        if helpers:
            joint = "\n".join([text, *(without_notes(m.text, m.language) for m in helpers)])
            judged = worst(self.code(joint, ctx, from_file=True))
            if judged.decision == DENY:
                return ActionRisk(DENY, judged.category, f"{path.name} calls functions of "
                                  f"{', '.join(m.path.name for m in helpers)}; together they would: {judged.rationale}",
                                  judged.rule_id)
        return ActionRisk(ALLOW, "code", "imports nothing forbidden", "act.shell.imports")

    def written_risk(self, path: Path, runner: str, ctx: ActionContext) -> ActionRisk:
        """What running (or compiling, or loading) a file this command wrote would do."""
        text = self.written[path]
        risks = mentions(text, ctx)
        if runner == "logrotate":  # a rotation rule rewrites and deletes the logs it names
            named = (resolve(m, ctx) for m in re.findall(r"(?:~|/)[^\s{}'\"]*", text))
            risks += [ActionRisk(DENY, "tamper", "rotates away AEGIS's own files", "act.path.aegis")
                      for p in named if is_protected(p, ctx)]
            return worst(risks or [ActionRisk(ESCALATE, "code", "logrotate runs its rules", "act.shell.script")])
        if looks_like_plist(text):
            risks.extend(self.nested(c, ctx) for c in plist_commands(text))
        elif runner == "osascript":
            risks.extend(self.applescript(text, ctx))
        elif runner in INTERPRETERS:
            risks.extend(self.code(text, ctx))
        else:
            risks.append(self.nested(text, ctx))
        return worst(risks)

    def hidden_command(self, tokens: list[str], ctx: ActionContext, simple: _Simple) -> list[ActionRisk]:
        """A command whose name cannot be read is judged as every command it could be, and at least escalated."""
        name = base_name(tokens[0])
        if simple.hidden_name:
            candidates, args = list(WORST_CASE_NAMES), tokens
        elif _STAND_IN.search(tokens[0]):
            candidates, args = list(WORST_CASE_NAMES), tokens[1:]
        else:
            candidates, args = [n for n in WORST_CASE_NAMES if fnmatchcase(n, name)], tokens[1:]
        risks = [worst(_command_risks(self, [c, *args], ctx, simple) + self.arguments([c, *args], ctx))
                 for c in candidates]
        return [*risks, ActionRisk(ESCALATE, "unknown_command", "runs a command whose name is hidden", "act.shell.hidden")]

    def arguments(self, tokens: list[str], ctx: ActionContext) -> list[ActionRisk]:
        """Secret files among the arguments (relative to `-C DIR` where a tool takes one); echoed text, a search
        pattern and a sed script (its `r`/`w` files are judged with sed) are data, not paths."""
        name = base_name(tokens[0])
        if name in ("echo", "printf"):
            return []
        args = _without_search_pattern("grep" if name == "sed" else name, tokens[1:])
        base = ctx
        for i, a in enumerate(args[:-1]):
            if a in ("-C", "--directory"):
                base = replace(ctx, cwd=resolve(args[i + 1], ctx))
        may_write = name not in READ_ONLY_COMMANDS | SEARCHERS
        args = _read_operands(name, args)
        risks = []
        for a in args:
            value = a.split("=", 1)[1] if a.startswith("-") and "=" in a else a
            risks.extend(mentions(value, base))
            if a.startswith("-") and value == a:
                continue
            p = resolve(value, base)
            if value.startswith((".", "~", "/")) and is_secret(p, base.home):
                risks.append(secret_risk(p))
            if may_write and value.startswith(("/", "~", ".", "$")) and is_protected(p, base):
                risks.append(ActionRisk(DENY, "tamper", f"{name} may change AEGIS's own files", "act.path.aegis"))
        return risks


# Files of secrets by their names: `.env` (not its examples), service-account and credential JSON files.
_SECRETS_FILE = re.compile(r"(^|/)\.env(\.(?!example\b|sample\b|template\b|dist\b)[\w-]+)?$|"
                       r"(^|/)[^/]*(?:credentials|service[-_]?account|client[-_]secret)[^/]*\.json$", re.I)


def _reads_listed_files(stage: list[str]) -> bool:
    """A stage that reads the files named on its standard input: `xargs CMD`, `tar -T -`, `cpio -o`, `zip -@`."""
    name = base_name(stage[0]) if stage else ""
    return name == "xargs" or name == "cpio" or name == "zip" and "-@" in stage or name == "tar" and any(
        a in ("-T", "--files-from", "--files-from=-") or re.fullmatch(r"-?[a-zA-Z]*T", a) for a in stage[1:])


def _read_operands(name: str, args: list[str]) -> list[str]:
    """`args` less the files a command uses without reading them out: the key ssh signs in with, the keychains a
    read-only `security` query searches for public certificates."""
    if name in ("ssh", "scp", "sftp"):
        return [a for i, a in enumerate(args) if not (i and args[i - 1] == "-i")
                and not re.match(r"(?i)-?o?\s*IdentityFile[= ]", a) and a != "-i"]
    return used_not_read(name, args)


# A Go module at a version (`github.com/abice/go-enum@v0.6.0`, `…@latest`): `go run` downloads it first.
_MODULE_VERSION = re.compile(r"[\w-]+(?:\.[\w-]+)+/\S+@\S+")


def _installs(name: str, args: list[str]) -> bool:
    """A package manager or tool manager installing, updating or removing software (`pip install`, `npm ci`, bare `yarn`,
    `mix deps.get`, `dotnet tool install`, `pod install`, `flutter pub get`, `melos bootstrap`, `go run MODULE@VERSION`)."""
    return (name in INSTALLERS and any(a in ("install", "add", "i", "upgrade", "remove", "uninstall", "get") for a in args)
            or name in INSTALLERS and _first_operand(args) in ("update", "sync")
            or name in _CONDAS and (args[:1] == ["create"] or args[:2] in (["env", "create"], ["env", "update"]))
            or name == "cargo" and args[:1] == ["fetch"] or name == "go" and args[:2] == ["mod", "download"]
            or name == "go" and args[:1] == ["run"] and bool(_MODULE_VERSION.fullmatch(_first_operand(args[1:]) or ""))
            or name in ("gradle", "gradlew") and "--refresh-dependencies" in args
            or name == "mix" and args[:1] != [] and args[0] in _MIX_INSTALLS or name == "dotnet" and args[:2] in _DOTNET_INSTALLS
            or name in ("npm", "pnpm") and args[:1] == ["ci"] or name == "yarn" and not args
            or name in ("pod", "fvm") and args[:1] in (["install"], ["update"])
            or name == "fvm" and args[:1] == ["flutter"] and _installs("flutter", args[1:])
            or name in ("flutter", "dart") and args[:1] == ["pub"] and args[1:2] in (["get"], ["upgrade"], ["add"], ["downgrade"])
            or name == "melos" and args[:1] in (["bootstrap"], ["bs"]) or name == "deno" and args[:1] in (["install"], ["add"]))


def _installs_browsers(tokens: list[str]) -> bool:
    """`playwright install`, also through `npx`/`pnpm exec`/`yarn`/`bunx`: downloads browsers (and with `--with-deps`,
    system packages)."""
    words = [base_name(t) if i == 0 else t for i, t in enumerate(tokens) if not t.startswith("-")]
    while words and words[0] in ("npx", "bunx", "pnpm", "yarn", "exec", "dlx"):
        words = words[1:]
    return words[:2] == ["playwright", "install"]


def _without_search_pattern(name: str, args: list[str]) -> list[str]:
    """A search tool's arguments less its pattern (the first operand, unless `-e`/`-f` gave it); zip's less the name
    patterns after `-i`/`-x`, which only pick among the files it was given."""
    if name == "zip":
        kept, patterns = [], False
        for a in args:
            if a.startswith("-"):
                patterns = a in ("-i", "-x", "--include", "--exclude")
            elif patterns:
                continue
            kept.append(a)
        return kept
    if name not in SEARCHERS or any(a in ("-e", "-f", "--regexp", "--file") for a in args):
        return args
    first = next((i for i, a in enumerate(args) if not a.startswith("-")), len(args))
    return args[:first] + args[first + 1:]


def _command_risks(judge: _ShellJudge, tokens: list[str], ctx: ActionContext, simple: _Simple) -> list[ActionRisk]:
    risks: list[ActionRisk] = []
    name, args = base_name(tokens[0]), tokens[1:]
    paths = [a for a in _without_search_pattern(name, args) if not a.startswith("-")]
    if len(args) == 1 and args[0] in VERSION_FLAGS:
        return [ActionRisk(ALLOW, "read_only", f"{name} reports its version", "act.shell.version")]
    if name == "rails" and args[:1] in (["runner"], ["r"]) and len(args) > 1 and not args[1].startswith("-"):
        # Ruby code, or a Ruby file, run in the application
        return _command_risks(judge, ["ruby", *([] if args[1].endswith(".rb") else ["-e"]), args[1]], ctx, simple)
    if (name == "make" and any(a in ("-n", "--dry-run", "--just-print", "--recon") for a in args)) or (
            name in SHELLS and args[:1] == ["-n"]):
        return [ActionRisk(ALLOW, "read_only", f"{name} only prints or checks what it would run", "act.shell.dry_run")]
    if name in WINDOWS_PROGRAMS:
        if judge.depth >= MAX_DEPTH:
            return [ActionRisk(ESCALATE, "system", f"{name} runs a Windows program", "act.win.program")]
        return windows_script_risks(judge, name, args, ctx) or windows_risks(judge, name, args, ctx)
    if name == "osascript":
        code = osascript_code(args)
        if code is not None and any(h.downloaded or h.decoded for h in judge.hidden_by(code)):
            return [ActionRisk(DENY, "remote_code", "osascript runs downloaded or decoded script text", "act.shell.curl_sh")]
        if code is None or judge.depth >= MAX_DEPTH:
            return [ActionRisk(ESCALATE, "code", "osascript runs a script file", "act.mac.osascript")]
        return judge.applescript(code, ctx)
    if name == "ditto":
        return _command_risks(judge, copy_as_cp(args), ctx, simple)
    mac = macos_command_risks(name, args, ctx)
    if mac is not None:
        return mac
    stored = store_risks(name, args)
    if stored is not None:
        return stored
    served = serving_risks(name, args, ctx)
    if served is not None:
        return served
    if name == "ssh" and ssh_forwards_login(args):
        return [ActionRisk(DENY, "exfiltration", "ssh -R offers this machine's ssh login on another machine",
                           "act.shell.tunnel_shell")]
    on_device = device_risks(name, args)
    if on_device is not None:
        return on_device
    if name == "pg_dump":
        outputs = [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-f", "--file")]
        outputs += [a.split("=", 1)[1] for a in args if a.startswith("--file=")]
        return [*(judge.overwrite(o, ctx) for o in outputs),
                ActionRisk(ALLOW, "read_only", "pg_dump reads a database (no role passwords)", "act.db.read_only")]
    if name in DATABASE_CLIENTS and any(is_protected(resolve(q, ctx), ctx) for a in args for q in QUOTED_SQL_PATH.findall(a)):
        return [ActionRisk(DENY, "tamper", f"{name} opens AEGIS's own files", "act.path.aegis")]
    if name in CLOUD_PROGRAMS and cloud_reads_only(name, args):
        return [*(judge.overwrite(f, ctx) for f in (terraform_outputs(args) if name == "terraform" else [])),
                cloud_read_risk(name)]
    if name == "printenv" and any(_CREDENTIAL_VARIABLE.match(a) for a in args):
        return [ActionRisk(DENY, "secrets", "prints a credential held in an environment variable", "act.shell.secret_variable")]
    if name == "xcrun" and (tool := xcrun_tool(args)):
        return _command_risks(judge, tool, ctx, simple)
    if name == "mount" and not args:
        return [ActionRisk(ALLOW, "read_only", "mount lists mounted file systems", "act.shell.read_only")]
    if name == "tar" and (_tar_mode(args) == "c"):
        return _archive_risks(judge, args, ctx)
    if name in SCRIPT_BUILTINS:
        named = {a.split("=", 1)[0] for a in args if not a.startswith(("-", "+"))}
        loaders = sorted(named & {*SEARCH_PATH_VARIABLES, *COMMAND_VARIABLES, "BASH_ENV", "ENV", "PROMPT_COMMAND",
                                  "LD_PRELOAD", "HOME", "IFS", "PYTHONSTARTUP", "NODE_OPTIONS", "PERL5OPT", "RUBYOPT"})
        if loaders and name in ("export", "local", "declare", "typeset", "readonly"):
            preloaded = [r for program, path in _preloaded(dict(a.split("=", 1) for a in args if "=" in a))
                         for r in _interpreter_risks(judge, [program, path], ctx, simple)
                         if r.decision == DENY] if judge.depth < MAX_DEPTH else []
            return preloaded or [ActionRisk(ESCALATE, "code", f"{name} sets {loaders[0]}, which changes what later commands run",
                                            "act.shell.search_path")]
        return [ActionRisk(ALLOW, "shell", f"{name} only changes this shell's own state", "act.shell.builtin")]
    if name == "trap" and args and judge.depth < MAX_DEPTH:
        return [judge.nested(args[0], ctx), ActionRisk(ALLOW, "shell", "trap runs a command when the script ends",
                                                       "act.shell.builtin")]
    if tokens[0] in ("source", ".") and args:
        return _interpreter_risks(judge, ["bash", *args], ctx, simple)
    if judge.depth < MAX_DEPTH and (execution := executed_documents(name, args, ctx.cwd or ctx.workspace, ctx.home)) is not None:
        return _document_risks(judge, tokens, execution, ctx)
    if "/" in tokens[0] and name not in CODE_RUNNERS and (text := file_text(resolve(tokens[0], ctx), ctx.home)) is not None \
            and shebang_runner(text) in CODE_RUNNERS:  # a script run by its path: its `#!` line names what runs it
        line = re.sub(r"^\S*env\s+(?:-S\s*|--split-string[= ]?)", "", text.split("\n", 1)[0][2:].strip())
        started = [judge.nested(f"{line} {shlex.quote(tokens[0])}", ctx)] if len(line.split()) > 2 and judge.depth < MAX_DEPTH else []
        return [*started, *_interpreter_risks(judge, [shebang_runner(text), tokens[0], *args], ctx, simple)]
    if name in CODE_RUNNERS:
        return _interpreter_risks(judge, tokens, ctx, simple)
    if name in DELETERS:
        return _delete_risks(name, args, ctx)
    if name.startswith(("mkfs", "mke2fs", "mkdosfs", "mkntfs", "mkswap")) or name in (
            "wipefs", "fdisk", "parted", "sfdisk", "sgdisk", "blkdiscard", "dd"):
        if any(RAW_DISK.match(a.removeprefix("of=")) or any(h.disks for h in judge.hidden_by(a))
               for a in args if name != "dd" or a.startswith("of=")):
            return [ActionRisk(DENY, "destructive", "writes a raw disk or filesystem", "act.shell.disk")]
        if name == "dd":
            risks = [assess_path(a[3:], ctx, write=False) for a in args if a.startswith("if=")]
            risks += [judge.overwrite(a[3:], ctx) for a in args if a.startswith("of=")]
            return risks or [ActionRisk(ESCALATE, "destructive", "dd copies raw data", "act.shell.disk_tool")]
        return [ActionRisk(ESCALATE, "destructive", f"{name} writes disks or images", "act.shell.disk_tool")]
    if name == "find":
        roots = [a for a in args if not a.startswith(("-", "(", "!"))][:1]
        return [*_find_risks(judge, args, ctx), *(assess_path(r, ctx, write=False) for r in roots),
                ActionRisk(ALLOW, "read_only", "find lists files", "act.shell.read_only")]
    if name == "git" and args:
        return [_git_risk(args, ctx)]
    if name in ENVIRONMENT_RUNNERS and args[:1] == ["run"] and args[1:2] and not args[1].startswith("-") \
            and judge.depth < MAX_DEPTH:  # the command runs in the project's environment (which uv may first install)
        return [judge.nested(shlex.join(args[1:]), ctx),
                ActionRisk(ESCALATE, "code", f"{name} run prepares the project's environment", "act.shell.unknown")]
    if name in ("deno", "bun") and (code := _javascript_evaluated(args)) is not None:  # `deno eval CODE`, `bun -e CODE`
        return _interpreter_risks(judge, ["node", "-e", code], ctx, simple)
    runner = _first_operand(args) if name in ("npx", "bunx") else name
    if runner in JS_FILE_RUNNERS:
        operands = [a for a in args[args.index(runner) + 1 if runner in args else 0:] if not a.startswith("-")]
        operands = operands[1:] if operands[:1] == ["run"] else operands
        if operands and file_text(resolve(operands[0], ctx), ctx.home) is not None:
            return _interpreter_risks(judge, ["node", *operands], ctx, simple)
    if name in ("npx", "pnpm", "yarn", "bunx", "bundle") and _first_operand(args) in ("exec", *WORKSPACE_TOOLS):
        inner = args[args.index("exec") + 1:] if "exec" in args else args[args.index(_first_operand(args)):]
        # a checker or formatter of the project, or an interpreter, run through the package manager
        if inner and (inner[0] in WORKSPACE_TOOLS | CODE_RUNNERS or name == "bundle"):
            return _command_risks(judge, inner, ctx, simple)
    if _only_lists(name, args):
        return [ActionRisk(ALLOW, "read_only", f"{name} lists what it could run", "act.shell.read_only")]
    if name == "go" and args[:1] == ["env"] and any(a in ("-w", "-u") for a in args):
        tools = [m.group(1) for a in args for m in re.finditer(r"-(?:toolexec|exec)=(.+)$", a)]
        if any(resolve(t, ctx) in judge.downloads for t in tools):
            return [ActionRisk(DENY, "remote_code", "makes every Go build run a program it has just downloaded",
                               "act.shell.curl_sh")]
        judged = [judge.nested(t, ctx) for t in tools if judge.depth < MAX_DEPTH]
        if any(r.decision == DENY for r in judged):
            return judged
        return [ActionRisk(ESCALATE, "config", "go env -w changes the user's Go settings", "act.shell.config")]
    if name == "exiftool" and not any("=" in a or a in ("-overwrite_original", "-o", "-tagsFromFile") for a in args):
        return [*(assess_path(a, ctx, write=False) for a in args if not a.startswith("-")),
                ActionRisk(ALLOW, "read_only", "exiftool only reads metadata", "act.shell.read_only")]
    if name in ("ip", "ping", "nslookup", "dig", "host") and _network_reads_only(name, args):
        return [ActionRisk(ALLOW, "read_only", f"{name} only looks up or reports network state", "act.shell.read_only")]
    if name in ("pipx", "uvx", "uv", "npx", "bunx", "deno") and any(re.match(r"https?://", a) for a in args):
        return [ActionRisk(DENY, "remote_code", f"{name} runs code straight from a web address", "act.shell.curl_sh")]
    if name in ("docker", "podman") and args[:1] == ["run"]:
        return _container_risks(judge, args[1:], ctx)
    if (run := _compose_run_with_mounts(name, args)) is not None:
        return _container_risks(judge, run, ctx)
    if name in ("docker", "podman") and args[:1] == ["compose"] and _first_operand(args[1:]) in COMPOSE_READS:
        return [ActionRisk(ALLOW, "read_only", f"{name} compose only reports", "act.shell.read_only")]
    if name == "unzip":
        return _unzip_risks(judge, args, ctx)
    if name in _COMPRESSORS:
        return _compressor_risks(judge, name, args, ctx)
    if name == "jupyter" and args[:1] == ["nbconvert"] and not any(
            a in ("--execute", "--inplace") or a.startswith(("--ExecutePreprocessor", "--execute=")) for a in args):
        notebooks = [a for a in args[1:] if a.endswith(".ipynb")]
        outputs = [a.split("=", 1)[1] for a in args if a.startswith("--output-dir=")] + [
            args[i + 1] for i, a in enumerate(args[:-1]) if a == "--output-dir"]
        return [*(assess_path(n, ctx, write=False) for n in notebooks),
                *(assess_path(o, ctx, write=True) for o in outputs or [str(Path(n).parent) for n in notebooks]),
                ActionRisk(ALLOW, "read_only", "nbconvert converts a notebook without running it", "act.shell.convert")]
    if name == "zip" and len(paths) > 1:  # zip ARCHIVE FILE…: reads the files, writes the archive
        moves = any(a == "--move" or re.fullmatch(r"-[a-zA-Z]*m[a-zA-Z]*", a) for a in args)
        return [assess_path(paths[0], ctx, write=True), *(assess_path(p, ctx, write=moves) for p in paths[1:]),
                ActionRisk(ESCALATE, "delete", "zip -m deletes what it packs", "act.shell.rm") if moves else
                ActionRisk(ALLOW, "archive", "zip packs files into an archive", "act.shell.archive")]
    if name == "journalctl" and any(a.startswith(("--vacuum", "--rotate", "--flush", "--sync", "--setup-keys")) for a in args):
        return [ActionRisk(ESCALATE, "delete", "journalctl rotates or deletes system logs", "act.shell.rm")]
    if name in ("sqlite3", "psql", "duckdb", "mysql", "mariadb", "cqlsh") and _sql_reads_only(name, args):
        return [*(assess_path(q, ctx, write=False) for a in args for q in QUOTED_SQL_PATH.findall(a)),
                *(assess_path(re.sub(r"^file:|\?.*$", "", a), ctx, write=False)
                  for a in [a for a in args if not a.startswith("-")][:1] if name in ("sqlite3", "duckdb")),
                ActionRisk(ALLOW, "read_only", f"{name} runs read-only queries", "act.shell.read_only")]
    if name in READ_SUBCOMMANDS and args and args[0] in READ_SUBCOMMANDS[name]:
        return [ActionRisk(ALLOW, "read_only", f"{name} {args[0]} only reports", "act.shell.read_only")]
    if _installs(name, args) or _installs_browsers(tokens):
        return [ActionRisk(ESCALATE, "install", f"{name} installs or removes software", "act.shell.install")]
    if name in DOWNLOADERS:
        return _transfer_risks(name, args, ctx)
    if name == "gh" and tuple(args[:2]) in GH_READS:
        return [ActionRisk(ALLOW, "read_only", f"gh {' '.join(args[:2])} only reads from GitHub", "act.shell.read_only")]
    if name in ("nc", "ncat", "netcat") and any(re.fullmatch(r"-[a-zA-Z]*z[a-zA-Z]*", a) for a in args) and all(
            _LOOPBACK_URL.match(a) or re.fullmatch(r"\d+(?:-\d+)?", a) for a in args if not a.startswith("-")):
        return [ActionRisk(ALLOW, "read_only", f"{name} -z only probes a port on this machine", "act.shell.read_only")]
    if name == "openssl" and args[:1] == ["x509"] and not {"-out", "-signkey", "-req"}.intersection(args):
        return [*(assess_path(args[i + 1], ctx, write=False) for i, a in enumerate(args[:-1]) if a == "-in"),
                ActionRisk(ALLOW, "read_only", "openssl x509 prints a certificate", "act.shell.read_only")]
    if name in SENDERS:
        return [ActionRisk(ESCALATE, "messaging", f"{name} sends data to another machine or person", "act.shell.send")]
    if name in {"kill", "pkill", "killall", "shutdown", "reboot", "halt", "poweroff", "systemctl", "service"}:
        return [ActionRisk(ESCALATE, "process", f"{name} stops or changes processes or services", "act.shell.kill")]
    if name in ("chmod", "chown", "chgrp", "setfacl"):
        return _permission_risks(name, args, paths, ctx)
    if name in {"mv", "cp", "touch", "mkdir", "tee", "ln", "truncate", "sed", "chattr", "install"}:
        return _file_write_risks(judge, name, args, paths, ctx)
    if name in CONVERTERS and (name not in ("libreoffice", "soffice") or "--convert-to" in args):
        return _conversion_risks(judge, name, args, ctx)
    if name == "tar" and _tar_mode(args) == "t":
        return [ActionRisk(ALLOW, "read_only", "tar lists an archive", "act.shell.read_only")]
    if name == "uniq" and len(paths) > 1 or name == "sort" and any(a == "-o" or a.startswith("--output") for a in args):
        output = paths[1] if name == "uniq" else next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "-o"), "")
        risks.append(judge.overwrite(output or args[-1].split("=", 1)[-1], ctx))
    if name in SEARCHERS | {"findstr"} and _CREDENTIAL_WORDS.search(" ".join(args)) and any(
            not inside(resolve(t, ctx), ctx.workspace) and holds_personal(resolve(t, ctx), ctx)
            for t in _without_search_pattern(name, [a for a in args if not a.startswith(("-", "/"))])):
        return [ActionRisk(DENY, "secrets", f"{name} sweeps personal files for passwords", "act.shell.credential_sweep")]
    if name in ("awk", "gawk", "mawk", "nawk") and paths and _AWK_BUILT_COMMAND.search(paths[0]):
        return [*risks, ActionRisk(ESCALATE, "code", f"{name} runs a command or writes a file it names in a variable",
                                   "act.shell.embedded")]
    if name in READ_ONLY_COMMANDS or name in WORKSPACE_TOOLS:
        write = name in WORKSPACE_TOOLS or (name in ("awk", "gawk") and "inplace" in args)
        if name == "xmllint":  # an XPath expression is not a file
            paths = [p for i, p in enumerate(args) if not p.startswith("-") and not (i and args[i - 1] == "--xpath")]
        for target in paths if name not in NON_FILE_COMMANDS else []:
            if "/" in target or target.startswith((".", "~")) or write:
                risks.append(assess_path(target, ctx, write=write))
        return [*risks, ActionRisk(ALLOW, "read_only", f"{name} only reads", "act.shell.read_only")]
    return [ActionRisk(ESCALATE, "unknown_command", f"{name} may have side effects", "act.shell.unknown")]


COMPOSE_READS = {"config", "ps", "logs", "ls", "images", "top", "version"}
_SQL_READ = re.compile(r"^\s*(?:select|with|explain|describe|desc|show|summarize|pragma\s+(?:table_info|table_xinfo|index_list|"
                       r"index_info|foreign_key_list|foreign_key_check|integrity_check|quick_check|page_count|"
                       r"user_version\s*$)|\\d\w*|\\l|\\dt\S*|\.(?:tables|schema|fullschema|indexes|indices|dbinfo|"
                       r"databases|show|dump|headers|mode|width))\b", re.I)
_SQL_ACTIVE = re.compile(r"\b(?:copy|attach|install|load|export|into\s+(?:out|dump)file|pg_read_file|pg_ls_dir|lo_import|"
                         r"load_file|system|program|writefile|readfile|edit|pg_terminate_backend|pg_cancel_backend|"
                         r"pg_reload_conf|set_config|lo_export|setval|dblink_exec)\b|\\[!o]|"
                         r"^\s*\.(?!(?:tables|schema|fullschema|indexes|indices|dbinfo|databases|show|dump|headers|mode|"
                         r"width)\b)", re.I)
QUOTED_SQL_PATH = re.compile(r"'((?:/|~|\.{1,2}/)[^']*)'")


def _network_reads_only(name: str, args: list[str]) -> bool:
    """`ip ... show/list`, a bounded `ping -c N`, and name lookups whose words are plain host names."""
    if name == "ip":
        changes = {"set", "add", "del", "delete", "change", "replace", "flush", "append"}
        words = [a for a in args if not a.startswith("-")]
        return not changes.intersection(args) and (bool({"show", "list", "ls"}.intersection(args)) or len(words) == 1)
    if name == "ping":
        return "-c" in args and not any(a in ("-p", "-f", "-s") for a in args)
    return all(re.fullmatch(r"[-+\w.:@]+", a) for a in args)


def _only_lists(name: str, args: list[str]) -> bool:
    """Build and package tools in forms that list tasks, files, packages, environments or models and run nothing."""
    if name in _CONDAS:
        return args[:2] in (["env", "list"], ["info"], ["list"], ["info", "--envs"]) or args[:1] == ["list"]
    if name == "ollama":
        return args[:1] in (["list"], ["ls"], ["show"], ["ps"])
    if name == "tensorboard":
        return "--inspect" in args
    if name in ("gradle", "gradlew"):
        values = {"--configuration", "--dependency", "-p", "--project-dir"}
        tasks = [a for i, a in enumerate(args) if not a.startswith("-") and not (i and args[i - 1] in values)]
        return bool(tasks) and "--refresh-dependencies" not in args and all(  # a refresh downloads them again
            re.fullmatch(r"(?::[\w-]+)*:?(?:tasks|projects|dependencies|dependencyInsight)", t) for t in tasks)
    if name == "fastlane":
        return args[:1] in (["lanes"], ["list"])
    if name == "rake":
        return any(a in ("-T", "--tasks", "-W", "--where", "-D", "--describe") for a in args)
    if name == "jupyter":
        return args[:2] in (["kernelspec", "list"], ["notebook", "list"], ["server", "list"], ["lab", "list"])
    if name == "jar":
        return bool(args) and re.fullmatch(r"t\w*", args[0]) is not None
    if name == "uv":
        return args[:1] == ["pip"] and args[1:2] in (["list"], ["show"], ["freeze"], ["tree"])
    if name in ("pnpm", "npx", "yarn"):
        tool = _first_operand(args)
        return tool in ("changeset", "changesets") and "status" in args or tool == "turbo" and any(
            a.startswith("--dry") for a in args)
    return False


def _first_operand(args: list[str]) -> str:
    """The first operand, past the options that take a value (`pnpm --filter PKG exec …`)."""
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a in ("--filter", "-F", "-C", "--dir", "--prefix", "-w", "--workspace", "--cwd"):
            skip = True
        elif not a.startswith("-"):
            return a
    return ""


def _sql_reads_only(name: str, args: list[str]) -> bool:
    """A database shell told (with -c/-e, or sqlite3/duckdb operands after the database) only to read: every
    statement selects, describes or explains."""
    given = [a for i, a in enumerate(args) if i and args[i - 1] in ("-c", "-e", "--command", "--execute")]
    if name in ("sqlite3", "duckdb") and not given:
        given = [a for a in args if not a.startswith("-")][1:]
    statements = [part for a in given for part in re.split(r";\s*", a) if part.strip()]
    return bool(statements) and all(_SQL_READ.match(st) and not _SQL_ACTIVE.search(st) for st in statements)


def _unzip_risks(judge: _ShellJudge, args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    """unzip -l/-t/-v lists or tests; otherwise it extracts into -d DIR (or here), and without -n may overwrite."""
    operands = [a for i, a in enumerate(args) if not a.startswith("-") and not (i and args[i - 1] in ("-d", "-x"))]
    risks = [assess_path(a, ctx, write=False) for a in operands[:1]]
    if any(re.fullmatch(r"-[a-zA-Z]*[ltvZ][a-zA-Z]*", a) for a in args):
        return [*risks, ActionRisk(ALLOW, "read_only", "unzip lists or tests an archive", "act.shell.read_only")]
    target = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "-d"), ".")
    risks.append(assess_path(target, ctx, write=True))
    if not any(re.fullmatch(r"-[a-zA-Z]*n[a-zA-Z]*", a) for a in args):
        risks.append(ActionRisk(ESCALATE, "overwrite", "unzip may overwrite existing files", "act.shell.overwrite"))
    return [*risks, ActionRisk(ALLOW, "archive", "unzip extracts without overwriting", "act.shell.archive")]


_COMPRESSORS = {"gzip": ".gz", "gunzip": ".gz", "xz": ".xz", "unxz": ".xz", "bzip2": ".bz2", "bunzip2": ".bz2",
                "zstd": ".zst", "unzstd": ".zst", "lz4": ".lz4"}


def _compressor_risks(judge: _ShellJudge, name: str, args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    """gzip, xz and the like: listing, testing and `-c` only read; `-k` writes the (de)compressed file beside the one
    it keeps; otherwise the original is replaced."""
    files = [a for a in args if not a.startswith("-")]
    short = set("".join(a[1:] for a in args if re.fullmatch(r"-[a-zA-Z0-9]+", a)))
    long = {a for a in args if a.startswith("--")}
    risks = [assess_path(f, ctx, write=False) for f in files]
    if short & set("ltc") or long & {"--list", "--test", "--stdout", "--to-stdout"}:
        return [*risks, ActionRisk(ALLOW, "read_only", f"{name} only reads its input", "act.shell.read_only")]
    if not files or not ("k" in short or "--keep" in long):
        return [*risks, ActionRisk(ESCALATE, "overwrite", f"{name} replaces the files it (de)compresses", "act.shell.overwrite")]
    unpacks = name.startswith("un") or "d" in short or "--decompress" in long
    suffix = _COMPRESSORS[name]
    outputs = [f.removesuffix(suffix) if unpacks else f + suffix for f in files]
    return [*risks, *(judge.overwrite(o, ctx) for o in outputs),
            ActionRisk(ALLOW, "archive", f"{name} writes a new file and keeps the original", "act.shell.archive")]


def _tar_mode(args: list[str]) -> str:
    """tar's operation: c(reate), t (list), x (extract) ..., from `--create` or the first short-option cluster."""
    for a in args:
        if a in ("--create", "--list", "--extract"):
            return a[2]
        if re.fullmatch(r"-?[a-zA-Z]+", a) and not a.startswith("--"):
            mode = next((c for c in a if c in "ctxru"), "")
            if mode:
                return mode
    return ""


def _archive_risks(judge: _ShellJudge, args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    """`tar c...f ARCHIVE FILES`: reads the files, writes the archive (`-` is standard output)."""
    archive = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "-f" or re.fullmatch(r"-?[a-zA-Z]*f", a)), "-")
    base = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-C", "--directory")), "")
    sources = [a for i, a in enumerate(args[1:], 1) if not a.startswith("-") and a != archive and args[i - 1] not in ("-C", "--directory")]
    if base:
        ctx = replace(ctx, cwd=resolve(base, ctx))
    removes = "--remove-files" in args
    risks = [assess_path(a, ctx, write=removes) for a in sources]
    risks += [secret_risk(resolve(a, ctx)) for a in sources if holds_home_secret(resolve(a, ctx), ctx.home)]
    if removes:
        risks.append(ActionRisk(ESCALATE, "delete", "tar --remove-files deletes what it packs", "act.shell.rm"))
    if archive != "-":
        risks.append(judge.overwrite(archive, ctx))
    return [*risks, ActionRisk(ALLOW, "archive", "tar packs files into an archive", "act.shell.archive")]


def _conversion_risks(judge: _ShellJudge, name: str, args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    """A document converter reads its inputs and writes one output (a flag's value, or pdftotext's second operand)."""
    outputs = [args[i + 1] for i, a in enumerate(args[:-1]) if a in CONVERTERS[name]]
    outputs += [a.split("=", 1)[1] for a in args if a.startswith("--output=")]
    operands = [a for i, a in enumerate(args) if not a.startswith("-") and not (i and args[i - 1] in CONVERTERS[name])]
    if name in ("pdftotext", "convert", "magick") and len(operands) > 1:
        outputs.append(operands.pop())
    risks = [assess_path(a, ctx, write=False) for a in operands]
    risks += [judge.overwrite(o, ctx) for o in outputs if o != "-"]
    return [*risks, ActionRisk(ALLOW, "convert", f"{name} converts a document", "act.shell.convert")]


def _shown_code_risks(code: str, ctx: ActionContext, from_file: bool = False) -> list[ActionRisk]:
    """What the code rules find in code a prover showed to do only data work, less that it runs arbitrary code: it
    can call no shell."""
    return [r for r in code_risks(code, ctx, from_file)[0] if r.rule_id != "act.shell.inline_code"]


def _interpreter_risks(judge: _ShellJudge, tokens: list[str], ctx: ActionContext, simple: _Simple,
                       from_file: bool = False, script_file: tuple[str, Path, list[str]] | None = None) -> list[ActionRisk]:
    name, args = base_name(tokens[0]), tokens[1:]
    if name in ("powershell", "pwsh") and any(a.lower() in ENCODED_FLAGS for a in args):
        return [ActionRisk(DENY, "obfuscated", "runs an encoded PowerShell command", "act.shell.encoded")]
    if name.startswith("python") and args[:2] == ["-m", "http.server"]:
        return http_server_risks(args[2:], ctx)
    if name.startswith("python") and args[:1] == ["-m"] and len(args) > 2 and args[1] in ("pip", "pip3") \
            and args[2] in READ_SUBCOMMANDS["pip"]:
        return [ActionRisk(ALLOW, "read_only", f"pip {args[2]} only reports", "act.shell.read_only")]
    if name.startswith("python") and args[:1] == ["-m"] and len(args) > 1 and args[1] in WORKSPACE_TOOLS | {"pip", "pip3"}:
        return _command_risks(judge, args[1:], ctx, simple)
    if name.startswith("python") and args[:2] == ["-m", "pickle"]:  # loads each pickle it is given, running its code
        if any(resolve(a, ctx) in judge.downloads for a in args[2:]):
            return [ActionRisk(DENY, "remote_code", f"{name} unpickles a file it has just downloaded", "act.shell.curl_sh")]
        return [ActionRisk(ESCALATE, "code", "python -m pickle loads pickles, which run code", "act.shell.script")]
    if name.startswith("python") and args[:2] == ["-m", "pickletools"]:  # disassembles a pickle without loading it
        return [*(assess_path(a, ctx, write=False) for a in args[2:] if not a.startswith("-")),
                ActionRisk(ALLOW, "read_only", "pickletools lists a pickle's opcodes", "act.shell.read_only")]
    if name.startswith("python") and args[:2] == ["-m", "json.tool"]:
        operands = [a for a in args[2:] if not a.startswith("-")]
        return [*[assess_path(a, ctx, write=False) for a in operands[:1]], *[judge.overwrite(a, ctx) for a in operands[1:2]],
                ActionRisk(ALLOW, "read_only", "json.tool checks and prints JSON", "act.shell.read_only")]
    code = " ".join(args) if name == "eval" else _inline_code(tokens)
    if code is not None and family(name) == "matlab":
        code = matlab_as_python(code)
    shell = name in SHELLS or name == "eval"
    if code is None and simple.stdin_text:
        code = " ".join(simple.stdin_text)
    script = [a for a in args if not a.startswith("-")][:1]
    if code is not None and UNPICKLES.search(code) and any(
            resolve(m.group(1) or m.group(2) or ".", ctx) in judge.downloads for m in _QUOTED.finditer(code)):
        return [ActionRisk(DENY, "remote_code", f"{name} unpickles a file it has just downloaded", "act.shell.curl_sh")]
    if code is None and not script and judge.python_data_stdin and name.startswith("python"):
        return [ActionRisk(ALLOW, "data_work", "Python that only reads and writes data files", "act.shell.python_data")]
    if code is None and script and any(h.downloaded for h in judge.hidden_by(script[0])):
        return [ActionRisk(DENY, "remote_code", f"{name} runs a script it downloads", "act.shell.curl_sh")]
    if code is None and judge.depth < MAX_DEPTH and (ran := _script_file_risks(judge, name, args, ctx, simple)) is not None:
        return ran
    if code is None or judge.depth >= MAX_DEPTH:
        return [ActionRisk(ESCALATE, "code", f"{name} runs a script", "act.shell.script")]
    risks: list[ActionRisk] = []
    for hidden in judge.hidden_by(code):
        if hidden.printed and shell and judge.depth < MAX_DEPTH:
            risks.append(judge.nested(hidden.printed, ctx))
        if hidden.downloaded:
            risks.append(ActionRisk(DENY, "remote_code", "runs downloaded code", "act.shell.curl_sh"))
        if hidden.decoded:
            risks.append(ActionRisk(DENY, "obfuscated", "runs decoded, hidden commands", "act.shell.base64_eval"))
    if shell:
        return [*risks, judge.nested(code, ctx), ActionRisk(ALLOW, "shell", "runs an inline shell command", "act.shell.nested")]
    python_code = name.startswith("python") and ("-c" in args or _inline_code(tokens) is None and bool(simple.stdin_text))
    if python_code and (data_work := python_data_work(code, ctx, judge.overwrite)) is not None:
        return [ActionRisk(ALLOW, "data_work", "inline Python that only reads and writes data files", "act.shell.python_data"),
                *risks, *_shown_code_risks(code, ctx, from_file), *data_work]
    if name in ("Rscript", "R"):
        if "-e" in args:  # R runs every -e expression in turn
            code = "\n".join(args[i + 1] for i, a in enumerate(args[:-1]) if a == "-e")
        given = args[len(args) - args[::-1].index("--args"):] if "--args" in args else []  # after the last --args
        start_up = [f.text for f in task_files(name, args, ctx.cwd or ctx.workspace, ctx.home, simple.assign) if f.language == "r"]
        if (data_work := r_data_work("\n".join([*start_up, code]), ctx, judge.overwrite, arguments=given,
                                     command=judge.command_judge(ctx), environment=simple.assign)) is not None:
            return [ActionRisk(ALLOW, "data_work", "R that only reads and writes data files", "act.shell.r_data"),
                    *risks, *_shown_code_risks(code, ctx, from_file), *data_work]
        risks = [*risks, *r_forbidden_steps("\n".join([*start_up, code]), ctx, judge.command_judge(ctx), given, simple.assign)]
    if name in ("powershell", "pwsh"):
        code = powershell_spelled_out(code)
    if name in ("powershell", "pwsh") and powershell_reads_only(code):
        judged = [r for r in judge.code(code, ctx, from_file) if r.rule_id != "act.shell.inline_code"]
        return [*risks, *judged, *(assess_path(w, ctx, write=False) for w in powershell_paths(code)),
                ActionRisk(ALLOW, "read_only", "PowerShell that only reads and formats", "act.shell.read_only")]
    if name in ("powershell", "pwsh"):
        risks += powershell_file_risks(judge, code, ctx, from_file)
        if script_file and (data_work := powershell_data_work(*script_file, ctx, judge.overwrite)) is not None:
            return [ActionRisk(ALLOW, "data_work", "PowerShell that only reads and writes data files", "act.shell.ps_data"),
                    *(r for r in risks if r.rule_id != "act.shell.inline_code"), *_shown_code_risks(code, ctx, from_file),
                    *data_work]
    return [*risks, *judge.code(code, ctx, from_file)]


def _script_file_risks(judge: _ShellJudge, name: str, args: list[str], ctx: ActionContext,
                       simple: _Simple) -> list[ActionRisk] | None:
    """A script file on disk given to a shell or an interpreter, judged as the same text given inline would be;
    None when there is no such file to read."""
    if name.startswith("python") and args[:1] == ["-m"] and len(args) > 1:
        path, rest = module_file(args[1], ctx.cwd or ctx.workspace), args[2:]
    elif simple.reads and not [a for a in args if not a.startswith("-")]:  # `bash < setup.sh`
        path, rest = resolve(simple.reads[-1], ctx), []
    else:
        operand = script_operand(name, args)
        path, rest = (resolve(operand[0], ctx), operand[1]) if operand else (None, [])
    if path is None or (written := file_text(path, ctx.home)) is None:
        return None
    text = without_notes(written, family(name))
    if name in SHELLS:
        arguments = [str(resolve(a, ctx)) if a.startswith("~") else a for a in rest]
        inline = [name, "-c", shell_script(with_sourced(text, path, ctx), str(path), arguments)]
    else:
        flag = {"php": "-r", "powershell": "-Command"}.get(family(name), "-c" if name.startswith("python") else "-e")
        inline = [name, flag, text] if family(name) != "r" else [
            name, *(a for a in args if a in _R_START_UP_OPTIONS), flag, text, "--args", *rest]
    handed = [_script_file_risks(judge, name, [a], ctx, simple) for a in rest if _SCRIPT_NAME.search(a)]
    script_file = (written, path, rest) if family(name) == "powershell" else None  # read as written, comments and all
    judged = worst([*_interpreter_risks(judge, inline, ctx, simple, from_file=True, script_file=script_file),
                    judge.imports_risk(path, text, name, ctx),
                    *(r for risks in handed if risks for r in risks)])  # a script given another may run it
    if judged.decision == DENY:
        return [ActionRisk(DENY, judged.category, f"runs {path.name}, which would: {judged.rationale}", "act.shell.runs_file")]
    if judged.decision == ALLOW:
        return [ActionRisk(ALLOW, "read_only", f"runs {path.name}, whose every step is allowed on its own",
                           "act.shell.runs_file")]
    return [ActionRisk(ESCALATE, "code", f"{name} runs {path.name} ({judged.rationale})", "act.shell.script")]


_R_START_UP_OPTIONS = {"--vanilla", "--no-init-file", "--no-environ", "--no-site-file"}
_INLINE_RUNNERS = {"python": ["python3", "-c"], "r": ["Rscript", "-e"], "julia": ["julia", "-e"], "perl": ["perl", "-e"],
                   "ruby": ["ruby", "-e"], "node": ["node", "-e"], "lua": ["lua", "-e"]}


def _document_risks(judge: _ShellJudge, tokens: list[str], execution: Execution, ctx: ActionContext) -> list[ActionRisk]:
    """A command that executes notebooks or renders documents, judged by the code they hold (run in each document's
    folder, with the documents they include): denied when any of it would be, allowed when all of it is allowed on its
    own, else sent to a person."""
    name = base_name(tokens[0])
    judged: list[ActionRisk] = []
    queue, seen = list(execution.documents), set()
    while queue and len(seen) < MAX_DOCUMENTS:
        path, kind = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        text = file_text(path, ctx.home)
        if text is None:
            judged.append(ActionRisk(ESCALATE, "code", f"{name} runs {path.name}, which cannot be read", "act.shell.script"))
            continue
        if kind == "notebook":
            chunks = notebook_chunks(text, execution.parameters)
        elif kind == "ipython":
            chunks = ipython_chunks([text])
        elif kind == "jupytext":
            chunks = jupytext_chunks(text)
        elif kind == "document":
            chunks = document_chunks(text)
            queue += [(path.parent / child, "document") for child in document_includes(text)]
            queue += [(path.parent / f, "lua") for f in document_filters(text)]
        elif kind == "lua":  # a pandoc filter: Lua the renderer runs
            chunks = [Chunk("lua", text)]
        else:  # an R script
            chunks = [Chunk("r", text)]
        judged.append(_chunks_risk(judge, path, chunks, replace(ctx, cwd=path.parent)) if chunks is not None else
                      ActionRisk(ESCALATE, "code", f"{path.name} is not a notebook {name} can read", "act.shell.script"))
    if execution.project is not None:
        commands = quarto_project_commands(file_text(execution.project, ctx.home) or "")
        judged += [judge.nested(c, replace(ctx, cwd=execution.project.parent)) for c in commands or []] if commands is not None \
            else [ActionRisk(ESCALATE, "code", "_quarto.yml does not parse", "act.shell.script")]
    if name in ("Rscript", "R") and (code := _inline_code(tokens)):
        judged += [r for r in judge.code(code, ctx) if r.rule_id != "act.shell.inline_code"]
        around = r_data_work(code, ctx, judge.overwrite, renders=True, command=judge.command_judge(ctx))
        judged += around if around is not None else [
            *r_forbidden_steps(code, ctx, judge.command_judge(ctx)),
            ActionRisk(ESCALATE, "code", "runs R code besides the documents it renders", "act.shell.script")]
    verdict = worst(judged or [ActionRisk(ALLOW, "read_only", f"{name} finds nothing to run", "act.shell.runs_file")])
    written = [judge.overwrite(o, ctx) for o in execution.outputs]
    shown = ", ".join(p.name for p, _ in execution.documents[:3]) or "the project"
    if verdict.decision == DENY:
        return [ActionRisk(DENY, verdict.category, f"{name} runs {shown}, which would: {verdict.rationale}",
                           "act.shell.runs_file")]
    if verdict.decision == ALLOW:
        return [*written, ActionRisk(ALLOW, "read_only", f"{name} runs {shown}, whose every step is allowed on its own",
                                     "act.shell.runs_file")]
    return [*written, ActionRisk(ESCALATE, "code", f"{name} runs {shown} ({verdict.rationale})", "act.shell.script")]


def _chunks_risk(judge: _ShellJudge, path: Path, chunks: list[Chunk], ctx: ActionContext) -> ActionRisk:
    # IPython puts Python's values into `!` lines (`!curl -F file=@{cred} …`): then what the Python names is used.
    python = "\n".join(c.text for c in chunks if c.language == "python")
    assigned = set(re.findall(r"^\s*(?:for\s+)?([A-Za-z_]\w*)\s*(?:=(?!=)|in\b)", python, re.M))
    shell = "\n".join(c.text for c in chunks if c.language == "shell")
    used = {dollar or braced for dollar, braced in re.findall(r"\$([A-Za-z_]\w*)|\b([A-Za-z_]\w*)\b(?=[^{}\n]*\})", shell)}
    interpolated = bool(assigned & used)
    judged: list[ActionRisk] = []
    r_code = [c.text for c in chunks if c.language == "r"]
    if len(r_code) > 1:  # a document's R chunks run in one session, in turn
        chunks = [c for c in chunks if c.language != "r"] + [Chunk("r", "\n".join(r_code))]
    for chunk in chunks:
        if chunk.language == "shell":
            judged.append(judge.nested(chunk.text, ctx))
        elif chunk.language in _INLINE_RUNNERS:  # as tokens: the shell's reading would join the lines with `;`
            code = without_notes(chunk.text, chunk.language)
            judged.extend(_interpreter_risks(judge, [*_INLINE_RUNNERS[chunk.language], code], ctx, _Simple(),
                                             from_file=not interpolated))
            judged.append(judge.imports_risk(path, code, chunk.language, ctx))
        else:
            judged.append(ActionRisk(ESCALATE, "code", f"{path.name} runs {chunk.text}", "act.shell.script"))
    return worst(judged or [ActionRisk(ALLOW, "read_only", f"{path.name} holds no code", "act.shell.runs_file")])


def _program_file(name: str, args: list[str], ctx: ActionContext) -> list[str] | None:
    """awk's or sed's arguments with `-f FILE` replaced by the program FILE holds, given inline; None when there is no
    such file to read (the command stays as it is)."""
    for i, arg in enumerate(args[:-1]):
        if arg in ("-f", "--file") and (text := file_text(resolve(args[i + 1], ctx), ctx.home)) is not None:
            if name == "sed":  # only its lines that run, read or write something; a substitution's patterns are text
                text = "\n".join(line for line in text.splitlines() if _SED_EFFECT.search(line)) or "p"
            else:  # an awk program's regular expressions are patterns, not paths
                text = _AWK_REGEX.sub(" //", text)
            return [*args[:i], *(["-e", text] if name == "sed" else [text]), *args[i + 2:]]
    return None


def _delete_risks(name: str, args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    flags = "".join(a for a in args if a.startswith("-") and not a.startswith("--"))
    recursive = name in _RECURSIVE_DELETERS or name in ("rm", "rmdir", "srm") and ("r" in flags.lower() or "--recursive" in args)
    targets = [a for a in args if not a.startswith("-")]
    risks = [] if targets else [ActionRisk(ESCALATE, "delete", "deletes files", "act.shell.rm")]
    for target in targets:
        p = resolve(target, ctx)
        if (recursive and holds_everything(everything_in(p), ctx)) or "--no-preserve-root" in args:
            risks.append(ActionRisk(DENY, "destructive", f"recursive delete of {target}", "act.shell.rm_root"))
        elif name == "shred" and RAW_DISK.match(str(p)):
            risks.append(ActionRisk(DENY, "destructive", f"shreds the disk {p}", "act.shell.disk"))
        else:
            risks.append(worst([assess_path(target, ctx, write=True),
                                ActionRisk(ESCALATE, "delete", f"deletes {target}", "act.shell.rm")]))
    return risks


def _find_reads_only(args: list[str]) -> bool:
    """Whether every command find runs only reads (`-exec grep …`, `-exec wc -l {} +`)."""
    starts = [i for i, a in enumerate(args) if a in ("-exec", "-execdir", "-ok")]
    return all(i + 1 < len(args) and base_name(args[i + 1]) in READ_ONLY_COMMANDS | SEARCHERS for i in starts)


_MAX_FIND_POINTS = 16


def _find_risks(judge: _ShellJudge, args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    """find's risks over each of its starting points (`find A B -exec …` acts under both)."""
    options = 0
    while options < len(args) and args[options] in ("-H", "-L", "-P"):
        options += 1
    points = list(itertools.takewhile(lambda a: not a.startswith(("-", "(", "!")), args[options:]))
    risks = [judge.overwrite(args[i + 1], ctx) for i, a in enumerate(args[:-1]) if a in ("-fprint", "-fprint0", "-fls", "-fprintf")]
    for point in (points or ["."])[:_MAX_FIND_POINTS]:
        risks += _find_start_risks(judge, args, resolve(point, ctx), ctx)
    return risks


def _find_start_risks(judge: _ShellJudge, args: list[str], root: Path, ctx: ActionContext) -> list[ActionRisk]:
    risks = []
    if "-exec" in args or "-execdir" in args or "-ok" in args:
        i = next(i for i, a in enumerate(args) if a in ("-exec", "-execdir", "-ok"))
        inner = [a for a in args[i + 1:] if a not in (";", "+", "{}", "\\;")]
        if inner and base_name(inner[0]) in DELETERS and holds_everything(root, ctx):
            risks.append(ActionRisk(DENY, "destructive", f"find deletes everything under {root}", "act.shell.find_delete_root"))
        if inner and base_name(inner[0]) == "rm":
            inner = [inner[0], "-r", *inner[1:]]  # find applies it to the whole tree
        if inner and judge.depth < MAX_DEPTH:
            risks.append(judge.nested(shlex.join(inner + [str(root)])))
    if "-delete" in args:
        if holds_everything(root, ctx):
            risks.append(ActionRisk(DENY, "destructive", f"find -delete over {root}", "act.shell.find_delete_root"))
        else:
            risks.append(worst([assess_path(str(root), ctx, write=True),
                                ActionRisk(ESCALATE, "delete", "find -delete removes files", "act.shell.find_delete")]))
    writes = "-delete" in args or any(a in ("-exec", "-execdir", "-ok") for a in args) and not _find_reads_only(args)
    if writes and inside(ctx.aegis_home, root):
        risks.append(ActionRisk(DENY, "tamper", f"find changes files under {root}, which holds AEGIS's own data", "act.path.aegis"))
    return risks


def _git_risk(args: list[str], ctx: ActionContext) -> ActionRisk:
    full = args
    work_tree, repo_dir, moved, i = None, None, False, 0
    while i < len(args) and args[i].startswith("-"):
        flag = args[i]
        if flag.startswith(("--work-tree=", "--git-dir=")):
            work_tree, moved = flag.split("=", 1)[1], True
        elif flag in ("--work-tree", "--git-dir") and i + 1 < len(args):
            work_tree, moved = args[i + 1], True
        elif flag == "-C" and i + 1 < len(args):
            repo_dir = args[i + 1]
        i += 2 if flag in ("-c", "-C", "--work-tree", "--git-dir", "--namespace") else 1
    args = args[i:] or [""]
    sub = args[0]
    if work_tree and sub in ("clean", "checkout", "reset", "restore", "stash", "switch") \
            and holds_everything(resolve(work_tree, ctx), ctx):
        return ActionRisk(DENY, "destructive", f"git {sub} over the work tree {work_tree}", "act.shell.rm_root")
    if sub in GIT_READ_ONLY and not _git_changes_refs(sub, args[1:]) or sub in ("check-attr", "check-ignore") or (
            sub == "config" and any(a in ("--list", "-l", "--get", "--get-all", "--get-regexp") for a in args[1:])) or (
            sub == "submodule" and args[1:2] in (["status"], ["summary"], [])) or (
            sub == "lfs" and args[1:2] in (["ls-files"], ["status"], ["env"], ["version"])) or (
            sub == "stash" and args[1:2] in (["list"], ["show"])) or (
            sub == "clean" and any(a in ("-n", "--dry-run") or re.fullmatch(r"-[a-zA-Z]*n[a-zA-Z]*", a) for a in args[1:])):
        return ActionRisk(ALLOW, "read_only", f"git {sub} is read-only", "act.shell.git_read")
    if sub == "push" or (sub == "reset" and "--hard" in args) or sub == "clean":
        return ActionRisk(ESCALATE, "vcs", f"git {sub} changes shared or uncommitted history", "act.shell.git_danger")
    if sub in ("clone", "fetch", "pull"):
        return ActionRisk(ESCALATE, "network", f"git {sub} downloads", "act.shell.download")
    if sub == "config" and "--global" in args:
        return worst([assess_path("~/.gitconfig", ctx, write=True),
                      ActionRisk(ESCALATE, "vcs", "git config --global changes the user's git settings", "act.shell.git_write")])
    in_workspace = not moved and inside(resolve(repo_dir or ".", ctx), ctx.workspace) and not _hooks_path("git", full)
    if in_workspace and _git_local_work(sub, args[1:]):
        return ActionRisk(ALLOW, "vcs", f"git {sub} is local work that history keeps recoverable", "act.shell.git_local")
    return ActionRisk(ESCALATE, "vcs", f"git {sub} changes the repository", "act.shell.git_write")


_GIT_LISTING = {"-l", "--list", "--contains", "--no-contains", "--merged", "--no-merged", "--points-at"}
_GIT_FORCE = {"-f", "--force", "-D", "-C", "-B", "--discard-changes", "--amend", "--overwrite-ignore"}


def _git_changes_refs(sub: str, rest: list[str]) -> bool:
    """`git branch`/`git remote` report, unless told to delete, rename, move or add something."""
    if sub == "branch":
        return any(a in ("-d", "-D", "--delete", "-m", "-M", "--move", "-c", "-C", "--copy", "-f", "--force",
                         "-u", "--set-upstream-to", "--unset-upstream", "--edit-description") or
                   a.startswith("--set-upstream-to=") for a in rest) or (
            any(not a.startswith("-") for a in rest) and not any(a in _GIT_LISTING for a in rest))
    if sub == "remote":
        operands = [a for a in rest if not a.startswith("-")]
        return bool(operands) and operands[0] not in ("show", "get-url")
    return False


def _git_local_work(sub: str, rest: list[str]) -> bool:
    """Local work that loses nothing: staging, committing, creating and switching branches and tags, stashing.
    Forced forms, amends, deletions and anything that discards uncommitted changes are excluded."""
    if any(a in _GIT_FORCE for a in rest):
        return False
    if sub in ("add", "commit", "tag", "mv"):
        return not (sub == "tag" and any(a in ("-d", "--delete") for a in rest))
    if sub == "switch":
        return True
    if sub == "checkout":
        return bool(rest) and rest[0] in ("-b", "--branch") and "--" not in rest
    if sub == "branch":
        return True
    if sub == "stash":
        return not rest or rest[0] in ("push", "save", "apply", "pop") and "--all" not in rest and "-a" not in rest
    if sub == "restore":
        return any(a in ("--staged", "-S") for a in rest) and not any(a in ("--worktree", "-W") for a in rest)
    return False


_CONTAINER_VALUE_FLAGS = {"-v", "--volume", "-e", "--env", "-p", "--publish", "--name", "-w", "--workdir", "--mount",
                          "-u", "--user", "--network", "--entrypoint", "-l", "--label", "--env-file", "--platform",
                          "-h", "--hostname", "--cpus", "-m", "--memory", "--gpus", "--device", "--restart"}


def _container_risks(judge: _ShellJudge, args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    """`docker run`: escalated; the container's command is judged too, with its mounted folders read as the host
    folders they are (a container that mounts `/` or the home directory can delete or read them)."""
    mounts: list[tuple[str, str]] = []
    i = 0
    while i < len(args) and args[i].startswith("-"):
        flag, value = args[i].split("=", 1) if "=" in args[i] else (args[i], None)
        if flag in _CONTAINER_VALUE_FLAGS and value is None and i + 1 < len(args):
            value, i = args[i + 1], i + 1
        if flag in ("-v", "--volume") and value and ":" in value:
            host, inner = value.split(":")[:2]
            mounts.append((inner, host))
        elif flag == "--mount" and value:
            fields = dict(f.split("=", 1) for f in value.split(",") if "=" in f)
            if "target" in fields and ("source" in fields or "src" in fields):
                mounts.append((fields["target"], fields.get("source") or fields["src"]))
        i += 1
    risks = [ActionRisk(ESCALATE, "container", "runs a container", "act.shell.container")]
    risks += [ActionRisk(DENY, "secrets", f"hands {host} (secrets) to a container", "act.shell.container_secrets")
              for _, host in mounts if is_secret(resolve(host, ctx), ctx.home)]
    risks += [ActionRisk(DENY, "tamper", f"hands {host} (AEGIS's own data: its audit log and policy) to a container",
                         "act.shell.container_aegis") for _, host in mounts if gives_aegis(resolve(host, ctx), ctx)]
    risks += [ActionRisk(ESCALATE, "container", f"gives a container {host}, the whole home folder or system",
                         "act.shell.container_home")
              for _, host in mounts if host.startswith(("/", "~", "$")) and holds_everything(resolve(host, ctx), ctx)]
    if any(a in ("-p", "--publish", "-P", "--publish-all") or a.startswith(("--publish=", "-p=")) for a in args[:i]):
        risks += [ActionRisk(DENY, "exfiltration", f"publishes a container that holds {host} (home or system files) on a "
                             "network port", "act.shell.serve_home")
                  for _, host in mounts if host.startswith(("/", "~", "$")) and holds_everything(resolve(host, ctx), ctx)]
    command = args[i + 1:]
    if not command or judge.depth >= MAX_DEPTH:
        return risks
    host_paths = {inner.rstrip("/") or "/": str(resolve(host, ctx)) for inner, host in mounts if host.startswith(("/", "~", "$", "."))}

    return [*risks, judge.nested(shlex.join(on_host(w, host_paths) for w in command))]


def _compose_run_with_mounts(name: str, args: list[str]) -> list[str] | None:
    """`docker compose run -v HOST:PATH SERVICE command…` as the `docker run` arguments it amounts to (the service
    standing for the image); None unless it is a compose run that mounts host paths."""
    if name in ("docker", "podman") and args[:1] == ["compose"]:
        args = args[1:]
    elif name not in ("docker-compose", "podman-compose"):
        return None
    if args[:1] != ["run"] or not any(a in ("-v", "--volume") or a.startswith("--volume=") for a in args):
        return None
    return args[1:]


_GIT_COMMAND_KEYS = re.compile(r"^(core\.(sshcommand|pager|fsmonitor|editor|askpass)|diff\.external|sequence\.editor|"
                               r"credential\.helper|pager\.\w+|alias\.\w+|uploadpack\.packobjectshook|gpg\.program|"
                               r"filter\.[\w.-]+\.(smudge|clean|process))$")


def git_ext_command(url: str) -> str:
    """The command git's `ext::` transport runs: words split at unescaped spaces, `% ` is a space, `%%` a `%`."""
    words = re.split(r"(?<!%) ", url.removeprefix("ext::").strip())
    return shlex.join(w.replace("% ", " ").replace("%%", "%") for w in words if w)


def _embedded_commands(name: str, args: list[str]) -> list[str]:
    """Command strings a tool runs from its options or program text: awk's system() and pipes, sed's `e`, tar's
    checkpoint actions, git's -c command settings, ssh's ProxyCommand/LocalCommand, rsync's -e, watch and
    systemd-run's command."""
    found: list[str] = []
    operands = [a for a in args if not a.startswith("-")]
    if name in ("awk", "gawk", "mawk", "nawk") and operands:
        program = operands[0]
        found += re.findall(r"system\s*\(\s*\"((?:[^\"\\]|\\.)*)\"", program)
        found += re.findall(r"\|&?\s*\"((?:[^\"\\]|\\.)*)\"", program)
        found += re.findall(r"\"((?:[^\"\\]|\\.)*)\"\s*\|&?\s*getline", program)
        if "/inet/" in program:
            found.append("bash -i >& /dev/tcp/awk/inet")  # gawk's network files: a socket wired to commands
    elif name == "sed":
        for script in operands[:1] + [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-e", "--expression")]:
            found += [m.group(1) for m in re.finditer(r"(?:^|[;\n\d/$])\s*e\s+([^\n]+)", script)]  # to the line's end
    elif name == "tar":
        for a in args:
            for prefix in ("--checkpoint-action=exec=", "--to-command=", "--use-compress-program=", "--info-script=",
                           "--new-volume-script=", "--rsh-command="):
                if a.startswith(prefix):
                    found.append(a[len(prefix):])
    elif name == "git":
        for a in [a[a.index("ext::"):] for a in args if "ext::" in a]:  # as git splits it, and as a shell would
            found += [git_ext_command(a), a.removeprefix("ext::")]
        operands = [a for a in args if not a.startswith("-")]
        if operands[:1] == ["config"] and len(operands) >= 3 and _GIT_COMMAND_KEYS.match(operands[1].lower()):
            found.append(operands[2].lstrip("!"))
        for i, a in enumerate(args[:-1]):
            if a == "-c":
                key, _, value = args[i + 1].partition("=")
                if _GIT_COMMAND_KEYS.match(key.lower()) and (not key.lower().startswith("alias.") or value.startswith("!")):
                    found.append(value.lstrip("!"))
    elif name in ("ssh", "scp", "sftp"):
        options = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "-o"] + [a[2:] for a in args if a.startswith("-o")]
        for option in options:
            key, _, value = (option if "=" in option.split(" ", 1)[0] else option.replace(" ", "=", 1)).partition("=")
            if key.lower() in ("proxycommand", "localcommand", "remotecommand"):
                found.append(value)
    elif name == "rsync":
        found += [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-e", "--rsh", "--rsync-path")]
        found += [a.split("=", 1)[1] for a in args if a.startswith(("--rsh=", "--rsync-path="))]
    elif name in ("npm", "pnpm") and args[:2] == ["pkg", "set"]:  # scripts written into package.json
        found += [a.split("=", 1)[1] for a in args[2:] if a.startswith("scripts.") and "=" in a]
    elif name in ("watch", "systemd-run", "unbuffer"):
        values = {"-n", "--interval", "-d", "--on-active", "--on-calendar", "-u", "--unit", "-p", "--property", "-w"}
        rest, i = [], 0
        while i < len(args):
            if args[i].startswith("-"):
                i += 2 if args[i] in values else 1
                continue
            rest = args[i:]
            break
        if rest:
            found.append(rest[0] if len(rest) == 1 else shlex.join(rest))
    found += _program_shell_escapes(name, args)
    return [c for c in found if c.strip()]


_SQL_SHELL_ESCAPE = re.compile(r"^\s*(?:\\!|system\s|\.system\s|\.shell\s)\s*(.+)$", re.I | re.S)
_SQL_FILE_WRITE = re.compile(r"^\s*(?:\.output|\.once|\.save|\.backup|\\o|\\out)\s+['\"]?([^'\"\s;]+)|"
                             r"\bINTO\s+(?:OUT|DUMP)FILE\s+['\"]([^'\"]+)|\\copy\b.*\bto\s+['\"]?([^'\"\s;]+)", re.I | re.S)
# SQL that hands a command to the server's shell: COPY ... TO/FROM PROGRAM, xp_cmdshell.
SQL_PROGRAM = re.compile(r"\b(?:TO|FROM)\s+PROGRAM\s+'((?:[^']|'')*)'|\bxp_cmdshell\s+'((?:[^']|'')*)'", re.I)
_TMUX_KEYS = {"Enter", "C-m", "KPEnter", "C-j"}


def _program_shell_escapes(name: str, args: list[str]) -> list[str]:
    """Commands that interactive programs are told to run from the command line: database shells' `.system`/`\\!`/
    `system`, gdb's `shell`/`python`, `script -c`, keys typed into tmux or screen, zip's test command. A file such a
    program is told to write is given as the `tee` that would write the same file."""
    found: list[str] = []
    if name in ("sqlite3", "psql", "mysql", "mariadb", "duckdb", "sqlcmd"):
        for statement in (part for a in args for part in re.split(r";\s*|\n", a)):
            escape, write = _SQL_SHELL_ESCAPE.match(statement), _SQL_FILE_WRITE.search(statement)
            if escape:
                found.append(escape.group(1))
            if write:
                found.append(shlex.join(["tee", next(g for g in write.groups() if g)]))
        # a program's text is one SQL string, `;` and doubled quotes included
        found += [next(g for g in m.groups() if g is not None).replace("''", "'") for a in args
                  for m in SQL_PROGRAM.finditer(a)]
    elif name in ("gdb", "gdb-multiarch"):
        for i, a in enumerate(args[:-1]):
            if a in ("-ex", "--ex", "-iex", "--eval-command", "-eval-command"):
                word, _, rest = args[i + 1].strip().partition(" ")
                if word in ("shell", "pipe") or word.startswith("!"):
                    found.append(args[i + 1].strip().lstrip("!").removeprefix("shell").removeprefix("pipe"))
                elif word in ("python", "py", "python-interactive", "pi"):
                    found.append(shlex.join(["python3", "-c", rest]))
    elif name == "script":
        found += [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-c", "--command") or re.fullmatch(r"-[a-zA-Z]*c", a)]
    elif name == "tmux" and args:
        sub = args[0]
        rest = args[1:]
        if sub in ("send-keys", "send"):
            words, i = [], 0
            while i < len(rest):
                if rest[i] in ("-t", "-N") and i + 1 < len(rest):
                    i += 2
                    continue
                if not rest[i].startswith("-") and rest[i] not in _TMUX_KEYS:
                    words.append(rest[i])
                i += 1
            found.append(" ".join(words))
        elif sub in ("new", "new-session", "new-window", "neww", "split-window", "splitw", "respawn-pane"):
            values = {"-s", "-n", "-t", "-c", "-x", "-y", "-e", "-F", "-l"}
            i = 0
            while i < len(rest) and rest[i].startswith("-"):
                i += 2 if rest[i] in values else 1
            if rest[i:]:
                found.append(" ".join(rest[i:]))
    elif name == "screen":
        for i, a in enumerate(args[:-2]):
            if a == "-X" and args[i + 1] == "stuff":
                found.append(args[i + 2].replace("\\n", "\n").replace("^M", "\n"))
    elif name == "zip":
        found += [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-TT", "--unzip-command")]
    elif name in ("ansible", "ansible-playbook") and any(a in ("shell", "command", "raw", "script") for a in args):
        found += [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-a", "--args")]
    elif name in ("vim", "nvim", "vi", "ex", "view", "gvim", "vimdiff"):
        commands = [a[1:] for a in args if a.startswith("+")]
        commands += [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-c", "--cmd")]
        for command in commands:
            command = re.sub(r"^[:\s]*(?:silent!?\s*|exe(?:cute)?\s*)?", "", command)
            if command.startswith("!"):
                found.append(command[1:])
            found += re.findall(r"system\(\s*['\"]((?:[^'\"\\]|\\.)*)['\"]", command)
    elif name in ("emacs", "emacsclient"):
        for a in args:
            found += re.findall(r"\((?:shell-command|async-shell-command|shell-command-to-string)\s+\"((?:[^\"\\]|\\.)*)\"", a)
    return found


def _loaded_libraries(name: str, args: list[str]) -> list[str]:
    """Native libraries a database shell is told to load and run (`.load LIB`, `load_extension('LIB')`)."""
    if name not in ("sqlite3", "duckdb"):
        return []
    text = " ".join(args)
    return re.findall(r"(?:^|[\s;])\.load\s+([^\s;']+)", text) + re.findall(r"load_extension\(\s*'([^']+)'", text)


def _hooks_path(name: str, args: list[str]) -> str | None:
    """The folder git is told to take its hooks from (`git config core.hooksPath DIR`, `-c core.hooksPath=DIR`)."""
    if name != "git":
        return None
    for i, a in enumerate(args):
        if a.lower().startswith("core.hookspath=") and i and args[i - 1] == "-c":
            return a.split("=", 1)[1]
        if a.lower() == "core.hookspath" and i + 1 < len(args):
            return args[i + 1]
    return None


def _download_outputs(name: str, args: list[str]) -> list[str]:
    value_flags = ("-o", "--output") if name == "curl" else ("-O", "--output-document", "-o", "--output")
    outputs = [args[i + 1] for i, a in enumerate(args[:-1])
               if a in value_flags or re.fullmatch(r"-[a-zA-Z]*o" if name == "curl" else r"-[a-zA-Z]*O", a)]
    prefix = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-P", "--directory-prefix")
                   or name == "aria2c" and a in ("-d", "--dir")), None)
    if prefix and name == "aria2c":
        outputs = [str(Path(prefix) / o) for o in outputs]
    urls = [a for a in args if re.match(r"https?://", a)]
    if not outputs and urls:  # wget, curl -O and scp keep the remote file's name
        outputs = [str(Path(prefix or ".") / (urls[-1].rstrip("/").rsplit("/", 1)[-1] or "index.html"))]
    return outputs


_LOOPBACK_URL = re.compile(r"^(?:https?://)?(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?(?:/\S*)?$")
_CURL_SENDS_OR_SAVES = re.compile(r"^-(?:[a-zA-Z]*[oOdFTXKK]|-(?:output|remote-name|data|form|upload|request|config|json)\b)")


def _transfer_risks(name: str, args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    discarded = {i for i, a in enumerate(args[:-1]) if a == "-o" and args[i + 1] == "/dev/null"} | {
        i + 1 for i, a in enumerate(args[:-1]) if a == "-o" and args[i + 1] == "/dev/null"}
    urls = [a for i, a in enumerate(args) if not a.startswith("-") and i not in discarded and not (
        i and args[i - 1] in ("-w", "--write-out", "-H", "--header", "-A", "--user-agent", "-m", "--max-time"))]
    if name == "curl" and urls and all(_LOOPBACK_URL.match(u) for u in urls) and not any(
            _CURL_SENDS_OR_SAVES.match(a) for i, a in enumerate(args) if i not in discarded):
        return [ActionRisk(ALLOW, "read_only", "curl reads a service on this machine", "act.shell.read_only")]
    risks = [ActionRisk(ESCALATE, "network", f"{name} transfers data over the network", "act.shell.download")]
    for flag_value in (a for a in args if a.startswith("@") or a.startswith("-T")):
        risks.append(assess_path(flag_value.removeprefix("-T"), ctx, write=False))
    for i, a in enumerate(args[:-1]):  # -F name=@file, -d @file, --data-binary @file, -T file: the file is sent
        value = args[i + 1]
        if a in ("-F", "--form", "-d", "--data", "--data-binary", "--data-urlencode", "-T", "--upload-file"):
            sent = re.sub(r"^[^=@<]*=(?=[@<])", "", value).lstrip("@<").split(";")[0]
            if sent and sent != "-" and (value.startswith(("@", "<")) or "=@" in value or "=<" in value or a in ("-T", "--upload-file")):
                risks.append(assess_path(sent, ctx, write=False))
                if _SECRETS_FILE.search(sent):
                    risks.append(ActionRisk(DENY, "secrets", f"{name} uploads {sent}, a file of secrets", "act.shell.send_env_file"))
    for i, a in enumerate(args[:-1]):
        if a in ("-o", "-O", "--output", "-P"):
            risks.append(assess_path(args[i + 1], ctx, write=True))
    local = [a for a in args if not a.startswith("-") and ":" not in a]
    if name == "rsync" and any(a.startswith("--delete") for a in args) and local \
            and holds_everything(resolve(local[-1], ctx), ctx):
        risks.append(ActionRisk(DENY, "destructive", f"rsync --delete empties {local[-1]}", "act.shell.rm_root"))
    return risks


def _permission_risks(name: str, args: list[str], paths: list[str], ctx: ActionContext) -> list[ActionRisk]:
    risks: list[ActionRisk] = []
    mode = paths[0] if paths else ""
    recursive = "-R" in args or "--recursive" in args
    for target in paths[1:]:
        p = resolve(target, ctx)
        if recursive and holds_everything(p, ctx) and not inside(p, ctx.workspace):
            risks.append(ActionRisk(DENY, "destructive", f"recursive {name} over {p}", "act.shell.chmod_root"))
        risks.append(assess_path(target, ctx, write=True))
    if name != "chmod" or _widens(mode) or recursive:
        risks.append(ActionRisk(ESCALATE, "permissions", f"{name} {mode} may widen permissions", "act.shell.chmod_wide"))
    else:
        risks.append(ActionRisk(ALLOW, "permissions", f"chmod {mode} widens nothing", "act.shell.chmod_safe"))
    return risks


# A line of a sed script that runs a command or reads or writes a file (`e`, `r`, `w`, `s///e`, `s///w FILE`).
_SED_EFFECT = re.compile(r"(?:^|[;{}]|\d|/|\$)\s*[eEwWrR](?:\s|$)|^\s*s(.).*?\1.*?\1[gpiImM\d]*[ew]")
# An awk regular expression literal: at a pattern's start or after `~`, `(`, `,`, `!`, `&&`, `||`.
_AWK_REGEX = re.compile(r"(?:(?<=[~(,!&|])|^)\s*/(?:\\.|\[[^\]\n]*\]|[^/\n\\\[])+/", re.M)
# sed's commands that write or read a named file: `w FILE`, `r FILE`, and the `w` flag of `s///`.
_SED_FILE_COMMAND = re.compile(r"(?:^|[;{}\n]|\d|/|\$)\s*([wWrR])\s+([^\n;}]+)|s(.).*?\3.*?\3[gpiImMe\d]*(w)\s+([^\n]+)")
# awk running a command or writing a file held in a variable: `system(cmd)`, `print … | cmd`, `print … > out`,
# `cmd | getline`.
_AWK_BUILT_COMMAND = re.compile(r"\bsystem\s*\(\s*[A-Za-z_]|\bprintf?\b[^;\n]*?(?<![|>])[|>](?!\|)[&>]?\s*[A-Za-z_]\w*\s*(?:[;\n})]|$)|"
                                r"[A-Za-z_]\w*\s*\|&?\s*getline", re.M)


def _file_write_risks(judge: _ShellJudge, name: str, args: list[str], paths: list[str],
                      ctx: ActionContext) -> list[ActionRisk]:
    risks: list[ActionRisk] = []
    if name == "sed":
        scripts = [args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-e", "--expression")] or paths[:1]
        files = [(m.group(1) or "w", (m.group(2) or m.group(5)).strip())
                 for script in scripts for m in _SED_FILE_COMMAND.finditer(script)]
        risks += [assess_path(f, ctx, write=command in "wW") for command, f in files]
        if not any(a.startswith("-i") or a == "--in-place" for a in args):
            return [*risks, ActionRisk(ALLOW, "read_only", "sed without in-place edit only reads", "act.shell.read_only")]
        paths = [a for a in paths if "/" in a or "." in a or a.startswith("~")]
    if name in ("cp", "ln", "install") and len(paths) > 1:
        sources, written = paths[:-1], paths[-1:]
        if name == "ln" and any(re.fullmatch(r"-\w*s\w*|--symbolic", a) for a in args):  # targets count from the link's folder
            link = resolve(written[0], ctx)
            folder = link if link.is_dir() or written[0].endswith("/") else link.parent
            sources = [s if s.startswith(("/", "~", "$")) else str(folder / s) for s in sources]
        risks.extend(assess_path(s, ctx, write=False) for s in sources)
        risks += [secret_risk(resolve(s, ctx)) for s in sources if holds_home_secret(resolve(s, ctx), ctx.home)]
        if name == "ln" and any(not inside(resolve(s, ctx), ctx.workspace) for s in sources):
            risks.append(ActionRisk(ESCALATE, "outside_workspace", "links to a file outside the workspace, which later "
                                    "writes through the link would change", "act.shell.link_outside"))
    else:
        written = paths
    risks.extend(assess_path(t, ctx, write=True) for t in written)
    if name == "mv" and any(holds_everything(resolve(s, ctx), ctx) for s in paths[:-1]):
        risks.append(ActionRisk(DENY, "destructive", "moves away the home directory or a system folder", "act.shell.rm_root"))
    if name == "mv" or (name == "cp" and len(paths) > 1 and resolve(paths[-1], ctx).is_file()):
        risks.append(ActionRisk(ESCALATE, "overwrite", f"{name} may overwrite files", "act.shell.overwrite"))
    if name == "truncate":
        risks.append(ActionRisk(ESCALATE, "overwrite", "truncate empties files", "act.shell.truncate"))
    return risks or [ActionRisk(ALLOW, "read_only", f"{name} changes nothing", "act.shell.read_only")]


def gives_aegis(host: Path, ctx: ActionContext) -> bool:
    """Whether a folder mounted somewhere hands over AEGIS's own data: the folder itself, one inside it, or one that
    holds it short of the whole home folder."""
    return is_protected(host, ctx) or inside(ctx.aegis_home, host) and not inside(ctx.home, host)


def assess_file_run(path: Path, text: str, language: str, ctx: ActionContext) -> ActionRisk:
    """What a file holding this text would do when a tool runs it (as a task runner's file is judged)."""
    return _ShellJudge(ctx, 0).file_risk(path, text, language, ctx)


def file_run_denials(path: Path, text: str, language: str, ctx: ActionContext) -> list[ActionRisk]:
    """Each forbidden thing a file holding this text would do when run."""
    return [r for r in _ShellJudge(ctx, 0).file_risks(path, text, language, ctx) if r.decision == DENY]


def script_file_denials(path: Path, text: str, ctx: ActionContext) -> list[ActionRisk]:
    """Each forbidden thing a batch file, a VBA module (`.bas`, `.cls`, `.frm`, run once Office imports it) or an R
    script (a helper something sources, found step by step where its values are known) holding this text would do
    when run."""
    judge = _ShellJudge(ctx, 0)
    if path.suffix.lower() in (".bat", ".cmd"):
        risks = batch_risks(judge, text, path, ctx)
    elif path.suffix.lower() in (".bas", ".cls", ".frm"):
        risks = host_script_risks(judge, text, ctx, None, False, 1)
    elif path.suffix in (".R", ".r"):
        risks = r_forbidden_steps(text, replace(ctx, cwd=path.parent), judge.command_judge(ctx))
    else:
        return []
    return [r for r in risks if r.decision == DENY]


def assess_shell(command: str, ctx: ActionContext, depth: int = 0) -> ActionRisk:
    # A shell cannot pass these control bytes in a word; the parser uses them as markers, so they become `?`.
    joined = re.sub(r"\\\r?\n", "", command)  # `\` + newline joins lines
    text = with_named_parameters(_ansi_c_quotes(re.sub(r"[\x00-\x02]", "?", joined).strip()))
    if not text:
        return ActionRisk(ALLOW, "noop", "empty command", "act.shell.empty")
    return _ShellJudge(ctx, depth).run(text)
