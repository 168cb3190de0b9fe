"""Substring search for databases without full-text search (SQLite without FTS5).

It matches raw field text, so only the query needs cutting into words.
"""

from modelsearch.backends.database import fallback

from series.search.backends.base import SegmentingQueryMixin


class ChineseFallbackSearchQueryCompiler(
    SegmentingQueryMixin, fallback.DatabaseSearchQueryCompiler
):
    pass


class ChineseFallbackSearchBackend(fallback.DatabaseSearchBackend):
    query_compiler_class = ChineseFallbackSearchQueryCompiler
    autocomplete_query_compiler_class = ChineseFallbackSearchQueryCompiler
