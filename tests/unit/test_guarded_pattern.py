"""Guarded patterns find exactly what their bare patterns find: the literals they test first are in every match."""

import json
import re
from functools import cache

import pytest

import tools.risk_code
import tools.risk_paths
from tools.guarded_pattern import GuardedPattern
from training.safety.dataset import SEED_ACTIONS

GUARDED = {name: g for module in (tools.risk_code, tools.risk_paths) for name, g in vars(module).items()
           if isinstance(g, GuardedPattern)}


@cache
def _action_texts() -> tuple[str, ...]:
    texts = []
    for path in sorted(SEED_ACTIONS.parent.glob("*actions*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts += [json.dumps(row["args"]), *row.get("files", {}).values()]
    return tuple(texts)


def test_the_rules_guard_their_costliest_patterns():
    assert {"_SENDS", "_KEY_MATERIAL", "_FORK_LOOP"} <= set(GUARDED)


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_guard_never_hides_a_match_in_the_action_sets(name):
    guarded = GUARDED[name]
    assert [t[:80] for t in _action_texts() if bool(guarded.search(t)) != bool(guarded.pattern.search(t))] == []


def test_case_folded_literals_and_letters_the_engine_folds_to_ascii():
    start = GuardedPattern(re.compile(r"(?i)start-process"), (), ("start-process",))
    assert start.search("Start-Process x") and start.search("START-PROCESS")
    assert start.search("ſtart-proceſs")  # the engine folds the long s to s; lower() does not
    assert start.search("Get-Item x") is None
    key = GuardedPattern(re.compile(r"AKIA\w+"), ("AKIA",))
    assert [m.group(0) for m in key.finditer("a AKIA1 b AKIA2")] == ["AKIA1", "AKIA2"]
    assert list(key.finditer("akia1")) == []
