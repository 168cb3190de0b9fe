"""Hostile text (tests/hostile.py) typed into every editor field stays inert in the
HTML, JSON-LD, OpenGraph, RSS/Atom/JSON feeds, the API and search snippets."""

import json

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.utils.html import escape

from series.models import Correction
from tests.factories import rich_body
from tests.hostile import hostile
from tests.reader.conftest import build_reader_site

RAW_MARKUP = ("<img src=x", "<script>alert", "<b>粗</b>")


def fill_every_field(site):
    """Hostile text in each editor-typed field, cut to the field's length."""
    texts = {}

    def put(obj, field, prefix):
        limit = obj._meta.get_field(field).max_length
        value = hostile(prefix, limit)
        setattr(obj, field, value)
        texts[f"{type(obj).__name__}.{field}"] = value

    image = site.images[0]
    put(image, "credit", "本报记者 ")
    put(image, "default_caption", "县城远景")
    image.save()
    person = site.people.reporter
    put(person, "name", "姚")
    person.bio = hostile("记者简介")
    person.save()
    theme = site.themes[0]
    put(theme, "name", "产业")
    theme.description = hostile("主题说明")
    theme.save()
    place = site.places[0]
    put(place, "name", "江阴")
    place.save()
    series = site.series
    put(series, "title", "县域经济观察")
    put(series, "strapline", "走进产业强县")
    series.editors_note = f"<p>{escape(hostile('编者按'))}</p>"
    series.save()
    page = site.first
    put(page, "title", "县城工业园")
    put(page, "deck", "引题")
    page.standfirst = hostile("导语")
    page.body = hostile_body(site)
    page.save()
    Correction.objects.create(page=page, date=page.edition_date, text=hostile("更正"))
    texts["label"] = hostile("规上工业总产值")
    return texts


def hostile_body(site) -> str:
    body = json.loads(
        rich_body(
            themes=site.themes,
            places=site.places,
            images=site.images,
            commentator=site.people.commentator,
            hostile=hostile(),
        )
    )
    for section in (b for b in body if b["type"] == "section"):
        for child in section["value"]["content"]:
            if child["type"] == "key_figure":
                child["value"]["label"] = hostile(child["value"]["label"])
                child["value"]["unit"] = hostile("亿元", 20)
                child["value"]["source"] = hostile("来源")
    return json.dumps(body, ensure_ascii=False)


@pytest.fixture
def site(db):
    site = build_reader_site()
    site.texts = fill_every_field(site)
    return site


def assert_inert(body: str, where: str) -> None:
    for markup in RAW_MARKUP:
        assert markup not in body, (where, markup)


def test_pages_json_ld_and_opengraph_keep_it_as_text(client, site):
    pages = {
        "home": "/",
        "series": site.series.url,
        "installment": site.first.url,
        "theme": site.themes[0].get_absolute_url(),
        "person": site.people.reporter.get_absolute_url(),
        "place": site.places[0].get_absolute_url(),
        "search": "/search/?q=县城工业园",
    }
    seen = ""
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, name
        body = response.content.decode()
        assert_inert(body, name)
        html = BeautifulSoup(body, "html.parser")
        for script in html.find_all("script"):
            assert script.get("src") or script.get("type") == "application/ld+json"
            if not script.get("src"):
                seen += json.dumps(json.loads(script.string), ensure_ascii=False)
        seen += html.get_text()
        seen += " ".join(m.get("content", "") for m in html.find_all("meta"))
    article_og = BeautifulSoup(client.get(site.first.url).content, "html.parser")
    assert article_og.find("meta", property="og:title")["content"].startswith(
        site.texts["InstallmentPage.title"]
    )
    # Every hostile value reached some output intact, as text.
    for field, value in site.texts.items():
        assert value in seen, field


def test_feeds_stay_well_formed_and_inert(client, site):
    base = site.series.url + "feed/"
    title = site.texts["InstallmentPage.title"]
    for kind in ("", "atom/"):
        response = client.get(base + kind)
        assert response.status_code == 200
        # Unsanitized, as a careless reader would show it: the HTML must be inert itself.
        parsed = feedparser.parse(response.content, sanitize_html=False)
        assert not parsed.bozo, (kind, parsed.get("bozo_exception"))
        entry = next(e for e in parsed.entries if e.title.startswith("县城工业园"))
        # Feed titles are "<title>——<series>之<n>": both hostile parts intact.
        assert entry.title.startswith(title), kind or "rss"
        assert site.texts["SeriesPage.title"] in entry.title
        parts = [*entry.get("content", []), entry.summary_detail]
        html = " ".join(p.value for p in parts if p.type == "text/html")
        assert_inert(html, kind or "rss")
        assert "&lt;img src=x" in html
    feed = json.loads(client.get(base + "json/").content)
    item = next(i for i in feed["items"] if i["title"].startswith("县城工业园"))
    assert item["title"].startswith(title)
    assert site.texts["SeriesPage.title"] in item["title"]
    assert_inert(item.get("content_html", ""), "json feed html")
    assert "&lt;img src=x" in item["content_html"]


def test_api_returns_it_as_json_strings(client, site):
    response = client.get(f"/api/v2/pages/{site.first.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["X-Content-Type-Options"] == "nosniff"
    data = json.loads(response.content)
    assert data["title"] == site.texts["InstallmentPage.title"]
    assert (
        data.get("deck", site.texts["InstallmentPage.deck"])
        == site.texts["InstallmentPage.deck"]
    )
