"""Hostile text typed into every field stays text on reader pages, JSON-LD and sitemaps.

These tests share one hostile site per module (tests/reader/conftest.py), apart from
the plain reader site the other modules share.
"""

import xml.etree.ElementTree as ET

import pytest

from tests.hostile import HOSTILE, HOSTILE_SHORT
from tests.reader.markup import json_ld, ld_of_type, soup

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


@pytest.fixture
def hostile_pages(hostile_site):
    site = hostile_site
    return {
        "home": "/",
        "series": site.series.url,
        "installment": site.first.url,
        "theme": "/themes/industry/",
        "person": site.people.reporter.get_absolute_url(),
        "place": "/places/jiangyin/",
    }


def test_hostile_text_never_becomes_markup(client, hostile_pages):
    for name, url in hostile_pages.items():
        response = client.get(url)
        body = response.content.decode()
        assert "<script>alert(1)" not in body, name
        assert "<b>粗</b>" not in body, name
        html = soup(response)
        scripts = html.find_all("script")
        # Only our JSON-LD blocks and the one site script: nothing injected.
        assert all(
            s.get("type") == "application/ld+json" or s.get("src") for s in scripts
        ), name
        assert json_ld(response), name  # every block still parses


def test_hostile_text_survives_intact_in_json_ld(client, hostile_site):
    site = hostile_site
    article = ld_of_type(client.get(site.first.url), "NewsArticle")
    assert article["headline"] == "县城工业园的春天" + HOSTILE
    assert article["author"][0]["name"] == "姚雪青" + HOSTILE
    assert article["image"][0]["caption"] == "县城工业园远景1" + HOSTILE
    assert article["image"][0]["creditText"] == "本报记者 刘军国摄" + HOSTILE
    assert article["articleSection"][0] == "产业升级" + HOSTILE_SHORT
    assert article["isPartOf"]["name"] == "县域经济高质量发展观察" + HOSTILE

    series = ld_of_type(client.get(site.series.url), "CreativeWorkSeries")
    assert series["name"] == "县域经济高质量发展观察" + HOSTILE
    person = ld_of_type(client.get(site.people.reporter.get_absolute_url()), "Person")
    assert person["name"] == "姚雪青" + HOSTILE


def test_hostile_text_is_shown_as_text(client, hostile_site):
    html = soup(client.get(hostile_site.first.url))
    assert html.h1.get_text() == "县城工业园的春天" + HOSTILE
    assert (
        html.select_one(".block-figure figcaption")
        .get_text()
        .startswith("工业园里的装配车间" + HOSTILE)
    )
    assert html.select_one(".byline a").get_text() == "姚雪青" + HOSTILE


def test_news_sitemap_escapes_titles(client, hostile_site):
    hostile_site.second.title = "年轻人回到了县城" + HOSTILE
    hostile_site.second.save()
    response = client.get("/news-sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    title = root.find("s:url/news:news/news:title", NS).text
    assert title == "年轻人回到了县城" + HOSTILE
