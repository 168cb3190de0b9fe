"""The series reads in number order: one table, a count that matches the highest
number, and a strip on every installment showing where the reader is."""

import datetime as dt

import pytest

from series.site.contexts import STRIP_SPAN
from tests.factories import InstallmentPageFactory, SeriesPageFactory
from tests.feeds.conftest import publish
from tests.reader.markup import soup, texts

pytestmark = pytest.mark.django_db
PLANNED = dt.date(2026, 12, 20)


def installment(series, number, *, out=True, **fields):
    fields.setdefault("title", f"第{number}篇的标题")
    page = InstallmentPageFactory(
        parent=series, number=number, slug=f"part-{number}", live=False, **fields
    )
    return publish(page) if out else page


@pytest.fixture
def series(home):
    """之一, 之二, 之十二 out; 之三, 之四 announced; 之五 a draft nobody announced."""
    series = SeriesPageFactory(parent=home, slug="xulie", planned_installments=5)
    for number in (1, 2, 12):
        installment(series, number)
    installment(series, 3, out=False, planned_date=PLANNED, title="保密的标题")
    installment(series, 4, out=False, planned_date=PLANNED + dt.timedelta(days=7))
    installment(series, 5, out=False, title="没有计划日期的草稿")
    return series


def test_series_table_interleaves_published_and_coming_in_number_order(client, series):
    page = soup(client.get(series.url))
    rows = page.select(".installment-table > li")
    numbers = texts(row.select_one(".installment-row__number") for row in rows)
    assert numbers == ["之一", "之二", "之三", "之四", "之十二"]
    coming = [row for row in rows if "installment-row--coming" in row["class"]]
    assert texts(row.select_one(".installment-row__number") for row in coming) == [
        "之三",
        "之四",
    ]
    html = str(page)
    assert "保密的标题" not in html and "没有计划日期的草稿" not in html


def test_count_follows_the_highest_number(client, series):
    status = texts(soup(client.get(series.url)).select(".series-status"))[0]
    assert "已刊发 3 篇，共 12 篇" in status
    home = texts(soup(client.get("/")).select(".series-status"))[0]
    assert "已刊发 3 篇，共 12 篇" in home


def test_strip_marks_the_current_installment_and_greys_coming_ones(client, series):
    second = series.get_children().specific().get(installmentpage__number=2)
    strip = soup(client.get(second.url)).select_one("nav.series-strip")
    items = strip.select(".series-strip__item")
    assert texts(item.select_one("a, span") for item in items) == [
        "之一",
        "之二",
        "之三",
        "之四",
        "之十二",
    ]
    current = strip.select('[aria-current="page"]')
    assert texts(current) == ["之二"] and current[0]["href"] == second.url
    coming = strip.select(".series-strip__item--coming")
    assert [item.select_one("a") for item in coming] == [None, None]
    assert coming[0].select_one("time")["datetime"] == PLANNED.isoformat()
    assert strip.select_one(".series-strip__all")["href"] == series.url
    assert "保密的标题" not in str(strip)


def test_strip_and_pager_in_a_long_series_with_a_wide_gap(client, home):
    series = SeriesPageFactory(parent=home, slug="changxilie")
    far = 1 + STRIP_SPAN * 3
    for number in (1, far, far + 1):
        installment(series, number)
    middle = series.get_children().specific().get(installmentpage__number=far)
    page = soup(client.get(middle.url))
    # The nearest installment before is outside the strip's window, yet linked.
    assert page.select_one('a[rel="prev"]')["href"] == "/changxilie/part-1/"
    assert page.select_one('a[rel="next"]')["href"] == f"/changxilie/part-{far + 1}/"
    labels = texts(page.select(".series-strip__item a"))
    assert len(labels) == 3
