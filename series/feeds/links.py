"""Where the feeds of a page or snippet live, for <head> autodiscovery and WebSub pings."""

from __future__ import annotations

from django.urls import reverse

from series.models import HomePage, InstallmentPage, Person, Place, SeriesPage, Theme

FEED_FORMATS = ("rss", "atom", "json")
MIME_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}
FORMAT_LABELS = {"rss": "RSS", "atom": "Atom", "json": "JSON Feed"}
# URL prefix and name stem of the snippet feeds in series/feeds/urls.py.
SNIPPET_ROUTES = {Theme: "theme", Person: "person", Place: "place"}


def feed_owner(obj):
    """The object whose feeds ``obj`` advertises: an installment shows its series'."""
    obj = obj.specific if hasattr(obj, "specific_class") else obj
    if isinstance(obj, InstallmentPage):
        return obj.series if obj.path else None
    if isinstance(obj, HomePage | SeriesPage | Theme | Person | Place):
        return obj
    return None


def feed_path(obj, kind: str, request=None) -> str | None:
    """Site-relative URL of ``obj``'s feed of format ``kind``, or None."""
    if isinstance(obj, HomePage | SeriesPage):
        page_url = obj.get_url(request=request)
        if page_url is None:
            return None
        return page_url.rstrip("/") + "/" + obj.reverse_subpage(f"feed_{kind}")
    name = SNIPPET_ROUTES.get(type(obj))
    if name is None or not obj.slug:
        return None
    return reverse(f"series:{name}_feed_{kind}", args=[obj.slug])


def feed_links_for(obj, request=None) -> list[tuple[str, str, str]]:
    """[(MIME type, title, URL)] for every feed ``obj`` should advertise.

    Empty for objects without feeds, so templates may call it on any page.
    """
    from series.feeds.scopes import scope_for

    owner = feed_owner(obj)
    if owner is None:
        return []
    title = scope_for(owner).title
    links = []
    for kind in FEED_FORMATS:
        url = feed_path(owner, kind, request)
        if url:
            links.append((MIME_TYPES[kind], f"{title} ({FORMAT_LABELS[kind]})", url))
    return links
