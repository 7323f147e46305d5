"""The request judge: hard rules first, then (when one is trained) the learned safety head."""

from __future__ import annotations

from typing import Protocol

from training.safety.rules import match_request
from training.safety.verdict import Decision, Verdict


class RequestJudge(Protocol):
    def judge(self, text: str) -> Verdict: ...


class RuleRequestJudge:
    """Rules only: what decides until a learned head is available."""

    def judge(self, text: str) -> Verdict:
        verdict = match_request(text)
        if verdict is not None:
            return verdict
        return Verdict(Decision.ALLOW, "none", 0.6, "No safety rule matched the request.", "default")


def load_request_judge() -> RequestJudge:
    return RuleRequestJudge()
