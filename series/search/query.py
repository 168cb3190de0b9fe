"""Reader search over published installments: filters, "all words first", snippets.

A multi-word query (烟花 焰火) returns two tiers: installments containing every word,
ranked, then those containing only some, ranked. `TieredResults` pages through both
as one list, so the paginator never loads more than a page.
"""

import re
from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils.functional import cached_property
from modelsearch.query import And, Not, Or, PlainText

from series.models import Byline, InstallmentPage, Person, Place, SeriesPage, Theme
from series.querysets import published
from series.search import synonyms
from series.search.passages import RerankedResults

_SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,80}$")
_RAW_SKIP_KEYS = {"id", "type"}
_TAG = re.compile(r"<[^>]*>")
_RICH_TEXT = re.compile(r"\s*<(p|h[1-6]|ul|ol|blockquote|hr|embed|div)[\s/>]")


@dataclass(frozen=True)
class SearchFilters:
    series: SeriesPage | None = None
    theme: Theme | None = None
    person: Person | None = None
    place: Place | None = None

    def active(self) -> bool:
        return any((self.series, self.theme, self.person, self.place))

    def values(self) -> dict[str, str]:
        """The query-string value of each filter in use, by name."""
        return {
            "series": str(self.series.pk) if self.series else "",
            "theme": self.theme.slug if self.theme else "",
            "person": self.person.slug if self.person else "",
            "place": self.place.slug if self.place else "",
        }


@dataclass(frozen=True)
class ParsedFilters:
    filters: SearchFilters
    #: Parameter names whose values named nothing we know; they were ignored.
    ignored: tuple[str, ...]


def _by_slug(model, value: str):
    if not _SLUG.match(value):
        return None
    return model.objects.filter(slug=value).first()


def _series(value: str) -> SeriesPage | None:
    if not value.isdigit() or len(value) > 12:
        return None
    return published(SeriesPage.objects.filter(pk=int(value))).first()


def parse_filters(params) -> ParsedFilters:
    """Filters from GET parameters; anything unknown or malformed is ignored, not an error."""
    lookups = {
        "series": _series,
        "theme": lambda value: _by_slug(Theme, value),
        "person": lambda value: _by_slug(Person, value),
        "place": lambda value: _by_slug(Place, value),
    }
    found, ignored = {}, []
    for name, lookup in lookups.items():
        value = (params.get(name) or "").strip()
        if not value:
            continue
        found[name] = lookup(value)
        if found[name] is None:
            ignored.append(name)
    return ParsedFilters(SearchFilters(**found), tuple(ignored))


def installment_scope(filters: SearchFilters):
    """Published installments matching the filters, as a queryset search accepts.

    Bylines, places and section themes have no FilterField: they narrow the set
    through `pk IN (...)`, which the search backend passes through untouched.
    """
    bylines = Byline.objects.select_related("person").order_by("sort_order")
    pages = InstallmentPage.objects.published().prefetch_related(
        Prefetch("bylines", queryset=bylines)
    )
    if filters.series:
        pages = pages.child_of(filters.series)
    if filters.person:
        involved = InstallmentPage.objects.involving_person(filters.person)
        pages = pages.filter(pk__in=involved.values("pk"))
    if filters.place:
        placed = InstallmentPage.objects.about_place(filters.place)
        pages = pages.filter(pk__in=placed.values("pk"))
    if filters.theme:
        pages = pages.on_theme(filters.theme)
    return pages


class TieredResults:
    """Several ranked result sets read as one list, in order (for Paginator).

    `read_ahead(start, stop)` fetches the page about to be shown before the
    paginator asks for the count: a backend that can count its matches in the same
    query (PostgreSQL, `fetch_with_total`) then needs no separate count query.
    """

    def __init__(self, tiers: list):
        self.tiers = tiers
        self._read_ahead: tuple[slice, list] | None = None

    @cached_property
    def tier_counts(self) -> list[int]:
        return [tier.count() for tier in self.tiers]

    def count(self) -> int:
        return sum(self.tier_counts)

    def __len__(self) -> int:
        return self.count()

    def read_ahead(self, start: int, stop: int) -> None:
        rows, counts, offset = [], [], 0
        for tier in self.tiers:
            low, high = max(start - offset, 0), max(stop - offset, 0)
            fetched, total = [], None
            if low < high and hasattr(tier, "fetch_with_total"):
                fetched, total = tier.fetch_with_total(low, high)
            if total is None:
                total = tier.count()
                fetched = list(tier[low:high]) if low < min(high, total) else []
            rows += fetched
            counts.append(total)
            offset += total
        self.__dict__["tier_counts"] = counts
        self._read_ahead = (slice(start, stop), rows)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("TieredResults only supports slicing")
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count()
        if self._read_ahead and self._read_ahead[0] == slice(start, stop):
            return self._read_ahead[1]
        results, offset = [], 0
        for tier, size in zip(self.tiers, self.tier_counts, strict=True):
            low, high = max(start - offset, 0), min(stop - offset, size)
            if low < high:
                results.extend(tier[low:high])
            offset += size
        return results


def _any_of(words: list[str]):
    parts = [PlainText(word, operator="and") for word in words]
    return parts[0] if len(parts) == 1 else Or(parts)


def search_installments(terms: list[str], scope) -> TieredResults:
    """Installments with all of `terms` first, then (for several terms) with some.

    Each term stands for itself or any of its synonyms (synonyms.py); each tier's
    first results are reranked for phrase and proximity (passages.py).
    """
    groups = synonyms.expand(terms)
    words = [word for group in groups for word in group]
    every_word = And([_any_of(group) for group in groups])
    phrase = "".join(terms)
    tiers = [RerankedResults(scope.search(every_word), words, phrase)]
    if len(terms) > 1:
        some_words = Or([_any_of(group) for group in groups])
        tiers.append(
            RerankedResults(
                scope.search(And([some_words, Not(every_word)])), words, phrase
            )
        )
    return TieredResults(tiers)
