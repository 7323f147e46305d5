"""Rewards per turn and the tuning data they select.

Explicit: `/good`, `/bad [comment]` and `aegis feedback` (value +1 / -1; replaces any earlier
explicit verdict on the turn). Implicit: the user's next message about the previous answer:
a correction or a rephrasing is negative, thanks is positive, building on it is weakly positive.

The signal reads only *what the next message says about the answer*: never how many turns
followed, how long the user wrote, or how long the answer was. Arguing with an answer ("that's
wrong", "本当に？") is a correction, so provocative answers that draw long debates score
negative; building on an answer (+0.3) stays below the SFT threshold, so engagement alone
never makes training data; only thanks or an explicit /good do."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from agent.settings import Settings
from memory.tuning_store import TuningStore
from training.curation import Candidate, Rules, admit, jaccard, shingles

EXPLICIT = {"good": 1.0, "bad": -1.0}


@dataclass(frozen=True)
class Signal:
    signal: str  # correction | rephrase | thanks | build_on
    value: float
    reason: str


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_CORRECTION = _any(
    r"^(no|nope|wrong|incorrect)\b", r"\b(that'?s|this is|it'?s|that is) (not (right|correct|true|what)|wrong|incorrect)",
    r"\bnot what i (asked|meant|wanted|said)", r"\bi (said|asked for|meant|wanted)\b", r"\byou (misunderstood|got it wrong|are wrong|'re wrong)",
    r"\bi disagree\b", r"\b(doesn'?t|does not|didn'?t|did not) work\b", r"\breally\?", r"\bare you sure\b",
    r"違う|ちがう|違います|そうじゃな|間違|誤り|正しくない|じゃなくて|ではなくて|ではなく",
    r"そういう意味じゃ|聞いたのは|言ったのは|おかしい|本当に[?？]|嘘でしょ|動かない|できない[よね]",
)
_REPHRASE = _any(
    r"\blet me rephrase\b", r"\bin other words\b", r"\bwhat i meant\b", r"\bi mean\b", r"\bto clarify\b", r"\b(ask(ing)?( you)?|try) again\b",
    r"言い換えると|言い直|もう一度|つまり.*(のこと|という意味)|改めて",
)
_THANKS = _any(
    r"\b(thanks|thank you|thx|perfect|great answer|awesome|that works|that helped|works now|much appreciated)\b", r"^exactly\b",
    r"ありがと|助かり|助かった|完璧|さすが|バッチリ|ばっちり|うまくいった|解決しました|いいね|わかりやすい",
)
_BUILD_ON = _any(
    r"^(and|also|now|next|then|ok(ay)?,? (now|next|and|can|so))\b", r"\b(follow[- ]up|building on|based on that|using that|next step)\b",
    r"^(じゃあ|では|それで|次に|ついでに|さらに|あと|それなら|なるほど)", r"それを使って|その上で|続けて",
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def detect_implicit(previous_user: str, previous_answer: str, user_text: str) -> Signal | None:
    """What the new message says about the previous answer, or None when it says nothing.
    Negative cues win over positive ones ("thanks, but that's wrong" is a correction)."""
    text = _norm(user_text)
    if not text or not previous_answer.strip() or text.startswith("/"):
        return None
    if _CORRECTION.search(text):
        return Signal("correction", -0.6, "the user corrected or disputed the answer")
    similar = bool(previous_user.strip()) and jaccard(shingles(previous_user), shingles(text)) >= 0.5
    if _REPHRASE.search(text) or similar:
        return Signal("rephrase", -0.4, "the user asked again in other words")
    if _THANKS.search(text):
        return Signal("thanks", 0.6, "the user thanked or confirmed the answer")
    if _BUILD_ON.search(text):
        return Signal("build_on", 0.3, "the user built on the answer")
    return None


def provenance_of(tools: list[str]) -> str:
    """Where a turn's answer may have taken content from: the world's content needs approval."""
    if any(t.startswith("mcp__") for t in tools):
        return "mcp"
    if any(t.startswith("web") for t in tools):
        return "web"
    if any(t in ("shell", "read_file", "list_dir") for t in tools):
        return "file"
    return "agent"


def _store(settings: Settings) -> TuningStore:
    return TuningStore(settings.paths.app_db)


def record_turn_rewards(settings: Settings, request_id: str, user_text: str, answer: str,
                        previous_turn: dict[str, Any] | None, *, decision: str = "",
                        tools: list[str] | None = None, prompt_version: str = "") -> dict[str, Any] | None:
    """Called once per finished turn. Notes the turn, then reads the new message as a reward for
    the previous turn (`previous_turn` is the state's `last_turn` before this turn replaces it).
    Returns the implicit reward recorded, if any."""
    store = _store(settings)
    store.note_turn(request_id, settings.session, decision, tools or [], prompt_version)
    if not previous_turn or not previous_turn.get("request_id"):
        return None
    prev_id = previous_turn["request_id"]
    prev_user, prev_answer = store.turn_texts(prev_id)
    signal = detect_implicit(prev_user, previous_turn.get("answer") or prev_answer, user_text)
    if signal is None:
        return None
    store.add_reward(prev_id, settings.session, "implicit", signal.signal, signal.value, signal.reason)
    select_data(settings, prev_id)
    return {"request_id": prev_id, "signal": signal.signal, "value": signal.value}


def record_feedback(settings: Settings, verdict: str, request_id: str | None = None,
                    comment: str = "") -> dict[str, Any]:
    """`/good`, `/bad [comment]`, `aegis feedback`: on the given turn, or the latest one."""
    if verdict not in EXPLICIT:
        raise ValueError("feedback is `good` or `bad`")
    store = _store(settings)
    rid = request_id or store.latest_request(settings.session)
    if not rid:
        raise LookupError("there is no turn to give feedback on yet")
    if store.turn_texts(rid) == ("", ""):
        raise LookupError(f"no turn with request id {rid}")
    store.add_reward(rid, settings.session, "explicit", verdict, EXPLICIT[verdict], comment.strip())
    selected = select_data(settings, rid)
    return {"request_id": rid, "signal": verdict, "value": EXPLICIT[verdict], "comment": comment.strip(),
            "selected": selected}


def select_data(settings: Settings, request_id: str) -> str:
    """Turn a rewarded turn into tuning data: a positive turn becomes an SFT candidate, or the
    chosen side of a preference pair when it corrected a turn the user rejected; a negative
    turn takes back any example made from it. Returns what happened, in a word or two."""
    store = _store(settings)
    rules = Rules.of(settings.improve)
    reward = store.effective_reward(request_id)
    if reward is None:
        return "none"
    if reward["value"] < 0:
        taken = [ex.id for ex in store.examples(status="active") if request_id in ex.request_ids and ex.provenance == "agent"]
        for example_id in taken:
            store.remove(example_id, "negative_feedback", f"turn {request_id} was rated {reward['signal']}")
        return f"removed {len(taken)}" if taken else "none"
    if reward["value"] < settings.improve.sft_min_reward or store.has_request(request_id):
        return "none"
    user, answer = store.turn_texts(request_id)
    meta = store.turn_meta(request_id) or {}
    tools = list(meta.get("tools", []))
    label = (meta.get("decision") or "chat").lower()
    previous = store.previous_request(request_id)
    prev_reward = store.effective_reward(previous) if previous else None
    if previous and prev_reward and prev_reward["value"] < 0:
        prev_user, prev_answer = store.turn_texts(previous)
        tools += (store.turn_meta(previous) or {}).get("tools", [])
        candidate = Candidate(
            messages=[{"role": "user", "content": prev_user}, {"role": "assistant", "content": answer}],
            rejected=prev_answer, kind="preference", provenance=provenance_of(tools), label=label,
            reward=reward["value"], request_ids=[previous, request_id])
    else:
        candidate = Candidate(
            messages=[{"role": "user", "content": user}, {"role": "assistant", "content": answer}],
            provenance=provenance_of(tools), label=label, reward=reward["value"], request_ids=[request_id])
    result = admit(store, candidate, rules)
    return f"{candidate.kind} #{result.example_id}" if result.example_id else f"dropped: {result.reason}"
