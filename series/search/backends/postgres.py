"""PostgreSQL full-text search over segmented Chinese (production)."""

from modelsearch.backends.database.postgres import postgres

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


class ChinesePostgresIndex(SegmentingIndexMixin, postgres.PostgresIndex):
    indexer_class = ChinesePostgresIndexer
    entry_columns = ["title", "autocomplete", "body", "title_text", "body_text"]
    text_columns = ["title_text", "body_text"]

    def entry_values(self, indexer) -> dict:
        return {column: getattr(indexer, column) for column in self.entry_columns}


class ChinesePostgresSearchQueryCompiler(
    SegmentingQueryMixin, postgres.PostgresSearchQueryCompiler
):
    pass


class ChinesePostgresAutocompleteQueryCompiler(
    SegmentingQueryMixin, postgres.PostgresAutocompleteQueryCompiler
):
    pass


class ChinesePostgresSearchBackend(postgres.PostgresSearchBackend):
    query_compiler_class = ChinesePostgresSearchQueryCompiler
    autocomplete_query_compiler_class = ChinesePostgresAutocompleteQueryCompiler
    index_class = ChinesePostgresIndex

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": DEFAULT_SEARCH_CONFIG, **params})
