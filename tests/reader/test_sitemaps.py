"""sitemap.xml, the Google News sitemap and robots.txt."""

import xml.etree.ElementTree as ET

from django.utils import timezone

ROOT = "http://localhost"
NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def urlset(response) -> ET.Element:
    assert response.status_code == 200
    return ET.fromstring(response.content)


def test_sitemap_lists_every_public_page_with_lastmod(client, reader_site):
    root = urlset(client.get("/sitemap.xml"))
    entries = {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in root.findall("s:url", NS)
    }
    site = reader_site
    expected = {
        "/",
        site.series.url,
        site.first.url,
        site.second.url,
        "/themes/industry/",
        "/themes/talent/",
        "/places/jiangyin/",
        "/places/jinjiang/",
        *(person.get_absolute_url() for person in vars(site.people).values()),
    }
    assert set(entries) == {ROOT + path for path in expected}
    assert all(entries.values()), "every URL carries a lastmod"
    # The theme nobody has written about yet has no page worth crawling.
    assert ROOT + "/themes/integration/" not in entries
    # lastmod is written in the site's time zone.
    assert entries[ROOT + site.first.url].startswith(
        timezone.localtime(site.first.last_published_at).strftime("%Y-%m-%d")
    )
    # Home and series are as fresh as their newest installment.
    newest = timezone.localtime(site.second.last_published_at).strftime("%Y-%m-%d")
    assert entries[ROOT + "/"].startswith(newest)
    assert entries[ROOT + site.series.url].startswith(newest)


def test_news_sitemap_has_only_the_last_two_days(client, reader_site):
    root = urlset(client.get("/news-sitemap.xml"))
    urls = root.findall("s:url", NS)
    # Part 1 is five days old; parts 4 and 5 are recent but expired or private.
    assert [u.findtext("s:loc", namespaces=NS) for u in urls] == [
        ROOT + reader_site.second.url
    ]
    news = urls[0].find("news:news", NS)
    assert news.findtext("news:title", namespaces=NS) == reader_site.second.title
    assert news.findtext("news:publication/news:language", namespaces=NS) == "zh-cn"
    assert news.findtext("news:publication/news:name", namespaces=NS)
    assert news.findtext("news:publication_date", namespaces=NS).endswith("+08:00")


def test_robots_txt_names_the_sitemaps(client, reader_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /search/" in lines
    assert f"Sitemap: {ROOT}/sitemap.xml" in lines
    assert f"Sitemap: {ROOT}/news-sitemap.xml" in lines
