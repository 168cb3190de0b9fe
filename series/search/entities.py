"""Entities first, and suggestions instead of an empty page.

A query that names a place, person, theme or series shows that entity's card above
the results. A query with no results suggests the closest names and words that do
occur in the newsroom's vocabulary.
"""

import difflib
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from series.querysets import published
from series.search.segment import normalize

MAX_SUGGESTIONS = 6


@dataclass(frozen=True)
class EntityCard:
    kind: str
    name: str
    url: str
    description: str = ""


def _candidates(query: str, terms: list[str]) -> set[str]:
    words = {normalize(query).replace(" ", ""), *terms}
    return {word for word in words if len(word) >= 2}


def entity_cards(query: str, terms: list[str], known_words) -> list[EntityCard]:
    """Cards for the places, people, themes and series the query names."""
    from series.models import Person, Place, SeriesPage, Theme

    # Every entity name is in the segmenter's dictionary (vocabulary.py): a query
    # naming none of them costs no query here.
    names = _candidates(query, terms) & known_words
    if not names:
        return []
    cards = [
        EntityCard(_("系列"), series.title, series.url, series.strapline)
        for series in published(SeriesPage.objects.filter(title__in=names))
    ]
    cards += [
        EntityCard(_("主题"), theme.name, theme.get_absolute_url(), theme.description)
        for theme in Theme.objects.filter(name__in=names)
    ]
    cards += [
        EntityCard(_("地点"), str(place), place.get_absolute_url(), place.province)
        for place in Place.objects.filter(name__in=names)
    ]
    cards += [
        EntityCard(_("人物"), person.name, person.get_absolute_url(), person.bio)
        for person in Person.objects.filter(name__in=names)
    ]
    return cards


def suggestions(query: str, terms: list[str], vocabulary_words) -> list[str]:
    """Words that do occur, closest to what the reader typed (best first)."""
    words = sorted(vocabulary_words)
    found: list[str] = []
    for wanted in [normalize(query).replace(" ", ""), *terms]:
        for word in difflib.get_close_matches(
            wanted, words, n=MAX_SUGGESTIONS, cutoff=0.5
        ):
            if word not in found and word != wanted:
                found.append(word)
    if len(found) < MAX_SUGGESTIONS:
        # Words that share a term's characters: 花炮 for 烟花炮竹.
        for term in terms:
            found += [
                word
                for word in words
                if len(term) >= 2
                and word not in found
                and (term in word or word in term)
                and word != term
            ][: MAX_SUGGESTIONS - len(found)]
    return found[:MAX_SUGGESTIONS]
