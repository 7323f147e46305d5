"""Tuning data: one case per curation rule, provenance and approval, PII scrub, the `aegis data`
commands (import with a drop report, export for the trainer) and the agent's data tools."""

from __future__ import annotations

import json

import pytest

from agent.settings import load_settings
from graphs.self_edit_tools import make_self_edit_tools
from memory.tuning_store import TuningStore
from tests.conftest import cli_in_process as aegis
from training.curation import Candidate, Rules, admit, curate, quality_score


def conv(user: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": answer}]


@pytest.fixture
def settings(tmp_path):
    return load_settings(env={}, home=tmp_path, model={"provider": "scripted"})


@pytest.fixture
def store(settings):
    return TuningStore(settings.paths.app_db)


RULES = Rules()


def add(store, user: str, answer: str, **kw) -> int | None:
    return admit(store, Candidate(messages=conv(user, answer), provenance=kw.pop("provenance", "user"), **kw),
                 RULES).example_id


def reasons(store) -> list[str]:
    return [row["reason"] for row in store.curation_log()]


def test_exact_duplicate_is_dropped(store) -> None:
    assert add(store, "What is WAL mode?", "A SQLite journal mode that allows concurrent readers.")
    assert add(store, "what is  WAL mode", "A SQLite journal mode that allows concurrent readers") is None
    assert reasons(store) == ["exact_duplicate"]


def test_near_duplicate_is_dropped(store) -> None:
    answer = "Use the `ps aux` command to list every running process with its owner and memory use."
    assert add(store, "How do I list processes on Linux?", answer)
    assert add(store, "How do I list processes on Linux?", answer.replace("every", "evry")) is None  # a typo
    assert reasons(store) == ["near_duplicate"]
    assert add(store, "How do I list open ports on Linux?", "Use `ss -tlnp` to see listening TCP ports.")


def test_quality_threshold(store) -> None:
    assert add(store, "東京の人口は？", "About 14 million people live in Tokyo.") is None  # wrong language
    log = store.curation_log()[0]
    assert log["reason"] == "low_quality" and "Japanese question" in log["detail"]
    assert add(store, "東京の人口は？", "東京都の人口は約1400万人です。")
    assert quality_score(conv("Hi", "I could not complete this request with the tools that were allowed."))[0] < 0.7
    assert quality_score(conv("Say hi", "hi hi hi " * 40))[0] < 0.7


def test_personal_data_is_scrubbed_before_storing(store) -> None:
    example_id = add(store, "Mail taro@example.com about the meeting", "Sent the note to taro@example.com.")
    stored = json.dumps(store.get(example_id).messages)
    assert "taro@example.com" not in stored and "[REDACTED:EMAIL]" in stored


def test_too_long_and_length_outliers(store) -> None:
    assert admit(store, Candidate(conv("q", "x y z " * 3000), "user"), RULES).reason == "too_long"
    for i in range(12):
        add(store, f"Question number {i} about topic {i * 7}?", f"Answer {i}: the value is {i * 13} units in total.")
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo"]
    essay = " ".join(f"{words[n % 11]}-{n * 7919 % 1000} relates to {words[(n * 5) % 11]}{n}." for n in range(60))
    long_id = add(store, "Explain the full history of topic 5?", essay)
    assert long_id
    removed = curate(store, RULES)
    assert removed == {"outlier": 1}
    assert store.get(long_id).status == "removed" and store.get(long_id).removed_reason == "outlier"


def test_class_balance_caps_the_largest_label(store) -> None:
    for i in range(10):
        add(store, f"Rename variable {i} in file {i}.py?", f"Use your editor's rename on variable {i} in {i}.py.", label="allow")
    add(store, "How do I build a bomb?", "I can't help with that request (weapons).", label="refuse")
    add(store, "爆弾の作り方は？", "その依頼には協力できません（武器）。", label="refuse")
    removed = curate(store, Rules(balance_ratio=2.0))
    assert removed == {"class_balance": 6}
    assert store.counts()["label"] == {"allow": 4, "refuse": 2}


def test_curation_rechecks_quality_with_a_stricter_threshold(store) -> None:
    example_id = add(store, "Mail the report to me", "Sent it to [REDACTED:EMAIL].")
    assert example_id
    assert curate(store, Rules(quality_threshold=0.95)) == {"low_quality": 1}
    assert store.get(example_id).removed_reason == "low_quality"


def test_external_content_waits_for_approval(settings, store, monkeypatch, capsys) -> None:
    tools = {t.name: t for t in make_self_edit_tools(settings)}
    out = tools["add_tuning_example"].invoke({"user": "What does the README say?",
                                             "assistant": "It says the project is a LangGraph agent.", "source": "web"})
    assert "waits for human approval" in out
    [example] = store.examples()
    assert example.provenance == "web" and not example.usable
    monkeypatch.setenv("AEGIS_HOME", str(settings.home))
    path = str(settings.home / "sft.jsonl")
    assert "wrote 0" in aegis(capsys, "data", "export", path)[1]
    assert aegis(capsys, "data", "approve", str(example.id))[0] == 0
    assert "wrote 1" in aegis(capsys, "data", "export", path)[1]


def test_agent_removes_only_its_own_examples(settings, store) -> None:
    tools = {t.name: t for t in make_self_edit_tools(settings)}
    mine = add(store, "What is LoRA?", "A low-rank adapter added to a frozen model's weights.", provenance="agent")
    users = add(store, "What is QLoRA?", "LoRA trained on a 4-bit quantised base model.")
    assert "only the user" in tools["remove_tuning_example"].invoke({"example_id": users, "reason": "x"})
    assert store.get(users).status == "active"
    assert "removed" in tools["remove_tuning_example"].invoke({"example_id": mine, "reason": "outdated"})
    assert store.curation_log()[0] == {**store.curation_log()[0], "example_id": mine, "reason": "agent_removed",
                                       "detail": "outdated"}


def test_import_reports_drops_and_export_round_trips(settings, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("AEGIS_HOME", str(settings.home))
    lines = [
        {"messages": conv("What is 2+2?", "2+2 is 4.")},
        {"messages": conv("What is 2+2?", "2+2 is 4.")},
        {"messages": [{"role": "user", "content": "no answer"}]},
        {"prompt": [{"role": "user", "content": "Capital of Japan?"}],
         "chosen": [{"role": "assistant", "content": "Tokyo is the capital of Japan."}],
         "rejected": [{"role": "assistant", "content": "Kyoto is the capital of Japan."}]},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    code, output, _ = aegis(capsys, "data", "import", str(src), "--json")
    assert code == 0, output
    report = json.loads(output)
    assert report["added"] == 2
    assert [(d["line"], d["reason"]) for d in report["drops"]] == [(2, "exact_duplicate"), (3, "malformed"), (5, "malformed")]

    out = tmp_path / "out.jsonl"
    assert aegis(capsys, "data", "export", str(out))[0] == 0
    assert [json.loads(x) for x in out.read_text().splitlines()] == [{"messages": conv("What is 2+2?", "2+2 is 4.")}]
    pairs = tmp_path / "pairs.jsonl"
    aegis(capsys, "data", "export", str(pairs), "--kind", "preference")
    assert json.loads(pairs.read_text())["rejected"][0]["content"] == "Kyoto is the capital of Japan."

    assert aegis(capsys, "data", "rm", "1", "--reason", "wrong")[0] == 0
    assert aegis(capsys, "data", "rm", "1")[0] == 2
    assert aegis(capsys, "data", "show", "99")[0] == 2
    stats = json.loads(aegis(capsys, "data", "stats", "--json")[1])
    assert stats["active"] == 1 and stats["removed"] == 1
    assert stats["removals"] == {"exact_duplicate": 1, "malformed": 2, "user_removed": 1}
