"""Long listings come a page at a time, so no reader page or feed grows with the
archive: a series' installments, a theme's sections, a person's and a place's
installments (?page=N), and the series feed (its newest SERIES_ITEMS)."""

import datetime as dt
from types import SimpleNamespace

import feedparser
import pytest
from django.core.cache import cache

from series.feeds import scopes
from series.models import Role
from series.site import contexts, views
from tests.factories import (
    BylineFactory,
    NewsImageFactory,
    PersonFactory,
    PlaceFactory,
    SeriesPageFactory,
    ThemeFactory,
    make_site,
)
from tests.feeds.conftest import body_for, make_installment, publish
from tests.fixtures import built_once, fresh_copy
from tests.reader.markup import soup, texts

pytestmark = pytest.mark.django_db
PUBLISHED = (1, 2, 3, 5, 6, 7, 8)
PLANNED = dt.date(2026, 12, 20)


def build():
    home = make_site()
    series = SeriesPageFactory(
        parent=home, slug="fenye", live=False, planned_installments=6
    )
    publish(series)
    theme, place = ThemeFactory(name="协同协作"), PlaceFactory(name="晋江")
    reporter = PersonFactory(name="林晓", slug="lin-xiao")
    # Signs only the commentary sidebars: found through the reference index.
    commentator = PersonFactory(name="周评", slug="zhou-ping")
    image = NewsImageFactory()
    for number in PUBLISHED:
        page = make_installment(
            series,
            number,
            slug=f"part-{number}",
            title=f"分页测试第{number}篇",
            body=body_for(theme=theme, place=place, author=commentator, image=image),
        )
        BylineFactory(page=page, person=reporter, role=Role.REPORTER)
        page.places.set([place])
        publish(page)
    for number in (4, 9):
        make_installment(series, number, slug=f"part-{number}", planned_date=PLANNED)
    return SimpleNamespace(
        series=series, theme=theme, place=place, reporter=reporter, writer=commentator
    )


@pytest.fixture(scope="module")
def archive_once(django_db_setup, django_db_blocker):
    with built_once(django_db_blocker, build) as built:
        yield built


@pytest.fixture
def archive(archive_once, db, monkeypatch):
    monkeypatch.setattr(contexts, "SERIES_PAGE_SIZE", 3)
    monkeypatch.setattr(views, "LISTING_PAGE_SIZE", 3)
    monkeypatch.setattr(scopes, "SERIES_ITEMS", 2)
    cache.clear()
    return fresh_copy(archive_once)


def table_numbers(page) -> list[str]:
    return texts(page.select(".installment-table .installment-row__number"))


def test_a_series_lists_its_installments_a_page_at_a_time(client, archive):
    url = archive.series.url
    pages = [soup(client.get(url, {"page": n})) for n in (1, 2, 3)]
    assert [table_numbers(page) for page in pages] == [
        ["之一", "之二", "之三"],
        # An announcement sits where its number falls, on exactly one page.
        ["之四", "之五", "之六", "之七"],
        ["之八", "之九"],
    ]
    nav = pages[1].select_one("nav.pagination")
    assert "第 2 页，共 3 页" in nav.get_text()
    assert nav.select_one("a[rel=prev]")["href"] == "?page=1"
    assert nav.select_one("a[rel=next]")["href"] == "?page=3"
    canonical = pages[1].select_one("link[rel=canonical]")["href"]
    assert canonical.endswith(f"{url}?page=2")
    # The count and the total read the whole series on every page.
    for page in pages:
        assert "已刊发 7 篇，共 9 篇" in texts(page.select(".series-status"))[0]


def test_a_bad_or_too_high_page_number_is_the_nearest_page(client, archive):
    url = archive.series.url
    assert table_numbers(soup(client.get(url, {"page": "x"})))[0] == "之一"
    assert table_numbers(soup(client.get(url, {"page": "99"})))[-1] == "之九"


def listed_titles(client, url, page) -> list[str]:
    html = client.get(url, {"page": page}).content.decode()
    return [f"第{n}篇" for n in PUBLISHED if f"分页测试第{n}篇" in html]


@pytest.mark.parametrize("kind", ["theme", "reporter", "writer", "place"])
def test_theme_person_and_place_pages_list_a_page_at_a_time(client, archive, kind):
    url = getattr(archive, kind).get_absolute_url()
    seen = [listed_titles(client, url, page) for page in (1, 2, 3)]
    assert seen == [
        ["第1篇", "第2篇", "第3篇"],
        ["第5篇", "第6篇", "第7篇"],
        ["第8篇"],
    ]
    page_two = soup(client.get(url, {"page": 2}))
    assert "第 2 页，共 3 页" in page_two.select_one("nav.pagination").get_text()


def test_the_series_feed_keeps_to_its_newest_installments(client, archive):
    parsed = feedparser.parse(client.get(f"{archive.series.url}feed/").content)
    assert not parsed.bozo, parsed.bozo_exception
    titles = [entry.title.split("——")[0] for entry in parsed.entries]
    assert titles == ["分页测试第8篇", "分页测试第7篇"]
