"""Scripts a browser tool runs in a page: one that only reads the page's text and structure (headings, links, titles)
is shown so by its words; any other script may click, submit, navigate or send, and goes to a person."""

from __future__ import annotations

import re

# What a reading script may call: DOM queries, array and string helpers, JSON and number conversions.
_READING_CALLS = {"querySelector", "querySelectorAll", "getElementById", "getElementsByTagName", "getElementsByClassName",
                  "getElementsByName", "closest", "matches", "getAttribute", "hasAttribute", "getComputedStyle",
                  "getBoundingClientRect", "from", "map", "filter", "find", "some", "every", "slice", "join", "concat",
                  "includes", "indexOf", "at", "flat", "flatMap", "reduce", "trim", "split", "replace", "replaceAll",
                  "toLowerCase", "toUpperCase", "startsWith", "endsWith", "match", "keys", "values", "entries",
                  "stringify", "parse", "Number", "String", "Boolean", "parseInt", "parseFloat", "item", "substring",
                  "padStart", "padEnd", "toFixed", "Set", "isArray", "assign", "fromEntries"}
_FORBIDDEN = re.compile(r"cookie|Storage|indexedDB|fetch|XMLHttpRequest|sendBeacon|WebSocket|EventSource|import|eval|"
                        r"Function|constructor|prototype|__proto__|location|navigator|open|click|submit|focus|dispatch|"
                        r"postMessage|innerHTML|outerHTML|insertAdjacent|write|remove|append|prepend|Attribute\s*\(\s*['\"]on|"
                        r"credentials|clipboard|history|Worker|setTimeout|setInterval|requestAnimationFrame|crypto|`",
                        re.I)
_CALL = re.compile(r"([A-Za-z_$][\w$]*)\s*\(")


def page_reads_only(script: str) -> bool:
    """Whether a page script only reads: it assigns nothing, calls only reading helpers and names nothing that sends,
    stores, navigates or runs text as code."""
    if _FORBIDDEN.search(script):
        return False
    if re.search(r"(?<![=!<>])=(?![=>])|\+\+|--|\+=|-=", script):  # an assignment changes the page or its state
        return False
    return all(name in _READING_CALLS for name in _CALL.findall(script))
