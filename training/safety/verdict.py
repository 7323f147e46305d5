"""The decision contract shared by the judge, the graph, the audit log and the reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Decision(StrEnum):
    ALLOW = "ALLOW"
    ESCALATE = "ESCALATE"
    DENY = "DENY"
    REFUSE = "REFUSE"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Decision.ALLOW: 0, Decision.ESCALATE: 1, Decision.DENY: 2, Decision.REFUSE: 3}


@dataclass(frozen=True)
class Verdict:
    decision: Decision
    category: str
    confidence: float
    rationale: str
    source: str  # the rule id or "head:<version>" that decided

    def to_dict(self) -> dict:
        data = asdict(self)
        data["decision"] = str(self.decision)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Verdict:
        return cls(
            decision=Decision(data["decision"]),
            category=data.get("category", "none"),
            confidence=float(data.get("confidence", 1.0)),
            rationale=data.get("rationale", ""),
            source=data.get("source", ""),
        )

