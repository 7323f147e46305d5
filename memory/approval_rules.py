"""Standing approvals ("always allow this") in `aegis.db`.

A rule approves an ESCALATE action without asking, for one workspace and one tool, either for
the exact arguments (canonical JSON) or for arguments matching a glob pattern. The policy never
consults rules for a DENY, so no rule can cover one. Rules are revoked, never deleted, so the
history of what was allowed stays readable."""

from __future__ import annotations

import fnmatch
import json
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Float, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from memory.appdb import Base, engine_for

# A pattern rule for `shell` covers only one simple command: nothing chained, piped,
# substituted or redirected can ride along on `git status*`.
_SHELL_META = re.compile(r"[;&|<>`$(){}\n\r\\]")
_SUBJECT_KEY = {"shell": "command", "read_file": "path", "list_dir": "path", "write_file": "path",
                "edit_file": "path", "web_search": "query"}
_IGNORED_KEYS = {"web_search": ("max_results",), "write_file": ("content",), "edit_file": ("old", "new")}


class RuleError(ValueError):
    """A rule that cannot be made (one line for the user)."""


class ApprovalRuleRow(Base):
    __tablename__ = "approval_rules"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace: Mapped[str] = mapped_column(String(1000))
    tool: Mapped[str] = mapped_column(String(200))
    args_json: Mapped[str | None] = mapped_column(Text, nullable=True)  # exact rule
    pattern: Mapped[str | None] = mapped_column(Text, nullable=True)  # glob rule
    created: Mapped[float] = mapped_column(Float)
    created_by: Mapped[str] = mapped_column(String(64))  # request id of the approval
    revoked: Mapped[float | None] = mapped_column(Float, nullable=True)

    __table_args__ = (Index("ix_approval_rules_ws_tool", "workspace", "tool"),)


@dataclass(frozen=True)
class ApprovalRule:
    id: int
    workspace: str
    tool: str
    args: dict[str, Any] | None
    pattern: str | None
    created: float
    created_by: str
    revoked: float | None

    @property
    def kind(self) -> str:
        return "exact" if self.pattern is None else "pattern"

    def describe(self) -> str:
        what = self.pattern if self.pattern is not None else canonical(self.args or {})
        return f"#{self.id} {self.tool} {self.kind} {what!s} in {self.workspace}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = self.kind
        return data


def canonical(args: dict[str, Any]) -> str:
    return json.dumps(args, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def subject(tool: str, args: dict[str, Any]) -> str:
    """The text a pattern is matched against: the command of `shell`, the path of file tools
    (whatever the content), the query of `web_search`, else the canonical JSON of all arguments."""
    key = _SUBJECT_KEY.get(tool)
    if key is not None and isinstance(args.get(key), str) and set(args) <= {key, *_IGNORED_KEYS.get(tool, ())}:
        return args[key]
    return canonical(args)


def pattern_matches(tool: str, pattern: str, args: dict[str, Any]) -> bool:
    text = subject(tool, args)
    if tool == "shell" and _SHELL_META.search(text):
        return False
    return fnmatch.fnmatchcase(text, pattern)


def _row(r: ApprovalRuleRow) -> ApprovalRule:
    return ApprovalRule(r.id, r.workspace, r.tool, json.loads(r.args_json) if r.args_json is not None else None,
                        r.pattern, r.created, r.created_by, r.revoked)


def _ws(workspace: Path | str) -> str:
    return str(Path(workspace).expanduser().resolve())


class ApprovalRules:
    def __init__(self, db_path: Path):
        self.engine = engine_for(db_path)
        ApprovalRuleRow.__table__.create(self.engine, checkfirst=True)

    def add(self, workspace: Path | str, tool: str, *, args: dict[str, Any] | None = None,
            pattern: str | None = None, request_id: str = "") -> tuple[ApprovalRule, bool]:
        """(rule, created): an identical active rule is returned instead of a second copy."""
        if (args is None) == (pattern is None):
            raise RuleError("a rule needs exact arguments or a pattern, not both")
        if pattern is not None:
            pattern = pattern.strip()
            if not pattern or pattern.strip("*?") == "":
                raise RuleError("the pattern must name something; a bare `*` would allow every call")
        ws = _ws(workspace)
        args_json = canonical(args) if args is not None else None
        with Session(self.engine) as s, s.begin():
            q = select(ApprovalRuleRow).where(
                ApprovalRuleRow.workspace == ws, ApprovalRuleRow.tool == tool, ApprovalRuleRow.revoked.is_(None),
                ApprovalRuleRow.args_json.is_(None) if args_json is None else ApprovalRuleRow.args_json == args_json,
                ApprovalRuleRow.pattern.is_(None) if pattern is None else ApprovalRuleRow.pattern == pattern)
            existing = s.scalars(q).first()
            if existing is not None:
                return _row(existing), False
            row = ApprovalRuleRow(workspace=ws, tool=tool, args_json=args_json, pattern=pattern,
                                  created=time.time(), created_by=request_id or "", revoked=None)
            s.add(row)
            s.flush()
            return _row(row), True

    def list(self, include_revoked: bool = False, workspace: Path | str | None = None) -> list[ApprovalRule]:
        with Session(self.engine) as s:
            q = select(ApprovalRuleRow).order_by(ApprovalRuleRow.id)
            if not include_revoked:
                q = q.where(ApprovalRuleRow.revoked.is_(None))
            if workspace is not None:
                q = q.where(ApprovalRuleRow.workspace == _ws(workspace))
            return [_row(r) for r in s.scalars(q)]

    def get(self, rule_id: int) -> ApprovalRule | None:
        with Session(self.engine) as s:
            row = s.get(ApprovalRuleRow, rule_id)
            return _row(row) if row is not None else None

    def revoke(self, rule_id: int) -> ApprovalRule | None:
        """The revoked rule; None when there is no such active rule."""
        with Session(self.engine) as s, s.begin():
            row = s.get(ApprovalRuleRow, rule_id)
            if row is None or row.revoked is not None:
                return None
            row.revoked = time.time()
            s.flush()
            return _row(row)

    def match(self, workspace: Path | str, tool: str, args: dict[str, Any]) -> ApprovalRule | None:
        """The first active rule of this workspace that covers the call (exact rules first)."""
        ws = _ws(workspace)
        with Session(self.engine) as s:
            rows = list(s.scalars(select(ApprovalRuleRow).where(
                ApprovalRuleRow.workspace == ws, ApprovalRuleRow.tool == tool, ApprovalRuleRow.revoked.is_(None))
                .order_by(ApprovalRuleRow.id)))
        exact = canonical(args)
        for r in rows:
            if r.args_json is not None and r.args_json == exact:
                return _row(r)
        for r in rows:
            if r.pattern is not None and pattern_matches(tool, r.pattern, args):
                return _row(r)
        return None
