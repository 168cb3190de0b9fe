"""/search/?q=… for readers: published installments that contain the words.

Whatever arrives in the query string answers 200 with a page that explains itself:
the query is cleaned and bounded (segment.clean_query), filters that name nothing
are ignored with a notice, and a query with no words shows suggestions.
"""

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
from series.search import vocabulary
from series.search.highlight import highlight, snippet
from series.search.query import (
    installment_scope,
    parse_filters,
    reading_text,
    search_installments,
)
from series.search.segment import clean_query, query_terms

RESULTS_PER_PAGE = 10
SUGGESTED_THEMES = 8


def _attach_series(pages: list) -> None:
    """Load every result's series in one query (InstallmentPage.series caches it)."""
    parent_paths = {page.path[: -InstallmentPage.steplen] for page in pages}
    by_path = {s.path: s for s in SeriesPage.objects.filter(path__in=parent_paths)}
    for page in pages:
        page.__dict__["series"] = by_path.get(page.path[: -InstallmentPage.steplen])


def _result_rows(pages: list, terms: list[str]) -> list[dict]:
    _attach_series(pages)
    return [
        {
            "page": page,
            "authors": [
                b.person.name for b in page.bylines.all() if b.role in WRITING_ROLES
            ],
            "headline": highlight(page.title, terms),
            "snippet": snippet(reading_text(page), terms),
        }
        for page in pages
    ]


def _filter_choices() -> dict:
    published = InstallmentPage.objects.published()
    return {
        "series_choices": SeriesPage.objects.live().public().order_by("title"),
        "theme_choices": Theme.objects.order_by("name"),
        "person_choices": Person.objects.filter(
            bylines__page__in=published.values("pk")
        ).distinct(),
        "place_choices": Place.objects.filter(
            installments__in=published.values("pk")
        ).distinct(),
    }


def search(request):
    query = clean_query(request.GET.get("q", ""))
    terms = query_terms(query, vocabulary.tokenizer()) if query else []
    parsed = parse_filters(request.GET)
    context = {
        "query": query,
        "terms": terms,
        "filters": parsed.filters,
        "ignored_filters": parsed.ignored,
        "page_title": _("搜索：%(query)s") % {"query": query} if query else _("搜索"),
        **_filter_choices(),
    }
    if terms:
        results = search_installments(terms, installment_scope(parsed.filters))
        page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        context.update(
            page_obj=page_obj,
            result_count=page_obj.paginator.count,
            all_words_count=results.tier_counts[0],
            rows=_result_rows(list(page_obj.object_list), terms),
        )
    if not terms or not context["result_count"]:
        context["suggested_themes"] = Theme.objects.order_by("name")[:SUGGESTED_THEMES]
    return render(request, "pages/search_results.html", context)
