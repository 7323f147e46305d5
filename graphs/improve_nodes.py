"""Node functions of the `improve` graph: collect -> propose -> gate -> commit | reject -> curate.

A proposal is made only from what the user said about answers: the comment of a `/bad`, or a
correction that states a standing preference ("これからは…", "from now on …"). Without such a
lesson the run changes nothing. The model may rewrite the prompt (critique, then rewrite); when
its reply is unusable, the lessons are added as bullets under "Learned preferences:"."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, TypedDict

from langchain_core.messages import HumanMessage, SystemMessage

from agent.settings import Settings
from graphs.nodes.common import text_of
from graphs.prompt_gate import GateResult, evaluate, finalize
from graphs.prompt_policy import active_version, changed_chars, store_of
from memory.redact import redact
from memory.tuning_store import TuningStore
from training.curation import Rules, curate

LEARNED_HEADER = "Learned preferences:"
MAX_LESSON_CHARS = 200

REWRITE_PROMPT = """\
You maintain the editable part of an assistant's system prompt (persona, instructions, learned
preferences). A fixed safety section precedes it; you never see, restate or weaken it.
First critique: which user feedback shows a lasting preference? Then rewrite the editable part
with the smallest change that honours it; keep every other line as it is.
Reply exactly in this form:
CRITIQUE: <one short paragraph citing the turn ids>
PROMPT:
<the complete new editable part>"""

_STANDING = re.compile(
    r"これからは|今後|以後|いつも|常に|毎回|やめて|しないで|ないでください|ようにして|でお願い|で答えて|で書いて"
    r"|\bfrom now on\b|\bin (the )?future\b|\balways\b|\bnever\b|\bdon'?t\b|\bdo not\b|\bstop\b"
    r"|\bplease (use|answer|write|reply|be|keep)\b", re.IGNORECASE)
_REPLY = re.compile(r"CRITIQUE:\s*(?P<critique>.*?)\n\s*PROMPT:\s*\n(?P<prompt>.+)", re.S)


class ImproveState(TypedDict, total=False):
    trigger: str
    run_id: int
    turns: list[dict[str, Any]]  # request_id, user, answer, reward
    current: dict[str, Any]  # version, text
    lessons: list[dict[str, Any]]  # text, request_ids, source
    proposal: dict[str, Any] | None  # text, rationale, evidence, method
    gate: dict[str, Any]
    outcome: str  # committed | rejected | no_change
    detail: str
    version: int | None
    proposal_id: int | None
    curation: dict[str, int]


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", redact(text))).strip()
    return text[:MAX_LESSON_CHARS]


def extract_lessons(turns: list[dict[str, Any]], current_text: str) -> list[dict[str, Any]]:
    """Lasting preferences the user expressed about answers, not yet in the prompt."""
    lessons: list[dict[str, Any]] = []
    seen = {_clean(line.lstrip("- ")).lower() for line in current_text.splitlines()}
    for i, turn in enumerate(turns):
        reward = turn.get("reward")
        if not reward or reward["value"] >= 0:
            continue
        ids = [turn["request_id"]]
        if reward["source"] == "explicit" and reward.get("comment"):
            text, source = reward["comment"], "feedback comment"
        elif i + 1 < len(turns) and _STANDING.search(turns[i + 1]["user"]):
            text, source = turns[i + 1]["user"], "correction"
            ids.append(turns[i + 1]["request_id"])
        else:
            continue
        text = _clean(text)
        if text and text.lower() not in seen:
            seen.add(text.lower())
            lessons.append({"text": text, "request_ids": ids, "source": source})
    return lessons


def add_learned(text: str, lessons: list[str]) -> str:
    """The minimal edit: lessons as bullets under the learned-preferences heading."""
    body = text.rstrip()
    if LEARNED_HEADER not in body:
        body += f"\n\n{LEARNED_HEADER}"
    return body + "".join(f"\n- {lesson}" for lesson in lessons)


def make_collect(settings: Settings):
    def collect(state: ImproveState) -> dict:
        """Recent turns with their rewards, and the active prompt version."""
        run_id = state.get("run_id") or store_of(settings).start_run(state.get("trigger", "manual"))
        tuning = TuningStore(settings.paths.app_db)
        turns = tuning.recent_turns(settings.session, settings.improve.recent_turns)
        for turn in turns:
            turn["reward"] = tuning.effective_reward(turn["request_id"])
        current = active_version(settings)
        return {"run_id": run_id, "turns": turns, "current": {"version": current.version, "text": current.text}}

    return collect


def make_propose(settings: Settings, provider_of):
    def rewrite(current: str, lessons: list[dict[str, Any]], turns: list[dict[str, Any]]) -> tuple[str, str] | None:
        cited = {rid for lesson in lessons for rid in lesson["request_ids"]}
        lines = [f"- turn {t['request_id'][:8]}: user: {t['user'][:200]!r}; answer: {t['answer'][:200]!r}; "
                 f"feedback: {t['reward']['signal'] if t.get('reward') else 'none'}"
                 for t in turns if t["request_id"] in cited]
        ask = (f"Current editable part:\n<<<\n{current}\n>>>\n\nTurns with feedback:\n" + "\n".join(lines)
               + "\n\nLessons:\n" + "\n".join(f"- {lesson['text']}" for lesson in lessons))
        try:
            reply = text_of(provider_of().model.invoke([SystemMessage(content=REWRITE_PROMPT), HumanMessage(content=ask)]))
        except Exception:  # a model that cannot answer leaves the deterministic edit
            return None
        m = _REPLY.search(reply)
        if not m:
            return None
        new = m.group("prompt").strip().strip("<>").strip()
        if not new or changed_chars(current, new) > settings.improve.max_edit_chars:
            return None
        return new, m.group("critique").strip()

    def propose(state: ImproveState) -> dict:
        """Critique, then the smallest rewrite that honours the lessons, with a rationale."""
        current = state["current"]["text"]
        lessons = extract_lessons(state.get("turns", []), current)
        if not lessons:
            negatives = sum(1 for t in state.get("turns", []) if t.get("reward") and t["reward"]["value"] < 0)
            detail = (f"{negatives} negative turn(s), none stating a lasting preference" if negatives
                      else "no negative feedback to learn from")
            return {"lessons": [], "proposal": None, "outcome": "no_change", "detail": detail}
        rewritten = rewrite(current, lessons, state.get("turns", []))
        if rewritten:
            text, critique = rewritten
            method = "model"
        else:
            text, critique = add_learned(current, [lesson["text"] for lesson in lessons]), ""
            method = "append"
        cites = ", ".join(f"{lesson['source']} on turn {lesson['request_ids'][0][:8]}: {lesson['text']!r}" for lesson in lessons)
        rationale = (critique + " " if critique else "") + f"Learned from {cites}."
        evidence = {"lessons": lessons, "turns": [
            {"request_id": t["request_id"], "user": t["user"][:200], "answer": t["answer"][:200], "reward": t["reward"]}
            for t in state.get("turns", []) if any(t["request_id"] in lesson["request_ids"] for lesson in lessons)]}
        return {"lessons": lessons, "proposal": {"text": text, "rationale": rationale, "evidence": evidence, "method": method}}

    return propose


def route_after_propose(state: ImproveState) -> str:
    return "gate" if state.get("proposal") else "curate"


def make_gate(settings: Settings, provider_of):
    def gate(state: ImproveState) -> dict:
        """Safety core unchanged, size and minimality, judge, safety regression suite."""
        result = evaluate(settings, provider_of(), state["proposal"]["text"], state["current"]["text"], "agent")
        return {"gate": result.to_dict()}

    return gate


def route_after_gate(state: ImproveState) -> str:
    return "commit" if state["gate"]["passed"] else "reject"


def make_decide(settings: Settings):
    def decide(state: ImproveState) -> dict:
        """Commit the new version, or record the rejected proposal with its reason."""
        proposal = state["proposal"]
        outcome = finalize(settings, proposal["text"], GateResult.from_dict(state["gate"]),
                           parent=state["current"]["version"], author="agent", source="improve",
                           rationale=proposal["rationale"], evidence=proposal["evidence"])
        detail = f"v{outcome.version}: {proposal['rationale']}" if outcome.version else outcome.reason
        return {"outcome": outcome.status, "detail": detail, "version": outcome.version,
                "proposal_id": outcome.proposal_id}

    return decide


def make_curate(settings: Settings):
    def curate_data(state: ImproveState) -> dict:
        """Dedupe, quality, outliers, class balance over the tuning data; close the run."""
        tuning = TuningStore(settings.paths.app_db)
        removed = curate(tuning, Rules.of(settings.improve))
        counts = tuning.counts()
        report = {"turns": len(state.get("turns", [])), "lessons": len(state.get("lessons", [])),
                  "removed": removed, "examples": counts["active"], "gate": state.get("gate", {}).get("reason"),
                  "training": launch_training(settings)}
        store_of(settings).finish_run(state["run_id"], status="done", outcome=state.get("outcome", "no_change"),
                                      detail=state.get("detail", ""), proposal_id=state.get("proposal_id"),
                                      version=state.get("version"), report=report)
        return {"curation": removed}

    return curate_data


def launch_training(settings: Settings) -> str:
    """After curation: start (or resume) a detached LoRA / QLoRA run when at least
    `train.min_new_examples` new curated train examples arrived since the last run. Never blocks
    and never raises; returns what it did for the run report."""
    from training.lora.runs import maybe_launch

    return maybe_launch(settings)
