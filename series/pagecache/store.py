"""Page cache entries in Django's cache, invalidated per URL path.

Each path has a version token; an entry's key includes the token, the host and the
query string. Purging a path gives it a new token, which drops every host and query
variant of it at once (``?page=2``, ``?q=…``) without listing them. Old entries
simply expire.

Every cache call goes through ``_quietly``: a cache outage makes pages uncached,
never an error for the reader.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

DEFAULT_SECONDS = 600
KEY_PREFIX = "series.pagecache"


@dataclass(frozen=True)
class Entry:
    """What is needed to replay a response: no pickled HttpResponse objects."""

    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes


def page_cache_seconds() -> int:
    """How long an entry lives (0 turns the page cache off)."""
    return int(getattr(settings, "PAGE_CACHE_SECONDS", DEFAULT_SECONDS))


def _quietly(call, default=None):
    try:
        return call()
    except Exception:  # any backend error: behave as a cache miss
        logger.warning("Page cache unavailable", exc_info=True)
        return default


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:40]


def _version_key(path: str) -> str:
    return f"{KEY_PREFIX}:v:{_digest(path)}"


def _path_version(path: str) -> str:
    key = _version_key(path)
    version = _quietly(lambda: cache.get(key))
    if version is None:
        version = uuid.uuid4().hex
        # add() keeps a token another process set first.
        _quietly(lambda: cache.add(key, version, None))
        version = _quietly(lambda: cache.get(key)) or version
    return version


def entry_key(host: str, path: str, query: str) -> str:
    version = _path_version(path)
    return f"{KEY_PREFIX}:e:{_digest(host, path, query, version)}"


def get_entry(key: str) -> Entry | None:
    entry = _quietly(lambda: cache.get(key))
    return entry if isinstance(entry, Entry) else None


def set_entry(key: str, entry: Entry, seconds: int) -> None:
    _quietly(lambda: cache.set(key, entry, seconds))


def purge_paths(paths) -> None:
    """Drop every cached variant of each site-relative path."""
    tokens = {_version_key(path): uuid.uuid4().hex for path in set(paths)}
    if tokens:
        _quietly(lambda: cache.set_many(tokens, None))
