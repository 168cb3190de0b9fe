"""Page cache entries in Django's cache, invalidated per URL path.

Each path has a version token, and each entry (keyed by host, path and query string)
records the token it was stored under: an entry whose token is no longer the path's
is a miss. Purging a path gives it a new token, which drops
every host and query variant of it at once (``?page=2``, ``?q=…``) without listing
them. Old entries simply expire.

Every cache call goes through ``_quietly``: a cache outage makes pages uncached,
never an error for the reader.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache

from series.pagecache import tokens

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
    expires_at: float = 0.0


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


# Every request hashes its path and its host, path and query: the same few
# hundred keys over and over, so each is hashed once per process.
@lru_cache(maxsize=4096)
def _version_key(path: str) -> str:
    return f"{KEY_PREFIX}:v:{_digest(path)}"


@lru_cache(maxsize=4096)
def _entry_key(host: str, path: str, query: str) -> str:
    return f"{KEY_PREFIX}:e:{_digest(host, path, query)}"


def _new_version(version_key: str) -> str:
    version = uuid.uuid4().hex
    # add() keeps a token another process set first.
    _quietly(lambda: tokens.add(version_key, version))
    return _quietly(lambda: tokens.get(version_key)) or version


def lookup(host: str, path: str, query: str) -> tuple[Lookup, Entry | None]:
    """The entry for a request.

    The path's version token is read first (series.pagecache.tokens: a bare
    socket round trip with Redis). An entry this process served recently is kept
    in memory (`_near`) and is current if it still carries that token; otherwise
    the entry is read from Django's cache. Returns where to store a fresh entry
    and the current one, if any.
    """
    version_key = _version_key(path)
    key = _entry_key(host, path, query)
    near = _near.get(key)
    version = _quietly(lambda: tokens.get(version_key))
    if near is not None and version is not None and near.version == version:
        return Lookup(key, version), near
    if version is None:
        return Lookup(key, _new_version(version_key)), None
    entry = _quietly(lambda: cache.get(key))
    if isinstance(entry, Entry) and entry.version == version:
        _near.put(key, entry)
        return Lookup(key, version), entry
    return Lookup(key, version), None


def store_entry(where: Lookup, entry: Entry, seconds: int) -> None:
    entry = Entry(
        entry.status,
        entry.headers,
        entry.content,
        where.version,
        expires_at=time.time() + seconds,
    )
    _quietly(lambda: cache.set(where.key, entry, seconds))


class NearCache:
    """A small per-process LRU of entries; never trusted without the path's token,
    and never past the entry's own expiry (the shared cache's lifetime)."""

    def __init__(self, size: int):
        self.size = size
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry.expires_at and entry.expires_at <= time.time():
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: Entry) -> None:
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


NEAR_ENTRIES = 256
_near = NearCache(NEAR_ENTRIES)


def purge_paths(paths) -> None:
    """Drop every cached variant of each site-relative path."""
    new = {_version_key(path): uuid.uuid4().hex for path in set(paths)}
    if new:
        _quietly(lambda: tokens.set_many(new))
