"""Inline Python (`python -c`) shown, from its syntax tree, to do only data work: it imports only data libraries, calls
no builtin that reaches the system, unpickles nothing, and reads and writes only files named by plain string literals,
each judged like any other path. Anything it cannot show is arbitrary code, which a person approves."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

from tools.risk_paths import ActionContext, ActionRisk, assess_path

_DATA_MODULES = {"pandas", "polars", "numpy", "json", "csv", "math", "statistics", "collections", "datetime", "re",
                 "itertools", "decimal", "fractions", "safetensors", "torch", "matplotlib", "seaborn", "pprint",
                 "textwrap", "string", "random", "time", "tomllib"}
# Builtins that reach the system or the interpreter's own machinery.
_SYSTEM_BUILTINS = {"eval", "exec", "compile", "__import__", "getattr", "setattr", "delattr", "globals", "locals",
                    "vars", "input", "breakpoint", "exit", "quit", "help", "memoryview", "type", "object", "super"}
# Standard modules that reach the system, the network, files or code, which a data library may hand on as an attribute
# (`matplotlib.os`, `pd.io`, `statistics.sys`). Names data code uses for other things (`copy`, `array`, `select`) are
# not among them.
_SYSTEM_MODULES = {"os", "sys", "subprocess", "shutil", "socket", "socketserver", "ssl", "urllib", "http", "ftplib",
                   "smtplib", "telnetlib", "poplib", "imaplib", "nntplib", "xmlrpc", "webbrowser", "builtins",
                   "importlib", "pickle", "marshal", "shelve", "dbm", "sqlite3", "ctypes", "io", "tempfile", "glob",
                   "pathlib", "fileinput", "mmap", "pty", "tty", "signal", "threading", "concurrent", "asyncio",
                   "code", "codeop", "runpy", "inspect", "types", "gc", "operator", "functools", "platform", "posix",
                   "nt", "pwd", "grp", "resource", "zipfile", "tarfile", "gzip", "bz2", "lzma", "zipimport", "pkgutil",
                   "site", "sysconfig", "venv", "ensurepip", "logging", "shlex", "getpass", "netrc", "mailbox",
                   "email", "codecs", "timeit", "profile", "cProfile", "doctest", "pdb", "trace", "unittest", "uuid"}
# Attributes that load code or native libraries, unpickle, reach a database, the network or the clipboard, or change
# how a library reads files (matplotlib's rc settings can run LaTeX over any file).
_UNSAFE_ATTRIBUTES = {"hub", "utils", "ops", "classes", "jit", "package", "ctypeslib", "distutils", "f2py", "system",
                      "distributed", "multiprocessing", "deserialize", "rcParams", "rc", "rc_file", "style", "urlopen",
                      "urlretrieve", "exec_command", "environ", "getenv", "remove", "unlink", "rmtree", "chmod",
                      "popen", "io", "fs", "lib", "testing", "onnx", "read_pickle", "to_pickle", "loads", "read_sql",
                      "read_sql_query", "read_sql_table", "to_sql", "read_clipboard", "to_clipboard", "read_gbq",
                      "to_gbq", "read_database", "write_database", "read_database_uri", "load_library",
                      "cpp_extension", "load_dataset", "show_versions", "Config", "plugins", "register_plugin_function",
                      "register_plugin", "load_extension"}
_WRITERS = {"to_csv", "to_parquet", "to_json", "to_excel", "to_feather", "to_html", "to_markdown", "to_latex",
            "to_stata", "to_orc", "to_hdf", "tofile", "imsave", "memmap", "HDFStore", "ExcelWriter", "PdfPages"}
_WRITER_PREFIXES = ("write", "sink_", "save", "export", "dump", "serialize")
_READER_PREFIXES = ("read_", "scan_", "load", "safe_open", "fromfile", "from_file", "fromregex", "genfromtxt", "imread")
# A string that starts like a URL (`https:`, `file:/x`), or reaches into an object's dunders (`'{0.__globals__}'`).
_URL_OR_DUNDER = re.compile(r"^[A-Za-z][\w+.-]*:(?:/|$)|__")
_PATH_WORDS = ("path", "file", "buf", "source", "dest", "target", "where", "writer")
# Builtins a data script calls that touch nothing outside the interpreter (besides `open`, judged by its file name).
_PLAIN_BUILTINS = {"print", "len", "sum", "min", "max", "sorted", "list", "dict", "set", "tuple", "range", "enumerate",
                   "zip", "round", "abs", "str", "int", "float", "bool", "any", "all", "map", "filter", "reversed",
                   "isinstance", "repr", "format", "divmod", "pow", "iter", "next", "chr", "ord", "hex", "bin", "oct",
                   "bytes", "bytearray", "frozenset", "slice", "open", "complex", "ascii", "issubclass"}


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _keyword(call: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _is_open(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open"


def _file_arguments(call: ast.Call) -> list[ast.AST]:
    return [*call.args, *(k.value for k in call.keywords if k.arg and (k.arg == "f" or any(w in k.arg for w in _PATH_WORDS)))]


def _touches_files(name: str) -> bool:
    return name in _WRITERS or name.startswith(_WRITER_PREFIXES + _READER_PREFIXES)


def python_data_work(code: str, ctx: ActionContext,
                     overwrite: Callable[[str, ActionContext], ActionRisk]) -> list[ActionRisk] | None:
    """The paths the code reads and writes, judged; None when the code may do anything but data work."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return None
    risks: list[ActionRisk] = []
    imported = {a.asname or a.name: a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for a in node.names}
    defined = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    called = {id(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name | ast.Attribute) and id(node) not in called and _touches_files(
                imported.get(node.id, node.id) if isinstance(node, ast.Name) else node.attr):
            return None  # a reader or writer handed on uncalled (`map(pd.read_csv, names)`): its file is not seen
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id not in (
                _PLAIN_BUILTINS | defined | imported.keys()):
            return None  # a call through a name bound some other way (`r = pd.read_csv; r(name)`)
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            if isinstance(node, ast.ImportFrom) and (node.level or any(
                    a.name in _UNSAFE_ATTRIBUTES | _SYSTEM_MODULES | {"*"} or a.name.startswith("_") for a in node.names)):
                return None
            if any(m.split(".")[0] not in _DATA_MODULES or set(m.split(".")) & _UNSAFE_ATTRIBUTES for m in modules):
                return None
        elif isinstance(node, ast.Name) and (node.id in _SYSTEM_BUILTINS or node.id.startswith("__")):
            return None
        elif isinstance(node, ast.Attribute) and (node.attr in _UNSAFE_ATTRIBUTES | _SYSTEM_MODULES or node.attr.startswith(
                "_") and node.attr != "__version__"):
            return None
        elif isinstance(node, ast.Call):
            judged = _call_risks(node, imported, ctx, overwrite)
            if judged is None:
                return None
            risks += judged
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _URL_OR_DUNDER.search(node.value):
            return None  # a URL (the code would reach the network) or a format field that walks into dunders
    return risks


def _call_risks(call: ast.Call, imported: dict[str, str], ctx: ActionContext,
                overwrite: Callable[[str, ActionContext], ActionRisk]) -> list[ActionRisk] | None:
    func = call.func
    name = imported.get(func.id, func.id) if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    module = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
    if name == "open":
        path = _literal(call.args[0]) if call.args else None
        mode = _literal(call.args[1] if len(call.args) > 1 else _keyword(call, "mode")) or "r"
        if path is None:
            return None
        return [overwrite(path, ctx)] if "w" in mode or "x" in mode else [assess_path(path, ctx, write="a" in mode or "+" in mode)]
    if name in ("query", "eval") and any("@" in text or "(" in text for text in map(_literal, call.args) if text):
        return None  # pandas evaluates these expressions and can call what `@name` refers to
    if name == "from_file" and any(k.arg == "shared" for k in call.keywords) or name == "load" and any(
            k.arg == "mmap_mode" and "+" in (_literal(k.value) or "+") or k.arg == "mmap_mode" and "w" in (_literal(k.value) or "")
            for k in call.keywords):
        path = _literal(call.args[0]) if call.args else None
        return [overwrite(path, ctx)] if path is not None else None  # a writable mapping: it rewrites the file in place
    if name == "load" and module not in ("json", "tomllib"):
        weights_only, allow_pickle = _keyword(call, "weights_only"), _keyword(call, "allow_pickle")
        safe = (isinstance(weights_only, ast.Constant) and weights_only.value is True) or (
            module in ("np", "numpy") and not (isinstance(allow_pickle, ast.Constant) and allow_pickle.value))
        if not safe:
            return None  # torch.load without weights_only=True, np.load(allow_pickle=True): unpickling runs code
    writes = name in _WRITERS or name.startswith(_WRITER_PREFIXES)
    if not _touches_files(name):
        return []
    files = _file_arguments(call)
    if not writes and files and _literal(files[0]) is not None:
        return [assess_path(_literal(files[0]), ctx, write=False)]
    literals = [text for text in map(_literal, files) if text is not None]
    if writes and literals:
        return [overwrite(p, ctx) for p in literals]
    if not files or _is_open(files[0]) or name == "dump" and len(call.args) > 1 and (
            isinstance(call.args[1], ast.Name) or _is_open(call.args[1])):
        return []  # no file (`to_csv()` returns text), or a file object open() gave, which is judged itself
    return None
