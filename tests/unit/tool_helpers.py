"""Helpers for the tool/policy graph tests (not a test module)."""

from __future__ import annotations


def settle(session, result):
    """The learned safety head may escalate harmless requests while it is being retrained:
    approve request-level escalations so the tests can assert the action-level decisions exactly."""
    while result.pending_approval is not None and result.pending_approval["kind"] == "request":
        result = session.resume({"action": "approve"})
    return result


def ask(session, text):
    return settle(session, session.ask(text))


def resume(session, reply):
    return settle(session, session.resume(reply))


def last_actions(session) -> list[dict]:
    """The action records of the last finished turn, from the audit log's human_decision or the
    checkpoint (cleared at turn end), so read them from the latest state history that has them."""
    for snap in session.graph.get_state_history(session.config):
        if snap.values.get("actions"):
            return snap.values["actions"]
    return []
