"""`aegis memory` commands through the real CLI entry point."""

from __future__ import annotations

import json

from click.testing import CliRunner

from agent.cli.common import CliError
from agent.cli.main import cli


def _run(home, *args, catch=False):
    return CliRunner().invoke(cli, ["memory", *args], env={"AEGIS_HOME": str(home)}, catch_exceptions=catch)


def test_search_json_has_the_documented_keys_best_first(tmp_path):
    assert _run(tmp_path, "add", "My favorite fruit is mango").exit_code == 0
    assert _run(tmp_path, "add", "I work at a bakery in Nagoya").exit_code == 0
    result = _run(tmp_path, "search", "which fruit do I like", "--k", "2", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert rows and all(set(r) == {"id", "text", "kind", "score", "provenance"} for r in rows)
    assert "mango" in rows[0]["text"]
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_forget_of_a_user_fact_needs_confirmation(tmp_path):
    _run(tmp_path, "add", "My name is Ken")
    memory_id = json.loads(_run(tmp_path, "list", "--json").output)[0]["id"]
    refused = _run(tmp_path, "forget", memory_id, catch=True)
    assert isinstance(refused.exception, CliError) and "--yes" in str(refused.exception)
    assert _run(tmp_path, "forget", memory_id, "--yes").exit_code == 0
    assert json.loads(_run(tmp_path, "list", "--json").output) == []
