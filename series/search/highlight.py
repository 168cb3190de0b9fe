"""Snippets and <mark> highlighting for search results.

Copy is text, never HTML: every piece of it is escaped here, and only the <mark>
tags we add ourselves are markup. Terms come from segment.query_terms (simplified,
lower case); text is compared in the same normalized form so traditional or
upper-case copy still lights up.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from series.search.segment import normalize

ELLIPSIS = "…"


def _comparable(text: str) -> str:
    """`text` normalized for matching, only if that keeps every character in place."""
    normalized = normalize(text)
    return normalized if len(normalized) == len(text) else text.lower()


def _pattern(terms: list[str]) -> re.Pattern | None:
    terms = sorted({term for term in terms if term}, key=len, reverse=True)
    if not terms:
        return None
    return re.compile("|".join(re.escape(term) for term in terms))


def _spans(text: str, terms: list[str], convert: bool = True) -> list[tuple[int, int]]:
    pattern = _pattern(terms)
    if pattern is None:
        return []
    # Copy is simplified: converting it (slow) only pays when a term went unmatched.
    lowered = text.lower()
    lowered = lowered if len(lowered) == len(text) else text
    matches = list(pattern.finditer(lowered))
    if convert and len({match.group() for match in matches}) < len(set(terms)):
        matches = list(pattern.finditer(_comparable(text)))
    return [match.span() for match in matches]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching matches as one span: 超导 + 线材 -> 超导线材."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def marked_spans(
    text: str, terms: list[str], *, convert: bool = True
) -> list[tuple[int, int]]:
    """What to <mark> in `text`: whole runs of matched terms, in text order.

    A lone single character (a numeral inside another word, say) is not marked
    unless the query itself is one character: it would light up noise. With
    `convert=False` only lower-casing is tried (traditional copy is rare and
    converting every piece of every result is slow).
    """
    spans = _merged(_spans(text, terms, convert))
    if len("".join(terms)) <= 1:
        return spans
    return [(start, end) for start, end in spans if end - start > 1]


def _marked(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    pieces, cursor = [], 0
    for start, end in spans:
        start, end = start - offset, end - offset
        pieces.append(escape(text[cursor:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(escape(text[cursor:]))
    return "".join(pieces)


def render_marked(text: str, terms: list[str], *, convert: bool = True) -> str:
    """`text` escaped, with its matched runs in <mark> (a str of safe HTML)."""
    return _marked(text, marked_spans(text, terms, convert=convert))


def highlight(text: str, terms: list[str]) -> SafeString:
    """All of `text`, escaped, with every run of matched terms wrapped in <mark>."""
    return mark_safe(render_marked(text, terms))  # noqa: S308 - escaped in _marked
