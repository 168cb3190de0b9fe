"""Serving feeds: cached bodies, validators, conditional GET, WebSub discovery.

``page_feed(request, page, kind)`` is called by the ``feed/`` routes of HomePage
and SeriesPage (``FeedRoutesMixin``); ``snippet_feed`` serves themes, people and
places (series/feeds/urls.py). ``kind`` is "rss", "atom" or "json".
"""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import gettext as _

from series.feeds.cache import cache_key, cached_feed, feeds_version
from series.feeds.generators import FEED_GENERATORS
from series.feeds.items import feed_image, feed_item
from series.feeds.links import feed_path
from series.feeds.scopes import FeedScope, scope_for, site_name
from series.feeds.websub import hub_url
from series.links import absolute_url, site_root_url
from series.models import Person, Place, Theme

CHANNEL_IMAGE_RENDITION = "fill-512x512"
FEED_LANGUAGE = "zh-cn"
SNIPPET_MODELS = {"theme": Theme, "person": Person, "place": Place}


def page_feed(request, page, kind: str) -> HttpResponse:
    """The ``kind`` feed of a HomePage (whole site) or SeriesPage."""
    try:
        scope = scope_for(page)
    except ValueError as error:
        raise Http404 from error
    return serve_feed(request, scope, kind)


def snippet_feed(request, slug: str, owner: str, kind: str) -> HttpResponse:
    """The ``kind`` feed of a theme, person or place, found by slug."""
    obj = get_object_or_404(SNIPPET_MODELS[owner], slug=slug)
    return serve_feed(request, scope_for(obj), kind)


def serve_feed(request, scope: FeedScope, kind: str) -> HttpResponse:
    if kind not in FEED_GENERATORS:
        raise Http404
    root_url = site_root_url(request)
    key = cache_key(
        scope.cache_key, kind, root_url, translation.get_language(), feeds_version()
    )
    entry = cached_feed(key, lambda: build_feed(request, scope, kind, root_url))
    last_modified = entry.last_modified.timestamp()
    response = get_conditional_response(
        request, etag=entry.etag, last_modified=last_modified
    )
    if response is None:
        content_type = FEED_GENERATORS[kind].content_type
        response = HttpResponse(entry.body, content_type=content_type)
    response.headers["ETag"] = entry.etag
    response.headers["Last-Modified"] = http_date(last_modified)
    response.headers["Link"] = _discovery_links(scope, kind, root_url)
    patch_cache_control(response, public=True, max_age=feed_max_age())
    return response


def feed_max_age() -> int:
    return int(getattr(settings, "FEEDS_MAX_AGE", 60))


def _discovery_links(scope: FeedScope, kind: str, root_url: str) -> str:
    # WebSub discovery expects rel=self (and rel=hub) as HTTP Link headers.
    links = [f'<{absolute_url(feed_path(scope.obj, kind), root_url)}>; rel="self"']
    if hub_url():
        links.append(f'<{hub_url()}>; rel="hub"')
    return ", ".join(links)


def build_feed(request, scope: FeedScope, kind: str, root_url: str):
    """Render a feed: (body bytes, earliest expiry among its items or None)."""
    pages = scope.installments()
    feed = FEED_GENERATORS[kind](**channel_kwargs(scope, kind, root_url))
    for page in pages:
        feed.add_item(**feed_item(page, request, root_url=root_url))
    body = feed.writeString("utf-8").encode("utf-8")
    return body, min((p.expire_at for p in pages if p.expire_at), default=None)


def channel_kwargs(scope: FeedScope, kind: str, root_url: str) -> dict:
    link = absolute_url(scope.path, root_url)
    return {
        "title": scope.title,
        "link": link,
        "description": scope.description,
        "language": FEED_LANGUAGE,
        "feed_url": absolute_url(feed_path(scope.obj, kind), root_url),
        "feed_guid": link,
        "feed_copyright": _("© %(year)s %(site)s 版权所有")
        % {"year": timezone.localdate().year, "site": site_name()},
        "author_name": site_name(),
        "hub_url": hub_url() or None,
        "image": _channel_image(scope, root_url),
        "updated": getattr(scope.obj, "last_published_at", None),
    }


def _channel_image(scope: FeedScope, root_url: str):
    if scope.image is None:
        return None
    try:
        rendition = scope.image.get_rendition(CHANNEL_IMAGE_RENDITION)
    except (OSError, ValueError):
        return None
    return feed_image(rendition, root_url, title=scope.title)
