"""The data page in Chromium at phone and desktop widths: it fits, passes axe, and
its table sorts and filters in place."""

import pytest

from tests.data.test_data_page import build
from tests.reader.test_browser import (
    ARTIFACTS,
    horizontal_overflow,
    serious_axe_violations,
)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [375, 1280])
def test_data_page_fits_passes_axe_sorts_and_filters(
    transactional_db, live_server, chromium, width
):
    series = build()[0]
    context = chromium.new_context(
        viewport={"width": width, "height": 900}, locale="zh-CN", bypass_csp=True
    )
    tab = context.new_page()
    tab.goto(live_server.url + series.url + "data/")
    assert horizontal_overflow(tab) <= 0
    assert serious_axe_violations(tab) == []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=ARTIFACTS / f"series-data-{width}.png", full_page=True)

    values = "() => [...document.querySelectorAll('.data-table tbody tr:not([hidden]) td:nth-child(3)')].map(td => td.dataset.value)"
    tab.get_by_role("button", name="数值").click()
    assert tab.evaluate(values) == ["2.99", "980.2", "1286.40", "1380.5"]
    tab.get_by_role("button", name="数值").click()
    assert tab.evaluate(values) == ["1380.5", "1286.40", "980.2", "2.99"]

    tab.select_option("select[name=place]", "jinjiang")
    assert sorted(tab.evaluate(values)) == ["2.99", "980.2"]
    assert tab.locator("[data-table-status]").inner_text() == "显示 2 项"
    assert "place=jinjiang" in tab.url
    context.close()
