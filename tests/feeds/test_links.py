"""Autodiscovery: feed_links_for and the <head> include point at feeds that answer."""

from html.parser import HTMLParser

import pytest
from django.template import engines
from django.template.loader import render_to_string
from django.utils.html import escape

from series.feeds.links import feed_links_for
from tests.hostile import HOSTILE

pytestmark = pytest.mark.django_db

TYPES = ["application/rss+xml", "application/atom+xml", "application/feed+json"]


def test_every_feed_owner_lists_three_working_feeds(client, newsroom):
    owners = [
        newsroom.home,
        newsroom.series,
        newsroom.theme,
        newsroom.reporter,
        newsroom.place,
    ]
    for owner in owners:
        links = feed_links_for(owner)
        assert [link[0] for link in links] == TYPES
        for mime_type, _title, url in links:
            response = client.get(url)
            assert response.status_code == 200, url
            assert response["Content-Type"].startswith(mime_type)


def test_an_installment_advertises_its_series_feeds(newsroom):
    assert feed_links_for(newsroom.first) == feed_links_for(newsroom.series)
    assert feed_links_for(newsroom.first)[0][2] == newsroom.series.url + "feed/"


def test_objects_without_feeds_advertise_nothing(newsroom):
    assert feed_links_for(None) == []
    assert feed_links_for(newsroom.first.hero_image) == []


def test_include_renders_escaped_link_tags(newsroom):
    html = render_to_string(
        "includes/feed_links.html", {"feeds": feed_links_for(newsroom.series)}
    )
    assert html.count('<link rel="alternate"') == 3
    assert 'type="application/feed+json"' in html
    assert f'href="{newsroom.series.url}feed/atom/"' in html
    assert escape(HOSTILE) in html
    assert HOSTILE not in html


def test_template_tag_works_from_a_template(newsroom, rf):
    template = (
        "{% load feed_tags %}{% feed_links_for obj as feeds %}"
        '{% include "includes/feed_links.html" %}'
    )
    html = (
        engines["django"]
        .from_string(template)
        .render({"obj": newsroom.theme}, request=rf.get("/"))
    )
    assert f'href="/themes/{newsroom.theme.slug}/feed/json/"' in html


class _HeadLinks(HTMLParser):
    """Collects <link rel="alternate"> tags that sit inside <head>."""

    def __init__(self):
        super().__init__()
        self.in_head = False
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif tag == "link" and self.in_head and attrs.get("rel") == "alternate":
            self.links.append((attrs["type"], attrs["href"]))

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False


def test_reader_pages_advertise_their_feeds_in_head(client, newsroom):
    pages = {
        "/": "/feed/",
        newsroom.series.url: newsroom.series.url + "feed/",
        newsroom.first.url: newsroom.series.url + "feed/",
        f"/themes/{newsroom.theme.slug}/": f"/themes/{newsroom.theme.slug}/feed/",
        f"/people/{newsroom.reporter.slug}/": f"/people/{newsroom.reporter.slug}/feed/",
        f"/places/{newsroom.place.slug}/": f"/places/{newsroom.place.slug}/feed/",
    }
    for page_url, rss_url in pages.items():
        response = client.get(page_url)
        assert response.status_code == 200, page_url
        parser = _HeadLinks()
        parser.feed(response.content.decode())
        assert [t for t, _ in parser.links] == TYPES, page_url
        assert parser.links[0][1] == rss_url
        for _type, href in parser.links:
            assert client.get(href).status_code == 200, href
