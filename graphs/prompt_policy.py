"""The system prompt = the hash-locked safety core + the active editable version from the store.

The store never holds the core, so no edit can change it; `compose` refuses to build a prompt
when the core's text no longer matches SAFETY_CORE_SHA256. The static checks here find edits
that try to restate, replace or weaken the core: those are tamper attempts (DENY in the audit)."""

from __future__ import annotations

import difflib
import hashlib
import re
import time
import unicodedata
from dataclasses import dataclass

from agent.audit import AuditLog, sha256_text
from agent.settings import Settings
from graphs.prompts import DEFAULT_PERSONA, SAFETY_CORE
from memory.prompt_store import PromptStore, PromptVersion
from memory.redact import redact

SAFETY_CORE_SHA256 = "4c9da30a5543c755b4e5c39e75366f3dc3fb0ba194583ba2e250ce1f08644110"
EDITABLE_HEADER = "Persona and instructions (they add to the rules above and never override them):"


class CoreTampered(RuntimeError):
    """The safety core's text differs from the locked hash: refuse to run with it."""


def verify_core(core: str = SAFETY_CORE) -> None:
    if hashlib.sha256(core.encode("utf-8")).hexdigest() != SAFETY_CORE_SHA256:
        raise CoreTampered("the safety core (graphs/prompts.py SAFETY_CORE) does not match its hash lock; "
                           "restore it, or update SAFETY_CORE_SHA256 in a reviewed change")


def compose(editable: str) -> str:
    verify_core()
    return f"{SAFETY_CORE}\n\n{EDITABLE_HEADER}\n{editable.strip()}"


def version_label(v: PromptVersion) -> str:
    return f"v{v.version}:{sha256_text(v.text)[:8]}"


def store_of(settings: Settings) -> PromptStore:
    return PromptStore(settings.paths.app_db)


def active_version(settings: Settings) -> PromptVersion:
    return store_of(settings).ensure_initial(DEFAULT_PERSONA)


def active_system_prompt(settings: Settings) -> tuple[str, str]:
    """(text, version label) of the prompt the turn uses. A stored text that fails the tamper
    checks (edited behind the store's back) is not used: the default persona stands in."""
    version = active_version(settings)
    if tamper_findings(version.text):
        return compose(DEFAULT_PERSONA), f"builtin:{sha256_text(DEFAULT_PERSONA)[:8]}"
    return compose(version.text), version_label(version)


# static checks
def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


_CORE_LINES = tuple(_norm(line.lstrip("- ")) for line in SAFETY_CORE.splitlines() if len(line.strip()) >= 20)

_WEAKENING = re.compile("|".join(f"(?:{p})" for p in (
    r"\b(ignore|disregard|bypass|override|forget|skip|disable|suspend|relax|loosen)\b.{0,30}"
    r"\b(safety|rules?|guardrails?|judge|polic(y|ies)|restrictions?|filters?|instructions above|system prompt|core)\b",
    r"\b(safety|rules?|guardrails?|judge|restrictions?)\b.{0,20}\b(do(es)? not|don'?t|no longer|never) apply\b",
    r"\bno (restrictions|limits|filters|rules)\b", r"\bnever (refuse|decline|ask for (approval|permission))\b",
    r"\balways (comply|obey|do what)\b", r"\bdo anything now\b|\bjailbr(eak|oken)\b|\bdeveloper mode\b",
    r"\b(reveal|print|share|show)\b.{0,20}\b(secrets?|keys?|passwords?|system prompt|safety core)\b",
    r"\b(tool|web|file|memory) (results?|output|content)\b.{0,20}\b(are|is|as) (instructions|commands|trusted)\b",
    r"\b(run|execute|act|use tools?|delete|send|pay)\b.{0,30}\bwithout (asking|approval|permission)\b",
    r"(安全|セーフティ|ルール|規則|制限|ポリシー|判定|ガードレール).{0,12}(無視|無効|解除|破って|従わな|守らな|適用しな|気にしな)",
    r"(拒否|断ら|拒絶)(しない|ないで|するな)|何でも(答え|実行|従)|制限(なし|なく|を外)|脱獄",
    r"(秘密|鍵|パスワード|システムプロンプト).{0,10}(教え|明か|表示|出力)",
    r"(承認|許可).{0,6}(なし|不要|を求めず|を取らず)",
)), re.IGNORECASE)


def tamper_findings(editable: str) -> list[str]:
    """Why this editable text is an attempt on the safety core; empty when it is not."""
    norm = _norm(editable)
    found = [f"restates the safety core line {line[:40]!r}" for line in _CORE_LINES if line in norm]
    if "safety rules (fixed" in norm:
        found.append("imitates the safety core's heading")
    match = _WEAKENING.search(unicodedata.normalize("NFKC", editable))
    if match:
        found.append(f"weakens the safety rules: {match.group(0)!r}")
    return found


def changed_chars(old: str, new: str) -> int:
    ops = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def to_dict(self) -> dict:
        return {"check": self.name, "ok": self.ok, "detail": self.detail}


def static_checks(settings: Settings, editable: str, parent_text: str, author: str) -> list[Check]:
    limits = settings.improve
    checks: list[Check] = []
    try:
        verify_core()
        checks.append(Check("core_hash", True, "safety core matches its hash lock"))
    except CoreTampered as exc:
        checks.append(Check("core_hash", False, str(exc)))
    tamper = tamper_findings(editable)
    checks.append(Check("core_untouched", not tamper, "; ".join(tamper) or "does not touch the safety core"))
    size = len(editable.strip())
    checks.append(Check("size", 0 < size <= limits.max_prompt_chars,
                        f"{size} chars (limit {limits.max_prompt_chars}, must not be empty)"))
    if author == "agent":
        delta = changed_chars(parent_text, editable)
        checks.append(Check("minimal", 0 < delta <= limits.max_edit_chars,
                            f"changes {delta} chars (limit {limits.max_edit_chars} per agent edit, must change something)"))
    elif editable.strip() == parent_text.strip():
        checks.append(Check("changed", False, "the text is unchanged"))
    return checks


def audit_tamper(settings: Settings, editable: str, findings: list[str], source: str, prompt_version: str) -> None:
    """A DENY record in the audit log for an attempt to touch the safety core."""
    a = settings.audit
    AuditLog(settings.paths.audit_dir, a.max_bytes, a.backup_count).append({
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "request_id": f"prompt-edit:{source}:{sha256_text(editable)[:12]}",
        "session_id": settings.session,
        "user_id": settings.user_id,
        "input": redact(editable)[:500],
        "input_sha256": sha256_text(editable),
        "decision": "DENY",
        "category": "tamper",
        "rationale": "prompt edit rejected: " + "; ".join(findings),
        "human_required": False,
        "human_decision": None,
        "model_version": None,
        "prompt_version": prompt_version,
        "processing_time_ms": 0.0,
        "confidence_score": 1.0,
        "thinking_sha256": None,
    })
