"""Ansible tasks read as the shell commands that do the same, for the command reader: `file` with `state: absent`
deletes its path, `filesystem` formats its device, `slurp` reads its file, `uri` sends the files its body looks up,
`get_url` downloads, `copy`, `template` and `lineinfile` write their destination; module names may be written in full
(`ansible.builtin.shell`); `{{ name }}` is the value the file's `vars:` give it, `{{ ansible_env.HOME }}` and
`{{ lookup('env', 'HOME') }}` the home folder."""

from __future__ import annotations

import re
import shlex

_COLLECTION = re.compile(r"^(?:ansible\.(?:builtin|legacy|posix)|community\.\w+)\.")
_HOME = re.compile(r"""\{\{\s*(?:ansible_env\.HOME|ansible_env\[\s*['"]HOME['"]\s*\]|lookup\(\s*['"](?:ansible\.builtin\.)?env['"]\s*,\s*['"]HOME['"]\s*\)|"""
                   r"""ansible_user_dir)\s*\}\}""")
_FILE_LOOKUP = re.compile(r"""lookup\(\s*['"]file['"]\s*,\s*['"]([^'"]+)['"]""")
_NAME = re.compile(r"\{\{\s*(\w+)\s*\}\}")
# A name with a default (`{{ scratch_subdir | default('') }}`): the default where nothing gives the name a value.
_DEFAULTED = re.compile(r"""\{\{\s*(\w+)\s*\|\s*default\(\s*(['"])([^'"{}]*)\2\s*\)\s*\}\}""")
_QUOTED = re.compile(r"'([^']*)'|\"([^\"]*)\"")
# An expression of literals: `'.' ~ 'aws'`, `'sigea' | reverse`; a list of literals joined (`['nv', 'me0n1'] | join`).
_LITERAL_EXPRESSION = re.compile(r"""\{\{\s*((?:'[^'{}]*'|"[^"{}]*")(?:\s*~\s*(?:'[^'{}]*'|"[^"{}]*"))*)\s*(\|\s*reverse\s*)?\}\}|"""
                                 r"""\{\{\s*\[\s*((?:(?:'[^'{}]*'|"[^"{}]*")\s*,\s*)*(?:'[^'{}]*'|"[^"{}]*"))\s*\]\s*\|\s*join"""
                                 r"""(?:\(\s*(?:'([^']*)'|"([^"]*)")\s*\))?\s*\}\}""")


def module_name(key: str) -> str:
    """A module's short name (`ansible.builtin.shell` is `shell`)."""
    return _COLLECTION.sub("", key)


def _arguments(value) -> dict[str, str]:
    """A module's arguments, given as a mapping or as `key=value` words."""
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if isinstance(v, str | int | float)}
    if isinstance(value, str):
        try:
            words = shlex.split(value)
        except ValueError:
            return {}
        return dict(w.split("=", 1) for w in words if "=" in w)
    return {}


def _word(value: str) -> str:
    """A path or address as one shell word, left bare (a `~` or `{{ … }}` in it still reads as a path) unless it has
    spaces."""
    return f'"{value}"' if re.search(r"\s", value) and "{{" not in value else value


def task_commands(task: dict) -> list[str]:
    """The shell commands that do what one task's module does (none for other modules)."""
    commands = []
    for key, value in task.items():
        name, args = module_name(str(key)), _arguments(value)
        path = args.get("path") or args.get("dest") or args.get("name") or ""
        if name == "file" and args.get("state") == "absent" and path:
            commands.append(f"rm -rf {_word(path)}")
        elif name == "filesystem" and args.get("dev"):
            commands.append(f"mkfs.{args.get('fstype', 'ext4')} {_word(args['dev'])}")
        elif name in ("slurp", "fetch") and args.get("src"):
            commands.append(f"cat {_word(args['src'])}")
        elif name == "uri" and args.get("url"):
            sent = _FILE_LOOKUP.findall(args.get("body", "")) + ([args["src"]] if args.get("src") else [])
            commands += [f"curl --data-binary @{_word(p)} {_word(args['url'])}" for p in sent]
        elif name == "get_url" and args.get("url"):
            commands.append(f"curl -o {_word(args.get('dest', '.'))} {_word(args['url'])}")
        elif name in ("copy", "template", "lineinfile", "blockinfile", "replace") and path:
            source = f"cat {_word(args['src'])} > " if name == "copy" and args.get("src") else "printf x > "
            commands.append(source + _word(path))
    return commands


def with_ansible_values(text: str, values: dict[str, str]) -> str:
    """Text with the home folder's Jinja spellings as `~` and `{{ name }}` as the value `values` give the name."""
    for _ in range(3):  # a value may name others
        text = _NAME.sub(lambda m: values.get(m.group(1), m.group(0)), text)
    text = _DEFAULTED.sub(lambda m: values.get(m.group(1), m.group(3)), text)
    while _JOINED_LITERALS.search(text):
        text = _JOINED_LITERALS.sub(lambda m: _QUOTE + m.group(2) + m.group(4) + _QUOTE, text)
    text = _LITERAL_EXPRESSION.sub(_expression_text, text)
    return _HOME.sub("~", text)


_JOINED_LITERALS = re.compile(r"""(['"])([^'"{}]*)\1\s*~\s*(['"])([^'"{}]*)\3""")  # `'sha' ~ 'dow'`, also in a list
_QUOTE = "'"


def _expression_text(m: re.Match) -> str:
    if m.group(3) is not None:
        return (m.group(4) or m.group(5) or "").join(a or b for a, b in _QUOTED.findall(m.group(3)))
    text = "".join(a or b for a, b in _QUOTED.findall(m.group(1)))
    return text[::-1] if m.group(2) else text
