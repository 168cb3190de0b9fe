"""Pages with almost nothing in them yet still render as sound documents."""

from tests.factories import InstallmentPageFactory, SeriesPageFactory, make_site
from tests.reader.markup import soup
from tests.reader.test_pages import assert_sound_document


def test_bare_installment_and_new_series_still_render(client, db):
    series = SeriesPageFactory(parent=make_site(), slug="new-series")
    html = soup(client.get(series.url))
    assert_sound_document(html)
    assert "即将推出" in html.select_one(".series-status").get_text()
    assert html.select_one(".theme-matrix") is None

    bare = InstallmentPageFactory(parent=series, number=1, slug="bare", deck="")
    html = soup(client.get(bare.url))
    assert_sound_document(html)
    assert html.select_one(".toc") is None and html.select_one("figure.hero") is None
    assert html.select_one(".bylines") is None
    assert html.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"
