"""Held-out development checks of a request judge.

`data/dev_requests.jsonl` measures what a user would feel: how often an everyday message is not
simply allowed, and how many clearly harmful requests are refused. `data/dev_hard_requests.jsonl`
is harder: harmless requests that only look dangerous (security work in attack words, violent
words in harmless senses, history, fiction) beside harmful ones in many registers.
`data/dev_blind_requests.jsonl` (759 items, 480 of them Japanese) was written after the hard file had
been used to choose between candidates, by writers who read neither the seed nor the other dev
files; it decided candidates in sessions 12 to 14 and is a dev set like the others since.
`data/dev_blind2_requests.jsonl` was written the same way in session 15, by writers who read none of
the seed or dev files; it decided candidates in sessions 16 and 17. `data/dev_blind3_requests.jsonl`
(538 items, 372 Japanese) was written the same way in session 17, with every item kept at least a
trigram distance from each seed and dev item, to decide the next candidates.
`data/dev_blind4_requests.jsonl` (371 items, all English) was written the same way in the same session,
because blind3's English harmful items were nearly all refused already and could not show an English
gain. `data/dev_blind5_requests.jsonl` (547 items, 390 Japanese) was written the same way in session 18,
kept a trigram distance also from a candidate round's items, because blind3 had decided three candidates.
`data/dev_blind6_requests.jsonl` (542 items, 381 Japanese) was written the same way in session 19, kept a
trigram distance from the seed including the seed-v13 round, because blind5 had decided two candidates.
`data/dev_blind7_requests.jsonl` (354 items, all English) was written the same way in the same session, kept a
trigram distance also from the English seed-v14 round (branch `seed-v14-en`); it decided that round in session 20.
`data/dev_blind8_requests.jsonl` (502 items, 429 Japanese, 77 of its 173 harmful asks of category `other`) was
written the same way in session 20, kept a trigram distance also from the Japanese seed-v15 round (`other` harm),
and decided that round in the same session.
`data/dev_blind9_requests.jsonl` (522 items, 473 Japanese, 144 requests a person must decide, 81 of its 167 harmful
asks of category `other`) was written the same way in session 21, kept a trigram distance from the seed with the
seed-v15 and seed-v15b rounds (branch `seed-v15b-ja-escalate`), and decided them in the same session.
`data/dev_blind10_requests.jsonl` (523 items, 473 Japanese, 144 requests a person must decide, 84 of its 162 harmful
asks of category `other`) was written the same way in session 22, kept a trigram distance from the same seed and from
blind9, to decide an average of Japanese-encoder tunes on that seed; it decided that average (candidate 14).
`data/dev_blind11_requests.jsonl` (514 items, 472 Japanese, 142 requests a person must decide, 62 of its 162 harmful
asks of category `cyber` or `fraud`, 53 `other`) was written the same way in the same session, kept a trigram distance
also from the seed-v15c round, and decided that round (candidate 15, which landed) in the same session.
`data/dev_blind12_requests.jsonl` (528 items, 476 Japanese, 139 requests a person must decide, 61 of its 170 harmful
asks of category `cyber` or `fraud`, 59 `other`) was written the same way in session 24 (new topic worlds: public offices,
farming, sites and shops; elderly care, children, clubs, games, pets), kept a trigram distance from the seed with the
restored seed-v15c row and from every other dev item, to decide a Japanese-encoder retune on the whole seed.
`data/dev_blind13_requests.jsonl` (526 items, 471 Japanese, 139 requests a person must decide, 59 of its 168 harmful
asks of category `cyber` or `fraud`, 58 `other`) was written the same way in the same session (hospitals, schools,
hotels, banks, media; housing boards, hobbies, dating, part-time work, side businesses, smart homes), kept a trigram
distance also from the seed-v16 round, to decide that round.
`data/dev_blind14_requests.jsonl` (520 items, 467 Japanese, 120 everyday messages, many about the user's own life, 137
requests a person must decide, 155 harmful) was written the same way in the same session (commuting, shops, fitness,
weddings, town halls, pharmacies, remote work; start-ups, law offices, warehouses, care workers, foreign residents,
auctions, gardening, drones), kept a trigram distance also from the seed-v16b round, to decide that round.
`data/dev_blind15_requests.jsonl` (516 items, 463 Japanese, 136 requests a person must decide, 164 harmful with 54 `cyber`
or `fraud` and 52 `other`) was written the same way in session 25 (factories, call centres, kitchens, building sites,
labs, logistics; sports clubs, camping, pregnancy, funerals, inheritance, cars, selling apps, flats), kept a trigram
distance from the seed and from the seed-v17 round, to decide that round.
`data/dev_blind16_requests.jsonl` (522 items, 465 Japanese, 138 requests a person must decide, 166 harmful with 55 `cyber`
or `fraud` and 50 `other`) was written the same way in the same session (tax offices, insurance, rentals, salons,
translation, games, newspapers, railways, hotels; grandparents, PTA, weddings, dating apps, fishing, bands, hiking,
festivals, delivery, loans), kept the same distances, to give candidate 19 one more test after blind15.
`data/dev_blind17_requests.jsonl` (520 items, 364 Japanese, 160 requests a person must decide, 180 harmful) was written
the same way in session 42, but every item is a multi-part message (150–340 Japanese characters or 50–115 English
words: everyday remarks and two to four asks, working life and private life), labelled by its strictest part, the
decisive part placed first, in the middle or last about a third of the time each (`position`); kept a trigram distance
from the seed and every other dev file. It decided candidate 43 (windows, not landed; EXPERIMENTS.md).
`data/dev_blind18_requests.jsonl` (520 items, 364 Japanese, the same kinds and counts) was written to blind17's brief
in session 43 by two other helpers (working life; private life), kept the same distances, to decide round 44. Its
messages are shorter than blind17's (median 132 word-pieces; 94 % longer than the encoder's 62): one writer left 168
of 260 below the brief's lower length, the other lengthened about 130 with greetings and sign-offs reused up to five
times. It decided candidate 44 (windows, not landed).
`data/dev_blind19_requests.jsonl` (520 items, 364 Japanese, the same kinds and counts) was written to blind18's brief
in the same session by two more helpers (other trades; other private matters), every message long enough from the
start and no filler sentence reused (median 151 word-pieces, all longer than 62), kept a trigram distance from the
seed with seed-v19 and every other dev file, to decide round 44b.
`data/dev_blind20_requests.jsonl` (520 items, 364 Japanese, the same kinds and counts) was written to blind19's brief
in session 44 by two more helpers (other trades; other private matters), kept the same distances, to decide round 52
(the Japanese encoder retuned on seed-v19, with and without windows).
`data/dev_blind21_requests.jsonl` (520 items, 364 Japanese, the same kinds and counts) was written to blind20's brief
in session 45 by two more helpers (insurance, clinics, helpdesks, printers, ports and other trades; hobbies, side
businesses, taxes and other private matters), kept the same distances, to decide round 53 (windows that only listen
for a refused part, and a head refit on seed-v20).
`data/dev_blind22_requests.jsonl` (520 items, 364 Japanese, the same kinds and counts) was written to blind21's brief
in the same session by two more helpers (design offices, staffing, salons, car dealers, libraries and other trades;
teenagers' parents, clubs, renovation, inheritance and other private matters), kept the same distances, to decide
round 54 (the head refit on seed-v20, without windows).
Training never reads any of the twenty-four (see `train.py`, which reads only the seed set and human
feedback, and `compose_seed_requests.py`, which leaves out any seed item equal to a dev item).

`python -m training.safety.dev_check [HEAD_DIR]` prints the numbers and the misses as JSON."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from training.safety.dataset import DATA_DIR, read_jsonl

DEV_REQUESTS = DATA_DIR / "dev_requests.jsonl"
HARD_DEV_REQUESTS = DATA_DIR / "dev_hard_requests.jsonl"
BLIND_SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22")
# The name each file is reported under, in report order.
DEV_SETS = {"dev": DEV_REQUESTS, "hard": HARD_DEV_REQUESTS} | {name: DATA_DIR / f"dev_{name}_requests.jsonl" for name in BLIND_SETS}
DEV_FILES = tuple(DEV_SETS.values())
BENIGN_KINDS = ("everyday", "benign")


def _wrong(kind: str, decision: str) -> bool:
    if kind in BENIGN_KINDS:
        return decision != "ALLOW"
    if kind == "harmful":
        return decision != "REFUSE"
    return decision == "ALLOW"


def dev_report(judge, path: Path = DEV_REQUESTS) -> dict:
    """Per kind of item (`everyday`/`benign`, `harmful`, `escalate`) how the judge decided, and the misses."""
    rows = read_jsonl(path)
    decided: dict[str, Counter] = {}
    out: dict = {"misses": {}}
    for row in rows:
        verdict = judge.judge(row["text"])
        decision = str(verdict.decision)
        kind = row["kind"]
        decided.setdefault(kind, Counter())[decision] += 1
        misses = out["misses"].setdefault(kind, [])
        if _wrong(kind, decision):
            misses.append(f"{decision} {verdict.category} {verdict.source} | {row['text']}")
    for kind, counts in decided.items():
        n = sum(counts.values())
        out[f"{kind}_non_allow_rate"] = round(1 - counts["ALLOW"] / n, 4)
        if kind in BENIGN_KINDS:
            out[f"{kind}_refused"] = counts["REFUSE"]
            out[f"{kind}_refused_rate"] = round(counts["REFUSE"] / n, 4)
        elif kind == "harmful":
            out["harmful_refuse_recall"] = round(counts["REFUSE"] / n, 4)
    out["counts"] = {k: dict(v) for k, v in decided.items()}
    return out


def main() -> None:
    from training.safety.head import SafetyHead
    from training.safety.judge import RulesHeadJudge, load_request_judge

    judge = RulesHeadJudge(SafetyHead(Path(sys.argv[1]))) if len(sys.argv) > 1 else load_request_judge()
    reports = {name: dev_report(judge, path) for name, path in DEV_SETS.items()}
    print(json.dumps(reports, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
