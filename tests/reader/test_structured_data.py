"""JSON-LD on every reader page, parsed as a crawler would, including hostile text."""

import json
from datetime import datetime

from series.site.structured_data import json_ld_dumps
from tests.reader.markup import ld_of_type

ROOT = "http://localhost"


def test_json_ld_dumps_cannot_close_its_script_element():
    text = json_ld_dumps({"headline": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text
    assert json.loads(text) == {"headline": "</script><!-- & \u2028"}


def people(article, prop):
    return [(p["name"], p["jobTitle"], p["url"]) for p in article[prop]]


def test_installment_news_article(client, reader_site):
    article = ld_of_type(client.get(reader_site.first.url), "NewsArticle")
    page = reader_site.first
    url = ROOT + page.url
    assert article["@context"] == "https://schema.org"
    assert article["url"] == article["mainEntityOfPage"] == url
    assert article["headline"] == page.title
    assert article["alternativeHeadline"] == "——县域经济高质量发展观察之一"
    # Seconds are precision enough for crawlers; the offset is the newsroom's.
    published = page.first_published_at.replace(microsecond=0)
    assert datetime.fromisoformat(article["datePublished"]) == published
    assert article["datePublished"].endswith("+08:00")
    modified = page.last_published_at.replace(microsecond=0)
    assert datetime.fromisoformat(article["dateModified"]) == modified
    assert people(article, "author") == [
        ("姚雪青", "本报记者", ROOT + "/people/yao-xueqing/"),
        ("刘军国", "本报记者", ROOT + "/people/liu-junguo/"),
        ("杨迅", "本报通讯员", ROOT + "/people/yang-xun/"),
    ]
    assert [(n, r) for n, r, _ in people(article, "contributor")] == [
        ("王甲", "摄影"),
        ("李乙", "评论员"),
    ]
    assert [(n, r) for n, r, _ in people(article, "editor")] == [
        ("刘晓宇", "责编"),
        ("张丙", "版式设计"),
    ]
    (image,) = article["image"]
    assert image["@type"] == "ImageObject"
    assert image["url"].startswith(ROOT + "/media/images/")
    assert image["creditText"] == "本报记者 刘军国摄"
    assert image["caption"] == "县城工业园远景1"
    assert abs(image["width"] / image["height"] - 16 / 9) < 0.01
    assert article["isPartOf"] == {
        "@type": "CreativeWorkSeries",
        "@id": ROOT + reader_site.series.url + "#series",
        "name": reader_site.series.title,
        "url": ROOT + reader_site.series.url,
    }
    assert article["position"] == 1
    assert article["articleSection"] == ["产业升级", "人才回流"]
    (place,) = article["contentLocation"]
    assert place["name"] == "江苏江阴"
    assert place["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 31.91,
        "longitude": 120.26,
    }
    assert article["printPage"] == "10" and article["printSection"] == "人民眼"
    assert "correction" not in article


def test_installment_correction_and_position(client, reader_site):
    article = ld_of_type(client.get(reader_site.second.url), "NewsArticle")
    assert article["position"] == 2
    (correction,) = article["correction"]
    assert correction["@type"] == "CorrectionComment"
    assert correction["datePublished"] == "2025-07-20"
    assert correction["text"].startswith("原文第三段")


def test_installment_breadcrumbs(client, reader_site):
    crumbs = ld_of_type(client.get(reader_site.first.url), "BreadcrumbList")
    items = crumbs["itemListElement"]
    assert [(i["position"], i["name"], i["item"]) for i in items] == [
        (1, "首页", ROOT + "/"),
        (2, reader_site.series.title, ROOT + reader_site.series.url),
        (3, "之一", ROOT + reader_site.first.url),
    ]


def test_series_creative_work_series_lists_published_parts_only(client, reader_site):
    series = ld_of_type(client.get(reader_site.series.url), "CreativeWorkSeries")
    assert series["name"] == reader_site.series.title
    assert series["url"] == ROOT + reader_site.series.url
    assert series["image"]["creditText"] == "本报记者 刘军国摄"
    parts = [(p["position"], p["headline"], p["url"]) for p in series["hasPart"]]
    assert parts == [
        (1, reader_site.first.title, ROOT + reader_site.first.url),
        (2, reader_site.second.title, ROOT + reader_site.second.url),
    ]
    assert "endDate" not in series  # still running


def test_person_page_person(client, reader_site):
    person = ld_of_type(client.get("/people/liu-xiaoyu/"), "Person")
    assert person["name"] == "刘晓宇"
    assert person["url"] == ROOT + "/people/liu-xiaoyu/"
    assert person["jobTitle"] == "责编"
    assert person["description"] == "本版责任编辑。"
    assert person["image"]["url"].startswith(ROOT + "/media/images/")
    crumbs = ld_of_type(client.get("/people/liu-xiaoyu/"), "BreadcrumbList")
    assert crumbs["itemListElement"][-1]["item"] == ROOT + "/people/liu-xiaoyu/"


def test_place_theme_and_home_structured_data(client, reader_site):
    place = ld_of_type(client.get("/places/jiangyin/"), "Place")
    assert place["address"]["addressRegion"] == "江苏"
    theme = ld_of_type(client.get("/themes/talent/"), "CollectionPage")
    assert theme["about"]["name"] == "人才回流"
    assert [part["headline"] for part in theme["hasPart"]] == [
        reader_site.first.title,
        reader_site.second.title,
    ]
    site = ld_of_type(client.get("/"), "WebSite")
    assert site["url"] == ROOT + "/"
