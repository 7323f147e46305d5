"""Rake tasks read from Rakefiles and `.rake` files by their layout: which tasks a plain `rake` runs (the default task
and, in turn, the tasks it depends on or invokes), and their Ruby bodies. Tasks are read by indentation, as
conventionally written; a task defined twice keeps both definitions, as Rake does."""

from __future__ import annotations

import re

_NAME = r"""(?::(\w+)|['"]([\w:]+)['"]|(\w+):(?!:))"""
_NAMESPACE = re.compile(rf"^(\s*)namespace\s*\(?\s*{_NAME}")
_TASK = re.compile(rf"^(\s*)(?:task|multitask)\s*\(?\s*{_NAME}(.*)$")
_DEPENDENCY = re.compile(r""":(\w+)|['"]([\w:]+)['"]|%[iw]\[([^\]]*)\]""")
_INVOKED = re.compile(r"""Rake::Task\s*\[\s*(?::(\w+)|['"]([\w:]+)['"])\s*\]\s*\.\s*(?:invoke|execute)""")


def _name(match: re.Match, first: int) -> str:
    return next(g for g in match.groups()[first:first + 3] if g)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _dependencies(rest: str, named_first: bool) -> list[str]:
    """The prerequisites after a task's name: `=> [:a, "b:c"]`, or after `name:` the value (`%i[a b]`, `:a`)."""
    rest = re.split(r"\bdo\b|\{", rest, maxsplit=1)[0]
    if not named_first:
        if "=>" not in rest:
            return []
        rest = rest.split("=>", 1)[1]
    names = []
    for m in _DEPENDENCY.finditer(rest):
        names += m.group(3).split() if m.group(3) is not None else [m.group(1) or m.group(2)]
    return names


def rake_tasks(text: str) -> dict[str, tuple[list[str], list[str]]]:
    """Each task of a rake file by its full name (`release:tag`): the names it depends on or invokes, as written, and
    its bodies' text; both also qualified by the namespace it is defined in."""
    tasks: dict[str, tuple[list[str], list[str]]] = {}
    lines = text.splitlines()
    spaces: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        while spaces and _indent(line) <= spaces[-1][0]:
            spaces.pop()
        if space := _NAMESPACE.match(line):
            spaces.append((len(space.group(1)), _name(space, 1)))
            continue
        if not (task := _TASK.match(line)):
            continue
        prefix = ":".join(name for _, name in spaces)
        name = f"{prefix}:{_name(task, 1)}" if prefix else _name(task, 1)
        rest = task.group(5)
        body = [rest]
        if re.search(r"\bdo\b\s*(?:\|[^|]*\|)?\s*$", rest):
            for later in lines[i + 1:]:
                if later.strip() and _indent(later) <= len(task.group(1)):
                    break
                body.append(later)
        code = "\n".join(body)
        wanted = [*_dependencies(rest, task.group(4) is not None), *(m.group(1) or m.group(2) for m in _INVOKED.finditer(code))]
        known = tasks.setdefault(name, ([], []))
        known[0].extend(f"{prefix}:{w}" if prefix else w for w in wanted)
        known[0].extend(w for w in wanted if prefix)
        known[1].append(code)
    return tasks


def default_task_code(texts: list[str]) -> str:
    """The Ruby that a plain `rake` runs: the bodies of the default task and of every task it reaches."""
    tasks: dict[str, tuple[list[str], list[str]]] = {}
    for text in texts:
        for name, (wanted, bodies) in rake_tasks(text).items():
            known = tasks.setdefault(name, ([], []))
            known[0].extend(wanted)
            known[1].extend(bodies)
    seen: set[str] = set()
    waiting = ["default"]
    while waiting:
        name = waiting.pop()
        if name in seen or name not in tasks:
            continue
        seen.add(name)
        waiting += tasks[name][0]
    return "\n".join(body for name in sorted(seen) for body in tasks[name][1])
