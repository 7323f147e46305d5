"""The commands that CMake and Meson files run when a project is configured or built."""

from __future__ import annotations

import posixpath
import re

from tools.risk_buildfiles import closing

_CMAKE_NAME = r"CMakeLists\.txt|[^/]+\.cmake(?:\.in)?"  # `.cmake.in`: a template configure_file() makes a module of
CMAKE_NAMES = rf"{_CMAKE_NAME}|meson\.build"  # files that run commands when a project is configured or built
CMAKE = re.compile(rf"(^|/)(?:{_CMAKE_NAME})$")
MESON = re.compile(r"(^|/)meson\.build$")

# Words that end a COMMAND's arguments in execute_process, add_custom_command, add_custom_target, add_test and vcpkg's
# process helpers.
_CMAKE_KEYWORDS = frozenset(
    "COMMAND WORKING_DIRECTORY OUTPUT_VARIABLE RESULT_VARIABLE RESULTS_VARIABLE ERROR_VARIABLE OUTPUT_QUIET ERROR_QUIET "
    "TIMEOUT INPUT_FILE OUTPUT_FILE ERROR_FILE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_STRIP_TRAILING_WHITESPACE "
    "COMMAND_ECHO ENCODING ECHO_OUTPUT_VARIABLE ECHO_ERROR_VARIABLE COMMAND_ERROR_IS_FATAL DEPENDS COMMENT VERBATIM "
    "OUTPUT BYPRODUCTS USES_TERMINAL MAIN_DEPENDENCY IMPLICIT_DEPENDS ALL SOURCES JOB_POOL DEPFILE COMMAND_EXPAND_LISTS "
    "PRE_BUILD PRE_LINK POST_BUILD TARGET APPEND NAME CONFIGURATIONS LOGNAME SAVE_LOG_FILES ALLOW_IN_DOWNLOAD_MODE".split())
_CMAKE_ARGUMENT = re.compile(r'"((?:[^"\\]|\\.)*)"|\[(=*)\[(.*?)\]\2\]|([^\s()"]+)', re.S)


def _cmake_arguments(body: str) -> list[str]:
    """A CMake command's arguments: quoted, bracket and unquoted ones, `$ENV{NAME}` read as `$NAME`."""
    words = []
    for m in _CMAKE_ARGUMENT.finditer(re.sub(r"#[^\n]*", "", body)):
        word = m.group(1).replace('\\"', '"') if m.group(1) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        words.append(re.sub(r"\$ENV\{(\w+)\}", r"$\1", word))
    return words


def _commands_in(words: list[str]) -> list[list[str]]:
    """Each COMMAND's words, up to the next keyword."""
    commands: list[list[str]] = []
    current: list[str] | None = None
    for word in words:
        if word in _CMAKE_KEYWORDS:
            current = [] if word == "COMMAND" else None
            if current is not None:
                commands.append(current)
        elif current is not None:
            current.append(word)
    return [c for c in commands if c]


# An external project's steps (`PATCH_COMMAND …`, `BUILD_COMMAND …`, more lines with `COMMAND …`), each ended by
# its next keyword (`GIT_TAG`, `CMAKE_ARGS`, `UPDATE_DISCONNECTED` …).
_STEP_COMMAND = re.compile(r"(?:PATCH|CONFIGURE|BUILD|INSTALL|TEST|UPDATE|DOWNLOAD)_COMMAND|COMMAND")
_STEP_KEYWORD = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|ALWAYS|DEPENDEES|DEPENDERS|DEPENDS|WORKING_DIRECTORY")


def _step_commands(words: list[str]) -> list[list[str]]:
    commands: list[list[str]] = []
    current: list[str] | None = None
    for word in words:
        if _STEP_COMMAND.fullmatch(word):
            current = []
            commands.append(current)
        elif _STEP_KEYWORD.fullmatch(word) or word in _CMAKE_KEYWORDS:
            current = None
        elif current is not None:
            current.append(word)
    return [c for c in commands if c]


def _command_line(words: list[str]) -> str:
    """Words as a command line that keeps their variables: a word with spaces or shell syntax in double quotes, one
    holding double quotes (a shell's script) in single quotes."""
    return " ".join(w if re.fullmatch(r"[\w@%+=:,./$~{}-]+", w) else f"'{w}'" if '"' in w and "'" not in w else
                    '"' + re.sub(r'(["\\`])', r"\\\1", w) + '"' for w in words)


def _with_variables(text: str) -> str:
    """CMake text with `${NAME}` written as the values that `set(NAME …)`, `string(APPEND|PREPEND|CONCAT|JOIN|REPLACE|
    TOLOWER|TOUPPER|ASCII …)`, `cmake_path(APPEND …)`, `cmake_path(GET … PARENT_PATH …)`, `get_filename_component()`,
    `list(JOIN LIST SEPARATOR NAME)` and `file(GLOB NAME patterns…)` give it, in order (a loop's variable as the list's
    first item); a list's items spread into `CONCAT` are joined with nothing between."""
    values: dict[str, str] = {}
    out, last = [], 0
    for m in re.finditer(r"\b(set|string|list|file|foreach|cmake_path|get_filename_component)\s*\(", text, re.I):
        body = text[m.end():closing(text, m.end(), "()")]
        words = _cmake_arguments(_put_in(body, values))
        kind, action = m.group(1).lower(), words[0].upper() if words else ""
        if kind == "set" and words:
            given = next((i for i, w in enumerate(words) if w in ("CACHE", "PARENT_SCOPE")), len(words))  # then type, doc
            values[words[0]] = ";".join(words[1:given])
        elif kind in ("string", "list") and len(words) >= 2 and action == "APPEND":
            values[words[1]] = values.get(words[1], "") + "".join(words[2:])
        elif kind == "string" and len(words) >= 3 and action == "JOIN":
            values[words[2]] = words[1].join(words[3:])
        elif kind == "string" and len(words) >= 2 and action == "PREPEND":
            values[words[1]] = "".join(words[2:]) + values.get(words[1], "")
        elif kind == "string" and len(words) >= 2 and action == "CONCAT":
            values[words[1]] = "".join(words[2:]).replace(";", "")
        elif kind == "string" and len(words) >= 4 and action == "REPLACE":
            values[words[3]] = "".join(words[4:]).replace(words[1], words[2]) if words[1] else "".join(words[4:])
        elif kind == "string" and len(words) >= 3 and action == "ASCII" and all(w.isdigit() for w in words[1:-1]):
            values[words[-1]] = "".join(chr(int(w)) for w in words[1:-1] if 32 <= int(w) < 127)
        elif kind == "string" and len(words) == 3 and action in ("TOLOWER", "TOUPPER"):
            values[words[2]] = words[1].lower() if action == "TOLOWER" else words[1].upper()
        elif kind == "cmake_path" and len(words) >= 2 and action == "APPEND":
            given = words.index("OUTPUT_VARIABLE") if "OUTPUT_VARIABLE" in words[:-1] else len(words)
            joined = "/".join([values.get(words[1], ""), *(w for w in words[2:given] if w)])
            values[words[given + 1] if given < len(words) else words[1]] = joined
        elif kind == "cmake_path" and len(words) >= 4 and action == "GET" and words[2] == "PARENT_PATH":
            values[words[3]] = posixpath.dirname(posixpath.normpath(values.get(words[1], "")))
        elif kind == "get_filename_component" and len(words) >= 3 and words[2] in _PATH_PARTS:
            values[words[0]] = _PATH_PARTS[words[2]](posixpath.normpath(words[1]))
        elif kind == "list" and len(words) == 4 and action == "JOIN":
            values[words[3]] = words[2].join(values.get(words[1], "").split(";"))
        elif kind == "file" and len(words) >= 3 and action in ("GLOB", "GLOB_RECURSE"):
            values[words[1]] = ";".join(w for w in words[2:] if w not in _GLOB_OPTIONS)
        elif kind == "foreach" and len(words) == 4 and words[1:3] == ["IN", "LISTS"]:
            values[words[0]] = values.get(words[3], "").split(";")[0]  # the loop read as its first pass
        # A glob names a list; other file() calls act, and CTest's hooks hold commands.
        defines = (kind != "file" or action in ("GLOB", "GLOB_RECURSE")) and not (kind == "set" and _CTEST_HOOK.match(m.group(0) + body))
        out.append(_put_in(text[last:m.start()], values))
        out.append(text[m.start():m.end()] + (body if defines else _put_in(body, values)))
        last = m.end() + len(body)
    return "".join(out) + _put_in(text[last:], values)


# What `get_filename_component(VAR PATH PART)` gives, of a path with its `..` steps taken.
_PATH_PARTS = {"ABSOLUTE": str, "REALPATH": str, "DIRECTORY": posixpath.dirname, "PATH": posixpath.dirname,
               "NAME": posixpath.basename}
_GLOB_OPTIONS = frozenset(("LIST_DIRECTORIES", "true", "false", "RELATIVE", "CONFIGURE_DEPENDS", "FOLLOW_SYMLINKS"))
# A loop over literal items (`foreach(_seg .aws credentials)`), written out once per item.
_LITERAL_LOOP = re.compile(r"\bforeach\s*\(\s*(\w+)\s+(?:IN\s+ITEMS\s+)?((?:(?!IN\b)[^()$\s]+\s*)+)\)(.*?)\bendforeach\s*\([^)]*\)",
                           re.S | re.I)


# A loop over a list a `set()` gave literal items (`foreach(_f IN LISTS _inputs)`), written out once per item too.
_LIST_LOOP = re.compile(r"\bforeach\s*\(\s*(\w+)\s+IN\s+LISTS\s+(\w+)\s*\)(.*?)\bendforeach\s*\([^)]*\)", re.S | re.I)


def _loops_written_out(text: str) -> str:
    text = _LITERAL_LOOP.sub(lambda m: "".join(m.group(3).replace("${" + m.group(1) + "}", item)
                                               for item in m.group(2).split()), text)
    if not _LIST_LOOP.search(text):
        return text
    lists = {}
    for m in re.finditer(r"\bset\s*\(", text, re.I):
        words = _cmake_arguments(text[m.end():closing(text, m.end(), "()")])
        if len(words) > 2 and "CACHE" not in words and "PARENT_SCOPE" not in words:
            lists[words[0]] = words[1:]
    return _LIST_LOOP.sub(lambda m: "".join(m.group(3).replace("${" + m.group(1) + "}", item)
                                            for item in lists[m.group(2)]) if m.group(2) in lists else m.group(0), text)


def _put_in(text: str, values: dict[str, str]) -> str:
    return re.sub(r"\$\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)


# CMake's own commands that act on files: read as the shell commands they amount to.
_FILE_ACTIONS = {"UPLOAD": "curl -T {0} {1}", "REMOVE_RECURSE": "rm -rf {all}", "REMOVE": "rm -f {all}",
                 "WRITE": "echo > {0}", "APPEND": "echo >> {0}", "READ": "cat {0}", "COPY_FILE": "cp {0} {1}"}
_RUNNERS = r"execute_process|add_custom_command|add_custom_target|add_test|vcpkg_execute_required_process|" \
           r"ExternalProject_Add_Step|ExternalProject_Add|" \
           r"vcpkg_execute_build_process|file|configure_file|ctest_upload"


# CTest's commands before and after a test run (`set(CTEST_CUSTOM_PRE_TEST "cmd" …)` in `CTestCustom.cmake`).
_CTEST_HOOK = re.compile(r"\bset\s*\(\s*CTEST_CUSTOM_(?:PRE|POST)_TEST\b", re.I)
_SHELLS = frozenset(("sh", "bash", "zsh", "dash", "python", "python3", "perl", "ruby", "node"))


def cmake_commands(text: str) -> list[str]:
    """What a CMake file (a vcpkg portfile, a CTest custom file too) runs: `execute_process` (its COMMANDs piped one
    into the next, at configure time), each COMMAND of `add_custom_command`, `add_custom_target`, `add_test` and
    vcpkg's processes, CTest's pre- and post-test commands, `file()` uploads, deletions, writes and copies and
    `configure_file` copies, as command lines; `${NAME}` read as its `set()` value, an `execute_process`'s
    OUTPUT_VARIABLE as `$(its command)`. A file `file(DOWNLOAD)` fetched and a later COMMAND runs is read as the
    download piped into the shell."""
    found = []
    text = re.sub(r"@(\w+)@", r"${\1}", text)  # a template's `@VAR@` as the value configure_file() puts there
    text = re.sub(r"^[ \t]*#.*$", "", text.replace("${CMAKE_COMMAND}", "cmake"), flags=re.M)
    text = re.sub(r"\$ENV\{(\w+)\}", r"$\1", text)  # the environment's values, as the shell writes them
    text = _with_variables(_with_captured_output(_loops_written_out(text)))
    downloaded: dict[str, str] = {}
    for m in _CTEST_HOOK.finditer(text):
        found += _cmake_arguments(text[m.end():closing(text, m.end(), "()")])
    for m in re.finditer(rf"\b({_RUNNERS})\s*\(", text, re.I):
        words = _cmake_arguments(text[m.end():closing(text, m.end(), "()")])
        kind = m.group(1).lower()
        if kind == "ctest_upload":  # files sent to the dashboard server with the results
            files = words[1:] if words[:1] == ["FILES"] else []
            found += [f"curl -T {_command_line([f])} https://dashboard.invalid/submit" for f in files if f != "QUIET"]
            continue
        if kind.startswith("externalproject_add"):  # its steps' commands run when the project builds
            found += [_command_line(c) for c in _step_commands(words[1:])]
            continue
        if kind == "configure_file":  # a copy of the file, its `@VAR@`s filled in
            found += [f"cp {_command_line(words[:2])}"] if len(words) >= 2 else []
            continue
        if kind == "file":
            if len(words) >= 3 and words[0].upper() == "DOWNLOAD":
                downloaded[words[2]] = words[1]
            action = _FILE_ACTIONS.get(words[0].upper() if words else "")
            if action and len(words) >= (3 if "{1}" in action else 2):
                found.append(action.format(*(_command_line([w]) for w in words[1:3]), all=_command_line(words[1:])))
            continue
        commands = [_downloaded_run(c, downloaded) or _command_line(c) for c in _commands_in(words)]
        if commands:
            found += [" | ".join(commands)] if kind == "execute_process" else commands
    return found


_INCLUDE = re.compile(r"""^[ \t]*include\s*\(\s*"?([\w${}./-]+?)"?(?:\s+[A-Z_]+[^)]*)?\)""", re.M | re.I)
_SOURCE_DIR = re.compile(r"\$\{(?:CMAKE_SOURCE_DIR|CMAKE_CURRENT_SOURCE_DIR|CMAKE_CURRENT_LIST_DIR|PROJECT_SOURCE_DIR)\}/")


def included_modules(text: str) -> list[str]:
    """The files a CMake file's `include()` calls run, as paths relative to its folder or the project's: a module by
    name (`include(BuildStamp)`) in a `cmake/` folder or beside it, a file by its path."""
    names = []
    for m in _INCLUDE.finditer(re.sub(r"#[^\n]*", "", text)):
        name = _SOURCE_DIR.sub("", m.group(1))
        if "$" not in name:
            names += [name] if name.endswith(".cmake") else [f"cmake/{name}.cmake", f"{name}.cmake"]
    return names


def _downloaded_run(words: list[str], downloaded: dict[str, str]) -> str | None:
    """`curl -fsSL URL | sh` for a COMMAND that runs a file `file(DOWNLOAD URL file)` fetched (as the program, or
    as a shell's or an interpreter's script)."""
    script = words[0] if words[0] in downloaded else words[1] if len(words) > 1 and words[1] in downloaded and \
        words[0].rsplit("/", 1)[-1] in _SHELLS else None
    return f"curl -fsSL {_command_line([downloaded[script]])} | sh" if script else None


def _with_captured_output(text: str) -> str:
    """CMake text with each `execute_process(… OUTPUT_VARIABLE V)` followed by `set(V "$(its command line)")`."""
    out, last = [], 0
    for m in re.finditer(r"\bexecute_process\s*\(", text, re.I):
        end = closing(text, m.end(), "()")
        words = _cmake_arguments(text[m.end():end])
        named = [words[i + 1] for i, w in enumerate(words[:-1]) if w == "OUTPUT_VARIABLE"]
        commands = _commands_in(words)
        if named and len(commands) == 1:
            captured = "$(" + _command_line(commands[0]).replace('"', '\\"') + ")"
            out += [text[last:end + 1], f'\nset({named[0]} "{captured}")\n']
            last = end + 1
    return "".join(out) + text[last:]


def meson_commands(text: str) -> list[str]:
    """What a meson.build runs when the project is configured: each `run_command(…)`'s literal words."""
    found = []
    for m in re.finditer(r"\brun_command\s*\(", text):
        body = text[m.end():closing(text, m.end(), "()")]
        words = [w.group(2) for w in re.finditer(r"(['\"])((?:(?!\1)[^\\]|\\.)*)\1", body.split("check:")[0])]
        if words:
            found.append(_command_line(words))
    return found
