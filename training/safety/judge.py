"""The request judge: hard rules first, then the learned safety head.

Both read the request as a person sees it (`readable`), and judge each text hidden in its base64
runs as a request of its own; the strictest verdict stands (`judge_with_hidden_parts`). A request that
mixes Japanese and other sentences is also read one language at a time (`language_parts`): a part the
judge would not allow sends an allowed request to a person.

Order of authority: a REFUSE rule is final. An ESCALATE rule stands unless the head, retrained
on human approvals, is confident the request is harmless (`ALLOW.act`). Without a rule, the
head's calibrated probabilities meet two thresholds per class (see `decide`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from training.safety.feedback import safety_home
from training.safety.head import PACKAGED_DIR, REVIEW_FLOOR, HeadOutput, SafetyHead, locate_head
from training.safety.readable_text import encoded_parts, prepare, readable
from training.safety.rules import match_request
from training.safety.text_windows import language_parts
from training.safety.verdict import Decision, Verdict

if TYPE_CHECKING:
    from agent.settings import Settings


class RequestJudge(Protocol):
    def judge(self, text: str) -> Verdict: ...


def judge_with_hidden_parts(judge_readable: Callable[[str], Verdict], text: str) -> Verdict:
    """`judge_readable` on the readable form of `text` and of each text its base64 runs encode; the
    strictest verdict, a hidden part's where it is as strict as the whole (it names the ask), its
    rationale saying so."""
    verdict = judge_readable(readable(text))
    for part in encoded_parts(text):
        hidden = judge_readable(readable(part))
        if hidden.decision != Decision.ALLOW and hidden.decision.severity >= verdict.decision.severity:
            verdict = replace(hidden, rationale=f"Its base64-encoded text: {hidden.rationale}")
    return verdict


class RuleRequestJudge:
    """Rules only: used when no head can be loaded."""

    def judge(self, text: str) -> Verdict:
        return judge_with_hidden_parts(self._judge_readable, text)

    @staticmethod
    def _judge_readable(text: str) -> Verdict:
        verdict = match_request(text)
        if verdict is not None:
            return verdict
        return Verdict(Decision.ALLOW, "none", 0.6, "No safety rule matched the request.", "default")


_REASONS = {
    "weapons": "it resembles requests for building weapons or explosives",
    "drugs": "it resembles requests for making or trafficking illegal drugs",
    "cyber": "it resembles requests for malware, intrusion or credential theft",
    "fraud": "it resembles requests for deceiving people for money or access",
    "harassment": "it resembles abuse, stalking or hateful content aimed at people",
    "violence": "it resembles requests for hurting or killing people or animals",
    "sexual_minors": "it resembles sexual content involving minors",
    "self_harm": "it resembles a request for a self-harm method",
    "medical": "personal medical questions need a clinician",
    "legal": "a personal legal matter needs a lawyer",
    "hr": "personnel matters need HR",
    "security": "it changes credentials, permissions or access",
    "privacy": "it discloses or compiles personal data about someone",
    "finance": "it moves money or trades",
    "other": "it is harmful or has side effects a person should approve",
}


_REFUSED_OTHER = "it resembles harmful requests such as hate, disinformation or verbatim copyrighted text"


def _reason(category: str, refused: bool = False) -> str:
    if refused and category == "other":
        return _REFUSED_OTHER
    return _REASONS.get(category, "of its content")


def decide(out: HeadOutput, head: SafetyHead) -> Verdict:
    """`act` decides outright; a review band (never below REVIEW_FLOOR) sends the request to a person.

    Text without evidence for a harmful class (greetings, numbers, everyday tasks) leaves every class
    near its prior, below the floor, and is allowed. A person is also asked when the ALLOW
    probability alone is very low (`ALLOW.review`), with the more likely harmful category."""
    p, t, source = out.decision_probs, head.thresholds, f"head:{head.version}"
    refuse_cat, escalate_cat = out.category.get("REFUSE", "other"), out.category.get("ESCALATE", "other")
    refuse_review = max(t["REFUSE"].review, REVIEW_FLOOR)
    escalate_review = max(t["ESCALATE"].review, REVIEW_FLOOR)
    if p["REFUSE"] >= t["REFUSE"].act:
        return Verdict(Decision.REFUSE, refuse_cat, p["REFUSE"],
                       f"Refused because {_reason(refuse_cat, refused=True)}.", source)
    if p["REFUSE"] >= refuse_review:
        return Verdict(Decision.ESCALATE, refuse_cat, p["REFUSE"],
                       f"A person should decide because {_reason(refuse_cat)}, though the head is unsure.", source)
    if p["ESCALATE"] >= max(t["ESCALATE"].act, escalate_review):
        return Verdict(Decision.ESCALATE, escalate_cat, p["ESCALATE"],
                       f"A person should decide because {_reason(escalate_cat)}.", source)
    if p["ESCALATE"] >= escalate_review or p["ALLOW"] < t["ALLOW"].review:
        category = escalate_cat if p["ESCALATE"] >= p["REFUSE"] else refuse_cat
        return Verdict(Decision.ESCALATE, category, 1.0 - p["ALLOW"],
                       f"A person should decide because {_reason(category)}, though the head is unsure.", source)
    return Verdict(Decision.ALLOW, "none", p["ALLOW"], "The safety head found nothing that needs a person.", source)


def _excerpt(text: str, limit: int = 60) -> str:
    return f"“{text}”" if len(text) <= limit else f"“{text[:limit - 1]}…”"


class RulesHeadJudge:
    def __init__(self, head: SafetyHead):
        self.head = head

    def judge(self, text: str) -> Verdict:
        return judge_with_hidden_parts(self._judge_readable, text)

    def _judge_readable(self, text: str) -> Verdict:
        verdict = self._judge_whole(text)
        if verdict.decision != Decision.ALLOW:
            return verdict
        for part in language_parts(text):
            judged = self._judge_whole(part)
            if judged.decision != Decision.ALLOW:
                reason = _reason(judged.category, refused=judged.decision == Decision.REFUSE)
                return Verdict(Decision.ESCALATE, judged.category, judged.confidence,
                               f"A person should decide because of one language's part of the request "
                               f"({_excerpt(part)}): {reason}.", judged.source)
        return verdict

    def _judge_whole(self, text: str) -> Verdict:
        started = self.head.begin(text)
        rule = match_request(text)
        if rule is not None and rule.decision == Decision.REFUSE:
            started.cancel()
            return rule
        out = self.head.predict(text, started)
        learned = decide(out, self.head)
        if rule is None:
            return learned
        if out.decision_probs["ALLOW"] >= self.head.thresholds["ALLOW"].act:
            return Verdict(Decision.ALLOW, "none", out.decision_probs["ALLOW"],
                           "People have approved requests like this one before.", f"head:{self.head.version}")
        return rule if rule.decision.severity >= learned.decision.severity else learned


def load_request_judge(settings: Settings | None = None, *, home: Path | None = None) -> RequestJudge:
    """Rules + the newest head: `safety.head_dir` if set, else `$AEGIS_HOME/safety/head-vN`, else packaged."""
    head_dir = settings.safety.head_dir if settings is not None else ""
    home = settings.home if settings is not None else home
    path = locate_head(head_dir, safety_home(home) if home is not None else None)
    prepare()
    try:
        return RulesHeadJudge(SafetyHead(path))
    except (OSError, KeyError, ValueError) as exc:
        if head_dir:
            raise ValueError(f"safety head {path} cannot be loaded ({exc}); retrain with `aegis safety train`") from None
        if path != PACKAGED_DIR:  # a head retrained before an upgrade: the packaged one still works
            return load_request_judge(home=None)
        return RuleRequestJudge()


__all__ = ["RequestJudge", "RuleRequestJudge", "RulesHeadJudge", "judge_with_hidden_parts", "load_request_judge",
           "decide"]
