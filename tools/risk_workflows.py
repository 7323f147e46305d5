"""Commands that workflow files and Fortran programs run, found in their text: Snakemake's `shell:` directives,
`shell()` calls and profiles' cluster commands, Nextflow's `script:` and `shell:` blocks, a `mix.exs` alias's `cmd`
steps, and a Fortran program written as the Python that does the same (so the Python reader follows its values)."""

from __future__ import annotations

import re

# One Python or Groovy string literal: triple-quoted first, then one line in either quote.
_LITERAL = re.compile(r'''[rRfFbB]{0,2}(?:"""(.*?)"""|\'\'\'(.*?)\'\'\'|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')''',
                      re.S)
_BETWEEN_LITERALS = re.compile(r"(?:\s|\(|\\\n|#[^\n]*\n)*")
_SNAKEMAKE_SHELL = re.compile(r"^[ \t]*shell\s*:|\bshell\s*\(", re.M)
_SNAKEMAKE_SECTION = re.compile(r"^([ \t]+)(input|output|params|log)\s*:(.*(?:\n\1[ \t]+.*)*)", re.M)
_NAMED_VALUE = re.compile(r"""(\w+)\s*=\s*(?:os\.path\.expanduser\(\s*)?(['"])([^'"\n]*)\2""")
_NEXTFLOW_BLOCK = re.compile(r"^[ \t]*(?:script|shell)\s*:\s*\n?", re.M)


def _joined_literals(text: str, start: int) -> str | None:
    """The text of the string literals that follow `start` (past spaces, line breaks, comments and an opening
    parenthesis), joined as Python joins adjacent literals; None when no literal follows."""
    parts, position = [], start
    while (literal := _LITERAL.match(text, _BETWEEN_LITERALS.match(text, position).end())) is not None:
        parts.append(next(g for g in literal.groups() if g is not None))
        position = literal.end()
    return "".join(parts) if parts else None


def _snakemake_values(rule: str) -> dict[str, str]:
    """A rule's named inputs, outputs, parameters and logs (`{params.key}`), and each section's literals as a whole
    (`{input}`)."""
    values: dict[str, str] = {}
    for m in _SNAKEMAKE_SECTION.finditer(rule):
        section, body = m.group(2), m.group(3)
        named = _NAMED_VALUE.findall(body)
        values.update({f"{section}.{name}": value for name, _, value in named})
        values[section] = " ".join(v for _, v in re.findall(r"""(['"])([^'"\n]*)\1""", body))
    return values


def _filled(command: str, values: dict[str, str]) -> str:
    return re.sub(r"(?<!\{)\{(\w+(?:\.\w+)?)\}(?!\})", lambda f: values.get(f.group(1), f.group(0)), command)


def _snakemake_commands(text: str) -> list[str]:
    """The shell commands a Snakefile's rules run (`shell:` directives, `shell("…")` in `run:` blocks), with the rule's
    own `{input}`, `{output}`, `{params.x}` filled in and `{{ }}` unescaped."""
    rules = re.split(r"^(?=(?:rule|checkpoint)\s+\w+\s*:)", text, flags=re.M)
    commands = []
    for rule in rules:
        values = _snakemake_values(rule)
        for m in _SNAKEMAKE_SHELL.finditer(rule):
            command = _joined_literals(rule, m.end())
            if command is None:
                continue
            commands.append(_filled(command, values).replace("{{", "{").replace("}}", "}"))
    return commands


def _nextflow_commands(text: str) -> list[str]:
    """The shell scripts a Nextflow file's processes run (`script:` and `shell:` blocks written as strings)."""
    return [c for m in _NEXTFLOW_BLOCK.finditer(text) if (c := _joined_literals(text, m.end())) is not None]


def workflow_commands(name: str, text: str) -> list[str]:
    """The shell commands a Snakemake or Nextflow workflow file, or a `mix.exs`'s aliases (`"cmd …"` steps), hold;
    none for any other file."""
    if name == "Snakefile" or name.endswith(".smk"):
        return _snakemake_commands(text)
    if name.endswith(".nf"):
        return _nextflow_commands(text)
    if name == "mix.exs":
        return [m.group(1).replace('\\"', '"') for m in re.finditer(r'"cmd\s+((?:[^"\\\n]|\\.)+)"', text)]
    return []


# A Snakemake profile's commands: how jobs are submitted, watched and cancelled on a cluster.
_PROFILE = re.compile(r"(?:^|/)profiles?/[^/]+/config(?:\.v\d+\+)?\.ya?ml$")
_PROFILE_COMMAND = re.compile(r"^(?:cluster(?:-generic-(?:submit|status|cancel)-cmd|-status|-cancel|-submit)?)\s*:[ \t]*(.*)$",
                              re.M)


def snakemake_profile_commands(path: str, text: str) -> list[str]:
    """The shell commands a Snakemake profile (`profiles/slurm/config.yaml`) runs for each job; a double-quoted value
    may run on over several lines."""
    if not _PROFILE.search(path):
        return []
    commands = []
    for m in _PROFILE_COMMAND.finditer(text):
        value = m.group(1).strip()
        if value.startswith('"') and not (len(value) > 1 and value.endswith('"')):
            rest = text[m.end():]
            close = re.search(r'"[ \t]*$', rest, re.M)
            value += " " + " ".join(line.strip() for line in rest[:close.end() if close else len(rest)].splitlines())
        commands.append(value.strip().strip("'\""))
    return commands


_FORTRAN_LITERAL = re.compile(r"'(?:[^'\n]|'')*'|\"(?:[^\"\n]|\"\")*\"")
_FORTRAN_GETENV = re.compile(r"\bcall\s+(?:get_environment_variable|getenv)\s*\(\s*([^,()]+?)\s*,\s*(\w+)[^)\n]*\)", re.I)
_FORTRAN_RUN = re.compile(r"\b(?:call\s+(?:execute_command_line|system)|\w+\s*=\s*system)\s*\(", re.I)
_FORTRAN_TRIMMED = re.compile(r"\b(?:trim|adjustl|adjustr)\s*\(\s*(\w+|'[^'\n]*'|\"[^\"\n]*\")\s*\)", re.I)


def _fortran_code(text: str, change) -> str:
    """The text with `change` applied to what lies outside its string literals."""
    out, position = [], 0
    for m in _FORTRAN_LITERAL.finditer(text):
        out.append(change(text[position:m.start()]))
        out.append(m.group(0))
        position = m.end()
    out.append(change(text[position:]))
    return "".join(out)


def _without_comment(line: str) -> str:
    """A line less its `!` comment (a `!` inside a string literal is text)."""
    position = 0
    for m in _FORTRAN_LITERAL.finditer(line):
        if "!" in line[position:m.start()]:
            break
        position = m.end()
    cut = line.find("!", position)
    return line if cut < 0 else line[:cut]


def _first_argument(text: str, start: int) -> tuple[str, int]:
    """The first argument of the call whose `(` ends at `start`, and where the call's `)` is."""
    depth, quote, comma = 0, "", -1
    for i in range(start, len(text)):
        c = text[i]
        if quote:
            quote = "" if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c == "(":
            depth += 1
        elif c == "," and not depth and comma < 0:
            comma = i
        elif c in ")\n" and not depth:
            return text[start:comma if comma >= 0 else i], i
        elif c == ")":
            depth -= 1
    return text[start:comma if comma >= 0 else len(text)], len(text)


def _declared_constants(line: str) -> str:
    """A declaration as the assignments of the named constants it gives values (`character(len=*), parameter :: a =
    'x', b = 'y'` is `a = 'x'` and `b = 'y'`); any other declaration as nothing."""
    code = _fortran_code(line, lambda c: c.replace("::", "\x00"))
    if "\x00" not in code:
        return line
    kind, names = code.split("\x00", 1)
    if "parameter" not in kind.lower():
        return ""
    parts = re.findall(r"\s*(\w+\s*=\s*(?:'(?:[^'\n]|'')*'|\"(?:[^\"\n]|\"\")*\"|[^,'\"]+))\s*,?", names)
    return "\n".join(part.strip() for part in parts)


def fortran_as_python(text: str) -> str:
    """A Fortran program as Python that does what it runs: `get_environment_variable("HOME", home)` sets `home`,
    `execute_command_line(cmd)` and `system(cmd)` run `cmd` through `os.system`, `//` joins as `+`, `trim(x)` is `x`,
    continuation lines are joined, declarations dropped and named constants assigned."""
    lines = [_without_comment(line) for line in text.splitlines()]
    code = re.sub(r"&[ \t]*\n[ \t]*&?", "", "\n".join(lines))
    code = "\n".join(_declared_constants(line) for line in code.splitlines())
    code = _fortran_code(code, lambda c: c.replace("//", " + "))
    while _FORTRAN_TRIMMED.search(code):
        code = _FORTRAN_TRIMMED.sub(r"\1", code)
    code = _FORTRAN_GETENV.sub(r"\2 = os.environ[\1]", code)
    out, position = [], 0
    for m in _FORTRAN_RUN.finditer(code):
        if m.start() < position:
            continue
        argument, end = _first_argument(code, m.end())
        out += [code[position:m.start()], f"os.system({argument.strip()})"]
        position = end + 1 if code[end:end + 1] == ")" else end
    out.append(code[position:])
    return "import os\n" + "".join(out)
