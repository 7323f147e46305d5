"""A PowerShell script file shown, from its tokens, to do only data work: it and the workspace files it dot-sources or
imports call only data cmdlets and the functions they define, no COM or .NET object beyond strings, numbers, dates,
collections and a few pure or file-naming static members, start nothing, evaluate no text and read no environment;
and every file it reads or writes is named by the code (literals; `$PSScriptRoot`; `Join-Path`, `Split-Path`, `-f`,
`+` and double-quoted strings of such names; variables, parameters and function parameters set to them; dates; the
names of the entries of a workspace folder it lists), each judged as a path. Anything it cannot show goes to a
person."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from tools.risk_paths import ActionContext, ActionRisk, assess_path, resolve, windows_spelling
from tools.risk_runfiles import file_text
from tools.risk_windows import POWERSHELL_ALIASES, POWERSHELL_READERS

# A part of a path the code computes that can hold neither a separator nor `..`: a formatted date, or the name of an
# entry of a folder the script lists.
TAME = "\x00"
_MAX_FILES = 6

_ALIASES = {alias: name.lower() for alias, name in POWERSHELL_ALIASES.items()}
_READERS = {"import-csv", "get-content", "get-childitem", "test-path", "get-item", "select-string", "get-filehash",
            "import-powershelldatafile", "resolve-path"}
_WRITERS = {"export-csv", "set-content", "add-content", "out-file", "new-item", "compress-archive"}
_PURE = {"join-path", "split-path", "get-date", "where-object", "foreach-object", "select-object", "sort-object",
         "group-object", "measure-object", "format-table", "format-list", "format-wide", "out-string", "write-host",
         "write-output", "write-verbose", "write-warning", "write-error", "write-debug", "write-information",
         "write-progress", "out-null", "convertfrom-csv", "convertto-csv", "convertfrom-json", "convertto-json",
         "get-unique", "compare-object", "new-timespan", "get-random", "set-strictmode", "convertfrom-stringdata",
         "get-culture", "get-uiculture", "add-member", "export-modulemember", "new-object", "start-sleep",
         *POWERSHELL_READERS}
_TOUCHING = _READERS | _WRITERS
_HANDS_ON_FILES = {"get-childitem", "get-item", "new-item", "compress-archive"}
_ALLOWED_COMMANDS = _TOUCHING | _PURE
_KEYWORDS = {"if", "elseif", "else", "foreach", "for", "while", "do", "until", "switch", "try", "catch", "finally",
             "return", "break", "continue", "function", "filter", "param", "begin", "process", "end", "throw", "in"}
# Types a data script names (casts, parameter attributes, collections) and the static members it may use of them.
_TYPES = {"string", "int", "int32", "int64", "long", "double", "decimal", "single", "float", "bool", "boolean",
          "datetime", "system.datetime", "char", "byte", "array", "hashtable", "ordered", "pscustomobject",
          "psobject", "object", "regex", "timespan", "void", "switch", "math", "system.math", "cmdletbinding",
          "parameter", "validateset", "validatenotnullorempty", "validatenotnull", "validaterange", "validatepattern",
          "validatelength", "alias", "outputtype", "system.collections.arraylist", "collections.arraylist",
          "system.text.stringbuilder", "text.stringbuilder", "system.text.encoding", "text.encoding",
          "system.globalization.cultureinfo", "globalization.cultureinfo", "cultureinfo", "system.io.path", "io.path",
          "system.io.file", "io.file", "system.io.directory", "io.directory", "environment", "system.environment",
          "convert", "system.convert", "system.stringcomparison", "stringcomparison", "stringsplitoptions",
          "system.stringsplitoptions", "system.string", "system.int32", "system.double", "system.decimal",
          "system.globalization.numberstyles", "globalization.numberstyles", "system.globalization.calendarweekrule",
          "system.dayofweek", "dayofweek", "system.midpointrounding", "midpointrounding", "version", "guid",
          "system.text.utf8encoding", "text.utf8encoding", "xml", "system.xml.xmldocument", "xml.xmldocument",
          "system.runtime.interopservices.marshal", "runtime.interopservices.marshal"}
_GENERIC = re.compile(r"^(?:system\.)?collections\.generic\.(?:list|dictionary|hashset|sortedset|sorteddictionary|"
                      r"queue|stack)\[", re.I)
_STATIC = {"math": None, "system.math": None, "string": {"isnullorempty", "isnullorwhitespace", "join", "format", "empty",
                                                         "concat", "compare", "equals"},
           "system.string": {"isnullorempty", "isnullorwhitespace", "join", "format", "empty", "concat"},
           "datetime": {"parseexact", "parse", "tryparse", "tryparseexact", "today", "now", "daysinmonth", "minvalue",
                        "maxvalue", "isleapyear"},
           "int": {"parse", "tryparse", "maxvalue", "minvalue"}, "double": {"parse", "tryparse"},
           "decimal": {"parse", "tryparse", "round", "truncate"}, "char": {"isdigit", "isletter", "iswhitespace"},
           "regex": {"matches", "match", "ismatch", "escape", "split", "replace", "new"},
           "text.encoding": {"getencoding", "utf8", "unicode", "default", "ascii"},
           "cultureinfo": {"invariantculture", "getcultureinfo", "currentculture", "createspecificculture"},
           "io.path": {"getfilename", "getfilenamewithoutextension", "getextension", "getdirectoryname", "combine",
                       "changeextension", "getinvalidfilenamechars", "directoryseparatorchar"},
           "io.file": {"readalllines", "readalltext", "readlines", "readallbytes", "exists", "writealllines",
                       "writealltext", "writeallbytes", "appendalltext", "appendalllines"},
           "io.directory": {"exists", "createdirectory", "getfiles"},
           "environment": {"newline"}, "runtime.interopservices.marshal": {"releasecomobject", "finalreleasecomobject"}, "convert": {"toint32", "todouble", "todecimal", "toint64", "tostring", "toboolean"},
           "timespan": {"fromdays", "fromhours", "fromminutes", "fromseconds", "zero"},
           "stringcomparison": None, "stringsplitoptions": None, "globalization.numberstyles": None,
           "system.globalization.calendarweekrule": None, "dayofweek": None, "midpointrounding": None}
# Methods of strings, numbers, dates and collections; none of them reaches a file, a process or the network.
_METHODS = {"tostring", "trim", "trimstart", "trimend", "split", "substring", "toupper", "tolower", "toupperinvariant",
            "tolowerinvariant", "contains", "startswith", "endswith", "indexof", "lastindexof", "padleft", "padright",
            "replace", "add", "addrange", "containskey", "containsvalue", "remove", "removeat", "insert", "equals",
            "compareto", "adddays", "addmonths", "addyears", "addhours", "addminutes", "addseconds", "toshortdatestring",
            "tolongdatestring", "where", "foreach", "toarray", "sort", "reverse", "clear", "append", "appendline",
            "appendformat", "getenumerator", "normalize", "tochararray", "getvalueordefault", "round", "floor",
            "ceiling", "isnullorempty", "tryadd", "max", "min", "abs", "join", "format", "count", "getbytes",
            "getstring", "toint32", "todouble", "todecimal", "copyto", "parse", "matches", "match", "ismatch",
            "get_item", "tostringinvariant", "item", "selectnodes", "selectsinglenode",
            "getelementsbytagname", "getattribute", "hasattribute", "toint64", "getproperty"}
_FILE_PROPERTIES = re.compile(r"^(?:isreadonly|attributes|lastwritetime|creationtime|lastaccesstime)(?:utc)?$", re.I)
_DANGEROUS_VARIABLES = {"executioncontext", "host", "profile", "pshome", "shellid", "psdefaultparametervalues", "ofs"}

_TOKEN = re.compile(r"""
    (?>(?:[ \t\r]+|`\r?\n)*)  # blanks and line continuations before the token (no backtracking into them)
  (?:(?P<word>[^\s(){}\[\],;|='"$`@&<>\#\-\d.:+*/%!?][^\s(){}\[\],;|='"$`@&<>\#]*)
  | (?P<comment><\#[\s\S]*?\#>|\#[^\n]*)
  | (?P<here>@'\r?\n[\s\S]*?\n'@|@"\r?\n[\s\S]*?\n"@)
  | (?P<single>'(?:[^']|'')*')
  | (?P<double>"(?:[^"`]|`[\s\S]|"")*")
  | (?P<variable>\$\{[^}]+\}|\$(?:\w+:)?\w+|\$[_?^$])
  | (?P<type>\[(?:[A-Za-z_][\w.]*(?:\[[^\]\[]*(?:\[\])?\])?(?:\[\])?)(?:\([^()]*(?:\([^()]*\)[^()]*)*\))?\])
  | (?P<number>\d+(?:\.\d+)?(?:[kmgt]b)?\b)
  | (?P<dash>-[A-Za-z][\w]*:?)
  | (?P<newline>\n|;)
  | (?P<punct>::|\.\.|&&|\|\||[-+*/%]=|\+\+|--(?=\s|$)|\$(?=\()|[(){}\[\],|=+*/%!<>.&@])
  | (?P<bare>[^\s(){}\[\],;|='"$`@&<>\#]+)
  | (?P<other>.)
  | (?P<end>\Z))
""", re.X)


class _Token(NamedTuple):
    kind: str
    text: str
    start: int
    end: int
    file: int


_new_token = tuple.__new__  # a _Token made without NamedTuple's Python-level constructor (the reader makes thousands)


class _NotShown(Exception):
    pass



def _tokens(text: str, file: int) -> list[_Token]:
    if _TYPOGRAPHIC.search(text):
        raise _NotShown("typographic quotes or dashes, which PowerShell reads as quotes and dashes")
    out: list[_Token] = []
    append = out.append
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        start, end = m.span(kind)
        if kind == "end":  # blanks, then the end of the text
            break
        if kind == "comment":
            if start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(){};|,=":
                raise _NotShown("a `#` inside a word, which PowerShell does not read as a comment")
            continue
        word = text[start:end]
        if kind == "bare":  # a word that starts like a number, a parameter or an operator but is none
            kind = "word"
        elif kind == "other":
            raise _NotShown(f"a character the reader does not follow: {word!r}")
        if kind == "word" and "." in word and out and out[-1].text == "." and out[-1].end == start:
            for k, part in enumerate(word.split(".")):  # `$x.Hash.ToLower`: members, one by one
                if k:
                    append(_Token("punct", ".", start - 1, start, file))
                append(_Token("word", part, start, start + len(part), file))
                start += len(part) + 1
            continue
        append(_new_token(_Token, (kind, word, start, end, file)))
    return out


_EXPANDED = re.compile(r"`.|\$\((?P<sub>[^()]*(?:\([^()]*\)[^()]*)*)\)|\$\{(?P<braced>[^}]+)\}|\$(?P<name>(?:\w+:)?\w+)",
                       re.S)


def _literal(token: _Token) -> str:
    text = token.text
    if token.kind == "here":
        return text[3:-3].strip("\r\n")
    if token.kind == "single":
        return text[1:-1].replace("''", "'")
    return text[1:-1].replace('""', '"')


_PLAIN_KINDS = {"dash", "number", "newline", "single"}  # tokens the checks pass as they are
_STATEMENT_STARTS = {"(", "{", "}", "|", "=", "&&", "||", "+=", "-="}
_BLOCK_WORDS = {"else", "try", "finally", "do", "begin", "process", "end", "default"}
_BEFORE_STATEMENTS = _BLOCK_WORDS | {"in", "return", "throw"}
_PIPELINE_BLOCKS = {"foreach-object", "where-object"}
_KEEPS_ITEMS = {"where-object", "sort-object"}
# Parameters of the cmdlets read here that take no value.
_SWITCHES = {"parent", "leaf", "leafbase", "extension", "qualifier", "noqualifier", "resolve", "isabsolute", "recurse",
             "force", "append", "notypeinformation", "noclobber", "raw", "file", "directory", "hidden", "passthru",
             "whatif", "confirm", "useculture", "includetypeinformation", "simplematch", "casesensitive", "list",
             "quiet", "notmatch", "allmatches", "nonewline", "asstring", "descending", "unique", "update", "literalpath:",
             "erroraction:", "verbose", "debug", "wait", "readonly", "name:"}
_PATH_PARAMETERS = {"import-csv": ["path", "literalpath"], "get-content": ["path", "literalpath"],
                    "get-childitem": ["path", "literalpath"], "test-path": ["path", "literalpath"],
                    "get-item": ["path", "literalpath"], "get-filehash": ["path", "literalpath"],
                    "import-powershelldatafile": ["path", "literalpath"], "export-csv": ["path", "literalpath"],
                    "set-content": ["path", "literalpath"], "add-content": ["path", "literalpath"],
                    "out-file": ["filepath", "literalpath"], "new-item": ["path"]}
_DATE, _ITEM, _EXISTING = "\x01", "\x02", "\x03"  # a date; an entry of a folder (then the folder); a listed file
_MAX_VALUES = 24
# A variable named with a drive or scope other than the script's own (`${C:\x.txt}` reads a file, `$using:`, `$function:`).
_QUALIFIED = re.compile(r"^(?!(?:script|global|local|private):)[^:]+:", re.I)
_SCOPED = re.compile(r"^\$\{?(?:script|global):", re.I)
_MUTATORS = {"add", "addrange", "insert", "insertrange", "push", "enqueue", "set_item", "setvalue", "remove", "removeat",
             "clear", "reverse", "sort"}
_ROOTED = re.compile(r"^(?:[A-Za-z]:|[\\/]|%\w+%)")
_AUTOMATIC = {"psscriptroot", "pscommandpath", "myinvocation", "pwd", "home", "_", "psitem"}
_COMMON_PARAMETERS = {"erroraction", "ea", "warningaction", "wa", "verbose", "debug", "informationaction", "ia"}
_VARIABLE_PARAMETERS = {"-outvariable", "-ov", "-pipelinevariable", "-pv", "-errorvariable", "-ev", "-warningvariable",
                        "-wv", "-informationvariable", "-iv"}
_TYPOGRAPHIC = re.compile("[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2013\u2014\u2015]")
_PLAIN_ENVIRONMENT = {"COMPUTERNAME", "USERNAME", "USERDOMAIN", "PROCESSOR_ARCHITECTURE", "NUMBER_OF_PROCESSORS", "OS"}
_PROVIDER = re.compile(r"^[A-Za-z][\w]+:")  # `HKCU:`, `Cert:`, `Env:`; a drive letter is one letter
_VERB_NOUN = re.compile(r"[A-Za-z]+-[A-Za-z][\w]*")
_NUMBER_PROPERTIES = {"count", "length", "year", "month", "day", "hour", "minute", "second", "sum", "average",
                      "maximum", "minimum", "dayofyear"}


@dataclass(frozen=True)
class _Touch:
    path: str
    how: str  # "read", "write" (append or a folder) or "overwrite"
    cmdlet: str


class _Reader:
    """The tokens of a script and of the files it loads, checked, and the values its file paths take."""

    def __init__(self, path: Path, text: str, arguments: list[str], ctx: ActionContext):
        self.ctx, self.arguments = ctx, arguments
        self.paths: list[Path] = []  # each file read, then each string sub-expression evaluated (its file's path)
        self.tokens: list[list[_Token]] = []
        self.closing: list[dict[int, int]] = []
        self.enclosing: list[list[int]] = []
        self.loaded: set[tuple[int, int]] = set()
        self.busy: set[tuple] = set()
        self.fragments: dict[tuple[int, int, str], int] = {}
        self.known: dict[tuple, list[str]] = {}
        self.origin: dict[int, tuple[int, int]] = {}
        self.functions: set[str] = set()
        self.openers: list[dict[int, int]] = []
        self._definitions: dict[str, list[tuple]] | None = None
        self.loading = True
        self._add(path, text)
        queue = [0]
        while queue:
            self._load_from(queue.pop(0), queue)
        self.loading = False
        self.functions = {ts[i + 1].text.lower() for ts in self.tokens for i in range(len(ts) - 1)
                          if ts[i].kind == "word" and ts[i].text.lower() in ("function", "filter") and ts[i + 1].kind == "word"}
        self.lists_files = any(self._file_objects(f, i) for f, ts in enumerate(self.tokens) for i, t in enumerate(ts)
                               if t.kind == "word" and _ALIASES.get(t.text.lower(), t.text.lower()) in _HANDS_ON_FILES)

    def _file_objects(self, f: int, i: int) -> bool:
        """Whether the command at token i (one of _HANDS_ON_FILES) hands on file objects (whose `CopyTo` and `Replace`
        write files): listings, and the items `New-Item` or `Compress-Archive -PassThru` make unless thrown away
        (`| Out-Null`, `$null =`)."""
        t = self.tokens[f][i]
        if _ALIASES.get(t.text.lower(), t.text.lower()) in ("get-childitem", "get-item"):
            return True
        ts, end = self.tokens[f], self._stage_end(f, i + 1)
        piped_away = end + 1 < len(ts) and ts[end].text == "|" and ts[end + 1].text.lower() == "out-null"
        assigned_away = i >= 2 and ts[i - 1].text == "=" and ts[i - 2].text.lower() == "$null" or \
            i >= 1 and ts[i - 1].kind == "type" and ts[i - 1].text.lower() == "[void]"
        return not (piped_away or assigned_away)

    def _add(self, path: Path, text: str) -> None:
        ts = _tokens(text, len(self.paths))
        self.paths.append(path)
        self.tokens.append(ts)
        closing, enclosing, stack = {}, [], []
        for i, t in enumerate(ts):
            enclosing.append(stack[-1] if stack else -1)
            if t.kind == "punct" and t.text in "({[":
                stack.append(i)
            elif t.kind == "punct" and t.text in ")}]":
                if not stack or ts[stack[-1]].text + t.text not in ("()", "{}", "[]"):
                    raise _NotShown("unbalanced brackets")
                closing[stack.pop()] = i
        if stack:
            raise _NotShown("unbalanced brackets")
        self.closing.append(closing)
        self.openers.append({c: o for o, c in closing.items()})
        self.enclosing.append(enclosing)

    def _load_from(self, f: int, queue: list[int]) -> None:
        """The files script `f` dot-sources or imports (`. "$PSScriptRoot\\lib\\x.ps1"`, `Import-Module .\\m.psm1`)."""
        ts = self.tokens[f]
        for i, t in enumerate(ts):
            dot = t.kind == "punct" and t.text == "." and self._starts(f, i) and i + 1 < len(ts) and ts[i + 1].start > t.end
            if not (dot or t.kind == "word" and t.text.lower() == "import-module" and self._starts(f, i)):
                continue
            named, positional = self._arguments(f, i + 1, self._stage_end(f, i + 1))
            unit = named.get("name") or (positional[0] if positional else None)
            values = self._unit(f, unit) if isinstance(unit, tuple) else None
            if not values or len(values) != 1 or not re.search(r"\.psm?1$", values[0], re.I) or len(self.paths) >= _MAX_FILES:
                raise _NotShown("loads a module or file it cannot read")
            target = resolve(values[0], self.ctx)
            text = file_text(target, self.ctx.home)
            if text is None or assess_path(str(target), self.ctx, write=False).decision != "ALLOW":
                raise _NotShown(f"loads {target.name}, which cannot be read")
            self.loaded.add((f, i))
            if target not in self.paths:
                self._add(target, text)
                queue.append(len(self.paths) - 1)

    # Structure ---------------------------------------------------------------------------------------------------------

    def _starts(self, f: int, i: int) -> bool:
        return _starts(self.tokens[f], i)

    def _is_command(self, f: int, i: int) -> bool:
        return _is_command(self.tokens[f], i, self._in_hashtable(f, i))

    def _in_hashtable(self, f: int, i: int) -> bool:
        brace = self.enclosing[f][i]
        return brace > 0 and self.tokens[f][brace].text == "{" and self.tokens[f][brace - 1].text == "@"

    def _stage_end(self, f: int, i: int) -> int:
        """The end of the pipeline stage that starts at token i."""
        ts, n = self.tokens[f], len(self.tokens[f])
        while i < n:
            t = ts[i]
            if t.kind == "newline" or t.kind == "punct" and t.text in ("|", "&&", "||", ")", "}", "]"):
                return i
            i = self.closing[f][i] + 1 if i in self.closing[f] else i + 1
        return n

    def _pipeline_end(self, f: int, i: int) -> int:
        ts, n = self.tokens[f], len(self.tokens[f])
        while i < n:
            i = self._stage_end(f, i)
            if i < n and ts[i].text == "|":
                i += 1
                while i < n and ts[i].kind == "newline" and ts[i].text == "\n":
                    i += 1
                continue
            if i < n and ts[i].kind == "newline" and i + 1 < n and ts[i + 1].text == "|":
                i += 2
                continue
            return i
        return n

    def _stages(self, f: int, i: int, j: int) -> list[tuple[int, int]]:
        stages, k = [], i
        while k < j:
            while k < j and self.tokens[f][k].kind == "newline":
                k += 1
            end = min(self._stage_end(f, k), j)
            stages.append((k, end))
            k = end + 1
        return [s for s in stages if s[0] < s[1]]

    def _unit_end(self, f: int, i: int) -> int:
        """The end of one command argument: adjacent tokens (`$dir\\x.csv`, `(Get-Date).Year`) and the items of a list."""
        ts, n = self.tokens[f], len(self.tokens[f])
        j = i
        while j < n:
            j = self.closing[f][j] + 1 if j in self.closing[f] else j + 1
            if j < n and ts[j].text == "," and ts[j].kind == "punct":
                j += 1
                continue
            if j >= n or ts[j].start != ts[j - 1].end or ts[j].kind == "newline" or \
                    ts[j].kind == "punct" and ts[j].text in ("|", ")", "}", ";", "&&", "||"):
                return j
        return n

    def _arguments(self, f: int, i: int, j: int) -> tuple[dict[str, tuple[int, int] | bool], list[tuple[int, int]]]:
        ts = self.tokens[f]
        named: dict[str, tuple[int, int] | bool] = {}
        positional = []
        while i < j:
            t = ts[i]
            if t.kind == "dash":
                name = t.text[1:].lower()
                if name.endswith(":"):
                    end = self._unit_end(f, i + 1)
                    named[name[:-1]] = (i + 1, end)
                    i = end
                elif name in _SWITCHES or i + 1 >= j or ts[i + 1].kind == "dash":
                    named[name] = True
                    i += 1
                else:
                    end = self._unit_end(f, i + 1)
                    named[name] = (i + 1, min(end, j))
                    i = end
            else:
                end = min(self._unit_end(f, i), j)
                positional.append((i, end))
                i = end
        return named, positional

    # Checks ------------------------------------------------------------------------------------------------------------

    def check(self) -> None:
        for f, ts in enumerate(self.tokens):
            self._check_tokens(f, ts, nested=False)

    def _check_tokens(self, f: int, ts: list[_Token], nested: bool) -> None:
        skip_to = -1
        for i, t in enumerate(ts):
            if i < skip_to or t.kind in _PLAIN_KINDS:
                continue
            low = t.text.lower()
            if t.kind in ("double", "here") and t.text.lstrip("@").startswith('"'):
                self._check_expandable(f, t)
            elif t.kind == "variable":
                name = low.strip("${}")
                if _QUALIFIED.match(name) and not name.startswith("env:") or name in _DANGEROUS_VARIABLES or \
                        name.startswith("env:") and _environment(name[4:]) is None:
                    raise _NotShown(f"uses {t.text}")
            elif t.kind == "type":
                self._check_type(ts, i)
            elif t.kind == "punct" and t.text == "&":
                raise _NotShown("calls a command by name (&)")
            elif t.kind == "punct" and t.text == "::" and (i == 0 or ts[i - 1].kind != "type" or _is_index(ts, i - 1)):
                raise _NotShown("calls a static member of a type it computes")
            elif t.kind == "punct" and t.text == ">" and not (i + 1 < len(ts) and (
                    ts[i + 1].text == ">" or ts[i + 1].kind == "variable" and ts[i + 1].text.lower() == "$null")):
                raise _NotShown("redirects output into a file")
            elif t.kind == "punct" and t.text == "[" and i + 1 < len(ts) and ts[i + 1].kind == "word" and \
                    ts[i + 1].start == t.end and not (i > 0 and ts[i - 1].end == t.start and ts[i - 1].kind != "newline"):
                raise _NotShown(f"names a type the reader does not follow: {ts[i + 1].text}")
            elif (t.kind == "punct" and t.text in (".", "..") or low == "import-module") and _starts(ts, i):
                if nested or (f, i) not in self.loaded:
                    raise _NotShown("runs or loads a file it cannot read")
                skip_to = self._stage_end(f, i + 1)
            elif t.kind == "word" and _is_command(ts, i, None if nested else self._in_hashtable(f, i)):
                self._check_command(ts, i, low)
            elif t.kind == "punct" and t.text == "." and i + 1 < len(ts) and ts[i + 1].kind == "word" \
                    and ts[i + 1].start == t.end and i > 0 and ts[i - 1].end == t.start:
                self._check_member(ts, i + 1)

    def _check_expandable(self, f: int, t: _Token) -> None:
        text = _literal(t)
        if text.count("$(") != sum(m.group("sub") is not None for m in _EXPANDED.finditer(text)):
            raise _NotShown("a string holds a sub-expression the reader does not follow")
        for m in _EXPANDED.finditer(text):
            if m.group("braced") is not None and _QUALIFIED.match(m.group("braced")) and \
                    not m.group("braced").lower().startswith("env:"):
                raise _NotShown(f"reads ${{{m.group('braced')}}}")
            if m.group("sub") is not None:
                self._check_tokens(f, _tokens(m.group("sub"), f), nested=True)
            elif (name := (m.group("braced") or m.group("name") or "").lower()).split(":")[0] in _DANGEROUS_VARIABLES or \
                    name.startswith("env:") and _environment(name[4:]) is None:
                raise _NotShown("reads the environment")

    def _check_command(self, ts: list[_Token], i: int, low: str) -> None:
        name = _ALIASES.get(low, low) if not (low == "foreach" and i + 1 < len(ts) and ts[i + 1].text == "(") else low
        if name == "switch" and any(t.kind == "dash" and "-file".startswith(t.text.lower().rstrip(":")) and len(t.text) > 2
                                    for t in ts[i + 1:i + 6]):
            raise _NotShown("switch -File reads a file")
        if name == "foreach-object" and not (i + 1 < len(ts) and (ts[i + 1].text == "{" or ts[i + 1].kind == "dash" and
                                                                  ts[i + 1].text.lower() in ("-process", "-begin", "-end"))):
            raise _NotShown("calls a method of each object by name")
        if name == "new-object":
            rest = [t.text.lower() for t in ts[i + 1:i + 4]]
            kind = next((r for r in rest if not r.startswith("-")), "")
            if "-comobject" in rest or not (kind in _TYPES or _GENERIC.match(kind + "[") or _GENERIC.match(kind)):
                raise _NotShown(f"creates a {kind or 'COM'} object")
            return
        if name in _KEYWORDS or name in self.functions or name in _ALLOWED_COMMANDS or name in _BLOCK_WORDS:
            return
        if re.fullmatch(r"-?[\d.]*|exit", name):
            return
        raise _NotShown(f"runs {low}")

    def _check_type(self, ts: list[_Token], i: int) -> None:
        name = re.sub(r"\(.*\)$", "", ts[i].text[1:-1], flags=re.S).lower().removesuffix("[]")
        if _is_index(ts, i):
            return  # an index such as `$rows[0]`, not a type
        if "{" in re.sub(r"'(?:[^']|'')*'|\"[^\"]*\"", "", ts[i].text):
            raise _NotShown("an attribute holds a script block")
        generic = bool(_GENERIC.match(name))
        if name not in _TYPES and not generic:
            raise _NotShown(f"uses the type {name}")
        if i + 2 < len(ts) and ts[i + 1].text == "::":
            member = ts[i + 2].text.lower()
            short = name.removeprefix("system.")
            allowed = {"new"} if generic or short in ("collections.arraylist", "text.stringbuilder", "text.utf8encoding") else \
                _STATIC.get(short, _STATIC.get(name, set()))
            if allowed is not None and member not in allowed:
                raise _NotShown(f"calls [{name}]::{member}")

    def _check_member(self, ts: list[_Token], i: int) -> None:
        member = ts[i].text.lower()
        called = i + 1 < len(ts) and ts[i + 1].text == "(" and ts[i + 1].start == ts[i].end
        if called and member not in _METHODS:
            raise _NotShown(f"calls the method {ts[i].text}")
        if called and member in ("foreach", "where") and not (i + 2 < len(ts) and ts[i + 2].text == "{"):
            raise _NotShown(f"calls {ts[i].text} with a method name")
        if called and member in ("replace", "copyto") and self.lists_files:
            raise _NotShown(f"calls {ts[i].text} where a file object may have it")
        if _FILE_PROPERTIES.match(member) and i + 1 < len(ts) and ts[i + 1].text == "=":
            raise _NotShown(f"sets a file's {ts[i].text}")

    # Definitions -------------------------------------------------------------------------------------------------------

    @property
    def definitions(self) -> dict[str, list[tuple]]:
        """Where each variable gets its values (found once the script is checked): assignments, `foreach (… in …)`,
        script and function parameters."""
        if self.loading:  # which files a script loads is not read from variables those files could set
            return {}
        if self._definitions is None:
            self._definitions = self._find_definitions()
        return self._definitions

    def _find_definitions(self) -> dict[str, list[tuple]]:
        defs: dict[str, list[tuple]] = {}
        in_params: set[tuple[int, int]] = set()
        for f, ts in enumerate(self.tokens):
            for i, t in enumerate(ts):
                if t.kind == "word" and t.text.lower() == "param" and i + 1 < len(ts) and ts[i + 1].text == "(":
                    owner = self._function_of(f, i)
                    self._parameters(f, i + 1, owner, defs, in_params)
                elif t.kind == "word" and t.text.lower() in ("function", "filter") and i + 2 < len(ts) and ts[i + 2].text == "(":
                    self._parameters(f, i + 2, ts[i + 1].text.lower(), defs, in_params)
        for f, ts in enumerate(self.tokens):
            for i, t in enumerate(ts):
                if t.kind != "variable" or (f, i) in in_params or i + 1 >= len(ts):
                    continue
                name, nxt = _variable_name(t.text), ts[i + 1]
                if nxt.kind == "punct" and nxt.text == "=" and self._assignment_starts(f, i):
                    defs.setdefault(name, []).append(("assign", f, i + 2, self._pipeline_end(f, i + 2)))
                elif nxt.kind == "punct" and nxt.text in ("+=", "-=", "*=", "/=", "%=", "++", "--"):
                    end = self._pipeline_end(f, i + 2) if nxt.text.endswith("=") else i + 2
                    defs.setdefault(name, []).append(("compound", f, i + 2, end))
                elif i >= 2 and ts[i - 1].text == "(" and ts[i - 2].text.lower() == "foreach" and nxt.text.lower() == "in":
                    defs.setdefault(name, []).append(("assign", f, i + 2, self.closing[f][i - 1]))
                elif self._changed(f, i):
                    defs.setdefault(name, []).append(("changed", f, i))
            for i, t in enumerate(ts):  # `-OutVariable x` and the like set a variable by its name
                if t.kind == "dash" and t.text.lower().rstrip(":") in _VARIABLE_PARAMETERS and i + 1 < len(ts):
                    defs.setdefault(_variable_name(ts[i + 1].text.strip("'\"")), []).append(("changed", f, i + 1))
        return defs

    def _changed(self, f: int, i: int) -> bool:
        """Whether the variable at token i is changed other than by a plain assignment: `$a, $b = …`, `$a[0] = …`,
        `$a.Path = …`, `$a.Add(…)`, a chained `$a = $b = …`."""
        ts = self.tokens[f]
        nxt = ts[i + 1]
        if nxt.text == "=" and nxt.kind == "punct":
            return True  # an assignment the reader does not follow (the last of a list of targets, a chained one)
        k = i
        while nxt.text == "," and k + 2 < len(ts) and ts[k + 1].text == "," and ts[k + 2].kind == "variable":
            k += 2  # `$a, $b = …`: every target of the list
        if k > i and k + 1 < len(ts) and ts[k + 1].text == "=":
            return True
        if nxt.text == "." and i + 3 < len(ts) and ts[i + 2].kind == "word" and ts[i + 3].text == "(" \
                and ts[i + 2].text.lower() in _MUTATORS:
            return True
        k = i + 1
        while k < len(ts) and (ts[k].text == "[" and k in self.closing[f] or ts[k].text == "." and k + 1 < len(ts)):
            k = self.closing[f][k] + 1 if ts[k].text == "[" else k + 2
        return k > i + 1 and k < len(ts) and ts[k].kind == "punct" and ts[k].text in ("=", "+=", "-=")

    def _assignment_starts(self, f: int, i: int) -> bool:
        ts = self.tokens[f]
        k = i - 1
        while k >= 0 and ts[k].kind == "type":
            k -= 1
        return k < 0 or ts[k].kind == "newline" or ts[k].kind == "punct" and ts[k].text in ("{", "(", "}") or \
            ts[k].kind == "word" and ts[k].text.lower() in _BLOCK_WORDS

    def _function_of(self, f: int, i: int) -> str | None:
        """The function whose body (or parameter list) holds token i; None at script level."""
        k = self.enclosing[f][i]
        ts = self.tokens[f]
        while k >= 0:
            if ts[k].text in "{(" and k >= 2 and ts[k - 2].kind == "word" and ts[k - 2].text.lower() in ("function", "filter"):
                return ts[k - 1].text.lower()
            if ts[k].text == "{" and k >= 3 and ts[k - 1].text == ")" and (opener := self._opener(f, k - 1)) is not None \
                    and opener >= 2 and ts[opener - 2].text.lower() in ("function", "filter"):
                return ts[opener - 1].text.lower()
            k = self.enclosing[f][k]
        origin = self.origin.get(f)
        return self._function_of(*origin) if origin else None

    def _owner(self, definition: tuple) -> str | None:
        if definition[0] == "param":
            return definition[4]
        variable = self.tokens[definition[1]][definition[2] - 2]
        return None if _SCOPED.match(variable.text) else self._function_of(definition[1], definition[2] - 2)

    def _parameters(self, f: int, open_: int, owner: str | None, defs: dict, in_params: set) -> None:
        ts, close = self.tokens[f], self.closing[f][open_]
        position, k = 0, open_ + 1
        while k < close:
            end = k
            while end < close and not (ts[end].kind == "punct" and ts[end].text == ","):
                end = self.closing[f][end] + 1 if end in self.closing[f] else end + 1
            variable = next((j for j in range(k, end) if ts[j].kind == "variable" and self.enclosing[f][j] == open_), None)
            if variable is not None:
                switch = any(ts[j].kind == "type" and ts[j].text.lower() == "[switch]" for j in range(k, variable))
                default = (variable + 2, end) if variable + 1 < end and ts[variable + 1].text == "=" else None
                in_params.add((f, variable))
                defs.setdefault(_variable_name(ts[variable].text), []).append(
                    ("param", f, variable, default, owner, -1 if switch else position))
                position += 0 if switch else 1
            k = end + 1

    # Values ------------------------------------------------------------------------------------------------------------

    def _variable(self, f: int, i: int) -> list[str] | None:
        name = _variable_name(self.tokens[f][i].text)
        script = self.paths[f]
        if name in _AUTOMATIC and name in self.definitions:
            return None  # the script set it itself
        if name == "psscriptroot":
            return [str(script.parent)]
        if name == "pscommandpath":
            return [str(script)]
        if name == "myinvocation":
            return ["\x04" + str(script)]
        if name == "pwd":
            return [str(self.ctx.cwd or self.ctx.workspace)]
        if name == "home":
            return ["%USERPROFILE%"]
        if name in ("_", "psitem"):
            return self._pipeline_item(f, i)
        if name.startswith("env:"):
            value = _environment(name[4:])
            return [value] if value is not None else None
        owner = None if _SCOPED.match(self.tokens[f][i].text) else self._function_of(f, i)
        every = self.definitions.get(name, [])
        if any(d[0] == "changed" for d in every):
            return None
        definitions = [d for d in every if self._owner(d) == owner] or (every if owner else [])
        key = ("variable", name, owner)
        if key in self.known:
            return self.known[key]
        if key in self.busy or not definitions:
            return None
        self.busy.add(key)
        try:
            values: list[str] = []
            for definition in definitions:
                value = self._definition_value(definition)
                if value is None:
                    return None
                values += value
            found = _capped(values)
            if found is not None:  # a value is never one a cycle cut short, which gives None
                self.known[key] = found
            return found
        finally:
            self.busy.discard(key)

    def _definition_value(self, definition: tuple) -> list[str] | None:
        kind, f = definition[0], definition[1]
        if kind == "changed":
            return None
        if kind == "assign":
            return self._pipeline(f, definition[2], definition[3])
        if kind == "compound":
            rhs = self.tokens[f][definition[2]:definition[3]]
            return [TAME] if all(t.kind == "number" for t in rhs) else None
        _, f, variable, default, owner, position = definition
        name = _variable_name(self.tokens[f][variable].text)
        names, positioned = self._parameters_of(owner, f)
        if owner is None and f != 0:  # a dot-sourced file's own parameters take their defaults
            return self._pipeline(f, *default) if default else None
        if owner is None:
            flags = [a[1:].split(":")[0].lower() for a in self.arguments if re.match(r"-[A-Za-z]", a)]
            if positioned or any(not any(n.startswith(flag) for n in names) for flag in flags):
                return None  # an alias or an explicit position binds the arguments another way
            given = _given(self.arguments, name, position)
            if given is not None:
                return [given]
            return self._pipeline(f, *default) if default else None
        values: list[str] = []
        for cf, ci in self._call_sites(owner):
            named, positional = self._arguments(cf, ci + 1, self._stage_end(cf, ci + 1))
            if positioned or any(not any(n.startswith(k) for n in names) and k not in _COMMON_PARAMETERS for k in named) \
                    or any(self.tokens[cf][a].text == "@" for a, _ in positional):
                return None  # bound by an alias, an explicit position or a splatted table
            unit = next((v for k, v in named.items() if name.startswith(k) and k), None)
            if unit is None and 0 <= position < len(positional):
                unit = positional[position]
            if unit is None and self._piped_from(cf, ci) is not None:
                return None  # may be bound from the pipeline
            if isinstance(unit, tuple):
                value = self._unit(cf, unit)
            elif unit is True:
                value = [""]
            else:
                value = self._pipeline(f, *default) if default else None
            if value is None:
                return None
            values += value
        return _capped(values)

    def _parameters_of(self, owner: str | None, f: int) -> tuple[list[str], bool]:
        """The parameter names of a function (or of the script, `None`), and whether any is given an explicit position."""
        mine = [d for ds in self.definitions.values() for d in ds if d[0] == "param" and d[4] == owner and (owner or d[1] == f)]
        names = [_variable_name(self.tokens[d[1]][d[2]].text) for d in mine]
        positioned = any(t.kind == "type" and re.search(r"\bPosition\s*=", t.text, re.I)
                         for d in mine for t in self.tokens[d[1]][max(0, d[2] - 4):d[2]])
        return names, positioned

    def _call_sites(self, function: str) -> list[tuple[int, int]]:
        return [(f, i) for f, ts in enumerate(self.tokens) for i, t in enumerate(ts)
                if t.kind == "word" and t.text.lower() == function and self._is_command(f, i)
                and not (i > 0 and ts[i - 1].kind == "word" and ts[i - 1].text.lower() in ("function", "filter"))]

    def _pipeline_item(self, f: int, i: int) -> list[str] | None:
        """What `$_` holds at token i: the entries a pipeline hands to the ForEach-Object or Where-Object block around it."""
        ts, k = self.tokens[f], self.enclosing[f][i]
        while k >= 0:
            if ts[k].text != "{":
                k = self.enclosing[f][k]
                continue
            p = k - 1
            if p >= 0 and ts[p].kind == "dash" and ts[p].text.lower() in ("-process", "-filterscript"):
                p -= 1
            if p >= 0 and ts[p].kind == "word" and _ALIASES.get(ts[p].text.lower(), ts[p].text.lower()) in _PIPELINE_BLOCKS:
                bar = self._piped_from(f, p)
                return None if bar is None else self._pipeline(f, self._pipeline_start(f, bar), bar)
            opener = self._opener(f, p) if p >= 0 and ts[p].text == ")" else None
            if p >= 0 and ts[p].kind == "word" and ts[p].text.lower() in ("else", "try", "finally", "do") or \
                    opener is not None and opener > 0 and ts[opener - 1].text.lower() in ("if", "elseif", "foreach", "while",
                                                                                          "for", "catch"):
                k = self.enclosing[f][k]
                continue
            return None
        origin = self.origin.get(f)
        return self._pipeline_item(*origin) if origin else None

    def _piped_from(self, f: int, i: int) -> int | None:
        """The `|` that hands its pipeline to the command at token i (across a line break), if any."""
        k = i - 1
        while k >= 0 and self.tokens[f][k].text == "\n":
            k -= 1
        return k if k >= 0 and self.tokens[f][k].text == "|" else None

    def _opener(self, f: int, close: int) -> int | None:
        return self.openers[f].get(close)

    def _pipeline_start(self, f: int, bar: int) -> int:
        ts, s = self.tokens[f], bar
        while s > 0:
            p = ts[s - 1]
            if p.kind == "punct" and p.text in ")}]":
                s = self._opener(f, s - 1) or 0
                continue
            if p.kind == "newline" and not (s - 2 >= 0 and ts[s - 2].text == "|") and ts[s].text != "|" or \
                    p.kind == "punct" and p.text in ("(", "{", "=", "[") or p.kind == "newline" and p.text == ";":
                return s
            s -= 1
        return 0

    def _pipeline(self, f: int, i: int, j: int) -> list[str] | None:
        stages = self._stages(f, i, j)
        if not stages:
            return None
        a, b = stages[0]
        value = self._command(f, a, b) if self.tokens[f][a].kind == "word" else self._expression(f, a, b)
        for a, b in stages[1:]:
            if value is None:
                return None
            cmd = _ALIASES.get(self.tokens[f][a].text.lower(), self.tokens[f][a].text.lower())
            named, positional = self._arguments(f, a + 1, b)
            if cmd in _KEEPS_ITEMS or cmd == "select-object" and not positional and set(named) <= {"first", "last", "skip"}:
                continue
            if cmd == "select-object" and isinstance(named.get("expandproperty"), tuple) and not positional:
                s, e = named["expandproperty"]
                value = _member_values(value, self.tokens[f][s].text.strip("'\""), None)
                continue
            return None
        return value

    def _expression(self, f: int, i: int, j: int) -> list[str] | None:
        """The values of an expression, by PowerShell's precedence: `,` binds tightest, then `-f`, then `+`, then
        `-replace`; any other operator is not followed."""
        ts, top = self.tokens[f], self.enclosing[f][i]
        operators = [k for k in range(i, j) if ts[k].kind == "dash" and self.enclosing[f][k] == top]
        if any(ts[k].text.lower() not in ("-f", "-replace") for k in operators):
            return None
        replaces = [k for k in operators if ts[k].text.lower() == "-replace"]
        if replaces:
            return self._replaced(f, i, replaces[-1], j)
        terms = self._split(f, i, j, lambda t: t.kind == "punct" and t.text == "+")
        if len(terms) == 1 and not operators:
            items = self._split(f, i, j, lambda t: t.kind == "punct" and t.text == ",")
            if len(items) > 1:  # an array: each of its items
                values: list[str] = []
                for a, b in items:
                    value = self._operand(f, a, b)
                    if value is None:
                        return None
                    values += value
                return _capped(values)
        values = [""]
        for a, b in terms:
            fmt = next((k for k in operators if a <= k < b), None)
            if fmt is None:
                part = None if any(ts[k].text == "," and self.enclosing[f][k] == top for k in range(a, b)) else \
                    self._operand(f, a, b)
            else:
                templates = self._operand(f, a, fmt)
                arguments = [self._operand(f, x, y) for x, y in self._split(f, fmt + 1, b, lambda t: t.text == ",")]
                formatted = None if templates is None or any(v is None for v in arguments) else \
                    [_format(t, combo) for t in templates for combo in _combinations(arguments)]
                part = None if formatted is None or None in formatted else _capped(formatted)
            if part is None:
                return None
            values = _capped([x + y for x in values for y in part])
            if values is None:
                return None
        return values

    def _replaced(self, f: int, a: int, op: int, b: int) -> list[str] | None:
        """`value -replace 'pattern', 'text'` where all three are known and hold no computed part."""
        values = self._expression(f, a, op)
        rule = [self._operand(f, x, y) for x, y in self._split(f, op + 1, b, lambda t: t.text == ",")]
        if values is None or len(rule) not in (1, 2) or any(r is None or len(r) != 1 for r in rule):
            return None
        pattern, text = rule[0][0], rule[1][0] if len(rule) == 2 else ""
        if any(c in v for v in [*values, pattern, text] for c in (TAME, _DATE, _ITEM, _EXISTING)) or "$" in text:
            return None
        try:
            return _capped([re.sub(pattern, text.replace("\\", "\\\\"), v, flags=re.I) for v in values])
        except re.error:
            return None

    def _split(self, f: int, i: int, j: int, at: Callable[[_Token], bool]) -> list[tuple[int, int]]:
        parts, k, start = [], i, i
        while k < j:
            if at(self.tokens[f][k]):
                parts.append((start, k))
                start = k + 1
            k = self.closing[f][k] + 1 if k in self.closing[f] else k + 1
        parts.append((start, j))
        return [p for p in parts if p[0] < p[1]]

    def _operand(self, f: int, i: int, j: int) -> list[str] | None:
        ts = self.tokens[f]
        while i < j and ts[i].kind == "type" and not (i + 1 < j and ts[i + 1].text == "::"):
            i += 1  # a cast
        if i >= j:
            return None
        t, k = ts[i], i + 1
        if t.kind in ("single", "double", "here"):
            value = [_literal(t)] if t.kind == "single" or t.text.startswith("@'") else self._expand(f, i)
        elif t.kind == "number":
            value = [t.text]
        elif t.kind == "variable":
            value = self._variable(f, i)
        elif t.kind == "punct" and t.text in ("(", "$", "@") and (t.text == "(" or i + 1 < j and ts[i + 1].text == "("):
            open_ = i if t.text == "(" else i + 1
            value = self._pipeline(f, open_ + 1, self.closing[f][open_])
            k = self.closing[f][open_] + 1
        elif t.kind == "type" and i + 2 < j and ts[i + 1].text == "::":
            k = i + 3
            arguments = None
            if k < j and ts[k].text == "(":
                arguments = [self._expression(f, a, b) for a, b in self._split(f, k + 1, self.closing[f][k], lambda x: x.text == ",")]
                k = self.closing[f][k] + 1
            value = _static_value(t.text, ts[i + 2].text.lower(), arguments)
        elif t.kind == "word" and i == j - 1:
            value = [t.text]
        else:
            return None
        while value is not None and k < j:
            if ts[k].text == "." and k + 1 < j and ts[k + 1].kind == "word":
                member, k = ts[k + 1].text, k + 2
                arguments = None
                if k < j and ts[k].text == "(" and ts[k].start == ts[k - 1].end:
                    arguments = [self._expression(f, a, b) for a, b in self._split(f, k + 1, self.closing[f][k], lambda x: x.text == ",")]
                    k = self.closing[f][k] + 1
                value = _member_values(value, member, arguments)
            elif ts[k].text == "[" and k in self.closing[f]:
                value = [v for v in value if v.startswith(_ITEM)] or None if all(v.startswith(_ITEM) for v in value) else None
                k = self.closing[f][k] + 1
            else:
                return None
        return value

    def _expand(self, f: int, i: int) -> list[str] | None:
        text, values, last = _literal(self.tokens[f][i]), [""], 0
        for m in _EXPANDED.finditer(text):
            piece: list[str] | None
            if m.group(0).startswith("`"):
                piece = [{"n": "\n", "t": "\t", "r": "\r", "0": ""}.get(m.group(0)[1], m.group(0)[1])]
            elif m.group("sub") is not None:
                g = self._fragment(f, i, m.group("sub"))
                piece = self._pipeline(g, 0, len(self.tokens[g]))
            else:
                name = m.group("braced") or m.group("name")
                g = self._fragment(f, i, "$" + name if ":" not in name else "${" + name + "}")
                piece = self._variable(g, 0) if self.tokens[g] and self.tokens[g][0].kind == "variable" else None
            if piece is None:
                return None
            values = _capped([v + text[last:m.start()] + p for v in values for p in piece])
            if values is None:
                return None
            last = m.end()
        return _capped([v + text[last:] for v in values])

    def _fragment(self, f: int, i: int, text: str) -> int:
        key = (f, i, text)
        if key not in self.fragments:
            self._add(self.paths[f], text)
            self.fragments[key] = len(self.paths) - 1
            self.origin[len(self.paths) - 1] = (f, i)
        return self.fragments[key]

    def _command(self, f: int, i: int, j: int) -> list[str] | None:
        name = _ALIASES.get(self.tokens[f][i].text.lower(), self.tokens[f][i].text.lower())
        named, positional = self._arguments(f, i + 1, j)

        def unit(*names: str, position: int | None = 0) -> list[str] | None:
            chosen = next((named[n] for n in names if isinstance(named.get(n), tuple)), None)
            if chosen is None and position is not None and position < len(positional):
                chosen = positional[position]
            return self._unit(f, chosen) if chosen else None

        if name == "join-path":
            parents, children = unit("path"), unit("childpath", position=1)
            extra = [self._unit(f, u) for u in positional[2:]]
            if isinstance(named.get("additionalchildpath"), tuple):
                extra.append(self._unit(f, named["additionalchildpath"]))
            if parents is None or children is None or any(e is None for e in extra):
                return None
            values = _capped([_joined(p, c) for p in parents for c in children])
            for more in extra:
                values = values and _capped([_joined(v, c) for v in values for c in more])
            return values
        if name == "split-path":
            paths = unit("path", "literalpath")
            if paths is None or set(named) - {"path", "literalpath", "parent", "leaf", "leafbase", "extension", "resolve"}:
                return None
            if named.get("leaf"):
                return [_leaf(p) for p in paths]
            if named.get("extension"):
                return [TAME]
            if named.get("leafbase"):
                bases = [re.sub(r"(?<=.)\.[^.]*$", "", _leaf(p)) for p in paths]
                return None if any(b in (".", "..") for b in bases) else bases
            return [_parent(p) for p in paths]
        if name == "get-date":
            spec = named.get("format") or named.get("uformat")
            if spec is None:
                return [_DATE]
            formats = self._unit(f, spec) if isinstance(spec, tuple) else None
            return [TAME] if formats and all(_date_format(x) for x in formats) else None
        if name == "get-location":
            return [str(self.ctx.cwd or self.ctx.workspace)]
        if name in ("get-childitem", "get-item"):
            paths = unit("path", "literalpath") if positional or "path" in named or "literalpath" in named else \
                [str(self.ctx.cwd or self.ctx.workspace)]
            if paths is None:
                return None
            folders = [p if name == "get-childitem" and "*" not in _leaf(p) else _parent(p) for p in paths]
            if "recurse" in named or "depth" in named:  # an entry may sit in any folder below
                folders = [_joined(folder, _EXISTING) for folder in folders]
            return [_ITEM + folder for folder in folders]
        if name == "resolve-path":
            return None if "relative" in named or "relativebasepath" in named else unit("path", "literalpath")
        return None

    def _unit(self, f: int, unit: tuple[int, int] | None) -> list[str] | None:
        """The values of one command argument: list items, each the adjacent pieces of a word joined."""
        if unit is None:
            return None
        i, j = unit
        items = self._split(f, i, j, lambda t: t.kind == "punct" and t.text == ",")
        if len(items) > 1:
            values: list[str] = []
            for a, b in items:
                value = self._unit(f, (a, b))
                if value is None:
                    return None
                values += value
            return _capped(values)
        ts, values, k = self.tokens[f], [""], i
        while k < j:
            t = ts[k]
            if t.kind in ("word", "number", "dash") or t.kind == "punct" and t.text in (".", "..", "/", "\\", ":", "*"):
                piece, end = [t.text], k + 1
            else:
                end = k + 1
                if t.kind == "punct" and t.text in ("(", "$", "@"):
                    open_ = k if t.text == "(" else k + 1
                    if open_ not in self.closing[f]:
                        return None
                    end = self.closing[f][open_] + 1
                while end < j and ts[end].start == ts[end - 1].end and (
                        ts[end].text == "." and end + 1 < j and ts[end + 1].kind == "word" and t.kind in ("variable", "punct")
                        or ts[end - 1].text == "." and ts[end].kind == "word" or ts[end].text in ("(", "[")
                        and ts[end - 1].kind == "word" and end - 2 >= k and ts[end - 2].text == "."):
                    end = self.closing[f][end] + 1 if end in self.closing[f] else end + 1
                piece = self._operand(f, k, end)
            if piece is None:
                return None
            values = _capped([v + p for v in values for p in piece])
            if values is None:
                return None
            k = end
        return values

    # What it touches ---------------------------------------------------------------------------------------------------

    def touches(self) -> list[_Touch]:
        touched = []
        for f in range(len(self.tokens)):
            ts = self.tokens[f]
            for i, t in enumerate(ts):
                cmd = _ALIASES.get(t.text.lower(), t.text.lower()) if t.kind == "word" else ""
                if cmd in _TOUCHING and self._is_command(f, i):
                    touched += self._cmdlet_touches(f, i, cmd)
                elif t.kind == "type" and t.text[1:-1].lower().removeprefix("system.") in ("io.file", "io.directory") \
                        and i + 3 < len(ts) and ts[i + 1].text == "::" and ts[i + 3].text == "(":
                    member = ts[i + 2].text.lower()
                    first = self._split(f, i + 4, self.closing[f][i + 3], lambda x: x.text == ",")[:1]
                    if member in ("exists",) or member == "newline":
                        continue
                    values = self._expression(f, *first[0]) if first else None
                    if values is None:
                        raise _NotShown(f"cannot name the file {t.text}::{ts[i + 2].text} touches")
                    how = "read" if member.startswith(("read", "getfiles")) else "write" if member.startswith(
                        ("append", "createdirectory")) else "overwrite"
                    touched += [_Touch(v, how, f"{t.text}::{ts[i + 2].text}") for v in values]
        return touched

    def _cmdlet_touches(self, f: int, i: int, cmd: str) -> list[_Touch]:
        named, positional = self._arguments(f, i + 1, self._stage_end(f, i + 1))
        if cmd == "compress-archive":  # reads -Path, writes -DestinationPath
            sources = named.get("path") or named.get("literalpath") or (positional[0] if positional else None)
            target = named.get("destinationpath") or (positional[1] if len(positional) > 1 else None)
            read = self._unit(f, sources) if isinstance(sources, tuple) else None
            written = self._unit(f, target) if isinstance(target, tuple) else None
            if read is None or written is None:
                raise _NotShown("cannot name the files Compress-Archive touches")
            how = "write" if named.get("update") is True else "overwrite"
            return [*(_Touch(v, "read", cmd) for v in read), *(_Touch(v, how, cmd) for v in written)]
        names = _PATH_PARAMETERS.get(cmd, ["path", "literalpath"])
        unit = next((named[n] for n in names if isinstance(named.get(n), tuple)), None)
        position = 1 if cmd == "select-string" else 0
        if unit is None and "path" not in named and len(positional) > position:
            unit = positional[position]
        if unit is None and cmd == "get-childitem" and "path" not in named:
            values: list[str] | None = [str(self.ctx.cwd or self.ctx.workspace)]
        elif unit is None and cmd in _READERS and (bar := self._piped_from(f, i)) is not None:  # the entries piped in
            values = self._pipeline(f, self._pipeline_start(f, bar), bar)
        else:
            values = self._unit(f, unit) if isinstance(unit, tuple) else None
        if values is None:
            raise _NotShown(f"cannot name the file {cmd} touches")
        if cmd == "new-item" and isinstance(named.get("name"), tuple):
            names_ = self._unit(f, named["name"])
            if names_ is None:
                raise _NotShown("cannot name the item New-Item makes")
            values = [_joined(v, n) for v in values for n in names_]
        if cmd in _READERS:
            how = "read"
        elif cmd == "add-content" or named.get("append") is True:
            how = "write"
        elif cmd == "new-item":
            kind = named.get("itemtype") or named.get("type")
            kinds = self._unit(f, kind) if isinstance(kind, tuple) else [] if kind is None else None
            if kinds is None or "target" in named or any(k.lower() not in ("directory", "d", "file", "f") for k in kinds):
                raise _NotShown("New-Item makes something other than a file or a folder (a link)")
            how = "write" if kinds and kinds[0].lower() in ("directory", "d") else "overwrite"
        else:
            how = "overwrite"
        return [_Touch(v, how, cmd) for v in values]


def _is_index(ts: list[_Token], i: int) -> bool:
    """Whether the bracketed token i indexes the value right before it (`$rows[Name]`) rather than naming a type."""
    p = ts[i - 1] if i > 0 else None
    return p is not None and p.end == ts[i].start and (
        p.kind in ("variable", "word", "single", "double") or p.kind == "punct" and p.text in (")", "]"))


def _starts(ts: list[_Token], i: int) -> bool:
    """Whether token i stands where a command or a statement starts."""
    if i == 0:
        return True
    p = ts[i - 1]
    return p.kind == "newline" or p.kind == "punct" and p.text in _STATEMENT_STARTS or \
        p.kind == "word" and p.text.lower() in _BEFORE_STATEMENTS


def _is_command(ts: list[_Token], i: int, in_hashtable: bool | None) -> bool:
    """A word PowerShell would run: one where a command starts, or any `Verb-Noun` word that is no member name and no
    key of a hashtable literal."""
    t = ts[i]
    if t.kind != "word" or i > 0 and ts[i - 1].text in (".", "::") and ts[i - 1].end == t.start:
        return False
    if in_hashtable and i + 1 < len(ts) and ts[i + 1].kind == "punct" and ts[i + 1].text == "=":
        return False
    return _starts(ts, i) or bool(_VERB_NOUN.fullmatch(t.text))


def _environment(name: str) -> str | None:
    """What `$env:NAME` stands for where the reader can tell: a Windows folder (judged as where it leads) or a name
    (`COMPUTERNAME`, `USERNAME`) that holds no separator; None for any other variable, which may hold a path or a
    secret."""
    if name.upper() in _PLAIN_ENVIRONMENT:
        return TAME
    return f"%{name.upper()}%" if windows_spelling(f"%{name.upper()}%") != f"%{name.upper()}%" else None


def _variable_name(text: str) -> str:
    name = text.lstrip("$").strip("{}").lower()
    return re.sub(r"^(?:script|global|local|private):", "", name)


def _given(arguments: list[str], name: str, position: int) -> str | None:
    """The value the command line gives a script parameter, by name (`-Days 14`, `-Days:14`) or by position."""
    loose, k = [], 0
    while k < len(arguments):
        a = arguments[k]
        if a.startswith("-") and len(a) > 1 and not re.fullmatch(r"-[\d.]+", a):
            flag, _, value = a[1:].partition(":")
            if flag.lower() and name.startswith(flag.lower()):
                return value or (arguments[k + 1] if k + 1 < len(arguments) and not value else "")
            k += 1 if value else 2
            continue
        loose.append(a)
        k += 1
    return loose[position] if 0 <= position < len(loose) else None


def _capped(values: list[str] | None) -> list[str] | None:
    if values is None or len(values) > _MAX_VALUES:
        return None
    return list(dict.fromkeys(values))


def _combinations(options: list[list[str]]) -> list[list[str]]:
    combos: list[list[str]] = [[]]
    for values in options:
        combos = [c + [v] for c in combos for v in values][:_MAX_VALUES + 1]
    return combos


def _format(template: str, values: list[str]) -> str | None:
    """`template -f values`: a date formatted by a safe format, or a listed entry (its full path), stands as such."""
    unsafe = []

    def field(m: re.Match) -> str:
        n = int(m.group(1))
        if n >= len(values):
            return m.group(0)
        value = values[n]
        if value == _DATE:
            unsafe.extend([] if _date_format((m.group(2) or ":")[1:]) else [value])
            return TAME
        return _joined(value[1:], _EXISTING) if value.startswith(_ITEM) else value
    formatted = re.sub(r"\{(\d+)(?:,-?\d+)?(:[^}]*)?\}", field, template).replace("{{", "{").replace("}}", "}")
    return None if unsafe else formatted


def _date_format(text: str) -> bool:
    """A date format whose output can name no parent folder: no quoted or escaped literal, no `..`."""
    return not any(c in text for c in "'\"\\") and ".." not in text and TAME not in text


def _joined(parent: str, child: str) -> str:
    if re.match(r"^(?:[A-Za-z]:|[\\/]|%\w+%)", child) and not parent:
        return child
    return parent.rstrip("\\/") + "\\" + child.lstrip("\\/") if parent else child


def _leaf(path: str) -> str:
    return re.split(r"[\\/]", path.rstrip("\\/"))[-1]


def _parent(path: str) -> str:
    stripped = path.rstrip("\\/")
    cut = max(stripped.rfind("\\"), stripped.rfind("/"))
    return stripped[:cut] if cut > 0 else stripped[:1] if cut == 0 else ""


def _member_values(values: list[str], member: str, arguments: list[list[str] | None] | None) -> list[str] | None:
    """`value.member` or `value.member(arguments)` for each value, where the reader can tell it."""
    low = member.lower()
    out = []
    for v in values:
        if low in _NUMBER_PROPERTIES:
            out.append(TAME)
        elif v.startswith("\x04"):  # $MyInvocation
            if low == "mycommand":
                out.append(v)
            elif low in ("path", "definition", "source"):
                out.append(v[1:])
            else:
                return None
        elif v == _DATE:
            if low in ("adddays", "addmonths", "addyears", "addhours", "addminutes", "date", "addseconds"):
                out.append(_DATE)
            elif low in ("toshortdatestring", "tolongdatestring") or low == "tostring" and (
                    not arguments or len(arguments) == 1 and arguments[0] and all(_date_format(x) for x in arguments[0])):
                out.append(TAME)
            else:
                return None
        elif v.startswith(_ITEM):
            folder = v[1:]
            if low in ("name", "basename", "extension"):
                out.append(TAME)
            elif low in ("fullname", "pspath"):
                out.append(_joined(folder, _EXISTING))
            elif low in ("directoryname", "directory", "psparentpath"):
                out.append(folder)
            else:
                return None
        elif (changed := _string_method(v, low, arguments)) is not None:
            out.append(changed)
        else:
            return None
    return _capped(out)


def _string_method(v: str, low: str, arguments: list[list[str] | None] | None) -> str | None:
    if arguments and not all(a is not None and len(a) == 1 for a in arguments):
        return None
    given = [a[0] for a in arguments or [] if a]
    if low in ("trim", "trimend", "trimstart"):
        chars = "".join(given) or None
        return {"trim": v.strip, "trimend": v.rstrip, "trimstart": v.lstrip}[low](chars)
    if low in ("tolower", "tolowerinvariant") and not given:
        return v.lower()
    if low in ("toupper", "toupperinvariant") and not given:
        return v.upper()
    if low == "tostring" and not given:
        return v
    if low == "replace" and len(given) == 2:
        return v.replace(given[0], given[1])
    return None


def _static_value(type_text: str, member: str, arguments: list[list[str] | None] | None) -> list[str] | None:
    kind = type_text[1:-1].lower().removeprefix("system.")
    if arguments is not None and any(a is None for a in arguments):
        return None
    if kind in ("datetime",) and member in ("today", "now", "parse", "parseexact", "minvalue", "maxvalue"):
        return [_DATE]
    if kind in ("math", "int", "int32", "double", "decimal", "convert") and member not in ("tostring",):
        return [TAME]
    if kind == "io.path" and member == "directoryseparatorchar":
        return ["\\"]
    if kind == "io.path" and member == "combine" and arguments:
        values = arguments[0]
        for more in arguments[1:]:
            values = _capped([c if _ROOTED.match(c) else _joined(v, c) for v in values for c in more]) \
                if values is not None else None
        return values
    if kind == "io.path" and member in ("getfilename", "getfilenamewithoutextension") and arguments:
        leaves = [_leaf(v) if member == "getfilename" else re.sub(r"(?<=.)\.[^.]*$", "", _leaf(v)) for v in arguments[0]]
        return None if any(leaf in (".", "..") for leaf in leaves) else _capped(leaves)
    if kind == "io.path" and member == "getextension" and arguments:
        return [TAME]
    if kind == "io.path" and member == "getdirectoryname" and arguments:
        return _capped([_parent(v) for v in arguments[0]])
    return None


def _judged(touch: _Touch, ctx: ActionContext, overwrite: Callable[[str, ActionContext], ActionRisk]) -> ActionRisk:
    if _PROVIDER.match(touch.path) or "::" in touch.path:
        raise _NotShown(f"{touch.cmdlet} reaches a PowerShell drive that is no folder (the registry, certificates)")
    existing = _EXISTING in touch.path
    path = touch.path.replace(TAME, "x").replace(_EXISTING, "x")
    if _DATE in path or _ITEM in path or "\x04" in path:
        raise _NotShown(f"cannot name the file {touch.cmdlet} touches")
    if touch.how == "read":
        return assess_path(path, ctx, write=False)
    if touch.how != "read" and existing:
        risk = assess_path(path, ctx, write=True)
        if risk.decision == "ALLOW":
            return ActionRisk("ESCALATE", "overwrite", f"{touch.cmdlet} writes into files or folders it lists",
                              "act.shell.overwrite")
        return risk
    return overwrite(path, ctx) if touch.how == "overwrite" else assess_path(path, ctx, write=True)


def powershell_data_work(text: str, path: Path, arguments: list[str], ctx: ActionContext,
                         overwrite: Callable[[str, ActionContext], ActionRisk]) -> list[ActionRisk] | None:
    """The risks of the files a PowerShell script (its `text` as written, comments and all, and what it loads) reads
    and writes, when it is shown to do only that; None when it cannot be shown."""
    try:
        reader = _Reader(path, text, arguments, ctx)
        reader.check()
        return [_judged(t, ctx, overwrite) for t in reader.touches()]
    except (_NotShown, RecursionError):
        return None
