"""One installment as a feed item: the single rendering every format shares.

Public entry points (also used by the editorial feed-reader preview):

- ``render_item_html(page, request)`` -> ``str``: the item's full HTML exactly as
  RSS ``content:encoded``, Atom ``content`` and JSON Feed ``content_html`` carry
  it (template ``feeds/item_content.html``, absolute URLs, no scripts). Works
  for a live page and for an unsaved draft (``revision.as_object()``).
- ``feed_item(page, request)`` -> ``dict``: every ``add_item`` argument of the
  generators in ``series.feeds.generators`` (title with series position, GUID,
  dates, summary, people, categories, hero image, content).

Items are built from the page object passed in, never from its latest revision,
so a live page with a newer draft renders its published fields.
"""

from __future__ import annotations

import logging
import mimetypes

from django.template.loader import render_to_string
from django.utils import timezone

from series.feeds.authors import item_people
from series.feeds.generators import FeedCategory, FeedImage
from series.feeds.urlrewrite import absolutize_urls
from series.links import absolute_url, site_root_url

logger = logging.getLogger(__name__)

HERO_RENDITION = "width-1200"
ITEM_TEMPLATE = "feeds/item_content.html"


def series_of(page):
    """The page's series; None for a page not yet placed in the tree."""
    return page.series if page.path else None


def item_title(page) -> str:
    """Headline plus series position: 标题——县域经济高质量发展观察之二."""
    series = series_of(page)
    if series is None:
        return page.title
    return f"{page.title}——{series.title}{page.position_label}"


def item_guid(page) -> str:
    """A URN that survives title, slug and domain changes: the page's own UUID."""
    return f"urn:uuid:{page.translation_key}"


def item_link(page, request=None, root_url: str | None = None) -> str:
    root_url = root_url or site_root_url(request, page)
    url = page.get_url(request=request) if page.pk else None
    return absolute_url(url or "/", root_url)


def item_summary(page) -> str:
    return page.standfirst or page.deck or ""


def _person_url(person, root_url: str) -> str | None:
    return absolute_url(person.get_absolute_url(), root_url) if person.slug else None


def item_categories(page, root_url: str) -> list[FeedCategory]:
    """Themes of its sections, its places, then the series it belongs to."""
    themes_scheme = absolute_url("/themes/", root_url)
    places_scheme = absolute_url("/places/", root_url)
    terms = [FeedCategory(theme.name, themes_scheme) for theme in page.themes()]
    terms += [FeedCategory(place.name, places_scheme) for place in page.places.all()]
    series = series_of(page)
    if series is not None:
        terms.append(FeedCategory(series.title, absolute_url("/", root_url)))
    return terms


def hero_rendition(page):
    """The hero image rendition shared by content and enclosure, or None."""
    if not page.hero_image_id:
        return None
    try:
        return page.hero_image.get_rendition(HERO_RENDITION)
    except (OSError, ValueError):  # SourceImageIOError is an OSError
        logger.warning("Hero image of page %s cannot be rendered", page.pk)
        return None


def feed_image(rendition, root_url: str, *, title="", credit="") -> FeedImage | None:
    """An enclosure for ``rendition``: absolute URL, bytes on disk, MIME type."""
    if rendition is None:
        return None
    try:
        length = rendition.file.size
    except (OSError, ValueError):
        logger.warning("Rendition %s has no readable file", rendition.pk)
        return None
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    return FeedImage(
        url=absolute_url(rendition.url, root_url),
        length=length,
        mime_type=mime_type,
        width=rendition.width,
        height=rendition.height,
        title=title,
        credit=credit,
    )


def _hero_feed_image(page, root_url: str) -> FeedImage | None:
    hero = page.hero_image
    if hero is None:
        return None
    title = hero.default_caption or hero.title
    return feed_image(hero_rendition(page), root_url, title=title, credit=hero.credit)


def render_item_html(page, request=None, *, root_url: str | None = None) -> str:
    """The full item HTML shared by all feed formats and the editorial preview."""
    root_url = root_url or site_root_url(request, page)
    context = {
        "page": page,
        "series": series_of(page),
        "hero": hero_rendition(page),
        "summary": item_summary(page),
        "bylines": page.grouped_bylines(),
        "corrections": list(page.corrections.all()),
        "link": item_link(page, request, root_url),
    }
    html = render_to_string(ITEM_TEMPLATE, context, request=request)
    return absolutize_urls(html, root_url + "/")


def feed_item(page, request=None, *, root_url: str | None = None) -> dict:
    """All ``add_item`` keyword arguments for one installment."""
    root_url = root_url or site_root_url(request, page)
    image = _hero_feed_image(page, root_url)
    series = series_of(page)
    return {
        "title": item_title(page),
        "link": item_link(page, request, root_url),
        "description": None,
        "summary": item_summary(page),
        "unique_id": item_guid(page),
        "pubdate": _local(page.first_published_at),
        "updateddate": _local(page.last_published_at or page.first_published_at),
        "content_html": render_item_html(page, request, root_url=root_url),
        "people": item_people(page, lambda p: _person_url(p, root_url)),
        "terms": item_categories(page, root_url),
        "image": image,
        "extension": _series_extension(page, series, root_url),
    }


def _local(moment):
    # Readers show the offset; Beijing time is what the newsroom means.
    return timezone.localtime(moment) if moment else None


def _series_extension(page, series, root_url: str) -> dict | None:
    if series is None:
        return None
    extension = {
        "series_title": series.title,
        "series_url": absolute_url(series.url or "/", root_url),
        "number": page.number,
        "position": page.position_label,
        "kicker": series.kicker,
        "planned_installments": series.planned_installments,
        "edition_date": page.edition_date.isoformat() if page.edition_date else None,
        # Every byline with its role, a person with two roles twice: the
        # authors list above has each person once and no roles.
        "bylines": [
            {
                "name": b.person.name,
                "role": b.role,
                "role_label": str(b.get_role_display()),
            }
            for b in page.bylines.all()
        ]
        or None,
    }
    return {key: value for key, value in extension.items() if value is not None}
