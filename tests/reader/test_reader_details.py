"""Readers' details from the walk-through: key figures side by side, the signed
commentary as a sidebar, a favicon, and share and print tools that need no
third-party script."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings

from series.body_format import commentary, key_figure, paragraph, section
from tests.factories import InstallmentPageFactory
from tests.feeds.conftest import publish
from tests.reader.markup import soup

pytestmark = pytest.mark.django_db


def figures_installment(series, place, author):
    """Two key figures in a row, one alone after a paragraph, and a commentary."""
    body = [
        section(
            "数字里的县城",
            key_figure("505.8", "亿元", "地区生产总值", place, 2024, "县统计局"),
            key_figure("2.99", "倍", "城乡居民收入比", place, 2024, "县统计局"),
            paragraph("两组数字背后，是一座县城十年的耐心。"),
            key_figure("13", "家", "制造业单项冠军", place, 2024),
        ),
        commentary("把数字读成故事", "数字要读懂，更要读出人。", author=author),
    ]
    page = InstallmentPageFactory(
        parent=series, number=7, slug="shuzi", live=False, body=body
    )
    return publish(page)


@pytest.fixture
def figures_page(client, reader_site):
    page = figures_installment(
        reader_site.series, reader_site.places[0], reader_site.people.commentator
    )
    return soup(client.get(page.url))


def test_consecutive_key_figures_form_one_grid(figures_page):
    grids = figures_page.select(".key-figure-grid")
    assert len(grids) == 1
    assert [v.get_text() for v in grids[0].select(".key-figure__value")] == [
        "505.8",
        "2.99",
    ]
    # The figure after a paragraph stands alone, not in a grid.
    lone = figures_page.select(".block-section > .block-key-figure")
    assert [v.get_text() for v in lone[0].select(".key-figure__value")] == ["13"]


def test_commentary_is_a_sidebar_after_the_text(figures_page):
    body = figures_page.select_one(".article-body")
    sidebar = figures_page.select_one(".article-sidebar")
    assert body.select(".block-commentary") == []
    assert sidebar.select_one(".block-commentary h2").get_text() == "把数字读成故事"
    article = figures_page.select_one("article.installment")
    assert "installment--with-sidebar" in article["class"]


def test_favicon_is_ours_and_local(client, reader_site):
    link = soup(client.get("/")).select_one('link[rel="icon"]')
    assert link["href"].endswith("favicon.svg") and link["href"].startswith("/")
    svg = Path(settings.BASE_DIR) / "static" / "favicon.svg"
    root = ET.fromstring(svg.read_text(encoding="utf-8"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def test_share_tools_wait_for_the_script(client, reader_site):
    tools = soup(client.get(reader_site.first.url)).select_one(".share-tools")
    # Hidden without JavaScript: no button that would do nothing.
    assert tools.has_attr("hidden")
    assert tools["data-url"].endswith(reader_site.first.url)
    actions = [button["data-share"] for button in tools.select("button")]
    assert actions == ["copy", "share", "print"]
    assert all(button.has_attr("hidden") for button in tools.select("button"))
