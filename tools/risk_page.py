"""Browser tools and the scripts they run in a page: one that only reads the page's text and structure (headings,
links, titles) is shown so by its words, and any other script may click, submit, navigate or send, and goes to a
person; one that takes the site's cookies or login tokens, or a visit to the saved-passwords page, is denied."""

from __future__ import annotations

import re

from tools.risk_paths import DENY, ActionRisk

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
# The arguments that hold a page script in browser tools' calls.
PAGE_SCRIPT_KEYS = {"function", "script", "expression", "js", "javascript", "code"}


def page_reads_only(script: str) -> bool:
    """Whether a page script only reads: it assigns nothing, calls only reading helpers and names nothing that sends,
    stores, navigates or runs text as code."""
    if _FORBIDDEN.search(script):
        return False
    if re.search(r"(?<![=!<>])=(?![=>])|\+\+|--|\+=|-=", script):  # an assignment changes the page or its state
        return False
    return all(name in _READING_CALLS for name in _CALL.findall(script))


# Page scripts that take the site's cookies or stored tokens, and page scripts that send data somewhere.
_PAGE_SECRETS = re.compile(r"document\.cookie|localStorage|sessionStorage|indexedDB|\.cookies\(|getAllCookies|credentials\.get")
# A page's cookies, or stored values named for a login (`localStorage.getItem('auth_token')`), read out of the page.
_PAGE_LOGIN = re.compile(r"document\.cookie|\.cookies\(|getAllCookies|credentials\.get|cookieStore|\.\.\.\s*(?:local|session)Storage|"
                         r"(?:local|session)Storage(?:\.getItem\(\s*['\"`]|\[\s*['\"`]|\.)[\w.-]*(?:token|auth|session|jwt|secret|pass|key|sid)",
                         re.I)
# Browser pages that show saved passwords and payment details.
_PASSWORD_PAGES = re.compile(r"^(?:chrome|edge|brave|opera|vivaldi)://(?:password-manager|settings/(?:passwords|autofill|payments))|"
                             r"^about:logins|^(?:chrome|edge)://wallet", re.I)
_PAGE_SENDS = re.compile(r"fetch\(|XMLHttpRequest|sendBeacon|new\s+Image|\.src\s*=|location(?:\.href)?\s*=|WebSocket|\.submit\(|"
                         r"window\.open\(|axios|\$\.(?:post|get|ajax)")


def page_risks(label: str, texts: list[str]) -> list[ActionRisk]:
    """A browser tool whose arguments (`texts`) take a site's cookies or login tokens, or open the saved-passwords
    page."""
    joined = " ".join(texts)
    risks = []
    if _PAGE_SECRETS.search(joined) and _PAGE_SENDS.search(joined) or _PAGE_LOGIN.search(joined):
        risks.append(ActionRisk(DENY, "secrets", f"{label} takes the site's cookies or stored login tokens", "act.mcp.page_secrets"))
    if any(_PASSWORD_PAGES.search(v) for v in texts):
        risks.append(ActionRisk(DENY, "secrets", f"{label} opens the browser's saved passwords", "act.mcp.password_page"))
    return risks

