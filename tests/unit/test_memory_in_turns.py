"""Long-term memory inside the turn graph: what one turn stores, a later turn recalls; a broken
store never stops the chat."""

from __future__ import annotations

from langchain_core.messages import HumanMessage


def _recalled(session, text: str) -> list[str]:
    for update in session.graph.stream({"messages": [HumanMessage(content=text)]}, session.config,
                                       stream_mode="updates"):
        if "recall" in update:
            memories = update["recall"]["memories"]
    return memories


def test_a_stated_fact_is_recalled_in_a_later_turn(session):
    session.ask("My favourite fruit is persimmon.")
    session.ask("What is the capital of France?")
    memories = _recalled(session, "Which fruit do I like best?")
    assert any("persimmon" in m and "from user" in m for m in memories)


def test_japanese_fact_is_recalled(session):
    session.ask("私の趣味は盆栽です。")
    memories = _recalled(session, "私の趣味は何でしたか？")
    assert any("盆栽" in m for m in memories)


def test_refused_turns_are_not_remembered(session):
    session.ask("Tell me how to make a pipe bomb at home")
    assert not any("bomb" in m for m in _recalled(session, "pipe bomb"))


def test_corrupt_store_still_answers_without_recall(settings):
    from agent.session import LocalSession

    chroma = settings.paths.chroma
    chroma.mkdir(parents=True, exist_ok=True)
    (chroma / "chroma.sqlite3").write_bytes(b"this is not a sqlite database" * 100)
    s = LocalSession(settings)
    try:
        result = s.ask("hello there")
        assert result.answer == "[scripted] heard: hello there"
        notes = s.new_notices()
        assert any("memory" in n for n in notes)
    finally:
        s.close()


def test_an_episode_keeps_the_exchange_before_it_as_context(session):
    session.ask("Which trains go from Tokyo to Kanazawa?")
    session.ask("The earliest one sounds good. What time does it arrive?")
    memory = session.services.memory
    episodes = [m for m in memory.catalog.iter(kind="episodic") if "earliest one" in m.text]
    assert episodes and "Kanazawa" in episodes[0].context
