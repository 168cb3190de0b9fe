"""Canonical links, OpenGraph and Twitter cards: absolute URLs a share can follow."""

import pytest

from tests.reader.markup import soup

ROOT = "http://localhost"


def meta(html, key) -> str | None:
    tag = html.find("meta", attrs={"property": key}) or html.find(
        "meta", attrs={"name": key}
    )
    return tag["content"] if tag else None


def test_installment_share_tags(client, reader_site):
    html = soup(client.get(reader_site.first.url))
    url = ROOT + reader_site.first.url
    assert html.find("link", rel="canonical")["href"] == url
    assert meta(html, "og:url") == url
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == reader_site.first.title
    assert meta(html, "og:description") == reader_site.first.standfirst
    assert meta(html, "og:image").startswith(ROOT + "/media/images/")
    # 16:9, at most 1200 wide (test photos are smaller and never upscaled).
    width, height = (
        int(meta(html, "og:image:width")),
        int(meta(html, "og:image:height")),
    )
    assert 0 < width <= 1200 and abs(width / height - 16 / 9) < 0.01
    assert meta(html, "og:image:alt") == "县城工业园远景1"
    assert meta(html, "article:section") == "人民眼·县域经济"
    authors = [m["content"] for m in html.find_all("meta", property="article:author")]
    assert authors == [
        ROOT + "/people/yao-xueqing/",
        ROOT + "/people/liu-junguo/",
        ROOT + "/people/yang-xun/",
    ]
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:image") == meta(html, "og:image")


def test_share_image_is_served(client, reader_site):
    html = soup(client.get(reader_site.first.url))
    image_path = meta(html, "og:image").removeprefix(ROOT)
    response = client.get(image_path)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"


@pytest.mark.parametrize(
    ("url", "og_type"),
    [
        ("/", "website"),
        ("/county-economy/", "website"),
        ("/themes/talent/", "website"),
        ("/people/yao-xueqing/", "profile"),
        ("/places/jiangyin/", "website"),
    ],
)
def test_every_reader_page_has_canonical_and_card(client, reader_site, url, og_type):
    html = soup(client.get(url))
    assert html.find("link", rel="canonical")["href"] == ROOT + url
    assert meta(html, "og:url") == ROOT + url
    assert meta(html, "og:type") == og_type
    assert meta(html, "og:title")
    assert meta(html, "twitter:card") in {"summary", "summary_large_image"}


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/county-economy/",
        "/county-economy/part-1/",
        "/themes/talent/",
        "/people/yao-xueqing/",
        "/places/jiangyin/",
    ],
)
def test_feed_autodiscovery_in_head(client, reader_site, url):
    html = soup(client.get(url))
    feeds = html.head.find_all("link", rel="alternate")
    assert {link["type"] for link in feeds} == {
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
    }
    for link in feeds:
        assert client.get(link["href"]).status_code == 200, link["href"]
