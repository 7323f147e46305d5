"""Terms for the lexical channel: English words and CJK character bigrams in one index.

Japanese has no spaces, so a word tokenizer sees a whole sentence as one token; overlapping
character bigrams are the usual dictionary-free answer. A run is first cut where the script
changes: content words are mostly kanji or katakana, while hiragana stretches are mostly
particles and endings (の, は, です, ました) whose bigrams match everything, so they are
indexed only when a run has nothing else. Latin words are stemmed later by SQLite FTS5's
porter tokenizer."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006\u30fc"
_TERM = re.compile(rf"[{_CJK}]+|[a-z0-9]+(?:'[a-z]+)?")
_CJK_RUN = re.compile(rf"[{_CJK}]+")
_HIRAGANA = re.compile(r"[\u3040-\u309f]+")
_SCRIPT_SEGMENT = re.compile(r"[\u3040-\u309f]+|[\u30a0-\u30ff\u30fc]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006]+")

# Function words that say nothing about a memory's topic.
STOPWORDS = frozenset("""
a about after again all also am an and any are as at be because been before being both but by
can could did do does doing don down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself
no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through
to too under until up very was we were what when where which while who whom why will with would
you your yours yourself yourselves s t ll ve re d m o y
""".split())


def terms(text: str) -> list[str]:
    """Index terms of `text`, in order, repeats kept (they count for BM25 term frequency)."""
    text = unicodedata.normalize("NFKC", text).lower()
    out: list[str] = []
    for match in _TERM.finditer(text):
        token = match.group()
        if _CJK_RUN.fullmatch(token):
            segments = _SCRIPT_SEGMENT.findall(token)
            if not _HIRAGANA.fullmatch(token):
                segments = [seg for seg in segments if not _HIRAGANA.fullmatch(seg)]
            for seg in segments:
                out.extend([seg] if len(seg) == 1 else [seg[i : i + 2] for i in range(len(seg) - 1)])
        else:
            token = token.split("'", 1)[0]
            if token not in STOPWORDS:
                out.append(token)
    return out


_PORTER = snowballstemmer.stemmer("porter")


@lru_cache(maxsize=65536)
def stem(term: str) -> str:
    """The form FTS5's porter tokenizer indexes `term` under (the same Porter algorithm), so that
    document frequencies can be counted per stem: "shared", "shares" and "sharing" are one
    posting list there, and a budget that counted them apart would let one query read 40,000."""
    return term if _CJK_RUN.fullmatch(term) else _PORTER.stemWord(term)


def fts_query(text: str, limit: int = 64) -> str:
    """An FTS5 MATCH expression: any of the query's distinct terms (BM25 ranks the matches)."""
    unique = list(dict.fromkeys(terms(text)))[:limit]
    return " OR ".join(f'"{t}"' for t in unique)
