"""API search (`?search=`) for every page type: only what readers may see."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import InstallmentPageFactory
from tests.feeds.conftest import make_installment, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def glass(newsroom):
    """Four installments about glass: one readers may see, three they may not."""
    pages = {}
    for number, name in [(3, "shown"), (4, "draft"), (5, "expired"), (6, "private")]:
        pages[name] = make_installment(
            newsroom.series, number, title=f"玻璃产业之{name}", standfirst="浮法玻璃"
        )
    for name in ("shown", "expired", "private"):
        publish(pages[name])
    pages["expired"].expire_at = timezone.now() - dt.timedelta(hours=1)
    pages["expired"].save()
    PageViewRestriction.objects.create(
        page=pages["private"], restriction_type="password", password="x"
    )
    return pages


def searched_ids(client, query: str) -> list[int]:
    response = client.get("/api/v2/pages/", {"search": query})
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["items"]]


def test_search_without_type_finds_only_published_pages(client, glass):
    assert searched_ids(client, "玻璃") == [glass["shown"].pk]


def test_search_without_type_covers_series_pages_too(client, newsroom):
    assert newsroom.series.pk in searched_ids(client, "县域观察")


def test_search_with_type_still_works(client, glass):
    response = client.get(
        "/api/v2/pages/", {"search": "玻璃", "type": "series.InstallmentPage"}
    )
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [glass["shown"].pk]


def test_search_finds_nothing_unpublished_under_an_unpublished_series(client, newsroom):
    series = newsroom.series
    hidden = InstallmentPageFactory(parent=series, number=9, title="玻璃窑炉")
    publish(hidden)
    series.unpublish()
    assert searched_ids(client, "玻璃窑炉") == []
