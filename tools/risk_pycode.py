"""Inline Python (`python -c`) shown, from its syntax tree, to do only data work: it imports only data libraries, calls
no builtin that reaches the system, unpickles nothing, and reads and writes only files named by plain string literals,
each judged like any other path. Anything it cannot show is arbitrary code, which a person approves."""

from __future__ import annotations

import ast
from collections.abc import Callable

from tools.risk_paths import ActionContext, ActionRisk, assess_path

_DATA_MODULES = {"pandas", "polars", "numpy", "json", "csv", "math", "statistics", "collections", "datetime", "re",
                 "itertools", "decimal", "fractions", "safetensors", "torch", "matplotlib", "seaborn", "pprint",
                 "textwrap", "string", "random", "time", "tomllib"}
# Builtins that reach the system or the interpreter's own machinery.
_SYSTEM_BUILTINS = {"eval", "exec", "compile", "__import__", "getattr", "setattr", "delattr", "globals", "locals",
                    "vars", "input", "breakpoint", "exit", "quit", "help", "memoryview", "type", "object", "super"}
# Attributes that load code or native libraries, unpickle, reach a database, the network or the clipboard.
_UNSAFE_ATTRIBUTES = {"hub", "utils", "ops", "classes", "jit", "package", "ctypeslib", "distutils", "f2py", "system",
                      "popen", "io", "fs", "lib", "testing", "onnx", "read_pickle", "to_pickle", "loads", "read_sql",
                      "read_sql_query", "read_sql_table", "to_sql", "read_clipboard", "to_clipboard", "read_gbq",
                      "to_gbq", "read_database", "write_database", "read_database_uri", "load_library",
                      "cpp_extension", "load_dataset", "show_versions", "Config"}
_WRITERS = {"to_csv", "to_parquet", "to_json", "to_excel", "to_feather", "to_html", "to_markdown", "to_latex",
            "to_stata", "to_orc", "to_hdf", "savefig", "save", "savez", "savez_compressed", "savetxt", "tofile",
            "dump", "save_file", "export", "imsave", "memmap", "HDFStore", "ExcelWriter", "PdfPages"}
_WRITER_PREFIXES = ("write_", "sink_")
_READER_PREFIXES = ("read_", "scan_", "load", "safe_open", "fromfile", "from_file", "genfromtxt", "imread")
_PATH_KEYWORDS = {"path", "path_or_buf", "file", "fname", "filename", "buf", "source", "filepath", "excel_writer"}


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _keyword(call: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _is_open(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "open"


def _file_arguments(call: ast.Call) -> list[ast.AST]:
    return [*call.args, *(k.value for k in call.keywords if k.arg in _PATH_KEYWORDS)]


def python_data_work(code: str, ctx: ActionContext,
                     overwrite: Callable[[str, ActionContext], ActionRisk]) -> list[ActionRisk] | None:
    """The paths the code reads and writes, judged; None when the code may do anything but data work."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return None
    risks: list[ActionRisk] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            if isinstance(node, ast.ImportFrom) and (node.level or any(
                    a.name in _UNSAFE_ATTRIBUTES | {"load", "*"} or a.name.startswith("_") for a in node.names)):
                return None
            if any(m.split(".")[0] not in _DATA_MODULES or set(m.split(".")) & _UNSAFE_ATTRIBUTES for m in modules):
                return None
        elif isinstance(node, ast.Name) and (node.id in _SYSTEM_BUILTINS or node.id.startswith("__")):
            return None
        elif isinstance(node, ast.Attribute) and (node.attr in _UNSAFE_ATTRIBUTES or node.attr.startswith("_")
                                                  and node.attr != "__version__"):
            return None
        elif isinstance(node, ast.Call):
            judged = _call_risks(node, ctx, overwrite)
            if judged is None:
                return None
            risks += judged
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "://" in node.value:
            return None  # a URL: the code would reach the network
    return risks


def _call_risks(call: ast.Call, ctx: ActionContext,
                overwrite: Callable[[str, ActionContext], ActionRisk]) -> list[ActionRisk] | None:
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    module = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
    if name == "open":
        path = _literal(call.args[0]) if call.args else None
        mode = _literal(call.args[1] if len(call.args) > 1 else _keyword(call, "mode")) or "r"
        if path is None:
            return None
        return [overwrite(path, ctx)] if "w" in mode or "x" in mode else [assess_path(path, ctx, write="a" in mode or "+" in mode)]
    if name == "load" and module not in ("json", "tomllib"):
        weights_only, allow_pickle = _keyword(call, "weights_only"), _keyword(call, "allow_pickle")
        safe = (isinstance(weights_only, ast.Constant) and weights_only.value is True) or (
            module in ("np", "numpy") and not (isinstance(allow_pickle, ast.Constant) and allow_pickle.value))
        if not safe:
            return None  # torch.load without weights_only=True, np.load(allow_pickle=True): unpickling runs code
    writes = name in _WRITERS or name.startswith(_WRITER_PREFIXES)
    if not writes and not name.startswith(_READER_PREFIXES):
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
