"""The WSGI fast path (series/pagecache/wsgi.py): cached pages replayed before
Django's request handling, with exactly the headers Django sent, and everything the
page cache must not serve handed to Django unchanged."""

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import RequestFactory

from series.pagecache import store
from series.pagecache.wsgi import PageCacheApp
from tests.pagecache.test_policy import ExplodingCache

pytestmark = pytest.mark.django_db
VOLATILE = {"date", "x-page-cache"}


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """As Django's test client does: a request ending must not close the database
    connection that holds the test's transaction (it would on PostgreSQL)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def app(settings, series):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    return PageCacheApp(get_wsgi_application())


def call(app, path, method="get", **headers) -> tuple[str, dict, bytes]:
    environ = getattr(RequestFactory(), method)(path, **headers).environ
    captured = {}

    def start_response(status, response_headers, exc_info=None):
        captured["status"] = status
        captured["headers"] = response_headers

    body = b"".join(app(environ, start_response))
    headers = {}
    for name, value in captured["headers"]:
        headers[name.lower()] = value
    return captured["status"], headers, body


def stable(headers: dict) -> dict:
    return {name: value for name, value in headers.items() if name not in VOLATILE}


def test_a_hit_replays_the_miss_exactly(app, series, monkeypatch):
    status, first, body = call(app, series.url)
    assert status.startswith("200") and first["x-page-cache"] == "miss"
    # The fast path answers without entering Django's handler.
    monkeypatch.setattr(app, "application", None)
    status, second, replayed = call(app, series.url)
    assert status == "200 OK" and second["x-page-cache"] == "hit"
    assert stable(second) == stable(first)
    assert "content-security-policy" in second and replayed == body


def test_head_and_conditional_requests(app, home):
    _status, first, _body = call(app, "/feed/")
    assert first["x-page-cache"] == "miss" and first["etag"]
    status, headers, body = call(app, "/feed/", method="head")
    assert status == "200 OK" and body == b"" and headers["x-page-cache"] == "hit"
    status, headers, body = call(app, "/feed/", HTTP_IF_NONE_MATCH=first["etag"])
    assert status == "304 Not Modified" and body == b""
    assert headers["etag"] == first["etag"] and "content-type" not in headers


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_COOKIE": "sessionid=abc"}, {"HTTP_AUTHORIZATION": "Basic eDp5"}],
    ids=["session", "credentials"],
)
def test_sessions_and_credentials_go_to_django(app, series, headers):
    call(app, series.url)
    _status, answered, _body = call(app, series.url, **headers)
    assert answered.get("x-page-cache") != "hit"


def test_admin_and_posts_go_to_django(app, series):
    assert call(app, "/admin/login/")[1].get("x-page-cache") is None
    assert call(app, series.url, method="post")[1].get("x-page-cache") != "hit"


def test_plain_http_is_redirected_where_https_is_enforced(app, series, settings):
    call(app, series.url)
    settings.SECURE_SSL_REDIRECT = True
    # SecurityMiddleware reads the setting when the handler is built.
    app = PageCacheApp(get_wsgi_application())
    status, headers, _body = call(app, series.url)
    assert status.startswith("301") and headers["location"].startswith("https://")


def test_a_purge_makes_the_next_request_a_miss(app, series):
    call(app, series.url)
    store.purge_paths([series.url])
    assert call(app, series.url)[1]["x-page-cache"] == "miss"


def test_a_cache_outage_is_served_by_django(app, series, monkeypatch):
    monkeypatch.setattr(store, "cache", ExplodingCache())
    status, headers, _body = call(app, series.url)
    assert status.startswith("200") and headers.get("x-page-cache") != "hit"
