"""The bounded window + rolling summary, the transcript, and checkpoint pruning."""

from __future__ import annotations

import sqlite3

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage


def test_window_stays_bounded_and_summary_rolls(settings):
    from agent.session import LocalSession

    settings.history.window = 4
    settings.history.evict_batch = 2
    s = LocalSession(settings)
    try:
        for i in range(12):
            s.ask(f"message number {i}")
        values = s.graph.get_state(s.config).values
        assert len(values["messages"]) <= 4 + 2
        assert values["messages"][-1].content == "[scripted] heard: message number 11"
        assert "[scripted summary]" in values["summary"]
        assert "message number 0" in values["summary"]
        entries = s.services.transcript.last()
        assert [e.content for e in entries if e.role == "user"] == [f"message number {i}" for i in range(12)]
    finally:
        s.close()


def test_tool_scratch_messages_leave_the_window(session, workspace):
    (workspace / "f.txt").write_text("data")
    session.ask('!tool read_file {"path": "f.txt"}')
    messages = session.graph.get_state(session.config).values["messages"]
    assert not any(isinstance(m, ToolMessage) for m in messages)
    assert not any(isinstance(m, AIMessage) and m.tool_calls for m in messages)
    assert [type(m) for m in messages] == [HumanMessage, AIMessage]


def test_old_checkpoints_are_pruned(settings):
    from agent.session import LocalSession

    settings.history.keep_checkpoints = 5
    s = LocalSession(settings)
    try:
        for i in range(30):
            s.ask(f"turn {i}")
    finally:
        s.close()
    conn = sqlite3.connect(settings.paths.state_db)
    (count,) = conn.execute("SELECT COUNT(*) FROM checkpoints").fetchone()
    (writes_orphans,) = conn.execute(
        "SELECT COUNT(*) FROM writes WHERE checkpoint_id NOT IN (SELECT checkpoint_id FROM checkpoints)").fetchone()
    conn.close()
    assert count <= 5 + 8  # keep, plus at most one prune interval written since the last prune
    assert writes_orphans == 0


def test_session_survives_reopen(settings):
    from agent.session import LocalSession

    s = LocalSession(settings)
    s.ask("remember the word kiwi")
    s.close()
    again = LocalSession(settings)
    try:
        values = again.graph.get_state(again.config).values
        assert values["messages"][0].content == "remember the word kiwi"
        assert again.ask("next").answer == "[scripted] heard: next"
        assert again.services.transcript.turns() == 2
    finally:
        again.close()
