"""The reader search service: snippet text, tiers read as one list, filters."""

import pytest

from series.body_format import commentary, paragraph, pull_quote, section
from series.search.passages import PageText
from series.search.query import TieredResults, parse_filters
from tests.factories import ThemeFactory

pytestmark = pytest.mark.django_db


def test_page_pieces_strip_rich_text_but_keep_copy_markup(make_installment):
    page = make_installment(
        deck="<未完待续>",
        standfirst="A<B & C",
        body=[
            paragraph("县域 <经济> & 产业"),
            section("人才为先", pull_quote("<b>不是标签</b>", "陈明")),
            commentary("短评", "算力与数据"),
        ],
    )
    pieces = PageText(page).pieces
    assert pieces[:2] == [("deck", "<未完待续>"), ("standfirst", "A<B & C")]
    assert ("paragraph", "县域 <经济> & 产业") in pieces
    assert ("pull_quote", "<b>不是标签</b>") in pieces
    assert ("heading", "人才为先") in pieces and ("commentary", "算力与数据") in pieces
    assert not any("<p>" in text for _kind, text in pieces)


class FakeTier(list):
    """A result set as the backend returns it: counted, then sliced."""

    def __init__(self, items):
        super().__init__(items)
        self.slices = []

    def count(self):
        return len(self)

    def __getitem__(self, key):
        self.slices.append(key)
        return list.__getitem__(self, key)


def test_tiered_results_page_across_the_boundary():
    first, second = FakeTier(range(12)), FakeTier(range(100, 105))
    results = TieredResults([first, second])
    assert results.count() == 17
    assert results[10:20] == [10, 11, 100, 101, 102, 103, 104]
    assert results[0:10] == list(range(10))
    assert second.slices == [slice(0, 5)]  # never asked for a page it has no part in


class CountingTier(FakeTier):
    """A backend that counts its matches while fetching a page (PostgreSQL)."""

    def count(self):
        raise AssertionError("read_ahead should not need a count query")

    def fetch_with_total(self, start, stop):
        rows = list.__getitem__(self, slice(start, stop))
        return rows, (len(self) if rows else None)


def test_read_ahead_counts_while_fetching():
    first, second = CountingTier(range(3)), CountingTier(range(100, 120))
    results = TieredResults([first, second])
    results.read_ahead(0, 10)
    assert results.tier_counts == [3, 20]
    assert results[0:10] == [0, 1, 2, 100, 101, 102, 103, 104, 105, 106]


def test_parse_filters_ignores_malformed_values(series):
    ThemeFactory(slug="talent")
    parsed = parse_filters(
        {"series": str(series.pk), "theme": "talent", "person": "x\x00", "place": "无"}
    )
    assert parsed.filters.series == series
    assert parsed.filters.theme.slug == "talent"
    assert parsed.filters.person is None and parsed.filters.place is None
    assert parsed.ignored == ("person", "place")
