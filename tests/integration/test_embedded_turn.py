"""One real turn on the embedded SmolLM2-135M (llama-cpp-python). Checks the plumbing, never the
quality of the answer."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ask_json, run_aegis

pytestmark = pytest.mark.integration


def test_one_real_turn_on_the_embedded_model(env):
    real = env | {"AEGIS_MODEL_PROVIDER": "llamacpp", "AEGIS_MODEL_MAX_TOKENS": "24"}
    code, data = ask_json("Write one short sentence about the sea.", real)
    assert code == 0
    assert data["decision"] == "ALLOW" and isinstance(data["answer"], str) and data["answer"].strip()
    status = json.loads(run_aegis(["status", "--json"], real).stdout)
    assert status["model"] == "llamacpp:SmolLM2-135M-Instruct.Q4_1"
    assert run_aegis(["audit", "verify"], real).returncode == 0


def test_streamed_tokens_are_the_answer(settings):
    from agent.session import LocalSession

    settings.model.provider = "llamacpp"
    settings.model.max_tokens = 24
    session = LocalSession(settings)
    pieces: list[str] = []
    try:
        result = session.ask("Name a colour.", on_token=pieces.append)
    finally:
        session.close()
    assert len(pieces) > 1
    assert "".join(pieces).strip() == result.answer
