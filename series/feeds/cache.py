"""Feed cache: rendered bodies keyed by a content version, dropped on every change.

Two things make up the version, so a stale feed is never served:

- a counter in the Django cache, bumped by signals when a page is published,
  unpublished, moved or deleted and when a person, theme, place or image is
  saved (``feeds_changed``), which is immediate for every process sharing the
  cache (Redis in production);
- the id of the newest Wagtail log entry for those actions, read from the
  database, which catches changes made by another process when each process
  keeps its own memory cache.

An entry also never outlives the next expiry time of a listed installment,
because expiry by time fires no signal until the scheduler runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.utils import timezone
from wagtail.models import ModelLogEntry, PageLogEntry

VERSION_KEY = "series.feeds:version"
DEFAULT_TIMEOUT = 60 * 60
# Page log actions that change what a feed may show.
PAGE_ACTIONS = (
    "wagtail.publish",
    "wagtail.publish.scheduled",
    "wagtail.unpublish",
    "wagtail.unpublish.scheduled",
    "wagtail.delete",
    "wagtail.move",
    "wagtail.view_restriction.create",
    "wagtail.view_restriction.edit",
    "wagtail.view_restriction.delete",
)


@dataclass(frozen=True)
class CachedFeed:
    """A rendered feed and its validators."""

    body: bytes
    etag: str
    last_modified: dt.datetime


def feeds_changed(**kwargs) -> None:
    """Signal receiver: every cached feed and API answer is now out of date."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not in the cache yet (or evicted)
        cache.set(VERSION_KEY, _fresh_version(), None)


def feeds_version() -> str:
    """The current content version, part of every feed cache key."""
    counter = cache.get(VERSION_KEY)
    if counter is None:
        counter = _fresh_version()
        cache.add(VERSION_KEY, counter, None)
    page_entry = _latest_pk(PageLogEntry.objects.filter(action__in=PAGE_ACTIONS))
    model_entry = _latest_pk(ModelLogEntry.objects.all())
    return f"{counter}.{page_entry}.{model_entry}"


def _latest_pk(entries) -> int:
    # Walks the primary key index backwards: cheap however long the log grows.
    return entries.order_by("-pk").values_list("pk", flat=True).first() or 0


def _fresh_version() -> int:
    # Start from the clock so a restarted process never reuses an old number.
    return int(timezone.now().timestamp() * 1000)


def cache_key(*parts: object) -> str:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()
    return f"series.feeds:{digest[:40]}"


def cached_feed(key: str, build) -> CachedFeed:
    """The cached feed for ``key``, else ``build()`` -> (body, expires_at) stored.

    ``expires_at`` is the earliest expiry time among the listed pages, if any.
    """
    entry = cache.get(key)
    if entry is not None:
        return entry
    body, expires_at = build()
    entry = CachedFeed(
        body=body,
        etag=f'"{hashlib.sha256(body).hexdigest()[:32]}"',
        # Build time, not the newest item: an unpublish must move it forward.
        last_modified=timezone.now().replace(microsecond=0),
    )
    cache.set(key, entry, _timeout(expires_at))
    return entry


def _timeout(expires_at: dt.datetime | None) -> int:
    if expires_at is None:
        return DEFAULT_TIMEOUT
    seconds = int((expires_at - timezone.now()).total_seconds()) + 1
    return max(1, min(DEFAULT_TIMEOUT, seconds))
