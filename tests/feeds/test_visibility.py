"""Drafts, scheduled, expired and private installments never reach a feed or the API."""

import datetime as dt
import json

import feedparser
import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from series.models import InstallmentPage, Role
from tests.factories import BylineFactory
from tests.feeds.conftest import body_for, make_installment, publish

pytestmark = pytest.mark.django_db


def all_feed_urls(newsroom):
    bases = [
        "/",
        newsroom.series.url,
        f"/themes/{newsroom.theme.slug}/",
        f"/people/{newsroom.reporter.slug}/",
        f"/places/{newsroom.place.slug}/",
    ]
    return [base + "feed/" + suffix for base in bases for suffix in ("", "atom/")]


def visible_texts(client, newsroom) -> dict:
    """Everything a subscriber or an app could read, by URL."""
    texts = {}
    urls = all_feed_urls(newsroom) + ["/feed/json/", newsroom.series.url + "feed/json/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        if "json" not in url:
            assert feedparser.parse(response.content).bozo == 0, url
        texts[url] = response.content.decode()
    api = "/api/v2/pages/?type=series.InstallmentPage&fields=*&limit=20"
    response = client.get(api)
    assert response.status_code == 200
    texts[api] = json.dumps(response.json(), ensure_ascii=False)
    return texts


def visible_text(client, newsroom) -> str:
    return "\n".join(visible_texts(client, newsroom).values())


def involved_installment(newsroom, number, title):
    """An installment in every scope: the theme, the reporter, the place."""
    page = make_installment(
        newsroom.series,
        number,
        title=title,
        body=body_for(
            theme=newsroom.theme,
            place=newsroom.place,
            author=newsroom.reporter,
            image=newsroom.first.hero_image,
        ),
    )
    page.places.add(newsroom.place)
    BylineFactory(page=page, person=newsroom.reporter, role=Role.REPORTER)
    return page


def test_published_installments_are_visible_everywhere(client, newsroom):
    publish(involved_installment(newsroom, 3, "可见的一篇"))
    texts = visible_texts(client, newsroom)
    missing = [url for url, text in texts.items() if "可见的一篇" not in text]
    assert not missing
    assert len(texts) == 13  # 10 XML feeds, 2 JSON feeds, the API


def test_draft_never_published_is_invisible(client, newsroom):
    page = involved_installment(newsroom, 3, "从未发布的草稿")
    page.save_revision()
    assert "从未发布的草稿" not in visible_text(client, newsroom)


def test_scheduled_installment_is_invisible_until_it_goes_live(client, newsroom):
    page = involved_installment(newsroom, 3, "定时发布的一篇")
    page.go_live_at = timezone.now() + dt.timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live  # scheduled, waiting for publish_scheduled
    assert "定时发布的一篇" not in visible_text(client, newsroom)


def test_expired_installment_is_invisible_before_the_scheduler_runs(client, newsroom):
    page = publish(involved_installment(newsroom, 3, "已过期的一篇"))
    InstallmentPage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - dt.timedelta(minutes=1)
    )
    assert InstallmentPage.objects.get(pk=page.pk).live  # still live in the table
    text = visible_text(client, newsroom)
    assert "已过期的一篇" not in text
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_private_installment_is_invisible(client, newsroom):
    page = publish(involved_installment(newsroom, 3, "受限的一篇"))
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert "受限的一篇" not in visible_text(client, newsroom)
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_installments_under_a_private_series_are_invisible(client, newsroom):
    PageViewRestriction.objects.create(
        page=newsroom.series, restriction_type=PageViewRestriction.LOGIN
    )
    for url in ("/feed/", f"/people/{newsroom.reporter.slug}/feed/json/"):
        assert "第一篇" not in client.get(url).content.decode()


def test_newer_draft_does_not_replace_the_published_version(client, newsroom):
    page = newsroom.first
    page.title = "尚未发布的新标题"
    page.standfirst = "尚未发布的新导语"
    page.save_revision()
    text = visible_text(client, newsroom)
    assert "尚未发布的新" not in text
    assert "第一篇 &lt;/script&gt;" in text  # the published headline is still there
