"""What the Chinese-aware database backends share: query cutting and indexing.

Upstream modelsearch has no hook for the text that goes into the index (its indexer
class is a module global), so `SegmentingIndexMixin.add_items` writes index entries
itself: same rows and columns as upstream, built by a segmenting indexer, stored with
one upsert.
"""

import re

from modelsearch.conf import get_app_config
from modelsearch.query import (
    MATCH_ALL,
    MATCH_NONE,
    And,
    Boost,
    MatchAll,
    Not,
    Or,
    Phrase,
    PlainText,
)
from modelsearch.utils import get_content_type_pk

from series.search import vocabulary
from series.search.segment import query_terms, segment_for_index

IndexEntry = get_app_config().get_model("IndexEntry", require_ready=False)


def _is_match_none(query) -> bool:
    return isinstance(query, Not) and isinstance(query.subquery, MatchAll)


def _and(subqueries: list):
    if any(_is_match_none(query) for query in subqueries):
        return MATCH_NONE
    subqueries = [query for query in subqueries if not isinstance(query, MatchAll)]
    if not subqueries:
        return MATCH_ALL
    return subqueries[0] if len(subqueries) == 1 else And(subqueries)


def _or(subqueries: list):
    if any(isinstance(query, MatchAll) for query in subqueries):
        return MATCH_ALL
    subqueries = [query for query in subqueries if not _is_match_none(query)]
    if not subqueries:
        return MATCH_NONE
    return subqueries[0] if len(subqueries) == 1 else Or(subqueries)


def segment_query(query, tokenizer):
    """The same query with every text cut into words; text with no words matches nothing.

    A text of several words becomes And/Or of one-word texts: the SQLite backend does
    not bracket the words of one text, so `(a OR b) NOT (a AND b)` would lose its
    meaning; one word per text keeps every combination bracketed.
    """
    if isinstance(query, PlainText):
        terms = query_terms(query.query_string, tokenizer)
        if not terms:
            return MATCH_NONE
        words = [PlainText(term, boost=query.boost) for term in terms]
        return _and(words) if query.operator == "and" else _or(words)
    if isinstance(query, Phrase):
        words = segment_for_index(query.query_string, tokenizer)
        return Phrase(words) if words else MATCH_NONE
    if isinstance(query, (And, Or)):
        parts = [segment_query(sub, tokenizer) for sub in query.subqueries]
        return _and(parts) if isinstance(query, And) else _or(parts)
    if isinstance(query, Not):
        inner = segment_query(query.subquery, tokenizer)
        if isinstance(inner, MatchAll):
            return MATCH_NONE
        return MATCH_ALL if _is_match_none(inner) else Not(inner)
    if isinstance(query, Boost):
        return Boost(segment_query(query.subquery, tokenizer), query.boost)
    return query


class SegmentingQueryMixin:
    """Query compilers: cut the reader's or editor's query before it is compiled.

    A search limited to some fields (`fields=[...]`, as admin listings with
    `search_fields` do) searches the whole index entry instead: upstream reads those
    fields' raw, unsegmented columns on PostgreSQL and asks FTS5 for columns it does
    not have on SQLite (an error), so neither could find a word inside a name.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.query = segment_query(self.query, vocabulary.tokenizer())
        self.fields = None


class SegmentingIndexerMixin:
    """Indexers: the tokenizer to cut with comes in with the object."""

    def __init__(self, obj, backend, tokenizer):
        super().__init__(obj, backend)
        self.tokenizer = tokenizer

    def segment(self, text: str) -> str:
        return segment_for_index(text, self.tokenizer)


class SegmentingIndexMixin:
    """Indexes: write entries from a segmenting indexer, find entries by raw words."""

    indexer_class = None
    #: Update these columns when an entry exists already.
    entry_columns: list[str] = []
    #: Columns holding the indexed text, for `object_keys_mentioning`.
    text_columns: list[str] = []

    def entry_values(self, indexer) -> dict:
        return {column: getattr(indexer, column) for column in self.entry_columns}

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        tokenizer = vocabulary.tokenizer()
        content_type_id = get_content_type_pk(model)
        entries = [
            IndexEntry(
                content_type_id=content_type_id,
                object_id=str(obj.pk),
                title_norm=1.0,
                **self.entry_values(self.indexer_class(obj, self.backend, tokenizer)),
            )
            for obj in objs
        ]
        if not entries:
            return
        IndexEntry._default_manager.using(self.write_connection.alias).bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["content_type", "object_id"],
            update_fields=["title_norm", *self.entry_columns],
        )
        self._refresh_title_norms()

    def object_keys_mentioning(self, words) -> set[tuple[int, str]]:
        """(content type id, object id) of entries whose text contains any of `words`.

        Characters may be separated by the spaces segmentation put between them.
        """
        keys = set()
        for word in words:
            pattern = r"\s*".join(re.escape(ch) for ch in word)
            for column in self.text_columns:
                keys.update(
                    self.entries.filter(**{f"{column}__regex": pattern}).values_list(
                        "content_type_id", "object_id"
                    )
                )
        return keys
