"""The data page of a series and its downloads (routes on SeriesPage)."""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from series.data import charts
from series.data.figures import as_csv, as_json, filtered, series_figures
from series.site import structured_data as ld
from series.site.contexts import home_crumb
from series.site.seo import PageMeta, page_canonical

FILTERS = ("place", "theme", "year")


def _choices(rows) -> dict:
    places = {row.place.slug: str(row.place) for row in rows if row.place}
    themes = {row.theme.slug: row.theme.name for row in rows if row.theme}
    years = sorted({row.year for row in rows if row.year})
    return {
        "place_choices": sorted(places.items(), key=lambda item: item[0]),
        "theme_choices": sorted(themes.items(), key=lambda item: item[0]),
        "year_choices": [str(year) for year in years],
    }


def data_page(request, series):
    rows = series_figures(series)
    selected = {name: (request.GET.get(name) or "").strip()[:40] for name in FILTERS}
    shown = filtered(rows, **selected)
    canonical = page_canonical(series, request) + series.reverse_subpage("data")
    downloads = {
        "csv": series.url + series.reverse_subpage("data_csv"),
        "json": series.url + series.reverse_subpage("data_json"),
    }
    crumbs = [
        home_crumb(),
        (series.title, series.url),
        (_("数据"), series.url + series.reverse_subpage("data")),
    ]
    title = _("%(series)s：数据") % {"series": series.title}
    context = {
        "page": series,
        "series": series,
        "rows": shown,
        "total": len(rows),
        "selected": selected,
        **_choices(rows),
        "place_charts": charts.numbered(charts.place_charts(rows), "place-chart"),
        "year_charts": charts.numbered(charts.year_charts(rows), "year-chart"),
        "downloads": downloads,
        "breadcrumbs": crumbs,
        "meta": PageMeta(
            title=title,
            canonical=canonical,
            description=_("本系列各篇报道中的关键数据，可排序、筛选和下载。"),
        ),
        "json_ld": [
            ld.dataset(
                series, request, canonical=canonical, downloads=downloads, rows=rows
            ),
            ld.breadcrumb_list(crumbs, request),
        ],
    }
    return render(request, "pages/series_data.html", context)


def data_csv(request, series):
    response = HttpResponse(
        as_csv(series_figures(series), request), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{series.slug}-data.csv"'
    return response


def data_json(request, series):
    return HttpResponse(
        as_json(series, series_figures(series), request),
        content_type="application/json; charset=utf-8",
    )
