"""The reader's word, not only the copy's: synonym groups kept in the admin.

A query word that belongs to a group finds installments with any word of the group
(烟花 finds 焰火 and 花炮), on PostgreSQL and SQLite alike, because the expansion is
part of the query we hand the backend. Groups are read once a minute at most (and at
once after an edit: signals clear the cache).
"""

from django.core.cache import cache

CACHE_KEY = "series:search:synonym-groups"
CACHE_SECONDS = 60


def _read_groups() -> list[list[str]]:
    from series.models import SynonymGroup

    return [group.word_list() for group in SynonymGroup.objects.all()]


def groups() -> list[list[str]]:
    return cache.get_or_set(CACHE_KEY, _read_groups, CACHE_SECONDS)


def forget() -> None:
    cache.delete(CACHE_KEY)


def expand(terms: list[str]) -> list[list[str]]:
    """Each query term with its synonyms (the term itself first)."""
    known = groups()
    expanded = []
    for term in terms:
        words = [term]
        for group in known:
            if term in group:
                words += [word for word in group if word not in words]
        expanded.append(words)
    return expanded
