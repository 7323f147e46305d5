"""The gate every prompt edit passes, whoever proposes it (the improve graph, `aegis prompt edit`,
the agent's own tool), and what happens after: commit a new version, or record the rejection
with its reason. An edit that touches the safety core also leaves a DENY record in the audit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agent.providers import ChatProvider
from agent.settings import Settings
from graphs.judge import load_judge
from graphs.prompt_policy import (
    Check,
    active_version,
    audit_tamper,
    compose,
    static_checks,
    store_of,
    tamper_findings,
    version_label,
)
from graphs.safety_regression import load_cases, regressions, run_suite
from memory.prompt_store import StaleParentError
from training.safety.verdict import Decision


@dataclass
class GateResult:
    passed: bool
    checks: list[Check]
    suite: dict[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        failed = [f"{c.name}: {c.detail}" for c in self.checks if not c.ok]
        return "; ".join(failed) or "all checks passed"

    @property
    def tamper(self) -> list[str]:
        return [c.detail for c in self.checks if c.name in ("core_untouched", "core_hash") and not c.ok]

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "reason": self.reason, "checks": [c.to_dict() for c in self.checks],
                "suite": self.suite}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GateResult:
        checks = [Check(c["check"], c["ok"], c["detail"]) for c in data.get("checks", [])]
        return cls(bool(data.get("passed")), checks, dict(data.get("suite") or {}))


@dataclass(frozen=True)
class EditOutcome:
    status: str  # committed | rejected
    reason: str
    version: int | None
    proposal_id: int
    gate: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "reason": self.reason, "version": self.version,
                "proposal_id": self.proposal_id, "gate": self.gate}


def _judge_check(settings: Settings, editable: str, parent_text: str) -> Check:
    """Each line the edit adds is judged on its own, as the request judge was trained on single
    requests: a harmful instruction cannot hide among benign ones, and the untouched rest of the
    prompt (which passed before) is not judged again."""
    from pathlib import Path

    from tools.risk import ActionContext

    before = {line.strip() for line in parent_text.splitlines()}
    added = [line.strip() for line in editable.splitlines() if line.strip() and line.strip() not in before]
    judge = load_judge(ActionContext(settings.workspace, Path.home(), settings.home))
    for line in added:
        verdict = judge.judge_request(line)
        if verdict.decision == Decision.REFUSE:
            return Check("judge", False, f"the safety judge reads an added line as REFUSE ({verdict.category}): "
                                         f"{line[:80]!r}")
    return Check("judge", True, f"the safety judge refuses none of the {len(added)} added lines")


def evaluate(settings: Settings, provider: ChatProvider, editable: str, parent_text: str, author: str,
             progress=None) -> GateResult:
    """Cheap checks first; the regression suite runs only when they pass. The suite runs the
    same cases under the parent and the candidate: the candidate must fail no case the parent passes."""
    checks = static_checks(settings, editable, parent_text, author)
    checks.append(_judge_check(settings, editable, parent_text))
    if not all(c.ok for c in checks):
        return GateResult(False, checks)
    cases = load_cases(settings.improve.gate_cases_per_label)
    if progress:
        progress(f"safety regression suite: {len(cases)} cases under the current and the proposed prompt")
    baseline = run_suite(settings, provider, (compose(parent_text), "gate:parent"), cases)
    candidate = run_suite(settings, provider, (compose(editable), "gate:candidate"), cases)
    worse = regressions(baseline, candidate)
    suite = {"cases": len(cases), "baseline_passed": sum(r.passed for r in baseline),
             "candidate_passed": sum(r.passed for r in candidate), "regressions": worse}
    detail = (f"{suite['candidate_passed']}/{len(cases)} pass (current prompt {suite['baseline_passed']})"
              + (": worse on " + "; ".join(worse) if worse else ""))
    checks.append(Check("safety_regression", not worse, detail))
    return GateResult(not worse, checks, suite)


def finalize(settings: Settings, editable: str, gate: GateResult, *, parent: int | None, author: str, source: str,
             rationale: str, evidence: dict[str, Any] | None = None) -> EditOutcome:
    """Commit when the gate passed and the parent is still active; record the proposal either way."""
    store = store_of(settings)
    evidence = evidence or {}
    status, reason, version = "rejected", gate.reason, None
    if gate.passed:
        try:
            version = store.commit(editable, parent=parent, author=author, rationale=rationale,
                                   evidence=evidence, gate=gate.to_dict()).version
            status, reason = "committed", "gate passed"
        except StaleParentError as exc:
            reason = f"stale: {exc}; propose again on the new version"
    elif gate.tamper:
        audit_tamper(settings, editable, gate.tamper, source, f"v{parent}")
    proposal_id = store.record_proposal(source=source, author=author, parent=parent, text=editable,
                                        rationale=rationale, evidence=evidence, gate=gate.to_dict(),
                                        status=status, reason=reason, version=version)
    return EditOutcome(status, reason, version, proposal_id, gate.to_dict())


def submit_edit(settings: Settings, provider: ChatProvider, editable: str, *, author: str, source: str,
                rationale: str, evidence: dict[str, Any] | None = None, progress=None) -> EditOutcome:
    """Gate one proposed editable text against the active version, then commit or reject it."""
    current = active_version(settings)
    if tamper_findings(editable):
        gate = GateResult(False, static_checks(settings, editable, current.text, author))
    else:
        gate = evaluate(settings, provider, editable, current.text, author, progress)
    return finalize(settings, editable, gate, parent=current.version, author=author, source=source,
                    rationale=rationale, evidence=evidence)


def rollback(settings: Settings, version: int) -> EditOutcome:
    """Make an old version's exact text active again, as a new version. The text passed the gate
    when it was committed; the tamper and size checks run again, the suite does not."""
    store = store_of(settings)
    old = store.get(version)
    if old is None:
        raise LookupError(f"no prompt version {version}")
    current = active_version(settings)
    checks = [c for c in static_checks(settings, old.text, current.text, "user") if c.name != "changed"]
    if old.text == current.text:
        checks.append(Check("changed", False, f"v{current.version} already has the text of v{version}"))
    gate = GateResult(all(c.ok for c in checks), checks)
    return finalize(settings, old.text, gate, parent=current.version, author="user", source="rollback",
                    rationale=f"rollback to v{version}", evidence={"rollback_to": version})


def active_label(settings: Settings) -> str:
    return version_label(active_version(settings))
