"""Reward signals: the implicit detector (JA and EN), explicit feedback, and how rewards select
tuning data (SFT candidates, preference pairs) through real turns of the graph."""

from __future__ import annotations

import json

import pytest
from langchain_core.messages import HumanMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.types import Command

from agent.settings import load_settings
from graphs.agent_graph import compile_graph
from graphs.services import Services
from memory.tuning_store import TuningStore
from tests.conftest import cli_in_process as aegis
from training.rewards import detect_implicit, record_feedback

PREV_USER = "Pythonでファイルを読む方法は？"
PREV_ANSWER = "open() を使って with 文で読み込みます。"


@pytest.mark.parametrize("text, signal", [
    ("違う、CSVファイルのことだよ", "correction"),
    ("そうじゃなくて、非同期で読みたい", "correction"),
    ("No, that's not what I asked.", "correction"),
    ("That's wrong, open() returns a file object.", "correction"),
    ("Thanks, but that's wrong.", "correction"),  # a negative cue wins over thanks
    ("本当に？", "correction"),
    ("Pythonでファイルを読む方法を教えて", "rephrase"),  # the same question again
    ("Let me rephrase: how do I stream a large file?", "rephrase"),
    ("ありがとう、助かりました！", "thanks"),
    ("Thanks, that works.", "thanks"),
    ("完璧です", "thanks"),
    ("Thanks again!", "thanks"),
    ("じゃあ、書き込みはどうする？", "build_on"),
    ("Next, how do I write to it?", "build_on"),
])
def test_detector_reads_the_next_message(text: str, signal: str) -> None:
    found = detect_implicit(PREV_USER, PREV_ANSWER, text)
    assert found is not None and found.signal == signal
    assert (found.value < 0) == (signal in ("correction", "rephrase"))


@pytest.mark.parametrize("text", [
    "今日の天気は？",
    "What time zone is Tokyo in?",
    "/good",
    "",
])
def test_detector_stays_silent_on_unrelated_messages(text: str) -> None:
    assert detect_implicit(PREV_USER, PREV_ANSWER, text) is None


def test_length_and_engagement_earn_nothing() -> None:
    """A long, engaged follow-up with no verdict on the answer gives no reward; arguing is negative;
    building on the answer is below the SFT threshold."""
    long_topic_change = "Tell me about the history of Kyoto temples and gardens. " * 20
    assert detect_implicit(PREV_USER, PREV_ANSWER, long_topic_change) is None
    argue = "I disagree. " + "Here is why your answer is controversial. " * 20
    assert detect_implicit(PREV_USER, PREV_ANSWER, argue).value < 0
    build = detect_implicit(PREV_USER, PREV_ANSWER, "Next, how do I write to it?")
    assert build.value < load_settings(env={}, home="/nonexistent").improve.sft_min_reward


@pytest.fixture
def settings(tmp_path):
    (tmp_path / "ws").mkdir()
    return load_settings(env={}, home=tmp_path, model={"provider": "scripted"}, workspace=tmp_path / "ws",
                         improve={"every_n_turns": 0})


@pytest.fixture
def graph(settings):
    return compile_graph(Services(settings), checkpointer=InMemorySaver())


class Chat:
    """Turns through the real graph; its learn node records the rewards."""

    def __init__(self, graph, settings):
        self.graph, self.settings = graph, settings
        self.config = {"configurable": {"thread_id": "t"}}

    def say(self, text: str) -> dict:
        state = self.graph.invoke({"messages": [HumanMessage(content=text)]}, self.config)
        if state.get("__interrupt__"):  # the learned judge may ask for approval: give it
            state = self.graph.invoke(Command(resume={"action": "approve"}), self.config)
        return state["last_turn"]


def test_thanks_makes_an_sft_example_and_bad_takes_it_back(graph, settings) -> None:
    chat = Chat(graph, settings)
    first = chat.say("!reply 東京の人口は約1400万人です。\n東京の人口は？")
    chat.say("ありがとう！")
    store = TuningStore(settings.paths.app_db)
    assert store.effective_reward(first["request_id"])["signal"] == "thanks"
    [example] = store.examples()
    assert example.kind == "sft" and example.provenance == "agent" and example.label == first["decision"].lower()
    assert example.messages[-1]["content"] == "東京の人口は約1400万人です。"
    record_feedback(settings, "bad", first["request_id"], "数字が古い")
    assert store.effective_reward(first["request_id"])["signal"] == "bad"  # explicit wins
    assert store.examples() == []
    assert store.curation_log()[0]["reason"] == "negative_feedback"


def test_bad_answer_then_corrected_one_is_a_preference_pair(graph, settings) -> None:
    chat = Chat(graph, settings)
    chat.say("!reply Paris is the capital of Germany.\nWhat is the capital of Germany?")
    chat.say("!reply Sorry, the capital of Germany is Berlin.\nNo, that's wrong.")
    chat.say("Thanks, that works.")
    [pair] = TuningStore(settings.paths.app_db).examples(kind="preference")
    assert pair.messages[0]["content"].endswith("What is the capital of Germany?")
    assert pair.messages[1] == {"role": "assistant", "content": "Sorry, the capital of Germany is Berlin."}
    assert pair.rejected == "Paris is the capital of Germany."


def test_tool_content_needs_approval(settings, graph) -> None:
    (settings.workspace / "README").write_text("hello")
    chat = Chat(graph, settings)
    chat.say('!reply README says hello.\nsummarise README\n!tool read_file {"path": "README"}')
    chat.say("Thanks, perfect.")
    [example] = TuningStore(settings.paths.app_db).examples()
    assert example.provenance == "file" and not example.usable




def test_feedback_cli(graph, settings, monkeypatch, capsys) -> None:
    monkeypatch.setenv("AEGIS_HOME", str(settings.home))
    monkeypatch.setenv("AEGIS_MODEL_PROVIDER", "scripted")
    assert aegis(capsys, "feedback", "good")[0] == 2  # no turn yet
    turn = Chat(graph, settings).say("!reply Use `ps aux`.\nHow do I list processes?")
    assert aegis(capsys, "feedback", "bad", "nope")[0] == 2
    code, out, _ = aegis(capsys, "feedback", "good", "--json")
    assert code == 0, out
    assert json.loads(out) == {"request_id": turn["request_id"], "signal": "good", "value": 1.0, "comment": "",
                               "selected": "sft #1"}
    stats = json.loads(aegis(capsys, "data", "stats", "--json")[1])
    assert stats["rewards"] == {"explicit": {"good": 1}} and stats["kind"] == {"sft": 1}
