"""The bare Redis client for path tokens (series/pagecache/tokens.py)."""

import pytest
import redis

from series.pagecache import store, tokens

pytestmark = pytest.mark.single_pass
URL = "redis://127.0.0.1:6379/11"  # not the bench (15), loopback (14), worker (13)


@pytest.fixture
def on_redis(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": URL}
    }
    redis.Redis.from_url(URL).flushdb()
    yield redis.Redis.from_url(URL)
    redis.Redis.from_url(URL).flushdb()


def test_tokens_are_plain_strings_in_the_cache_database(on_redis):
    tokens.set_many({"series.pagecache:v:a": "one", "series.pagecache:v:b": "two"})
    tokens.add("series.pagecache:v:a", "ignored")  # NX keeps the first
    tokens.add("series.pagecache:v:c", "three")
    assert tokens.get("series.pagecache:v:a") == "one"
    assert tokens.get("series.pagecache:v:missing") is None
    assert on_redis.mget(["series.pagecache:v:b", "series.pagecache:v:c"]) == [
        b"two",
        b"three",
    ]


def test_a_purge_is_seen_by_another_connection_at_once(on_redis):
    where, _ = store.lookup("example.com", "/a/", "")
    store.store_entry(where, store.Entry(200, (), b"page"), 60)
    assert store.lookup("example.com", "/a/", "")[1].content == b"page"
    # Another process purges: a raw write to the same token.
    on_redis.set(store._version_key("/a/"), "purged-elsewhere")
    assert store.lookup("example.com", "/a/", "")[1] is None


def test_redis_down_is_a_miss_not_an_error(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    assert store.lookup("example.com", "/", "")[1] is None


def test_without_redis_tokens_use_django_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    }
    assert tokens.redis_location() is None
    tokens.set_many({"k": "v"})
    assert tokens.get("k") == "v"
