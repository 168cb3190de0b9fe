"""Which URLs show a page, a person, a theme, a place or an image: the one owner of
that rule. Signals feed its answer both to the Django page cache and to Wagtail's
frontend-cache purge (Varnish, a CDN).

Paths are site-relative; ``absolute_urls`` turns them into one URL per Wagtail site
for the edge cache. A path stands for all its query strings (``?page=2``, ``?q=``).
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse
from wagtail.models import Page, ReferenceIndex, Site

from series.feeds.links import FEED_FORMATS, feed_path
from series.models import (
    HomePage,
    InstallmentPage,
    NewsImage,
    Person,
    Place,
    SeriesPage,
    Theme,
)

SNIPPET_MODELS = (Theme, Person, Place)
# Listings that may show any page: sitemaps, search, the API's page listings.
GLOBAL_ROUTES = (
    ("series:sitemap", ()),
    ("series:news_sitemap", ()),
    ("series:search", ()),
    ("wagtailapi:pages:listing", ()),
    ("wagtailapi:pages:find", ()),
    ("wagtailapi:images:listing", ()),
)


def _reverse(name: str, *args) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:  # a route another deployment left out
        return None


def global_paths() -> set[str]:
    return {path for name, args in GLOBAL_ROUTES if (path := _reverse(name, *args))}


def page_own_paths(page) -> set[str]:
    """The page's URL and its routes without arguments (feeds, data pages)."""
    parts = page.get_url_parts()
    if parts is None:
        return set()
    url = parts[2]
    paths = {url, _reverse("wagtailapi:pages:detail", page.pk)}
    if hasattr(page, "get_subpage_urls"):
        for pattern in page.get_subpage_urls():
            if pattern.name and not pattern.pattern.converters:
                paths.add(url.rstrip("/") + "/" + page.reverse_subpage(pattern.name))
    return {path for path in paths if path}


def snippet_paths(obj) -> set[str]:
    """A theme, person or place page and its feeds; an image's API entry."""
    if isinstance(obj, NewsImage):
        return {_reverse("wagtailapi:images:detail", obj.pk)} - {None}
    if not getattr(obj, "slug", None):
        return set()
    paths = {obj.get_absolute_url()}
    paths |= {path for kind in FEED_FORMATS if (path := feed_path(obj, kind))}
    return paths


def paths_for_pages(pages, *, neighbours: bool = False, children: bool = False):
    """Every path showing any of ``pages``: each page, its series and home, the
    theme/person/place pages and feeds it names, listings; optionally the
    installments next to it and (for a series) its installments."""
    pages = [page.specific for page in pages]
    paths = global_paths()
    for home in HomePage.objects.all():
        paths |= page_own_paths(home)
    for page in pages:
        paths |= page_own_paths(page)
    for series in _series_of(pages):
        paths |= page_own_paths(series)
    for obj in referenced_objects(pages):
        paths |= snippet_paths(obj)
    if neighbours:
        for page in _neighbours(pages):
            paths |= page_own_paths(page)
    if children:
        series_list = [page for page in pages if isinstance(page, SeriesPage)]
        for series in series_list:
            for child in series.get_children().live().specific():
                paths |= page_own_paths(child)
    return paths


def paths_for_object(obj) -> set[str]:
    """Every path showing a theme, person, place or image: its own, and everything
    showing a live page that uses it (through a person for a byline photo)."""
    paths = snippet_paths(obj)
    page_ids = set(_referencing_page_ids(obj))
    for person in _referencing(obj, Person):
        paths |= snippet_paths(person)
        page_ids |= set(_referencing_page_ids(person))
    if page_ids:
        pages = Page.objects.live().filter(pk__in=page_ids).specific()
        paths |= paths_for_pages(pages)
    elif paths:
        paths |= global_paths()
    return paths


def referenced_objects(pages) -> list:
    """Themes, people, places and images the pages' live content refers to."""
    ids = [str(page.pk) for page in pages if page.pk]
    if not ids:
        return []
    rows = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id__in=ids
    ).values_list("to_content_type_id", "to_object_id")
    wanted: dict[type, set[str]] = {}
    for model in (*SNIPPET_MODELS, NewsImage):
        type_id = ContentType.objects.get_for_model(model).pk
        wanted[model] = {obj_id for ct, obj_id in rows if ct == type_id}
    through = InstallmentPage.places.through.objects.filter(installmentpage_id__in=ids)
    wanted[Place] |= {str(pk) for pk in through.values_list("place_id", flat=True)}
    return [
        obj
        for model, pks in wanted.items()
        if pks
        for obj in model.objects.filter(pk__in=pks)
    ]


def _referencing(obj, model):
    rows = ReferenceIndex.get_references_to(obj).filter(
        base_content_type=ContentType.objects.get_for_model(model)
    )
    # object_id is text in the index: compare as numbers in Python, not in SQL.
    ids = [int(pk) for pk in rows.values_list("object_id", flat=True)]
    return model.objects.filter(pk__in=ids)


def _referencing_page_ids(obj) -> list[int]:
    rows = ReferenceIndex.get_references_to(obj).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    ids = [int(pk) for pk in rows.values_list("object_id", flat=True)]
    if isinstance(obj, Place):  # a ParentalManyToManyField is not in the index
        through = InstallmentPage.places.through.objects.filter(place_id=obj.pk)
        ids += list(through.values_list("installmentpage_id", flat=True))
    return ids


def _series_of(pages) -> list:
    parent_paths = {
        page.path[: -Page.steplen]
        for page in pages
        if isinstance(page, InstallmentPage) and page.depth > 1
    }
    return list(SeriesPage.objects.filter(path__in=parent_paths))


def _neighbours(pages) -> list:
    found = []
    for page in pages:
        if isinstance(page, InstallmentPage) and page.series is not None:
            found += [page.previous_installment(), page.next_installment()]
    return [page for page in found if page is not None]


def absolute_urls(paths) -> list[str]:
    """Each path under every site's root URL, for the edge cache."""
    roots = [site.root_url for site in Site.objects.all()]
    return sorted(root + path for root in roots for path in set(paths))
