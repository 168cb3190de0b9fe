"""The passage a reader searched for, and a ranking that rewards the phrase.

A result shows the window of text (about 80–120 characters, cut at sentence or
clause boundaries) holding the most distinct query terms, adjacent and in query order
if possible, the whole phrase when it occurs; a second window when the terms are far
apart. Windows are cut from one piece of the body (a paragraph, heading, caption,
quote, key figure or sidebar paragraph; series.body_format.text_pieces): a section
heading never runs into the next paragraph.

The same scores rerank the backend's first results (`RerankedResults`): the phrase in
the headline beats the phrase in the deck, which beats the phrase in the text, which
beats terms scattered; ties go to the newest installment. It runs in Python on both
databases, so PostgreSQL and SQLite rank alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.safestring import SafeString

from series.body_format import text_pieces
from series.search.highlight import ELLIPSIS, marked_spans, render_marked

MIN_WINDOW, MAX_WINDOW = 80, 120
MAX_PASSAGES = 2
# How many of the backend's best matches are reranked (one query fetches them).
RERANK_DEPTH = 20

_SENTENCE_END = re.compile(r"(?<=[。！？!?；;…])")
_CLAUSE_END = re.compile(r"(?<=[，、：,:])")
PIECE_LABELS = {
    "deck": "导语",
    "standfirst": "导语",
    "heading": "小标题",
    "subheading": "小标题",
    "caption": "图片说明",
    "pull_quote": "引语",
    "key_figure": "关键数据",
    "commentary_title": "短评",
    "commentary": "短评",
}


@dataclass(frozen=True)
class Passage:
    label: str
    html: SafeString
    terms: frozenset[str]
    score: float


@dataclass(frozen=True)
class Window:
    text: str
    start: int
    end: int


def compact(terms: list[str]) -> str:
    """The query as the copy would print it: its terms without spaces."""
    return "".join(terms)


def _cuts(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of the sentences (or clauses) of `text`, delimiters kept."""
    bounds, start = [], 0
    for match in pattern.finditer(text):
        if match.start() > start:
            bounds.append((start, match.start()))
            start = match.start()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _windows(text: str, focus: int) -> Window:
    """The sentences around position `focus`, as many as fit in MAX_WINDOW."""
    if len(text) <= MAX_WINDOW:
        return Window(text, 0, len(text))
    for pattern in (_SENTENCE_END, _CLAUSE_END):
        units = _cuts(text, pattern)
        index = next(i for i, (a, b) in enumerate(units) if a <= focus < b)
        start, end = units[index]
        if end - start > MAX_WINDOW:
            continue  # one sentence too long: try its clauses
        low, high = index, index
        while True:
            grew = False
            if high + 1 < len(units) and units[high + 1][1] - start <= MAX_WINDOW:
                high += 1
                end = units[high][1]
                grew = True
            if end - start >= MIN_WINDOW:
                break
            if low > 0 and end - units[low - 1][0] <= MAX_WINDOW:
                low -= 1
                start = units[low][0]
                grew = True
            if not grew or end - start >= MIN_WINDOW:
                break
        return Window(text[start:end], start, end)
    # No boundary near enough: a plain cut around the match.
    start = max(0, min(focus - MAX_WINDOW // 3, len(text) - MAX_WINDOW))
    return Window(text[start : start + MAX_WINDOW], start, start + MAX_WINDOW)


def _score(text: str, spans, terms: list[str], query: str) -> tuple[float, frozenset]:
    """Distinct terms, then the whole phrase, then terms adjacent and in order."""
    lowered = text.lower()
    found = frozenset(term for term in terms if term in lowered)
    if not spans and not found:
        return 0.0, found
    score = 10.0 * len(found)
    if len(terms) > 1 and query and query in lowered:
        score += 15
    for first, second in zip(terms, terms[1:], strict=False):
        if first + second in lowered:
            score += 3
    return score, found


class PageText:
    """One installment's readable pieces, with their kinds.

    Read once per page object: ranking and passages both need them.
    """

    ATTRIBUTE = "_search_pieces"

    def __init__(self, page):
        self.page = page

    @property
    def pieces(self) -> list[tuple[str, str]]:
        cached = getattr(self.page, self.ATTRIBUTE, None)
        if cached is None:
            cached = self._read()
            setattr(self.page, self.ATTRIBUTE, cached)
        return cached

    def _read(self) -> list[tuple[str, str]]:
        page = self.page
        pieces = [("deck", page.deck or ""), ("standfirst", page.standfirst or "")]
        pieces += list(text_pieces(page.body.raw_data if page.body else []))
        return [(kind, " ".join(text.split())) for kind, text in pieces if text]


def best_passages(page, terms: list[str], phrase: str = "") -> list[Passage]:
    """Up to two passages of `page` for `terms`, best first.

    `terms` are the words to find (synonyms included); `phrase` is the query as
    typed, without spaces (defaults to the terms run together).
    """
    query = phrase or compact(terms)
    pieces = PageText(page).pieces
    candidates = _candidates(pieces, terms, query, convert=False)
    if not candidates:  # copy in traditional characters or full-width letters
        candidates = _candidates(pieces, terms, query, convert=True)
    candidates.sort(key=lambda passage: -passage.score)
    if not candidates:
        return _opening(page, terms)
    chosen = [candidates[0]]
    missing = set(terms) - chosen[0].terms
    for passage in candidates[1:]:
        if len(chosen) == MAX_PASSAGES or not missing:
            break
        if passage.terms & missing:
            chosen.append(passage)
            missing -= passage.terms
    return chosen


def _candidates(pieces, terms, query, *, convert: bool) -> list[Passage]:
    candidates = []
    for kind, text in pieces:
        spans = marked_spans(text, terms, convert=convert)
        if not spans:
            continue
        best = window_score = None
        # Try a window around each match: the first is not always the best.
        for start, _end in spans[:8]:
            candidate = _windows(text, start)
            score, found = _score(candidate.text, spans, terms, query)
            if best is None or score > window_score[0]:
                best, window_score = candidate, (score, found)
        candidates.append(
            _passage(kind, text, best, terms, *window_score, convert=convert)
        )
    return candidates


def _passage(kind, text, window: Window, terms, score, found, convert=True) -> Passage:
    body = render_marked(window.text, terms, convert=convert)
    prefix = ELLIPSIS if window.start > 0 else ""
    suffix = ELLIPSIS if window.end < len(text) else ""
    html = SafeString(prefix + body + suffix)
    return Passage(PIECE_LABELS.get(kind, ""), html, found, score)


def _opening(page, terms) -> list[Passage]:
    """No piece matched (a name in the bylines, say): the opening of the text."""
    pieces = PageText(page).pieces
    if not pieces:
        return []
    kind, text = next(((k, t) for k, t in pieces if k == "paragraph"), pieces[0])
    window = _windows(text, 0)
    return [_passage(kind, text, window, terms, 0.0, frozenset(), convert=False)]


# ---------------------------------------------------------------- ranking


def relevance(page, terms: list[str], phrase: str = "") -> float:
    """How well `page` answers the query: phrase and place of the match first."""
    query = phrase or compact(terms)
    title, deck = (page.title or "").lower(), (page.deck or "").lower()
    score = 0.0
    if len(terms) > 1:
        score += 80 * (query in title) + 50 * (query in deck)
    score += 20 * all(term in title for term in terms)
    score += 8 * all(term in deck for term in terms)
    best = 0.0
    for _kind, text in PageText(page).pieces:
        lowered = text.lower()
        if len(terms) > 1 and query in lowered:
            best = max(best, 40.0)
            break
        for sentence in _SENTENCE_END.split(lowered):
            found = sum(term in sentence for term in terms)
            if found:
                best = max(best, 30.0 * found / len(terms))
    return score + best


class RerankedResults:
    """A ranked result set whose first RERANK_DEPTH results are reordered by
    `relevance`, newest first on ties; later results keep the backend's order."""

    def __init__(self, results, terms: list[str], phrase: str = ""):
        self.results, self.terms, self.phrase = results, terms, phrase
        self._head: list | None = None
        self._total: int | None = None

    def _read_head(self) -> list:
        if self._head is None:
            if hasattr(self.results, "fetch_with_total"):
                head, self._total = self.results.fetch_with_total(0, RERANK_DEPTH)
            else:
                head = list(self.results[:RERANK_DEPTH])
            self._head = sorted(head, key=self._key)
        return self._head

    def _key(self, page):
        published = (
            page.first_published_at.timestamp() if page.first_published_at else 0
        )
        return (-relevance(page, self.terms, self.phrase), -published)

    def count(self) -> int:
        if self._total is None:
            self._total = self.results.count()
        return self._total

    def fetch_with_total(self, low: int, high: int):
        return self[low:high], self.count()

    def __getitem__(self, key: slice) -> list:
        start, stop = key.start or 0, key.stop
        if stop is not None and stop <= RERANK_DEPTH:
            return self._read_head()[start:stop]
        if start >= RERANK_DEPTH:
            return list(self.results[start:stop])
        return self._read_head()[start:] + list(self.results[RERANK_DEPTH:stop])
