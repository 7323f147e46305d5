"""The SafetyJudge seen by the graph: one verdict per request and one per proposed action.
The request side is whatever `training.safety` provides (rules now, a learned head later); the
action side is the rule set in `tools.risk`. Swapping either never touches the graph."""

from __future__ import annotations

from typing import Any

from tools.risk import ActionContext, assess_action
from training.safety.judge import RequestJudge, load_request_judge
from training.safety.verdict import Decision, Verdict


class SafetyJudge:
    def __init__(self, requests: RequestJudge, context: ActionContext):
        self.requests = requests
        self.context = context

    def judge_request(self, text: str) -> Verdict:
        return self.requests.judge(text)

    def judge_action(self, tool: str, args: dict[str, Any]) -> Verdict:
        risk = assess_action(tool, args, self.context)
        return Verdict(Decision(risk.decision), risk.category, 0.99, risk.rationale, f"rule:{risk.rule_id}")


def load_judge(context: ActionContext, settings=None) -> SafetyJudge:
    return SafetyJudge(load_request_judge(settings, home=context.aegis_home), context)
