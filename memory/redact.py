"""Redaction of secrets and personal data before text is shown, logged or stored."""

from __future__ import annotations

import re

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("PRIVATE_KEY", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S)),
    ("API_KEY", re.compile(r"\b(sk-[A-Za-z0-9_\-]{16,}|sk-ant-[A-Za-z0-9_\-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}"
                           r"|xox[abpors]-[A-Za-z0-9\-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_\-]{35})\b")),
    ("JWT", re.compile(r"\beyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\b")),
    ("SECRET", re.compile(r"(?i)\b(password|passwd|pwd|secret|token|api[_-]?key)\s*[:=]\s*[^\s,;]{4,}")),
    ("EMAIL", re.compile(r"\b[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}\b")),
    ("CARD", re.compile(r"\b(?:\d[ \-]?){13,16}\b")),
    ("PHONE", re.compile(r"(?<![\d\-])(?:\+81[ \-]?|0)\d{1,4}[ \-]?\d{1,4}[ \-]?\d{3,4}(?![\d\-])"
                         r"|(?<![\d\-])\+?1?[ \-.]?\(?\d{3}\)?[ \-.]\d{3}[ \-.]\d{4}(?![\d\-])")),
    ("MY_NUMBER", re.compile(r"(?<!\d)\d{4}[ \-]?\d{4}[ \-]?\d{4}(?!\d)")),
)


def redact(text: str) -> str:
    """Replace each secret or personal datum with a `[REDACTED:KIND]` marker."""
    for kind, pattern in _PATTERNS:
        if kind == "SECRET":
            text = pattern.sub(lambda m: f"{m.group(1)}=[REDACTED:SECRET]", text)
        else:
            text = pattern.sub(f"[REDACTED:{kind}]", text)
    return text


def holdback(text: str) -> int:
    """How many trailing characters a streamer must hold back because a pattern could still
    be completing there (a word in progress, or a run of digits, spaces and dashes)."""
    m = re.search(r"[\w@.\-+:=/]*(?:[\d\s\-+()]*\d[\s\-]*)?$", text)
    return len(text) - m.start() if m else 0
