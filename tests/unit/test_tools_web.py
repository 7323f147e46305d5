"""web_search on ddgs: without a network it returns a clear error to the model and the turn goes on."""

from __future__ import annotations

import pytest

from tests.unit.tool_helpers import ask
from tools import web


@pytest.fixture
def offline(monkeypatch):
    # The real ddgs client, forced through a proxy that refuses every connection.
    monkeypatch.setenv("DDGS_PROXY", "http://127.0.0.1:9")


def test_web_search_offline_is_a_clear_error(offline):
    out = web.web_search("langgraph interrupts", timeout_s=2)
    assert out.startswith("error: web search failed")
    assert "could not be reached" in out


def test_empty_query_is_an_error():
    assert web.web_search("  ").startswith("error: empty query")


def test_turn_goes_on_without_the_web(session, offline):
    result = ask(session, 'what is new in langgraph?\n!tool web_search {"query": "langgraph release notes"}')
    assert result.pending_approval is None  # searching is ALLOW; its results are untrusted
    assert 'untrusted source="web_search"' in result.answer
    assert "error: web search failed" in result.answer
