"""What the page cache may share, its headers, and a cache outage."""

import pytest
from django.core.cache import cache

from series.pagecache import store

pytestmark = pytest.mark.django_db

CLOSED_PORT_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
    }
}


@pytest.fixture
def cache_on(settings, series):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    return series


def test_anonymous_pages_are_shared_with_revalidating_browsers(client, cache_on):
    first = client.get(cache_on.url)
    second = client.get(cache_on.url)
    assert (first.headers["X-Page-Cache"], second.headers["X-Page-Cache"]) == (
        "miss",
        "hit",
    )
    control = second.headers["Cache-Control"]
    assert "public" in control and "max-age=0" in control and "s-maxage=600" in control
    assert "Cookie" in second.headers["Vary"]
    assert second.content == first.content


def test_query_strings_are_separate_entries(client, cache_on):
    client.get(cache_on.url)
    assert client.get(cache_on.url + "?page=2").headers["X-Page-Cache"] == "miss"


def test_signed_in_editors_are_never_served_or_stored(
    client, cache_on, django_user_model
):
    client.get(cache_on.url)  # an anonymous copy exists
    user = django_user_model.objects.create_superuser("ed", "ed@example.com", "pw")
    client.force_login(user)
    response = client.get(cache_on.url)
    assert "X-Page-Cache" not in response.headers
    assert "private" in response.headers["Cache-Control"]


def test_admin_and_posts_are_not_cached(client, cache_on):
    assert "X-Page-Cache" not in client.get("/admin/login/").headers
    assert "X-Page-Cache" not in client.post(cache_on.url).headers


def test_responses_setting_cookies_are_not_stored(client, cache_on, settings):
    from django.http import HttpResponse

    from series.pagecache.middleware import PageCacheMiddleware

    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("tracking", "1")
        return response

    middleware = PageCacheMiddleware(view)
    from django.test import RequestFactory

    request = RequestFactory().get("/cookie/")
    middleware(request)
    assert "X-Page-Cache" not in middleware(RequestFactory().get("/cookie/")).headers


def test_redis_down_pages_still_served(client, settings, cache_on):
    settings.CACHES = CLOSED_PORT_REDIS
    for _ in range(2):
        response = client.get(cache_on.url)
        assert response.status_code == 200
    cache_on.title = "缓存宕机时也能发布"
    cache_on.save_revision().publish()
    assert "缓存宕机时也能发布" in client.get(cache_on.url).content.decode()


class ExplodingCache:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache is down")

        return fail


def test_store_never_raises_when_the_backend_does(monkeypatch):
    monkeypatch.setattr(store, "cache", ExplodingCache())
    where, entry = store.lookup("example.com", "/", "")
    assert entry is None
    store.store_entry(where, store.Entry(200, (), b""), 60)
    store.purge_paths(["/"])


def test_the_near_copy_never_outlives_its_entry():
    near = store.NearCache(2)
    near.put("old", store.Entry(200, (), b"", "v", expires_at=1.0))
    assert near.get("old") is None
    for key in ("a", "b", "c"):
        near.put(key, store.Entry(200, (), key.encode(), "v"))
    assert near.get("a") is None and near.get("c").content == b"c"


def test_a_purge_elsewhere_beats_this_process_s_copy(client, cache_on):
    client.get(cache_on.url)
    assert client.get(cache_on.url).headers["X-Page-Cache"] == "hit"  # now near
    # Another process purges: only the shared token changes.
    store.purge_paths([cache_on.url])
    assert client.get(cache_on.url).headers["X-Page-Cache"] == "miss"
