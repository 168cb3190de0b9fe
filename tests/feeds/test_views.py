"""Feeds over HTTP, as a feed reader fetches them: every scope, every format."""

import html
import json
import re
import xml.etree.ElementTree as ET

import feedparser
import pytest

from series.feeds.generators import JSON_FEED_VERSION
from series.models import Role
from tests.factories import BylineFactory
from tests.feeds.conftest import make_installment, publish
from tests.hostile import HOSTILE

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"
CONTENT_TYPES = {
    "": "application/rss+xml; charset=utf-8",
    "atom/": "application/atom+xml; charset=utf-8",
    "json/": "application/feed+json; charset=utf-8",
}


def feed_bases(newsroom):
    return [
        "/",
        newsroom.series.url,
        f"/themes/{newsroom.theme.slug}/",
        f"/people/{newsroom.reporter.slug}/",
        f"/places/{newsroom.place.slug}/",
    ]


def fetch(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response


def parse_xml(client, url):
    parsed = feedparser.parse(fetch(client, url).content)
    assert parsed.bozo == 0, (url, parsed.get("bozo_exception"))
    return parsed


def entry_titled(parsed, prefix):
    return next(e for e in parsed.entries if e.title.startswith(prefix))


def test_every_feed_is_served_with_its_type_and_parses(client, newsroom):
    for base in feed_bases(newsroom):
        for suffix, content_type in CONTENT_TYPES.items():
            response = fetch(client, f"{base}feed/{suffix}")
            assert response["Content-Type"] == content_type
            if suffix == "json/":
                data = json.loads(response.content)
                assert data["version"] == JSON_FEED_VERSION
                assert data["title"] and isinstance(data["items"], list)
                for item in data["items"]:
                    assert item["id"] and (
                        "content_html" in item or "content_text" in item
                    )
            else:
                assert feedparser.parse(response.content).bozo == 0


def test_rss_item_carries_full_installment(client, newsroom):
    parsed = parse_xml(client, newsroom.series.url + "feed/")
    first = newsroom.first
    entry = entry_titled(parsed, "第一篇")
    assert entry.title == f"第一篇 {HOSTILE}——{newsroom.series.title}之一"
    assert entry.link == ROOT + first.url
    assert entry.id == f"urn:uuid:{first.translation_key}"
    assert entry.published_parsed is not None
    # RSS descriptions are HTML: the plain-text standfirst arrives escaped.
    assert html.unescape(entry.summary) == "导语 " + HOSTILE
    # The photographer is a credit, not a creator (issue 19).
    assert [c.text for c in _raw_item(client, newsroom, "dc}creator")] == [
        newsroom.reporter.name,
    ]
    terms = [tag.term for tag in entry.tags]
    assert terms == [newsroom.theme.name, newsroom.place.name, newsroom.series.title]
    enclosure = entry.enclosures[0]
    rendition = first.hero_image.get_rendition("width-1200")
    assert enclosure.href == ROOT + rendition.url
    assert int(enclosure.length) == rendition.file.size > 0
    assert enclosure.type == "image/jpeg"


def _raw_item(client, newsroom, suffix):
    body = fetch(client, newsroom.series.url + "feed/").content
    items = ET.fromstring(body).findall("channel/item")
    item = next(i for i in items if i.findtext("title").startswith("第一篇"))
    ns = {"dc}creator": "{http://purl.org/dc/elements/1.1/}creator"}
    return item.findall(ns[suffix])


def test_content_is_complete_with_absolute_urls_and_no_script(client, newsroom):
    data = json.loads(fetch(client, newsroom.series.url + "feed/json/").content)
    item = next(i for i in data["items"] if i["title"].startswith("第一篇"))
    content = item["content_html"]
    assert "<script" not in content and "&lt;/script&gt;" in content
    assert (
        "小标题 &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;]]&gt; &amp;"
        in content
    )  # section heading, escaped once
    assert 'class="block-section"' in content
    assert 'class="block-commentary"' in content  # the sidebar
    assert "引语 &lt;/script&gt;" in content and "505.8" in content
    assert "本报记者" in content and "摄影" in content  # roles in the content
    assert (
        '<time datetime="2024-05-09">2024年5月9日</time> 更正 &lt;/script&gt;'
        in content
    )
    urls = re.findall(r'(?:src|href)="([^"]+)"', content)
    assert urls and all(url.startswith(ROOT + "/") for url in urls)
    assert sum("/media/images/" in url for url in urls) == 2  # hero + body photo


def test_atom_authors_and_contributors_follow_roles(client, newsroom):
    parsed = parse_xml(client, newsroom.series.url + "feed/atom/")
    entry = entry_titled(parsed, "第一篇")
    assert [a.name for a in entry.authors] == [newsroom.reporter.name]
    assert [c.name for c in entry.contributors] == [newsroom.photographer.name]
    assert entry.authors[0].href == f"{ROOT}/people/{newsroom.reporter.slug}/"
    assert entry.content[0].type == "text/html"
    assert entry.summary == "导语 " + HOSTILE
    # Without a reporter the photographer stays a contributor; the feed-level
    # author keeps the entry valid (RFC 4287 4.1.1).
    second = entry_titled(parsed, "第二篇")
    assert [c.name for c in second.contributors] == [newsroom.photographer.name]
    assert parsed.feed.author == "县域观察 · 系列报道"


def test_json_item_authors_tags_attachments_and_extension(client, newsroom):
    data = json.loads(fetch(client, newsroom.series.url + "feed/json/").content)
    item = next(i for i in data["items"] if i["title"].startswith("第一篇"))
    assert item["url"] == ROOT + newsroom.first.url
    assert item["summary"] == "导语 " + HOSTILE
    assert [a["name"] for a in item["authors"]] == [newsroom.reporter.name]
    assert [b["role"] for b in item["_series"]["bylines"]] == [
        "reporter",
        "photographer",
    ]
    assert item["_series"]["position"] == "之一"
    assert newsroom.place.name in item["tags"]
    attachment = item["attachments"][0]
    assert attachment["url"] == item["image"]
    assert attachment["size_in_bytes"] > 0 and attachment["mime_type"] == "image/jpeg"
    assert item["date_published"] and item["date_modified"]


def test_channel_metadata(client, newsroom):
    parsed = parse_xml(client, newsroom.series.url + "feed/")
    assert parsed.feed.title.startswith(newsroom.series.title)
    assert html.unescape(parsed.feed.subtitle) == newsroom.series.strapline
    assert parsed.feed.language == "zh-cn"
    assert "版权所有" in parsed.feed.rights
    assert parsed.feed.image.href.startswith(ROOT + "/media/images/")
    self_link = next(link for link in parsed.feed.links if link.rel == "self")
    assert self_link.href == ROOT + newsroom.series.url + "feed/"


def test_series_feed_is_newest_first(client, newsroom):
    third = make_installment(newsroom.series, 3, title="第三篇")
    publish(third)
    parsed = parse_xml(client, newsroom.series.url + "feed/")
    assert [e.title[:3] for e in parsed.entries] == ["第三篇", "第二篇", "第一篇"]


def test_scoped_feeds_list_only_installments_involving_them(client, newsroom):
    other = make_installment(newsroom.series, 3, title="无关的一篇")
    BylineFactory(page=other, role=Role.REPORTER)
    publish(other)
    expectations = {
        f"/themes/{newsroom.theme.slug}/feed/": ["第一篇"],
        f"/themes/{newsroom.other_theme.slug}/feed/": [],
        f"/people/{newsroom.reporter.slug}/feed/": ["第一篇"],
        f"/people/{newsroom.photographer.slug}/feed/": ["第二篇", "第一篇"],
        f"/places/{newsroom.place.slug}/feed/": ["第一篇"],
        "/feed/": ["无关的一", "第二篇", "第一篇"],
    }
    for url, titles in expectations.items():
        entries = parse_xml(client, url).entries
        assert len(entries) == len(titles), url
        got = [e.title[: len(t)] for e, t in zip(entries, titles, strict=True)]
        assert got == titles, url


def test_unknown_snippet_feed_is_404(client, newsroom):
    assert client.get("/themes/no-such-theme/feed/").status_code == 404
    assert client.get(newsroom.series.url + "feed/xml/").status_code == 404
