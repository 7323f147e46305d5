"""Checkpoints that survive power loss: written into a temp dir, fsynced, marked complete with a
manifest of file sizes, then renamed to `step-N`. A directory without a valid marker (a
half-written one) is never loaded and is removed by `prune`."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

MARKER = "COMPLETE"


def _fsync_path(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def step_of(path: Path) -> int | None:
    name = path.name
    if not name.startswith("step-"):
        return None
    try:
        return int(name[5:])
    except ValueError:
        return None


def is_valid(path: Path) -> bool:
    """A marker that parses and names files that all exist with their recorded sizes."""
    try:
        manifest = json.loads((path / MARKER).read_text(encoding="utf-8"))
        files = manifest["files"]
        return bool(files) and all((path / name).stat().st_size == size for name, size in files.items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


def checkpoints(root: Path) -> list[tuple[int, Path]]:
    """All `step-N` directories, newest first (valid or not)."""
    if not root.is_dir():
        return []
    found = [(step_of(p), p) for p in root.iterdir() if p.is_dir()]
    return sorted(((s, p) for s, p in found if s is not None), reverse=True)


def newest_valid(root: Path) -> tuple[int, Path] | None:
    for step, path in checkpoints(root):
        if is_valid(path):
            return step, path
    return None


def save(root: Path, step: int, write: Callable[[Path], None], keep: int) -> Path:
    """Write a checkpoint for `step` with `write(tmp_dir)`, atomically; keep the newest `keep`."""
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / f".tmp-step-{step}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    write(tmp)
    files = {}
    for f in sorted(tmp.rglob("*")):
        if f.is_file():
            _fsync_path(f)
            files[str(f.relative_to(tmp))] = f.stat().st_size
    marker = tmp / MARKER
    with open(marker, "w", encoding="utf-8") as fh:
        json.dump({"step": step, "time": time.time(), "files": files}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    _fsync_path(tmp)
    final = root / f"step-{step}"
    if final.exists():
        shutil.rmtree(final)
    os.replace(tmp, final)
    _fsync_path(root)
    prune(root, keep)
    return final


def prune(root: Path, keep: int) -> None:
    """Drop temp dirs, invalid checkpoints and all but the newest `keep` valid ones."""
    for p in root.glob(".tmp-step-*"):
        shutil.rmtree(p, ignore_errors=True)
    kept = 0
    for _step, path in checkpoints(root):
        if is_valid(path) and kept < keep:
            kept += 1
            continue
        shutil.rmtree(path, ignore_errors=True)
