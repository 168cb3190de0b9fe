"""SQLite FTS5 search over segmented Chinese (local development and tests).

FTS5 ranks with bm25 over three columns (autocomplete, body, title) and upstream gives
them equal weight, so a headline match would not outrank a body match. Here the title
column carries the headline and every field boosted to HEADING_BOOST or more (the
deck), and bm25 weighs that column TITLE_COLUMN_WEIGHT times the others.
"""

from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import BM25
from modelsearch.index import SearchField

from series.search.backends.base import (
    SegmentingIndexerMixin,
    SegmentingIndexMixin,
    SegmentingQueryMixin,
)

HEADING_BOOST = 3
TITLE_COLUMN_WEIGHT = 10.0


def is_heading(field: SearchField) -> bool:
    return field.field_name == "title" or (field.boost or 0) >= HEADING_BOOST


class ChineseSQLiteIndexer(SegmentingIndexerMixin, sqlite.ObjectIndexer):
    def _search_texts(self, *, headings: bool) -> str:
        texts = [
            value
            for field in self.search_fields
            for current, value in self.prepare_field(self.obj, field)
            if isinstance(current, SearchField) and is_heading(current) == headings
        ]
        return self.segment(" ".join(texts))

    @cached_property
    def title(self):
        return self._search_texts(headings=True)

    @cached_property
    def body(self):
        return self._search_texts(headings=False)

    @cached_property
    def autocomplete(self):
        return self.segment(sqlite.ObjectIndexer.autocomplete.func(self))


class ChineseSQLiteIndex(SegmentingIndexMixin, sqlite.SQLiteIndex):
    indexer_class = ChineseSQLiteIndexer
    entry_columns = ["title", "autocomplete", "body"]
    text_columns = ["title", "body"]


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        table = sqlite.SQLiteFTSIndexEntry._meta.db_table
        # Column order is the FTS table's: autocomplete, body, title.
        return f"bm25({table}, 1.0, 1.0, {TITLE_COLUMN_WEIGHT})", []


class ChineseSQLiteSearchQueryCompiler(
    SegmentingQueryMixin, sqlite.SQLiteSearchQueryCompiler
):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # bm25 scores the whole MATCH at once, and it is negative (lower is better):
        # upstream's per-subquery products turn And ranks positive, best last.
        return WeightedBM25()


class ChineseSQLiteAutocompleteQueryCompiler(
    SegmentingQueryMixin, sqlite.SQLiteAutocompleteQueryCompiler
):
    pass


class ChineseSQLiteSearchBackend(sqlite.SQLiteSearchBackend):
    query_compiler_class = ChineseSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = ChineseSQLiteAutocompleteQueryCompiler
    index_class = ChineseSQLiteIndex
