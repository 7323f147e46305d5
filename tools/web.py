"""The `web_search` tool: DuckDuckGo through `ddgs` (or the older `duckduckgo-search`).

Results are titles, URLs and snippets. Every failure (no network, rate limit, package missing)
comes back as one line of text the model can read, so the turn goes on without the web."""

from __future__ import annotations

from typing import Any

DEFAULT_TIMEOUT_S = 5.0
DEFAULT_RESULTS = 5
MAX_RESULTS = 20


class WebSearchError(RuntimeError):
    """A search that could not run; the message is what the model is told."""


def _client(timeout_s: float):
    try:
        from ddgs import DDGS
    except ImportError:
        try:
            from duckduckgo_search import DDGS  # type: ignore[no-redef]
        except ImportError:
            raise WebSearchError("web search is not installed: install the `ddgs` package") from None
    return DDGS(timeout=max(1, round(timeout_s)))


def search(query: str, max_results: int = DEFAULT_RESULTS, timeout_s: float = DEFAULT_TIMEOUT_S) -> list[dict[str, str]]:
    """Raw results: [{title, url, snippet}]. Raises WebSearchError with a one-line reason."""
    query = (query or "").strip()
    if not query:
        raise WebSearchError("empty query: give the words to search for")
    n = max(1, min(int(max_results or DEFAULT_RESULTS), MAX_RESULTS))
    try:
        rows: list[dict[str, Any]] = list(_client(timeout_s).text(query, max_results=n) or [])
    except WebSearchError:
        raise
    except Exception as exc:  # ddgs raises its own exceptions for DNS, timeouts, rate limits
        reason = " ".join(str(exc).split())[:200] or type(exc).__name__
        low = reason.lower()
        kind = "no network" if any(w in low for w in ("dns", "connect", "resolv", "network", "unreachable")) \
            else "timed out" if "timeout" in low or "timed out" in low else "search error"
        raise WebSearchError(f"web search failed ({kind}): {reason[:160]}. Answer without web results "
                             "and say that the web could not be reached.") from None
    return [{"title": str(r.get("title", "")).strip(), "url": str(r.get("href") or r.get("url") or ""),
             "snippet": " ".join(str(r.get("body") or r.get("snippet") or "").split())} for r in rows]


def web_search(query: str, max_results: int = DEFAULT_RESULTS, timeout_s: float = DEFAULT_TIMEOUT_S,
               limit: int = 16_000) -> str:
    """Results as text for the model; an error is text too (starting with `error:`)."""
    try:
        rows = search(query, max_results, timeout_s)
    except WebSearchError as exc:
        return f"error: {exc}"
    if not rows:
        return f"no results for {query!r}"
    lines = [f"{i}. {r['title']}\n   {r['url']}\n   {r['snippet']}" for i, r in enumerate(rows, 1)]
    text = "\n".join(lines)
    return text if len(text) <= limit else text[:limit] + f"\n[output truncated: showed {limit} of {len(text)} characters]"
