"""The three generators, fed hostile text, must produce feeds readers accept."""

import datetime as dt
import json
import xml.etree.ElementTree as ET
from html import escape

import feedparser
import pytest

from series.feeds.generators import (
    JSON_FEED_VERSION,
    FeedCategory,
    FeedImage,
    FeedPerson,
    NewsAtomFeed,
    NewsJsonFeed,
    NewsRssFeed,
)
from tests.hostile import HOSTILE

PUBLISHED = dt.datetime(2024, 5, 6, 8, 30, tzinfo=dt.UTC)
UPDATED = dt.datetime(2024, 5, 7, 9, 0, tzinfo=dt.UTC)
HUB = "http://127.0.0.1:9/hub"
IMAGE = FeedImage(
    url="https://news.example/media/images/hero.jpg",
    length=123456,
    mime_type="image/jpeg",
    width=1200,
    height=800,
    title="江阴港 " + HOSTILE,
    credit="摄影 " + HOSTILE,
)
PEOPLE = [
    FeedPerson("记者" + HOSTILE, "reporter", "本报记者", "https://n.e/people/a/", True),
    FeedPerson("王五 & 赵六", "photographer", "摄影", None, False),
]
TERMS = [
    FeedCategory("创新驱动 <&>", "https://news.example/themes/"),
    FeedCategory("江阴", "https://news.example/places/"),
]
CONTENT = (
    "<p>正文 &lt;b&gt; ]]&gt; &lt;/script&gt;</p><img src='https://n.e/i.jpg' alt=''>"
)


def build(feed_class, *, items=1):
    feed = feed_class(
        title="县域经济 " + HOSTILE,
        link="https://news.example/xianyu/",
        description="描述 " + HOSTILE,
        language="zh-cn",
        feed_url="https://news.example/xianyu/feed/",
        feed_copyright="© 本报 " + HOSTILE,
        feed_guid="tag:news.example,2024:series/7",
        author_name="本报",
        hub_url=HUB,
        image=IMAGE,
        updated=PUBLISHED,
    )
    for number in range(1, items + 1):
        feed.add_item(
            title=f"标题{number} {HOSTILE}\x0b",
            link=f"https://news.example/xianyu/{number}/",
            description=None,
            summary="导语 " + HOSTILE,
            unique_id=f"tag:news.example,2024:page/{number}",
            pubdate=PUBLISHED,
            updateddate=UPDATED,
            content_html=CONTENT,
            people=PEOPLE,
            terms=TERMS,
            image=IMAGE,
            extension={"number": number, "numeral": "二"},
        )
    return feed.writeString("utf-8")


def test_rss_is_well_formed_and_carries_every_field():
    xml = build(NewsRssFeed)
    root = ET.fromstring(xml.encode())  # strict XML, not just tolerant parsing
    encoded = root.find(
        "channel/item/{http://purl.org/rss/1.0/modules/content/}encoded"
    )
    assert encoded.text == CONTENT  # byte for byte, "]]>" included
    parsed = feedparser.parse(xml)
    assert parsed.bozo == 0
    assert parsed.version == "rss20"
    assert parsed.feed.title == "县域经济 " + HOSTILE
    assert parsed.feed.subtitle == escape("描述 " + HOSTILE)  # HTML, shown as text
    assert parsed.feed.language == "zh-cn"
    links = {link.rel: link.href for link in parsed.feed.links}
    assert links["self"] == "https://news.example/xianyu/feed/"
    assert links["hub"] == HUB
    assert parsed.feed.image.href == IMAGE.url
    entry = parsed.entries[0]
    assert entry.title == "标题1 " + HOSTILE  # control character dropped
    assert entry.id == "tag:news.example,2024:page/1"
    assert entry.content[0].value.startswith(
        "<p>正文 &lt;b&gt; ]]&gt; &lt;/script&gt;</p>"
    )
    assert entry.summary == "导语 " + escape(HOSTILE)
    assert entry.published_parsed[:5] == (2024, 5, 6, 8, 30)


def test_rss_people_media_enclosure_and_categories():
    xml = build(NewsRssFeed)
    root = ET.fromstring(xml.encode())
    item = root.find("channel/item")
    dc = "{http://purl.org/dc/elements/1.1/}creator"
    # Only authors are creators; the photographer is a credit (issue 19).
    assert [c.text for c in item.findall(dc)] == [PEOPLE[0].name]
    enclosure = item.find("enclosure").attrib
    assert enclosure == {"url": IMAGE.url, "length": "123456", "type": "image/jpeg"}
    media = item.find("{http://search.yahoo.com/mrss/}content")
    assert media.attrib["fileSize"] == "123456"
    assert media.attrib["medium"] == "image"
    credit = media.find("{http://search.yahoo.com/mrss/}credit")
    assert credit.text == IMAGE.credit
    categories = [(c.text, c.get("domain")) for c in item.findall("category")]
    assert categories == [(t.term, t.scheme) for t in TERMS]
    entry = feedparser.parse(xml).entries[0]
    assert entry.enclosures[0].length == "123456"


def test_atom_authors_contributors_and_html_content():
    xml = build(NewsAtomFeed)
    ET.fromstring(xml.encode())
    parsed = feedparser.parse(xml)
    assert parsed.bozo == 0
    assert parsed.version == "atom10"
    assert {link.rel: link.href for link in parsed.feed.links}["hub"] == HUB
    assert parsed.feed.subtitle == "描述 " + HOSTILE
    entry = parsed.entries[0]
    assert entry.title == "标题1 " + HOSTILE
    assert [a.name for a in entry.authors] == [PEOPLE[0].name]
    assert [c.name for c in entry.contributors] == [PEOPLE[1].name]
    assert entry.content[0].type == "text/html"
    assert "正文" in entry.content[0].value
    assert entry.summary_detail.type == "text/plain"
    assert entry.summary == "导语 " + HOSTILE
    assert entry.updated_parsed[:4] == (2024, 5, 7, 9)
    enclosure = next(link for link in entry.links if link.rel == "enclosure")
    assert (enclosure.href, enclosure.length) == (IMAGE.url, "123456")
    assert [t.term for t in entry.tags] == [t.term for t in TERMS]


def test_json_feed_has_spec_fields_and_survives_hostile_text():
    data = json.loads(build(NewsJsonFeed, items=2))
    assert data["version"] == JSON_FEED_VERSION
    assert data["title"] == "县域经济 " + HOSTILE
    assert data["hubs"] == [{"type": "WebSub", "url": HUB}]
    assert len(data["items"]) == 2
    item = data["items"][0]
    assert item["id"] == "tag:news.example,2024:page/1"
    assert item["content_html"] == CONTENT
    assert item["summary"] == "导语 " + HOSTILE
    assert item["date_published"] == "2024-05-06T08:30:00+00:00"
    assert item["authors"][0] == {"name": PEOPLE[0].name, "url": PEOPLE[0].url}
    assert item["_series"]["bylines"][1] == {
        "name": "王五 & 赵六",
        "role": "photographer",
        "role_label": "摄影",
    }
    assert item["_series"]["numeral"] == "二"
    assert item["attachments"] == [
        {
            "url": IMAGE.url,
            "mime_type": "image/jpeg",
            "title": IMAGE.title,
            "size_in_bytes": 123456,
        }
    ]


@pytest.mark.parametrize("feed_class", [NewsRssFeed, NewsAtomFeed])
def test_empty_feed_is_valid_and_stable(feed_class):
    first = build(feed_class, items=0)
    assert feedparser.parse(first).bozo == 0
    assert build(feed_class, items=0) == first  # no "now" timestamps


def test_empty_json_feed_keeps_items_array():
    assert json.loads(build(NewsJsonFeed, items=0))["items"] == []
