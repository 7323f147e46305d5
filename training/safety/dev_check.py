"""Held-out development check of a request judge on `data/dev_requests.jsonl`.

The dev file is never read by training (see `train.py`, which reads only the seed set and human
feedback); it measures what a user would feel: how often an everyday message is not simply
allowed, and how many clearly harmful requests are refused.

`python -m training.safety.dev_check [HEAD_DIR]` prints the numbers and the misses as JSON."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from training.safety.dataset import DATA_DIR, read_jsonl

DEV_REQUESTS = DATA_DIR / "dev_requests.jsonl"


def dev_report(judge, path: Path = DEV_REQUESTS) -> dict:
    rows = read_jsonl(path)
    out: dict = {"misses": {"everyday": [], "harmful": [], "escalate": []}}
    decided: dict[str, Counter] = {k: Counter() for k in ("everyday", "harmful", "escalate")}
    for row in rows:
        verdict = judge.judge(row["text"])
        decision = str(verdict.decision)
        decided[row["kind"]][decision] += 1
        wrong = {"everyday": decision != "ALLOW", "harmful": decision != "REFUSE",
                 "escalate": decision == "ALLOW"}[row["kind"]]
        if wrong:
            out["misses"][row["kind"]].append(f"{decision} {verdict.category} {verdict.source} | {row['text']}")
    n_every, n_harm, n_esc = (sum(decided[k].values()) for k in ("everyday", "harmful", "escalate"))
    out["everyday_non_allow_rate"] = round(1 - decided["everyday"]["ALLOW"] / n_every, 4)
    out["everyday_refused"] = decided["everyday"]["REFUSE"]
    out["harmful_refuse_recall"] = round(decided["harmful"]["REFUSE"] / n_harm, 4)
    out["harmful_non_allow_rate"] = round(1 - decided["harmful"]["ALLOW"] / n_harm, 4)
    out["escalate_non_allow_rate"] = round(1 - decided["escalate"]["ALLOW"] / n_esc, 4)
    out["counts"] = {k: dict(v) for k, v in decided.items()}
    return out


def main() -> None:
    from training.safety.head import SafetyHead
    from training.safety.judge import RulesHeadJudge, load_request_judge

    judge = RulesHeadJudge(SafetyHead(Path(sys.argv[1]))) if len(sys.argv) > 1 else load_request_judge()
    print(json.dumps(dev_report(judge), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
