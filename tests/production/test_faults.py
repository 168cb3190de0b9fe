"""Faults survived in-process: /healthz up and down, Redis down, search backend down,
a database error in a view. The real PostgreSQL outage is in test_outage.py."""

import json

import pytest
import redis
from django.db import OperationalError

from tests.reader.conftest import build_reader_site

DEAD_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1
LIVE_REDIS = "redis://127.0.0.1:6379/15"


def redis_cache(settings, url):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    # pytest-django's settings fixture sends setting_changed: Django rebuilds caches.


def test_healthz_answers_200_uncached_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "checks": {"database": True},
    }
    assert "no-store" in response["Cache-Control"]
    assert "Set-Cookie" not in response


def test_healthz_answers_503_when_the_database_fails(client, db, monkeypatch):
    class Unreachable:
        def cursor(self):
            raise OperationalError("connection refused")

    monkeypatch.setattr("newsroom.health.connection", Unreachable())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"] == {"database": False}


def test_healthz_checks_redis_when_it_is_the_cache(client, db, settings):
    try:
        redis.Redis.from_url(LIVE_REDIS, socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    redis_cache(settings, LIVE_REDIS)
    up = client.get("/healthz")
    assert up.status_code == 200 and json.loads(up.content)["checks"]["redis"] is True
    redis_cache(settings, DEAD_REDIS)
    down = client.get("/healthz")
    assert down.status_code == 503
    assert json.loads(down.content)["checks"] == {"database": True, "redis": False}


def test_a_redis_outage_means_no_cache_not_errors(client, db, settings):
    site = build_reader_site()
    redis_cache(settings, DEAD_REDIS)
    for url in [
        site.home.url,
        site.first.url,
        site.series.url + "feed/",
        "/themes/industry/feed/json/",
        "/search/?q=县城",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url


def test_a_failing_search_backend_falls_back_to_simple_search(client, db, monkeypatch):
    site = build_reader_site()

    def broken(*args, **kwargs):
        raise RuntimeError("index unavailable")

    monkeypatch.setattr("series.search.views.search_installments", broken)
    response = client.get("/search/", {"q": "工业园"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "搜索服务暂时简化" in body
    assert f'href="{site.first.url}"' in body
    assert f'href="{site.second.url}"' not in body  # its title and deck lack the word
    assert site.expired.url not in body and site.private.url not in body


def test_a_database_error_in_a_view_answers_a_chinese_503(client, db, monkeypatch):
    site = build_reader_site()

    def lose_database(*args, **kwargs):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed')

    monkeypatch.setattr("series.site.views.published_installments", lose_database)
    response = client.get("/themes/industry/")
    assert response.status_code == 503
    body = response.content.decode()
    assert "网站暂时无法访问" in body and '<html lang="zh-Hans">' in body
    assert "5432" not in body and "OperationalError" not in body
    assert response["Retry-After"] and "no-store" in response["Cache-Control"]
    assert client.get(site.first.url).status_code == 200


def test_a_database_error_outside_views_answers_503_too(rf):
    from newsroom.errors import server_error

    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(rf.get("/"))
    assert response.status_code == 503
    assert "网站暂时无法访问" in response.content.decode()
    try:
        raise ValueError("a bug")
    except ValueError:
        assert server_error(rf.get("/")).status_code == 500
