"""`aegis bench actions` judges real action sets in worker processes, one per AEGIS tree, and compares their decisions."""

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from agent.bench.actions import run, set_numbers
from agent.cli.main import cli

ROOT = Path(__file__).resolve().parents[2]


def test_set_numbers_and_ranges():
    assert set_numbers("43-45,7") == [43, 44, 45, 7]
    with pytest.raises(click.BadParameter):
        set_numbers("43-x")


def test_a_tree_beside_itself_decides_every_call_alike():
    result = run([43], 1, {"this": ROOT, "baseline": ROOT})
    lines = (ROOT / "training/safety/data/dev_actions_redteam43.jsonl").read_text(encoding="utf-8").splitlines()
    assert result["calls"] == len(lines) and result["decisions_differ"] == 0
    this = result["trees"]["this"]
    assert sum(this["decisions"].values()) == len(lines) and this["decisions"]["DENY"] > 0
    assert 0 < this["pooled"]["p50_ms"] <= this["pooled"]["p95_ms"]


def test_the_command_reports_json_and_refuses_unknown_sets_and_trees(tmp_path):
    done = CliRunner().invoke(cli, ["bench", "actions", "--sets", "43", "--rounds", "1", "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output.splitlines()[-1])["calls"] > 0
    missing = CliRunner().invoke(cli, ["bench", "actions", "--sets", "999"])
    assert missing.exit_code != 0 and "no red-team action set 999" in missing.output
    other = CliRunner().invoke(cli, ["bench", "actions", "--sets", "43", "--baseline", str(tmp_path)])
    assert other.exit_code != 0 and "is not an AEGIS tree" in other.output
