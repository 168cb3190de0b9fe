"""What crawlers read: sitemap.xml, the Google News sitemap and robots.txt.

The sitemap lists every page readers may open: live, public, unexpired pages of the
tree, plus the theme, person and place pages that have published installments
behind them. Locations come from the Wagtail site's root URL, like canonical links.
"""

from datetime import timedelta
from io import StringIO

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField, Max, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce
from django.http import HttpResponse
from django.utils import timezone
from django.utils.xmlutils import SimplerXMLGenerator
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page, ReferenceIndex

from series.links import request_absolute_url, site_root_url
from series.models import Byline, InstallmentPage, Person, Place, Theme
from series.querysets import published
from series.site.seo import search_path

NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000  # Google News reads at most this many URLs per sitemap
NEWS_LANGUAGE = "zh-cn"  # the code Google News expects for simplified Chinese
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


class ReaderPageSitemap(Sitemap):
    """Wagtail's page sitemap without pages past their expiry time."""

    def items(self):
        return (
            published(self.get_wagtail_site().root_page.get_descendants(inclusive=True))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        """Wagtail's URLs, but a page is as fresh as its newest installment: a series
        page changes for readers whenever a new part comes out."""
        newest = _newest_below(
            InstallmentPage.objects.published().values_list("path", "last_published_at")
        )
        urls, dates = [], set()
        # One chunk per sitemap page (at most `limit` URLs): the specific pages of
        # each chunk cost a query per page type, so the count stays constant.
        chunk = self.paginator.page(page).object_list.iterator(chunk_size=self.limit)
        for item in chunk:
            below = newest.get(item.path)
            for url_info in item.get_sitemap_urls(self.request):
                own = url_info.get("lastmod")
                url_info["lastmod"] = max([d for d in [own, below] if d], default=None)
                urls.append(url_info)
                dates.add(url_info["lastmod"])
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls


def _newest_below(installments) -> dict[str, object]:
    """{ancestor path: newest publication date among the installments below it}.

    One pass, each installment updating its few ancestors (a dictionary, not a
    scan of every installment for every page).
    """
    newest: dict[str, object] = {}
    for path, when in installments:
        if not when:
            continue
        for end in range(Page.steplen, len(path), Page.steplen):
            _latest(newest, path[:end], when)
    return newest


def _latest(found: dict, key, when) -> None:
    if key is None:
        return
    current = found.get(key)
    if current is None or (when is not None and when > current):
        found[key] = when


def snippet_lastmods() -> dict[type, dict[int, object]]:
    """{Theme: {pk: lastmod}, Person: …, Place: …} for snippets with published pages.

    Aggregated by the database, without reading any body: bylines and the places
    relation directly, body choosers (section themes, commentary authors, key
    figure places) through Wagtail's reference index. Three grouped queries
    whatever the archive's size.
    """
    pages = InstallmentPage.objects.published()
    found: dict[type, dict] = {Theme: {}, Person: {}, Place: {}}
    bylines = (
        Byline.objects.filter(page__in=pages.values("pk"))
        .values("person_id")
        .annotate(latest=Max(_published_when("page__")))
        .values_list("person_id", "latest")
    )
    places = (
        InstallmentPage.places.through.objects.filter(
            installmentpage__in=pages.values("pk")
        )
        .values("place_id")
        .annotate(latest=Max(_published_when("installmentpage__")))
        .values_list("place_id", "latest")
    )
    for model, rows in ((Person, bylines), (Place, places)):
        for pk, when in rows:
            _latest(found[model], pk, when)
    for model, pk, when in _chooser_lastmods(pages, list(found)):
        _latest(found[model], pk, when)
    return found


def _published_when(prefix: str = ""):
    return Coalesce(f"{prefix}last_published_at", f"{prefix}first_published_at")


def _chooser_lastmods(pages, models):
    """(model, pk, newest date) for objects that published bodies point at."""
    types = ContentType.objects.get_for_models(*models)
    model_of = {ctype.pk: model for model, ctype in types.items()}
    when = pages.filter(pk=OuterRef("page_id")).values(when=_published_when())[:1]
    rows = (
        ReferenceIndex.objects.filter(
            content_type=ContentType.objects.get_for_model(InstallmentPage),
            to_content_type_id__in=list(model_of),
        )
        .annotate(page_id=Cast("object_id", IntegerField()))
        .filter(page_id__in=pages.values("pk"))
        .values("to_content_type_id", "to_object_id")
        .annotate(latest=Max(Subquery(when)))
        .values_list("to_content_type_id", "to_object_id", "latest")
    )
    for type_id, object_id, latest in rows:
        if object_id.isdigit():
            yield model_of[type_id], int(object_id), latest


class SnippetSitemap(Sitemap):
    """Theme, person and place pages, each dated by its newest installment."""

    model = None

    def items(self):
        # One scan of published bodies serves all three snippet sitemaps.
        if not hasattr(self.request, "_snippet_lastmods"):
            self.request._snippet_lastmods = snippet_lastmods()
        self._lastmods = self.request._snippet_lastmods[self.model]
        return self.model.objects.filter(pk__in=self._lastmods).order_by("pk")

    def _urls(self, page, protocol, domain):
        urls = [
            {
                "item": obj,
                "location": request_absolute_url(self.request, obj.get_absolute_url()),
                "lastmod": self._lastmods.get(obj.pk),
            }
            for obj in self.paginator.page(page).object_list
        ]
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls


class ThemeSitemap(SnippetSitemap):
    model = Theme


class PersonSitemap(SnippetSitemap):
    model = Person


class PlaceSitemap(SnippetSitemap):
    model = Place


SITEMAPS = {
    "pages": ReaderPageSitemap,
    "themes": ThemeSitemap,
    "people": PersonSitemap,
    "places": PlaceSitemap,
}


def sitemap_xml(request):
    return wagtail_sitemap(request, sitemaps=SITEMAPS)


@require_GET
def news_sitemap_xml(request):
    """Installments first published in the last two days, in Google News' format."""
    since = timezone.now() - NEWS_WINDOW
    pages = (
        InstallmentPage.objects.published()
        .filter(first_published_at__gte=since)
        .order_by("-first_published_at")[:NEWS_LIMIT]
    )
    out = StringIO()
    xml = SimplerXMLGenerator(out, "utf-8")
    xml.startDocument()
    xml.startElement("urlset", {"xmlns": SITEMAP_NS, "xmlns:news": NEWS_NS})
    for page in pages:
        _news_url(xml, page, request)
    xml.endElement("urlset")
    xml.endDocument()
    return HttpResponse(out.getvalue(), content_type="application/xml; charset=utf-8")


def _news_url(xml, page, request) -> None:
    xml.startElement("url", {})
    xml.addQuickElement(
        "loc", request_absolute_url(request, page.get_url(request=request))
    )
    xml.startElement("news:news", {})
    xml.startElement("news:publication", {})
    xml.addQuickElement("news:name", str(settings.WAGTAIL_SITE_NAME))
    xml.addQuickElement("news:language", NEWS_LANGUAGE)
    xml.endElement("news:publication")
    published = timezone.localtime(page.first_published_at)
    xml.addQuickElement("news:publication_date", published.isoformat("T", "seconds"))
    xml.addQuickElement("news:title", page.title)
    xml.endElement("news:news")
    xml.endElement("url")


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    root = site_root_url(request)
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # Result pages for arbitrary queries are endless near-duplicates.
        *([f"Disallow: {search_path()}"] if search_path() else []),
        "",
        f"Sitemap: {root}/sitemap.xml",
        f"Sitemap: {root}/news-sitemap.xml",
    ]
    return HttpResponse(
        "\n".join(lines) + "\n", content_type="text/plain; charset=utf-8"
    )
