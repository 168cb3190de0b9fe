"""Page cache tests: the reader site with the page cache on, in memory or on Redis."""

import os

import pytest
from django.core.cache import cache

# A database number and prefix of our own: other suites and the site use db 0.
# make test runs the SQLite and PostgreSQL passes side by side, and clearing the
# cache flushes the database: each pass has its own.
_PASS_DB = 13 if os.environ.get("DATABASE_URL", "").startswith("postgres") else 10
REDIS_TEST_URL = f"redis://127.0.0.1:6379/{_PASS_DB}"


def redis_available() -> bool:
    try:
        import redis

        redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1).ping()
    except Exception:
        return False
    return True


CACHE_BACKENDS = {
    "memory": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "redis": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_TEST_URL,
        "KEY_PREFIX": "newsroom-pagecache-test",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True},
    },
}


@pytest.fixture(params=sorted(CACHE_BACKENDS))
def page_cache(request, settings):
    """The page cache on, on each backend; Redis is skipped only when absent."""
    if request.param == "redis" and not redis_available():
        pytest.skip(f"Redis is not answering at {REDIS_TEST_URL}")
    settings.CACHES = {"default": CACHE_BACKENDS[request.param]}
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield request.param
    cache.clear()
