"""File tools: read_file, list_dir, write_file, edit_file (exact-match replace)."""

from __future__ import annotations

from pathlib import Path


class ToolInputError(ValueError):
    """An error the model sees as the tool's result."""


def resolve(path: str, workspace: Path) -> Path:
    p = Path(path).expanduser()
    return p if p.is_absolute() else workspace / p


def read_file(path: str, workspace: Path, limit: int) -> str:
    p = resolve(path, workspace)
    if not p.is_file():
        raise ToolInputError(f"{path} is not a file")
    text = p.read_text(encoding="utf-8", errors="replace")
    if len(text) > limit:
        return text[:limit] + f"\n[file truncated: showed {limit} of {len(text)} characters]"
    return text


def list_dir(path: str, workspace: Path, limit: int) -> str:
    p = resolve(path or ".", workspace)
    if not p.is_dir():
        raise ToolInputError(f"{path} is not a directory")
    names = sorted(e.name + ("/" if e.is_dir() else "") for e in p.iterdir())
    return "\n".join(names)[:limit] or "(empty)"


def write_file(path: str, content: str, workspace: Path) -> str:
    p = resolve(path, workspace)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(content, encoding="utf-8")
    return f"wrote {len(content)} characters to {path}"


def edit_file(path: str, old: str, new: str, workspace: Path) -> str:
    p = resolve(path, workspace)
    if not p.is_file():
        raise ToolInputError(f"{path} is not a file")
    text = p.read_text(encoding="utf-8")
    count = text.count(old) if old else 0
    if count == 0:
        raise ToolInputError(f"old text not found in {path}; nothing was changed")
    if count > 1:
        raise ToolInputError(f"old text occurs {count} times in {path}; give a longer, unique old text")
    p.write_text(text.replace(old, new, 1), encoding="utf-8")
    return f"edited {path}"
