"""The one failure the rest of AEGIS has to handle from long-term memory."""

from __future__ import annotations


class MemoryUnavailable(RuntimeError):
    """Long-term memory cannot be used right now; the message is one actionable line.
    The turn goes on without recall."""
