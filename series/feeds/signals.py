"""Keep feeds fresh: drop cached feeds and ping the WebSub hub when content changes.

Connected from SeriesConfig.ready(). Publishing must never fail because of
feeds, so the WebSub part logs and swallows its own errors.
"""

from __future__ import annotations

import logging

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from series.feeds.cache import feeds_changed
from series.feeds.links import FEED_FORMATS, feed_path
from series.feeds.websub import hub_ping_after_commit, hub_url
from series.links import absolute_url, site_root_url
from series.models import (
    HomePage,
    InstallmentPage,
    NewsImage,
    Person,
    Place,
    SeriesPage,
    Theme,
)

logger = logging.getLogger(__name__)

DISPATCH_PREFIX = "series.feeds"


def connect() -> None:
    page_published.connect(page_changed, dispatch_uid=f"{DISPATCH_PREFIX}.published")
    page_unpublished.connect(
        page_changed, dispatch_uid=f"{DISPATCH_PREFIX}.unpublished"
    )
    # Moves and slug changes alter item links.
    post_page_move.connect(feeds_changed, dispatch_uid=f"{DISPATCH_PREFIX}.moved")
    page_slug_changed.connect(feeds_changed, dispatch_uid=f"{DISPATCH_PREFIX}.slug")
    post_delete.connect(_page_deleted, dispatch_uid=f"{DISPATCH_PREFIX}.deleted")
    for model in (Person, Theme, Place, NewsImage, PageViewRestriction, Site):
        uid = f"{DISPATCH_PREFIX}.{model.__name__}"
        post_save.connect(feeds_changed, sender=model, dispatch_uid=uid + ".save")
        post_delete.connect(feeds_changed, sender=model, dispatch_uid=uid + ".delete")


def page_changed(sender, instance, **kwargs) -> None:
    """A page went live, changed or went away: refresh feeds, tell the hub."""
    feeds_changed()
    if not hub_url():
        return
    try:
        urls = changed_feed_urls(instance)
    except Exception:  # never let a feed problem break publishing
        logger.exception("Could not work out feeds changed by page %s", instance.pk)
        return
    hub_ping_after_commit(feed_urls=urls)


def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        feeds_changed()


def changed_feed_urls(page) -> list[str]:
    """Absolute URLs of every feed that lists (or listed) ``page``."""
    page = page.specific
    root_url = site_root_url(page=page)
    owners = list(_feed_owners(page))
    return [
        absolute_url(path, root_url)
        for owner in owners
        for kind in FEED_FORMATS
        if (path := feed_path(owner, kind))
    ]


def _feed_owners(page):
    home = page.get_ancestors(inclusive=True).type(HomePage).first()
    if home is not None:
        yield home.specific
    if isinstance(page, SeriesPage):
        yield page
    if isinstance(page, InstallmentPage):
        if page.series is not None:
            yield page.series
        yield from page.themes()
        yield from (byline.person for byline in page.bylines.all())
        yield from page.places.all()
