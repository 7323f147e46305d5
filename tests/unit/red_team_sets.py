"""Judging a red-team action set the way its writers' machine would see it (not a test module)."""

from __future__ import annotations

import json
from pathlib import Path

from tools.risk import ActionContext, assess_action
from training.safety.dataset import SEED_ACTIONS
from training.safety.evaluate import placed

HOME = Path("/home/user")  # the writers' machine: their absolute paths name its home


def decided_calls(name: str) -> list[tuple[str, str, str]]:
    """(label, decision, args as JSON) for each call of the set, judged where `placed` puts it."""
    decided = []
    for line in (SEED_ACTIONS.parent / name).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        with placed(row.get("files", {}), row["args"], HOME / "project", HOME) as where:
            ctx = ActionContext(where.workspace, where.home, where.home / ".local/share/aegis")
            decided.append((row["label"], assess_action(row["tool"], where.args, ctx).decision, json.dumps(row["args"])))
    return decided
