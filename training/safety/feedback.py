"""Human approvals and denials of ESCALATE verdicts, kept as labelled examples with provenance.

An approved ESCALATE becomes an ALLOW example for that request; a denied one stays ESCALATE
(the human confirmed that a person must decide). Only ESCALATE verdicts are learnable: REFUSE
is never put to a human, and `training_examples` drops any approval that the hard rules or the
REFUSE seed items contradict, so approvals cannot unlearn a refusal."""

from __future__ import annotations

import json
import time
from pathlib import Path

from training.safety.dataset import Example
from training.safety.readable_text import readable
from training.safety.verdict import Decision, Verdict


def safety_home(home: Path) -> Path:
    return Path(home) / "safety"


def feedback_file(home: Path) -> Path:
    return safety_home(home) / "feedback.jsonl"


def record_human_decision(home: Path, text: str, verdict: Verdict, approved: bool, request_id: str) -> None:
    """Append one human decision on an ESCALATE verdict to `$AEGIS_HOME/safety/feedback.jsonl`."""
    if verdict.decision != Decision.ESCALATE:
        return
    record = {
        "text": text,
        "label": "ALLOW" if approved else "ESCALATE",
        "category": "none" if approved else verdict.category,
        "approved": approved,
        "request_id": request_id,
        "judged": verdict.to_dict(),
        "recorded_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "provenance": "human",
    }
    path = feedback_file(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def feedback_examples(home: Path) -> list[Example]:
    """The recorded decisions as examples, each request in the form the judge reads (`readable`)."""
    path = feedback_file(home)
    if not path.exists():
        return []
    examples = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                record = json.loads(line)
                text, label = str(record["text"]), record["label"]
            except (json.JSONDecodeError, KeyError, TypeError):
                continue  # a torn line from an interrupted write
            if label in ("ALLOW", "ESCALATE"):
                examples.append(Example(readable(text), label, record.get("category", "none") or "none",
                                        f"human:{record.get('request_id', '')}"))
    return examples
