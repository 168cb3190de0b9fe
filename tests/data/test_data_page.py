"""The series' numbers as data (issue #16): one table, charts, downloads.

Only live installments' figures appear (a draft's never), values keep their exact
decimals, the CSV opens as UTF-8 with a BOM, charts are valid SVG with a title and a
description, and the page carries Dataset JSON-LD with the download links.
"""

import csv
import io
import json
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from series.body_format import key_figure, paragraph, section
from series.data.figures import COLUMNS, exact
from tests.factories import (
    InstallmentPageFactory,
    PlaceFactory,
    SeriesPageFactory,
    ThemeFactory,
    make_site,
)
from tests.feeds.conftest import publish
from tests.fixtures import built_once, fresh_copy
from tests.hostile import HOSTILE_SHORT
from tests.reader.markup import ld_of_type, soup

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def build():
    home = make_site()
    series = SeriesPageFactory(parent=home, slug="xianyu", title="县域经济观察")
    jiangyin = PlaceFactory(name="江阴", province="江苏", slug="jiangyin")
    jinjiang = PlaceFactory(name="晋江", province="福建", slug="jinjiang")
    industry = ThemeFactory(name="产业升级", slug="industry")
    talent = ThemeFactory(name="人才回流", slug="talent")

    def part(number, *sections, live=True):
        page = InstallmentPageFactory(
            parent=series,
            number=number,
            slug=f"part-{number}",
            live=False,
            title=f"第{number}篇",
            body=list(sections),
        )
        return publish(page) if live else page

    first = part(
        1,
        section(
            "产业链",
            key_figure(
                "1,286.40", "亿元", "规上工业总产值", jiangyin, 2023, "县统计局"
            ),
            key_figure("1380.5", "亿元", "规上工业总产值", jiangyin, 2024, "县统计局"),
            paragraph("链条越拉越长。"),
            theme=industry,
        ),
    )
    second = part(
        2,
        section(
            "回流",
            key_figure("2.99", "倍", "城乡居民收入比", jinjiang, 2024),
            key_figure(
                "980.2",
                "亿元",
                "规上工业总产值",
                jinjiang,
                2024,
                "=cmd" + HOSTILE_SHORT,
            ),
            theme=talent,
        ),
    )
    draft = part(
        3,
        section("草稿", key_figure("77.7", "亿元", "草稿里的数字", jiangyin, 2024)),
        live=False,
    )
    return series, first, second, draft


@pytest.fixture(scope="module")
def data_once(django_db_setup, django_db_blocker):
    with built_once(django_db_blocker, build) as built:
        yield built


@pytest.fixture
def data(data_once, db):
    return fresh_copy(list(data_once))


def test_exact_values_never_floats():
    assert exact("1,286.40") == Decimal("1286.40")
    assert exact("0.1") + exact("0.2") == Decimal("0.3")
    assert exact("约五成") is None and exact("NaN") is None


def test_table_holds_exactly_the_live_figures(client, data):
    series, first, second, _draft = data
    html = soup(client.get(series.url + "data/"))
    rows = html.select(".data-table tbody tr")
    labels = [row.select("td")[1].get_text() for row in rows]
    assert labels == [
        "规上工业总产值",
        "规上工业总产值",
        "城乡居民收入比",
        "规上工业总产值",
    ]
    assert "草稿里的数字" not in str(html)
    link = rows[0].select_one("td a")["href"]
    assert link == first.url + "#section-industry"
    # As written, unit apart; sortable on the exact value.
    assert rows[0].select("td")[2]["data-value"] == "1286.40"


def test_filters_work_without_javascript(client, data):
    series = data[0]
    html = soup(client.get(series.url + "data/", {"place": "jinjiang", "year": "2024"}))
    labels = [
        row.select("td")[1].get_text() for row in html.select(".data-table tbody tr")
    ]
    assert labels == ["城乡居民收入比", "规上工业总产值"]
    html = soup(client.get(series.url + "data/", {"theme": "industry"}))
    assert len(html.select(".data-table tbody tr")) == 2


def test_csv_is_utf8_with_bom_and_exact_values(client, data):
    series = data[0]
    response = client.get(series.url + "data/csv/")
    assert response["Content-Type"].startswith("text/csv")
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")
    records = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(records[0]) == COLUMNS
    assert [r["value"] for r in records] == ["1286.40", "1380.5", "2.99", "980.2"]
    assert (
        records[0]["unit"] == "亿元"
        and records[0]["place"] == "江苏江阴"
        or records[0]["place"]
    )
    assert "草稿里的数字" not in raw.decode("utf-8-sig")
    # A cell that would run as a formula in a spreadsheet is defused.
    assert records[3]["source"].startswith("'=cmd")


def test_json_keeps_values_as_exact_strings(client, data):
    series = data[0]
    payload = json.loads(client.get(series.url + "data/json/").content)
    assert payload["columns"] == list(COLUMNS)
    assert [f["value"] for f in payload["figures"]] == [
        "1286.40",
        "1380.5",
        "2.99",
        "980.2",
    ]
    assert all(isinstance(f["value"], str) for f in payload["figures"])


def test_charts_are_valid_svg_with_title_and_description(client, data):
    series = data[0]
    html = soup(client.get(series.url + "data/"))
    svgs = html.select("svg.chart")
    # 规上工业总产值 in 亿元 across two places, and over two years in 江阴; the ratio
    # (倍) has one point and no chart: units never share an axis.
    assert len(svgs) == 2
    for svg in svgs:
        root = ET.fromstring(str(svg))
        title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
        assert title is not None and title.text and desc is not None and desc.text
        labelled = root.get("aria-labelledby").split()
        assert labelled == [title.get("id"), desc.get("id")]
    assert "亿元" in svgs[0].find("title").get_text()
    assert "倍" not in "".join(svg.find("title").get_text() for svg in svgs)


def test_place_page_shows_its_chart(client, data):
    html = soup(client.get("/places/jiangyin/"))
    titles = [svg.find("title").get_text() for svg in html.select("svg.chart")]
    assert titles == ["江阴 规上工业总产值（亿元）：逐年"] or any(
        "逐年" in t for t in titles
    )


def test_dataset_json_ld_links_the_downloads(client, data):
    series = data[0]
    dataset = ld_of_type(client.get(series.url + "data/"), "Dataset")
    urls = [d["contentUrl"] for d in dataset["distribution"]]
    assert urls == [
        "http://localhost/xianyu/data/csv/",
        "http://localhost/xianyu/data/json/",
    ]
    assert dataset["temporalCoverage"] == "2023/2024"
