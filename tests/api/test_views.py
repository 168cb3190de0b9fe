"""The app API (Wagtail API v2): our fields, only live public content, only its images."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from series.models import InstallmentPage
from tests.factories import NewsImageFactory
from tests.feeds.conftest import make_installment, publish
from tests.hostile import HOSTILE

pytestmark = pytest.mark.django_db

LIST = "/api/v2/pages/?type=series.InstallmentPage&fields=*"


def listed_titles(client):
    response = client.get(LIST)
    assert response.status_code == 200
    return [item["title"] for item in response.json()["items"]]


def test_installment_fields_are_serialised(client, newsroom):
    response = client.get(f"/api/v2/pages/{newsroom.first.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert data["title"] == "第一篇 " + HOSTILE  # JSON carries the text as text
    assert data["position_label"] == "之一"
    assert data["series"]["id"] == newsroom.series.pk
    assert data["standfirst"] == "导语 " + HOSTILE
    assert [(b["name"], b["role"], b["role_label"]) for b in data["bylines"]] == [
        (newsroom.reporter.name, "reporter", "本报记者"),
        (newsroom.photographer.name, "photographer", "摄影"),
    ]
    assert [p["slug"] for p in data["places"]] == [newsroom.place.slug]
    assert [t["name"] for t in data["themes"]] == [newsroom.theme.name]
    assert data["corrections"] == [{"date": "2024-05-09", "text": "更正 " + HOSTILE}]
    assert data["hero_image"]["id"] == newsroom.first.hero_image_id
    assert data["hero_image_rendition"]["url"].startswith("/media/images/")
    section = next(b for b in data["body"] if b["type"] == "section")
    assert section["value"]["theme"] == newsroom.theme.pk
    assert [c["type"] for c in section["value"]["content"]] == [
        "paragraph",
        "image",
        "pull_quote",
        "key_figure",
    ]


def test_series_fields_are_serialised(client, newsroom):
    data = client.get(f"/api/v2/pages/{newsroom.series.pk}/").json()
    assert data["kicker"] == "人民眼·县域经济"
    assert data["status"] == "running"
    assert data["published_count"] == 2
    assert data["cover_image_rendition"]["width"] > 0


def test_hidden_installments_never_appear(client, newsroom):
    draft = make_installment(newsroom.series, 3, title="草稿")
    draft.save_revision()
    scheduled = make_installment(newsroom.series, 4, title="定时")
    scheduled.go_live_at = timezone.now() + dt.timedelta(days=1)
    scheduled.save_revision().publish()
    expired = publish(make_installment(newsroom.series, 5, title="过期"))
    InstallmentPage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - dt.timedelta(seconds=1)
    )
    private = publish(make_installment(newsroom.series, 6, title="受限"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    titles = listed_titles(client)
    assert len(titles) == 2 and titles[1] == "第二篇"
    for page in (draft, scheduled, expired, private):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
        found = client.get(f"/api/v2/pages/find/?html_path={page.url or '/x/'}")
        assert found.status_code == 404


def test_published_page_with_newer_draft_shows_the_published_fields(client, newsroom):
    newsroom.second.title = "草稿里的新标题"
    newsroom.second.save_revision()
    assert "草稿里的新标题" not in listed_titles(client)
    assert "第二篇" in listed_titles(client)


def test_images_endpoint_lists_only_images_public_content_shows(client, newsroom):
    embargoed = NewsImageFactory(title="未发稿件的照片")
    hidden = make_installment(newsroom.series, 3, title="草稿", hero_image=embargoed)
    hidden.save_revision()
    response = client.get("/api/v2/images/?limit=20")
    assert response.status_code == 200
    ids = {item["id"] for item in response.json()["items"]}
    body_image = newsroom.first.sections()[0]["content"][1].value["image"]
    expected = {
        newsroom.first.hero_image_id,
        newsroom.series.cover_image_id,
        body_image.pk,
    }
    assert ids == expected
    assert client.get(f"/api/v2/images/{embargoed.pk}/").status_code == 404


def test_api_is_read_only(client, newsroom):
    response = client.post("/api/v2/pages/", {"title": "x"})
    assert response.status_code == 405
