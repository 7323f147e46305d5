"""The `shell` tool: one command in the user's launch directory, with a timeout, an output cap
and secret-looking environment variables removed."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

SECRET_ENV = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|COOKIE|SESSION)", re.I)


def scrubbed_env(env: dict[str, str] | None = None) -> dict[str, str]:
    source = dict(os.environ if env is None else env)
    return {k: v for k, v in source.items() if not SECRET_ENV.search(k)}


def cap(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[:limit] + f"\n[output truncated: showed {limit} of {len(text)} characters]"


def run_shell(command: str, workspace: Path, timeout_s: float, limit: int) -> str:
    try:
        proc = subprocess.run(
            ["/bin/bash", "-c", command], cwd=workspace, env=scrubbed_env(),
            capture_output=True, text=True, timeout=timeout_s, errors="replace",
        )
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or "") if isinstance(exc.stdout, str) else ""
        return cap(out, limit) + f"\n[timed out after {timeout_s:g} s]"
    body = proc.stdout + (("\n[stderr]\n" + proc.stderr) if proc.stderr else "")
    return f"[exit code {proc.returncode}]\n" + cap(body, limit)
