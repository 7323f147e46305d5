"""The code a notebook or a document runs when it is executed or rendered, split by language: a Jupyter notebook's
code cells with IPython's `!` lines and magics, the chunks of a Quarto or R Markdown document, and the commands a
Quarto project runs before and after rendering. The shell judge decides each part as the same code given inline."""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from tools.risk_paths import base_name
from tools.risk_runfiles import file_text, project_files

# Cell magics whose body is another language; the body of the magics in _PYTHON_CELL_MAGICS is Python.
_CELL_LANGUAGES = {"bash": "shell", "sh": "shell", "system": "shell", "perl": "perl", "ruby": "ruby", "python": "python",
                   "python3": "python", "pypy": "python", "R": "r", "julia": "julia", "node": "node"}
_PYTHON_CELL_MAGICS = {"capture", "time", "timeit", "prun", "debug", "cython_inline"}
_SHOWN_CELL_MAGICS = {"html", "markdown", "latex", "svg", "javascript", "js", "HTML", "md"}  # shown, not run
# Line magics that only change how IPython reports; what follows them is not run or is Python.
_QUIET_LINE_MAGICS = {"matplotlib", "config", "autoreload", "precision", "who", "whos", "who_ls", "pwd", "history",
                      "xmode", "pdb", "load", "store", "bookmark", "dhist", "pinfo", "pinfo2", "psearch", "lsmagic",
                      "magic", "page", "colors", "automagic", "autocall", "doctest_mode", "notebook", "reset",
                      "reset_selective", "recall", "rerun", "tb", "qtconsole", "connect_info", "gui", "pprint", "dirs"}
_PYTHON_LINE_MAGICS = {"time", "timeit", "prun", "debug", "capture"}
# Shell commands IPython runs without `%` or `!` (its default aliases, with automagic on).
_ALIASES = {"cat", "cp", "ls", "ll", "lf", "lk", "lx", "ldir", "mkdir", "mv", "rm", "rmdir", "less", "more", "man", "clear"}
_ALIAS_LINE = re.compile(rf"^(\s*)%?({'|'.join(sorted(_ALIASES))})(?:\s+(?![=(\[.,:+\-*/%<>!&|^]\s)(.*))?\s*$")
_SHELL_LINE = re.compile(r"^(\s*)(?:([\w.,\s\[\]]+?)\s*=\s*)?(?:!!?|%(?:sx|system)\b)\s*(.*)$")
_MAGIC_LINE = re.compile(r"^(\s*)(?:([\w.,\s\[\]]+?)\s*=\s*)?%(\w+)\s*(.*)$")
_KERNEL_LANGUAGES = {"python": "python", "r": "r", "ir": "r", "julia": "julia", "bash": "shell", "sh": "shell",
                     "javascript": "node", "ruby": "ruby", "perl": "perl"}


@dataclass(frozen=True)
class Chunk:
    """Code of one language that runs: "python", "shell", "r", "julia", "perl", "ruby", "node", or "unknown" (a magic
    or an engine whose effect is not modelled; `text` names it)."""

    language: str
    text: str


def notebook_chunks(text: str, parameters: str = "") -> list[Chunk] | None:
    """A Jupyter notebook's code, in the order it runs; None when the text is not a notebook. `parameters` is Python
    that papermill adds after the cell tagged `parameters`."""
    try:
        notebook = json.loads(text)
    except ValueError:
        return None
    if not isinstance(notebook, dict):
        return None
    cells = notebook.get("cells")
    if cells is None:  # the version 3 format keeps cells in worksheets
        cells = [c for sheet in notebook.get("worksheets") or [] if isinstance(sheet, dict) for c in sheet.get("cells") or []]
    if not isinstance(cells, list):
        return None
    metadata = notebook.get("metadata") if isinstance(notebook.get("metadata"), dict) else {}
    spec = metadata.get("kernelspec") if isinstance(metadata.get("kernelspec"), dict) else {}
    info = metadata.get("language_info") if isinstance(metadata.get("language_info"), dict) else {}
    kernel = str(spec.get("language") or info.get("name") or spec.get("name") or "python").lower()
    language = next((v for k, v in _KERNEL_LANGUAGES.items() if re.match(rf"{k}\d*(?:-|$)", kernel)), "unknown")  # python3
    sources = [parameters] if parameters and not any(_tagged_parameters(c) for c in cells) else []
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", cell.get("input", ""))
        sources.append("".join(source) if isinstance(source, list) else str(source))
        if parameters and _tagged_parameters(cell):
            sources.append(parameters)
    if language == "python":
        return ipython_chunks([s for s in sources if s])
    return [Chunk(language, "\n".join(s for s in sources if s) if language != "unknown" else f"a {kernel} kernel")]


def _tagged_parameters(cell: object) -> bool:
    tags = cell.get("metadata", {}).get("tags", []) if isinstance(cell, dict) and isinstance(cell.get("metadata"), dict) else []
    return isinstance(tags, list) and "parameters" in tags


def jupytext_chunks(text: str) -> list[Chunk]:
    """A Python script in jupytext's percent or light format: the magics and `!` lines it keeps as comments
    (`# !cmd`, `# %pip …`) are live again in the notebook it makes."""
    return ipython_chunks([re.sub(r"^(\s*)#\s?([!%](?!%))", r"\1\2", text, flags=re.M)])


def ipython_chunks(cells: list[str]) -> list[Chunk]:
    """IPython cells as the Python they run, the shell commands of their `!` lines and shell magics (in order, one
    script, so a `%cd` or a file written by `%%writefile` carries to later commands) and other languages' cells."""
    python: list[str] = []
    shell: list[str] = []
    others: list[Chunk] = []
    aliases: dict[str, str] = {}  # `%alias tidy rm -rf %s`: `%tidy ~/` runs `rm -rf ~/`
    for cell in cells:
        first, _, body = cell.lstrip("\n").partition("\n")
        magic = re.match(r"\s*%%(\w+)\s*(.*)$", first)
        if magic is None:
            python.append(_ipython_lines(cell, shell, others, aliases))
            continue
        name, rest = magic.groups()
        if name == "writefile":
            target = [w for w in _words(rest) if not w.startswith("-")]
            mode = ">>" if re.search(r"(?:^|\s)(?:-a|--append)\b", rest) else ">"
            shell.append(f"cat {mode} {shlex.quote(target[0]) if target else '/dev/null'} <<'AEGIS_CELL_END'\n{body}\nAEGIS_CELL_END")
        elif name == "script":
            runner = (_words(rest) or ["sh"])[0]
            _add_code(base_name(runner), body, python, shell, others)
        elif name in _CELL_LANGUAGES:
            _add_code(name, body, python, shell, others)
        elif name in _PYTHON_CELL_MAGICS:
            python.append(_ipython_lines(body, shell, others, aliases))
        elif name not in _SHOWN_CELL_MAGICS:
            others.append(Chunk("unknown", f"the %%{name} cell magic"))
    chunks = [Chunk("python", "\n".join(python))] if any(p.strip() for p in python) else []
    return chunks + ([Chunk("shell", "\n".join(shell))] if shell else []) + others


def _add_code(runner: str, body: str, python: list[str], shell: list[str], others: list[Chunk]) -> None:
    language = _CELL_LANGUAGES.get(runner, "shell" if runner in ("bash", "sh", "zsh", "dash") else "unknown")
    if language == "python":
        python.append(body)
    elif language == "shell":
        shell.append(body)
    else:
        others.append(Chunk(language, body if language != "unknown" else f"a {runner} cell"))


def _ipython_lines(cell: str, shell: list[str], others: list[Chunk], aliases: dict[str, str]) -> str:
    """One cell's Python, with each IPython-only line moved out (to `shell` or `others`) and a stand-in left in its
    place so the Python around it keeps its shape."""
    kept: list[str] = []
    for line in cell.split("\n"):
        stripped = line.strip()
        indent = line[: len(line) - len(line.lstrip())]
        if m := _SHELL_LINE.match(line):
            shell.append(m.group(3))
            kept.append(f"{indent}{m.group(2)} = []" if m.group(2) else f"{indent}pass")
        elif (m := _ALIAS_LINE.match(line)) and not re.match(r"\s*\w+\s*=", line):
            shell.append(f"{m.group(2)} {m.group(3) or ''}".strip())
            kept.append(f"{indent}pass")
        elif (m := _MAGIC_LINE.match(line)) or (m := re.match(r"^(\s*)()(\w+)\s*(.*)$", line)) and m.group(3) in aliases:
            kept.append(indent + _line_magic(m.group(3), m.group(4), shell, others, m.group(2) or None, aliases))
        elif stripped.endswith("?") and re.fullmatch(r"[\w.]+\?\??", stripped):  # `df.head?` shows help
            kept.append(f"{indent}pass")
        else:
            kept.append(line)
    return "\n".join(kept)


def _line_magic(name: str, rest: str, shell: list[str], others: list[Chunk], target: str | None,
                aliases: dict[str, str]) -> str:
    """The Python that stands for one `%magic` line; its shell side, if any, goes to `shell`."""
    assigned = f"{target} = " if target else ""
    if name in aliases:
        command = aliases[name]
        shell.append(command.replace("%s", rest, 1).replace("%l", rest) if "%s" in command or "%l" in command
                     else f"{command} {rest}".strip())
        return assigned + "None" if assigned else "pass"
    if name in _PYTHON_LINE_MAGICS:
        return assigned + (re.sub(r"^(?:-\w+\s+(?:\S+\s+)?)*", "", rest) or "None")
    if name in ("cd", "pushd", "popd"):
        shell.append(f"{name} {rest}".strip())
    elif name in ("env", "set_env"):
        if m := re.fullmatch(r"(\w+)\s*[= ]\s*(.*)", rest):
            shell.append(f"export {m.group(1)}={shlex.quote(m.group(2))}")
    elif name in ("pip", "conda", "mamba", "uv"):
        shell.append(f"{name} {rest}")
    elif name == "run":
        words = _words(rest)
        options = [w for w in words[: next((i for i, w in enumerate(words) if not w.startswith("-")), len(words))]]
        operands = words[len(options):]
        if "-m" in options and operands:
            shell.append(shlex.join(["python3", "-m", *operands]))
        elif operands:
            runner = "ipython" if operands[0].endswith((".ipynb", ".ipy")) else "python3"
            shell.append(shlex.join([runner, *operands]))
    elif name in ("load_ext", "reload_ext"):
        return f"import {rest.split()[0]}" if re.fullmatch(r"[\w.]+(\s.*)?", rest) else "pass"
    elif name == "alias":
        parts = rest.split(None, 1)
        if len(parts) == 2:
            aliases[parts[0]] = parts[1]
    elif name in _ALIASES:
        shell.append(f"{name} {rest}".strip())
    elif name not in _QUIET_LINE_MAGICS:
        others.append(Chunk("unknown", f"the %{name} magic"))
    return assigned + "None" if assigned else "pass"


def _words(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


_CHUNK = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*\{(?P<engine>[\w.-]+)(?P<options>[^}]*)\}[^\n]*\n(?P<body>.*?)^(?P=fence)\s*$",
                    re.M | re.S)
_INLINE_R = re.compile(r"`r[ #]([^`]+)`")
_INLINE_QUARTO = re.compile(r"`\{(python|r)\}\s+([^`]+)`")
_DOCUMENT_LANGUAGES = {"python": "python", "r": "r", "bash": "shell", "sh": "shell", "zsh": "shell", "julia": "julia",
                       "perl": "perl", "ruby": "ruby", "node": "node", "js": None, "ojs": None, "mermaid": None,
                       "dot": None, "css": None, "html": None, "sql": "unknown", "rcpp": "unknown", "stan": "unknown",
                       "cpp": "unknown", "c": "unknown", "fortran": "unknown", "go": "unknown", "powershell": "unknown"}


def _option_code(options: str, body: str) -> list[Chunk]:
    """knitr evaluates a chunk's options as R (`fig.cap = paste(...)`), and Quarto its `#| key: !expr ...` lines; a
    chunk whose code comes from an option (`code = readLines(...)`, `file`) runs what this cannot see."""
    given = options.strip().lstrip(",").strip()
    label = re.match(r"[\w.\-]+(?=\s*(?:,|$)|\s+[\w.]+\s*=)", given)
    given = given[label.end():].strip().lstrip(",").strip() if label and "=" not in label.group(0) else given
    found = [Chunk("r", m.group(1)) for m in re.finditer(r"^\s*#\|.*?!expr\s+(.+)$", body, re.M)]
    computed_child = re.search(r"\bchild\s*=(?!\s*(?:c\()?\s*['\"])", given)  # literal children are read as documents
    if re.search(r"\b(?:code|file)\s*=", given) or computed_child:
        return [*found, Chunk("unknown", "a chunk whose code comes from its options")]
    return [*found, Chunk("r", f"list({given})")] if given else found


def document_chunks(text: str) -> list[Chunk]:
    """The code a Quarto or R Markdown document runs when rendered: its `{engine}` chunks (not those set to
    `eval: false`, nor all of them when the front matter or knitr's options say so) and its inline `r …` and
    `{python} …` code. Python chunks run in Jupyter, so IPython's lines count."""
    python: list[str] = []
    chunks: list[Chunk] = []
    front = re.match(r"---\n(.*?)\n---", text, re.S)
    unevaluated = bool(front and re.search(r"^execute:\s*\n(?:[ \t]+.*\n)*?[ \t]+eval:\s*false\s*$", front.group(1) + "\n", re.M)
                       or re.search(r"opts_chunk\$set\([^)]*\beval\s*=\s*(?:FALSE|F)\b", text))
    for m in _CHUNK.finditer(text):
        named = re.search(r"""\bengine\s*=\s*['"]([\w.-]+)['"]""", m.group("options"))  # `{r x, engine="sh"}`
        engine = (named.group(1) if named else m.group("engine")).lower()
        chunks += _option_code(m.group("options"), m.group("body"))
        off = re.search(r"\beval\s*=\s*(?:FALSE|F)\b", m.group("options")) or re.search(
            r"^\s*#\|\s*eval:\s*false\s*$", m.group("body"), re.M)
        on = re.search(r"\beval\s*=\s*(?:TRUE|T)\b", m.group("options")) or re.search(
            r"^\s*#\|\s*eval:\s*true\s*$", m.group("body"), re.M)
        if off or unevaluated and not on:
            continue
        language = _DOCUMENT_LANGUAGES.get(engine, "unknown")
        if language == "python":
            python.append(m.group("body"))
        elif language == "unknown":
            chunks.append(Chunk("unknown", f"a {engine} chunk"))
        elif language is not None:
            chunks.append(Chunk(language, m.group("body")))
    prose = _CHUNK.sub("", text)
    chunks += [Chunk("r", m.group(1)) for m in _INLINE_R.finditer(prose)]
    if front:  # knitr evaluates `!r` and `!expr` values of the front matter (parameters) as R
        chunks += [Chunk("r", m.group(1)) for m in re.finditer(r"!(?:r|expr)\s+(.+)$", front.group(1), re.M)]
    for m in _INLINE_QUARTO.finditer(prose):
        (python.append(m.group(2)) if m.group(1) == "python" else chunks.append(Chunk("r", m.group(2))))
    return ipython_chunks(python) + chunks if python else chunks


def quarto_project_commands(text: str) -> list[str] | None:
    """The scripts a Quarto project (`_quarto.yml`) runs before and after rendering, as shell commands; None when the
    file does not parse."""
    import yaml  # only a Quarto project needs it

    try:
        project = (yaml.safe_load(text) or {}).get("project") or {}
    except (yaml.YAMLError, AttributeError):
        return None
    commands: list[str] = []
    for key in ("pre-render", "post-render"):
        entries = project.get(key) if isinstance(project, dict) else None
        for entry in entries if isinstance(entries, list) else [entries] if entries else []:
            script = str(entry).strip()
            runner = _SCRIPT_RUNNERS.get(Path(script.split()[0]).suffix if script else "")
            commands.append(f"{runner} {script}" if runner else script)
    return commands


_SCRIPT_RUNNERS = {".py": "python3", ".R": "Rscript", ".r": "Rscript", ".ts": "deno run", ".lua": "lua", ".sh": "bash"}
_DOCUMENT_SUFFIXES = (".qmd", ".Rmd", ".rmd", ".Rmarkdown", ".Rnw")
_RENDER_CALL = re.compile(r"""\b(?:render|knit|knit2html|knit2pdf|render_site|quarto_render|Sweave|sys\.source|source)\(\s*"""
                          r"""(?:input\s*=\s*)?['"]([^'"]+)['"]""")
# testthat's runners: `test_dir("tests/testthat")`, `devtools::test()`, `test_check("pkg")` (helpers and set-up files
# are sourced before the tests).
_TEST_CALL = re.compile(r"""\btest_dir\(\s*['"]([^'"]+)['"]|\b(?:devtools::test|test_local|test_check|testthat::test)\(()""")
MAX_DOCUMENTS = 24


@dataclass(frozen=True)
class Execution:
    """What a command executes: notebooks and documents (`kind` "notebook", "document", "ipython", "jupytext" or
    "r"), the files it writes its results to, papermill's parameters as Python, and commands a project runs around
    rendering (named in `project`)."""

    documents: list[tuple[Path, str]]
    outputs: list[str]
    parameters: str = ""
    project: Path | None = None  # a Quarto project's `_quarto.yml`


def executed_documents(name: str, args: list[str], cwd: Path, home: Path) -> Execution | None:
    """The notebooks and documents `name args…` runs the code of; None when it runs none."""
    if name.startswith("python") and args[:1] == ["-m"] and len(args) > 1 and args[1] in ("nbconvert", "papermill",
                                                                                         "jupyter", "pytest", "jupytext"):
        return executed_documents(args[1], args[2:], cwd, home)
    operands = [a for a in args if not a.startswith("-")]
    flags = [a for a in args if a.startswith("-")]

    def notebooks(words: list[str]) -> list[tuple[Path, str]]:
        found: list[tuple[Path, str]] = []
        for word in words:
            path = cwd / word
            if path.is_dir():
                found += [(p, "notebook") for p in project_files(path, (".ipynb",))]
            elif word.endswith(".ipynb"):
                found += [(p, "notebook") for p in sorted(cwd.glob(word))] if any(c in word for c in "*?[") else [(path, "notebook")]
        return found[:MAX_DOCUMENTS]

    def values(*options: str) -> list[str]:
        return [args[i + 1] for i, a in enumerate(args[:-1]) if a in options] + [
            a.split("=", 1)[1] for a in args if "=" in a and a.split("=", 1)[0] in options]

    if name == "jupyter" and operands[:1] == ["nbconvert"] or name == "jupyter-nbconvert" or name == "nbconvert":
        executes = any(a == "--execute" or a.startswith("--ExecutePreprocessor.enabled=") and a.endswith(("True", "true"))
                       for a in args)
        words = operands[1:] if name == "jupyter" else operands
        return Execution(notebooks(words), values("--output", "--output-dir")) if executes else None
    if name == "jupyter" and operands[:1] in (["execute"], ["run"]) or name == "jupyter-execute":
        return Execution(notebooks(operands[1:] if name == "jupyter" else operands), [])
    if name == "papermill" and operands:
        pairs = [(args[i + 1], args[i + 2]) for i, a in enumerate(args[:-2]) if a in ("-p", "--parameters", "-r", "--parameters_raw")]
        read = values("-f", "--parameters_file", "-y", "--parameters_yaml")
        pairs += [pair for f in read for pair in _yaml_parameters(file_text(cwd / f, home) or f)]
        parameters = "\n".join(f"{key} = {value!r}" for key, value in pairs if key.isidentifier())
        used = [o for o in operands if o not in {v for pair in pairs for v in pair} and o not in read]
        return Execution(notebooks(used[:1]), used[1:2], parameters)
    if name in ("ipython", "ipython3") and operands and operands[0].endswith((".ipynb", ".ipy", ".py")):
        return Execution([(cwd / operands[0], "notebook" if operands[0].endswith(".ipynb") else "ipython")], [])
    if name in ("pytest", "py.test") and any(f in ("--nbval", "--nbval-lax", "--nbmake") for f in flags):
        return Execution(notebooks(operands or ["."]), [])
    if name == "jupytext" and "--execute" in flags:
        valued = ("--to", "--from", "-o", "--output", "--set-formats", "--format-options", "--opt", "--update-metadata")
        files = [a for i, a in enumerate(args) if not a.startswith("-") and not (i and args[i - 1] in valued)]
        return Execution([(cwd / f, "notebook" if f.endswith(".ipynb") else "jupytext" if f.endswith(".py")
                           else "document") for f in files[:MAX_DOCUMENTS]], values("-o", "--output"))
    if name == "quarto" and operands[:1] in (["render"], ["preview"]):
        targets = operands[1:] or ["."]
        documents: list[tuple[Path, str]] = []
        for target in targets:
            path = cwd / target
            if path.is_dir():
                documents += [(p, "document") for p in project_files(path, _DOCUMENT_SUFFIXES)]
                documents += notebooks([target]) if "--execute" in flags else []
            elif target.endswith(_DOCUMENT_SUFFIXES + (".md",)):
                documents.append((path, "document"))
            elif target.endswith(".ipynb") and "--execute" in flags:
                documents += notebooks([target])
        projects = [cwd / t / "_quarto.yml" for t in targets if (cwd / t).is_dir()] + [cwd / "_quarto.yml"]
        return Execution(documents[:MAX_DOCUMENTS], values("--output-dir", "-o", "--output"),
                         project=next((p for p in projects if p.is_file()), None))
    if name in ("Rscript", "R") and (code := " ".join(values("-e"))):
        rendered = [(cwd / r, "r" if r.endswith((".R", ".r")) else "notebook" if r.endswith(".ipynb") else "document")
                    for r in (m.group(1) for m in _RENDER_CALL.finditer(code))]
        tests = [m.group(1) or "tests/testthat" for m in _TEST_CALL.finditer(code)]
        rendered += [(cwd / "_targets.R", "r")] if re.search(r"\btar_make\w*\(", code) else []
        rendered += [(p, "r") for folder in tests for p in project_files(cwd / folder, (".R", ".r"))
                     if re.match(r"(?:helper|setup|test)", p.name)]
        return Execution(rendered[:MAX_DOCUMENTS], []) if rendered else None
    return None


def _yaml_parameters(text: str) -> list[tuple[str, str]]:
    """papermill's parameters from a YAML file or text, as (name, value) pairs."""
    import yaml  # only papermill's parameter files need it

    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError:
        return []
    return [(str(k), str(v)) for k, v in loaded.items()] if isinstance(loaded, dict) else []


def document_filters(text: str) -> list[str]:
    """The Lua filters a document's front matter gives pandoc (they run when it renders)."""
    front = re.match(r"---\n(.*?)\n---", text, re.S)
    block = re.search(r"^filters:\s*\n((?:[ \t]+-.*\n?)+)", front.group(1) + "\n", re.M) if front else None
    return [f.strip().strip("'\"") for f in re.findall(r"-\s*(?:path:\s*)?(\S+\.lua)", block.group(1))] if block else []


def document_includes(text: str) -> list[str]:
    """The documents a document pulls in: R Markdown child documents and Quarto `include` shortcodes."""
    children = [c for m in re.finditer(r"\bchild\s*=\s*(?:c\()?((?:\s*['\"][^'\"]+['\"]\s*,?)+)", text)
                for c in re.findall(r"['\"]([^'\"]+)['\"]", m.group(1))]
    return children + re.findall(r"\{\{<\s*include\s+['\"]?([^'\"\s>]+)['\"]?\s*>\}\}", text)
