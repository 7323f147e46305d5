"""Labelled request examples: the committed seed set plus human feedback."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")
SEED_REQUESTS = DATA_DIR / "requests.jsonl"
SEED_ACTIONS = DATA_DIR / "actions.jsonl"
# Red-team action sets written for a Mac: judged with the home /Users/user.
MAC_ACTION_SETS = frozenset(f"dev_actions_redteam{n}.jsonl" for n in (12, 13, 15, 16, 17, 19, 21, 22))


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # ALLOW / ESCALATE / REFUSE
    category: str
    source: str  # "seed-v1", "human:<request_id>", ...
    group: str = ""  # phrasings of one task share a group; cross-validation keeps them together

    @property
    def fine_label(self) -> str:
        return "ALLOW" if self.label == "ALLOW" else f"{self.label}:{self.category}"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def seed_examples(path: Path = SEED_REQUESTS) -> list[Example]:
    return [Example(r["text"], r["label"], r.get("category", "none"), r.get("source", "seed"), r.get("group", ""))
            for r in read_jsonl(path)]
