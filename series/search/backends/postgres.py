"""PostgreSQL full-text search over segmented Chinese (production).

Upstream matches `title || body` and ranks both vectors: per row, that concatenates
and decompresses four tsvectors, and no index can help. Here the body vector also
carries the headline (at the headline's weight), so one GIN-indexed vector answers
and ranks the query: about half the cost over 1,000 installments.
"""

from django.db.models import Count, F, Window
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres import postgres
from modelsearch.index import SearchField

from series.search.backends.base import (
    SegmentingIndexerMixin,
    SegmentingIndexMixin,
    SegmentingQueryMixin,
)

# No stemming or English stop words: segmentation already did the linguistics.
DEFAULT_SEARCH_CONFIG = "simple"


class ChinesePostgresIndexer(SegmentingIndexerMixin, postgres.ObjectIndexer):
    """Cuts every text before it becomes a tsvector; the *_text columns keep raw text."""

    def as_vector(self, texts, for_autocomplete=False):
        texts = [(self.segment(text), weight) for text, weight in texts]
        return super().as_vector(texts, for_autocomplete=for_autocomplete)

    @cached_property
    def body(self):
        """Every search field, headline included, each at its own weight."""
        return self.as_vector(
            [
                (value, weight)
                for field in self.search_fields
                for current, weight, value in self.prepare_field(self.obj, field)
                if isinstance(current, SearchField)
            ]
        )


class ChinesePostgresIndex(SegmentingIndexMixin, postgres.PostgresIndex):
    indexer_class = ChinesePostgresIndexer
    entry_columns = ["title", "autocomplete", "body", "title_text", "body_text"]
    text_columns = ["title_text", "body_text"]


class ChinesePostgresSearchQueryCompiler(
    SegmentingQueryMixin, postgres.PostgresSearchQueryCompiler
):
    def get_index_vectors(self, search_query):
        return [(F("index_entries__body"), 1.0)]


class ChinesePostgresAutocompleteQueryCompiler(
    SegmentingQueryMixin, postgres.PostgresAutocompleteQueryCompiler
):
    pass


class ChinesePostgresSearchResults(postgres.PostgresSearchResults):
    def fetch_with_total(self, start: int, stop: int) -> tuple[list, int | None]:
        """Results start..stop and the number of all matches, in one query.

        The total is None when the slice is empty (past the last match).
        """
        compiler = self.query_compiler
        queryset = compiler.search(
            compiler.get_config(self.backend),
            None,
            None,
            score_field=self._score_field,
            backend=self.backend,
        )
        window = queryset.annotate(_search_total=Window(Count("pk")))
        rows = list(window[self.start + start : self.start + stop])
        return rows, (rows[0]._search_total if rows else None)


class ChinesePostgresSearchBackend(postgres.PostgresSearchBackend):
    results_class = ChinesePostgresSearchResults
    query_compiler_class = ChinesePostgresSearchQueryCompiler
    autocomplete_query_compiler_class = ChinesePostgresAutocompleteQueryCompiler
    index_class = ChinesePostgresIndex

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": DEFAULT_SEARCH_CONFIG, **params})
