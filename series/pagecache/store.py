"""Page cache entries in Django's cache, invalidated per URL path.

Each path has a version token, and each entry (keyed by host, path and query string)
records the token it was stored under: one MGET reads both, and an entry whose token
is no longer the path's is a miss. Purging a path gives it a new token, which drops
every host and query variant of it at once (``?page=2``, ``?q=…``) without listing
them. Old entries simply expire.

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
    """What is needed to replay a response: no pickled HttpResponse objects.

    `version` is the path's version token when the entry was stored: an entry whose
    path has been purged since no longer matches and counts as a miss.
    """

    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    version: str = ""


@dataclass(frozen=True)
class Lookup:
    """Where an entry lives and the path version it must carry to be current."""

    key: str
    version: str


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


def _new_version(version_key: str) -> str:
    version = uuid.uuid4().hex
    # add() keeps a token another process set first.
    _quietly(lambda: cache.add(version_key, version, None))
    return _quietly(lambda: cache.get(version_key)) or version


def lookup(host: str, path: str, query: str) -> tuple[Lookup, Entry | None]:
    """The entry for a request, in one cache round trip (one MGET on Redis).

    Returns where to store a fresh entry and the current one, if any.
    """
    version_key = _version_key(path)
    key = f"{KEY_PREFIX}:e:{_digest(host, path, query)}"
    found = _quietly(lambda: cache.get_many([version_key, key]), {}) or {}
    version = found.get(version_key)
    entry = found.get(key)
    if version is None:
        return Lookup(key, _new_version(version_key)), None
    if isinstance(entry, Entry) and entry.version == version:
        return Lookup(key, version), entry
    return Lookup(key, version), None


def store_entry(where: Lookup, entry: Entry, seconds: int) -> None:
    entry = Entry(entry.status, entry.headers, entry.content, where.version)
    _quietly(lambda: cache.set(where.key, entry, seconds))


def purge_paths(paths) -> None:
    """Drop every cached variant of each site-relative path."""
    tokens = {_version_key(path): uuid.uuid4().hex for path in set(paths)}
    if tokens:
        _quietly(lambda: cache.set_many(tokens, None))
