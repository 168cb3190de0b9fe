"""Validators, 304s and a cache that is dropped whenever what a feed shows changes."""

import datetime as dt
import time

import pytest
from django.core.cache import cache
from django.utils import timezone

from series.feeds import views
from series.feeds.cache import VERSION_KEY
from series.models import InstallmentPage
from tests.feeds.conftest import make_installment, publish

pytestmark = pytest.mark.django_db

FEEDS = ("feed/", "feed/atom/", "feed/json/")


def get(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code in (200, 304), url
    return response


def test_conditional_get_answers_304_on_etag_and_on_date(client, newsroom):
    for suffix in FEEDS:
        url = newsroom.series.url + suffix
        first = get(client, url)
        assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
        by_etag = get(client, url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert by_etag.status_code == 304 and by_etag.content == b""
        assert by_etag["ETag"] == first["ETag"]
        by_date = get(client, url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
        assert by_date.status_code == 304
        other = get(client, url, HTTP_IF_NONE_MATCH='"something-else"')
        assert other.status_code == 200 and other.content == first.content


def test_publishing_changes_the_etag_and_the_feed(client, newsroom):
    url = newsroom.series.url + "feed/"
    before = get(client, url)
    publish(make_installment(newsroom.series, 3, title="新发布的第三篇"))
    after = get(client, url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert "新发布的第三篇" in after.content.decode()


def test_editing_a_published_installment_changes_the_etag(client, newsroom):
    url = newsroom.series.url + "feed/json/"
    before = get(client, url)
    page = newsroom.second
    page.title = "改过的标题"
    page.save_revision().publish()
    after = get(client, url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200 and "改过的标题" in after.content.decode()


def test_unpublishing_removes_the_item_and_changes_the_etag(client, newsroom):
    url = f"/people/{newsroom.photographer.slug}/feed/atom/"
    before = get(client, url)
    assert "第二篇" in before.content.decode()
    newsroom.second.unpublish()
    after = get(client, url, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200 and after["ETag"] != before["ETag"]
    assert "第二篇" not in after.content.decode()


def test_renaming_a_person_refreshes_feeds(client, newsroom):
    url = newsroom.series.url + "feed/"
    get(client, url)
    newsroom.photographer.name = "改名后的摄影师"
    newsroom.photographer.save()
    assert "改名后的摄影师" in get(client, url).content.decode()


def test_second_request_is_served_from_the_cache(
    client, newsroom, monkeypatch, django_assert_max_num_queries
):
    url = "/feed/"
    get(client, url)

    def no_rebuild(*args, **kwargs):
        raise AssertionError("feed rebuilt although nothing changed")

    monkeypatch.setattr(views, "build_feed", no_rebuild)
    # Wagtail's routing (site, page, alias, restrictions) plus our version check.
    with django_assert_max_num_queries(6):
        cached = get(client, url)
    assert "第一篇" in cached.content.decode()


def test_a_publish_seen_only_by_another_process_still_refreshes(client, newsroom):
    """Per-process memory caches never see each other's signals: the log does."""
    url = newsroom.series.url + "feed/"
    get(client, url)
    counter = cache.get(VERSION_KEY)
    publish(make_installment(newsroom.series, 3, title="另一进程发布"))
    cache.set(VERSION_KEY, counter, None)  # as if the signal fired elsewhere
    assert "另一进程发布" in get(client, url).content.decode()


def test_cached_feed_does_not_outlive_an_expiry_time(client, newsroom, monkeypatch):
    url = newsroom.series.url + "feed/"
    InstallmentPage.objects.filter(pk=newsroom.second.pk).update(
        expire_at=timezone.now() + dt.timedelta(minutes=2)
    )
    cache.clear()
    assert "第二篇" in get(client, url).content.decode()
    # Three minutes later: no signal fires for an expiry, the entry must lapse.
    later = time.time() + 180
    monkeypatch.setattr(time, "time", lambda: later)
    monkeypatch.setattr(
        timezone, "now", lambda: dt.datetime.fromtimestamp(later, tz=dt.UTC)
    )
    assert "第二篇" not in get(client, url).content.decode()
