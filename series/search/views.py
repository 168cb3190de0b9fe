"""/search/?q=… for readers: published installments that contain the words.

Whatever arrives in the query string answers 200 with a page that explains itself:
the query is cleaned and bounded (segment.clean_query), filters that name nothing
are ignored with a notice, and a query with no words shows suggestions.
"""

from django.core.cache import cache
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from series.models import (
    WRITING_ROLES,
    InstallmentPage,
    Person,
    Place,
    SeriesPage,
    Theme,
)
from series.querysets import published
from series.search import degraded, synonyms, vocabulary
from series.search.entities import entity_cards, suggestions
from series.search.highlight import highlight
from series.search.passages import best_passages
from series.search.query import (
    installment_scope,
    parse_filters,
    search_installments,
)
from series.search.segment import clean_query, query_terms
from series.site.contexts import attach_series

RESULTS_PER_PAGE = 10
FILTER_CHOICES_KEY = "series:search:filter-choices"
SUGGESTED_THEMES = 8


def _result_rows(pages: list, words: list[str], phrase: str) -> list[dict]:
    attach_series(pages)
    return [
        {
            "page": page,
            "authors": [
                b.person.name for b in page.bylines.all() if b.role in WRITING_ROLES
            ],
            "headline": highlight(page.title, words),
            "passages": best_passages(page, words, phrase),
        }
        for page in pages
    ]


def _read_filter_choices() -> dict:
    published_pks = InstallmentPage.objects.published().values("pk")
    people = Person.objects.filter(bylines__page__in=published_pks).distinct()
    places = Place.objects.filter(installments__in=published_pks).distinct()
    return {
        "series_choices": [
            (str(pk), title)
            for pk, title in published(SeriesPage.objects.all())
            .order_by("title")
            .values_list("pk", "title")
        ],
        "theme_choices": list(
            Theme.objects.order_by("name").values_list("slug", "name")
        ),
        "person_choices": list(people.order_by("name").values_list("slug", "name")),
        "place_choices": [(place.slug, str(place)) for place in places],
    }


def filter_choices() -> dict:
    """Options for the filter menus; a minute old at most, so most requests skip 5 queries."""
    return cache.get_or_set(FILTER_CHOICES_KEY, _read_filter_choices, 60)


def _page_number(value) -> int:
    """The page asked for; anything odd is page 1 (the paginator clamps the rest)."""
    value = (value or "").strip()
    return int(value) if value.isdigit() and 0 < len(value) < 6 and int(value) else 1


def search(request):
    query = clean_query(request.GET.get("q", ""))
    terms = query_terms(query, vocabulary.tokenizer()) if query else []
    parsed = parse_filters(request.GET)
    context = {
        "query": query,
        "terms": terms,
        "filters": parsed.filters,
        "selected": parsed.filters.values(),
        "ignored_filters": parsed.ignored,
        "page_title": _("搜索：%(query)s") % {"query": query} if query else _("搜索"),
        **filter_choices(),
    }
    if terms:
        number = _page_number(request.GET.get("page"))
        window = ((number - 1) * RESULTS_PER_PAGE, number * RESULTS_PER_PAGE)
        scope = installment_scope(parsed.filters)
        # Fault boundary (issue #14): a failing backend degrades to simple_search.
        try:
            results = search_installments(terms, scope)
            results.read_ahead(*window)
        except Exception as error:
            degraded.log_failure(error)
            results = degraded.simple_search(terms, scope)
            results.read_ahead(*window)
            context["search_degraded"] = True
        page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(number)
        words = [word for group in synonyms.expand(terms) for word in group]
        context.update(
            page_obj=page_obj,
            result_count=page_obj.paginator.count,
            all_words_count=results.tier_counts[0],
            rows=_result_rows(list(page_obj.object_list), words, "".join(terms)),
            entity_cards=entity_cards(query, terms, vocabulary.known_words())
            if number == 1
            else [],
        )
    if not terms or not context["result_count"]:
        context["suggested_themes"] = Theme.objects.order_by("name")[:SUGGESTED_THEMES]
    if terms and not context["result_count"]:
        context["suggested_words"] = suggestions(query, terms, vocabulary.known_words())
    return render(request, "pages/search_results.html", context)
