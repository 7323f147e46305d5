"""Shared fixtures: every test gets its own AEGIS_HOME and workspace."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent.settings import load_settings

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "aegis-home"
    h.mkdir()
    return h


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    w = tmp_path / "workspace"
    w.mkdir()
    return w


@pytest.fixture
def env(home: Path, workspace: Path) -> dict[str, str]:
    """Environment for a separate `aegis` process on the scripted model."""
    e = {k: v for k, v in os.environ.items() if not k.startswith(("AEGIS_", "OLLAMA_", "LANGGRAPH_"))}
    e.update(AEGIS_HOME=str(home), AEGIS_MODEL_PROVIDER="scripted", AEGIS_WORKSPACE=str(workspace),
             AEGIS_IMPROVE_EVERY_N_TURNS="0", PYTHONUNBUFFERED="1")
    return e


@pytest.fixture
def settings(env: dict[str, str]):
    return load_settings(env=env)


@pytest.fixture
def session(settings):
    from agent.session import LocalSession

    s = LocalSession(settings)
    yield s
    s.close()


def run_aegis(args: list[str], env: dict[str, str], cwd: Path | None = None, timeout: float = 120,
              stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "agent.cli", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout, input=stdin)


def ask_json(text: str, env: dict[str, str], cwd: Path | None = None) -> tuple[int, dict]:
    proc = run_aegis(["ask", "--json", text], env, cwd)
    assert proc.stdout.strip(), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def cli_in_process(capsys, *args: str) -> tuple[int, str, str]:
    """The real `aegis` entry point in this process: (exit code, stdout, stderr)."""
    from agent.cli.main import main

    capsys.readouterr()
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def project(tmp_path: Path):
    """A workspace in a home folder, filled with the files given (relative path → text); returns the context that
    actions are judged in there."""
    from tools.risk import ActionContext

    home = tmp_path / "home"
    folder = home / "project"
    folder.mkdir(parents=True)

    def write(files: dict[str, str]) -> ActionContext:
        for name, text in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
        return ActionContext(folder, home, home / ".local/share/aegis")
    return write
