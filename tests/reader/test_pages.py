"""Every reader page over HTTP: what it shows, what it links to, what it leaves out."""

import pytest

from tests.reader.markup import ld_of_type, soup, texts

HIDDEN_TITLES = ["尚未发布的第三篇标题", "已经下线的第四篇", "仅限内部的第五篇"]


def assert_nothing_hidden(html) -> None:
    page_text = str(html)
    for title in HIDDEN_TITLES:
        assert title not in page_text


def assert_sound_document(html) -> None:
    """One h1, unique ids, and every in-page link lands on an element."""
    assert html.html["lang"] == "zh-Hans"
    assert len(html.find_all("h1")) == 1
    ids = [element["id"] for element in html.find_all(id=True)]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for link in html.select('a[href^="#"]'):
        assert link["href"][1:] in ids, link["href"]
    for image in html.find_all("img"):
        assert image.has_attr("alt"), image


# Home ---------------------------------------------------------------------------


def test_home_lists_series_newest_installments_and_themes(client, reader_site):
    html = soup(client.get("/"))
    assert_sound_document(html)
    series_links = html.select(".home-series a[href]")
    assert reader_site.series.url in [a["href"] for a in series_links]
    newest = texts(html.select(".home-newest .card__title"))
    assert newest == [reader_site.second.title, reader_site.first.title]
    themes = {a["href"] for a in html.select(".home-themes a")}
    assert themes == {theme.get_absolute_url() for theme in reader_site.themes}
    assert "已刊发 2 篇，共 5 篇" in html.select_one(".home-series").get_text()
    assert_nothing_hidden(html)


# Series ---------------------------------------------------------------------


def test_series_page_shows_column_note_status_and_ordered_installments(
    client, reader_site
):
    html = soup(client.get(reader_site.series.url))
    assert_sound_document(html)
    assert html.h1.get_text(strip=True) == reader_site.series.title
    assert html.select_one(".series-header .kicker").get_text() == "人民眼·县域经济"
    assert "本报记者深入多个产业强县" in html.select_one(".editors-note").get_text()
    status = " ".join(html.select_one(".series-header .series-status").stripped_strings)
    assert status == "连载中 已刊发 2 篇，共 5 篇"
    assert html.select_one(".series-header__cover img")["srcset"]

    rows = html.select(".installment-row:not(.installment-row--coming)")
    assert texts(row.select_one(".installment-row__number") for row in rows) == [
        "之一",
        "之二",
    ]
    first = rows[0]
    assert first.select_one("a")["href"] == reader_site.first.url
    assert first.select_one(".installment-row__deck").get_text() == "产业链留在本地"
    assert first.select_one("time")["datetime"] == "2025-07-15"
    assert [a["href"] for a in first.select(".installment-row__places a")] == [
        "/places/jiangyin/"
    ]
    assert_nothing_hidden(html)


def test_series_page_announces_coming_installment_by_number_and_date_only(
    client, reader_site
):
    html = soup(client.get(reader_site.series.url))
    coming = html.select(".installment-row--coming")
    assert len(coming) == 1
    assert "之三" in coming[0].get_text()
    assert "即将推出" in coming[0].get_text()
    assert coming[0].time["datetime"] == "2030-07-21"
    assert coming[0].find("a") is None


def test_series_theme_matrix_marks_which_installment_covers_which_theme(
    client, reader_site
):
    html = soup(client.get(reader_site.series.url))
    table = html.select_one(".theme-matrix table")
    header = texts(table.select("thead th"))
    assert header == ["主题", "之一", "之二"]
    rows = {
        row.th.get_text(strip=True): [
            cell.a["href"] if cell.a else None for cell in row.find_all("td")
        ]
        for row in table.select("tbody tr")
    }
    first, second = reader_site.first.url, reader_site.second.url
    assert rows["产业升级"] == [
        f"{first}#section-industry",
        f"{second}#section-industry",
    ]
    assert rows["人才回流"] == [f"{first}#section-talent", f"{second}#section-talent"]
    # A theme of the series that no published section covers yet.
    assert rows["城乡融合"] == [None, None]


def test_series_status_when_concluded(client, reader_site):
    reader_site.series.concluded = True
    reader_site.series.save()
    html = soup(client.get(reader_site.series.url))
    assert "已完结" in html.select_one(".series-status").get_text()


# Installment ----------------------------------------------------------------


@pytest.fixture
def installment_html(client, reader_site):
    return soup(client.get(reader_site.first.url))


def test_installment_header(installment_html, reader_site):
    html = installment_html
    assert_sound_document(html)
    header = html.select_one(".article-header")
    assert header.select_one(".kicker").get_text() == "人民眼·县域经济"
    assert header.select_one(".kicker a")["href"] == reader_site.series.url
    assert header.select_one(".deck").get_text() == "产业链留在本地"
    assert header.h1.get_text() == reader_site.first.title
    assert header.select_one(".subtitle").get_text() == "——县域经济高质量发展观察之一"
    bylines = texts(header.select(".byline"))
    assert bylines == ["本报记者 姚雪青 刘军国", "本报通讯员 杨迅"]
    assert header.select_one(".byline a")["href"] == "/people/yao-xueqing/"
    dateline = header.select_one(".dateline").get_text(" ", strip=True)
    assert "见报" in dateline and "2025年7月15日" in dateline
    assert "第10版" in dateline and "人民眼" in dateline


def test_installment_hero_is_responsive_and_credited(installment_html):
    hero = installment_html.select_one("figure.hero")
    img = hero.img
    assert img["width"] and img["height"]
    assert img["alt"] == "县城工业园远景1"
    assert "loading" not in img.attrs  # above the fold: load at once
    assert img["fetchpriority"] == "high"
    sources = {source["type"] for source in hero.find_all("source")}
    assert sources == {"image/avif", "image/webp"}
    assert len(img["srcset"].split(",")) >= 2
    assert hero.select_one(".credit").get_text() == "本报记者 刘军国摄"


def test_installment_toc_anchors_sections_with_theme_labels(installment_html):
    html = installment_html
    toc = [a["href"] for a in html.select(".toc a")]
    assert toc == ["#section-industry", "#section-talent", "#section-weisheng"]
    sections = html.select("section.block-section")
    assert ["#" + s["id"] for s in sections] == toc
    assert all(s.h2 for s in sections)
    # The TOC names a section's theme unless the heading already says it.
    toc_themes = [a.select_one(".toc__theme") for a in html.select(".toc a")]
    assert toc_themes[0].get_text() == "产业升级"
    assert toc_themes[1] is None  # heading 人才回流 is the theme's own name
    # The chip above a section follows the same rule: no 人才回流 over 人才回流.
    labels = [s.select_one(".section__theme a") for s in sections]
    assert labels[0]["href"] == "/themes/industry/"
    assert labels[1] is None
    assert labels[2] is None
    # The theme stays one click away, in the related links under the story.
    related = [a["href"] for a in html.select(".related a")]
    assert "/themes/talent/" in related


def test_installment_body_blocks(installment_html):
    html = installment_html
    quote = html.select_one(".block-pull-quote")
    assert quote.blockquote.get_text(strip=True) == "链条长了，抗风险的底气才足。"
    assert "周明" in quote.figcaption.get_text()
    figure = html.select_one(".block-key-figure")
    assert figure.select_one(".key-figure__value").get_text() == "1286.4"
    assert figure.select_one(".key-figure__unit").get_text() == "亿元"
    assert figure.select_one("a")["href"] == "/places/jiangyin/"
    photos = html.select(".article-body figure.block-figure")
    assert len(photos) == 2
    for photo in photos:
        assert photo.img["loading"] == "lazy"
        assert photo.img["width"] and photo.img["height"]
        assert photo.select_one(".credit").get_text()
    assert photos[1].img["alt"] == "实训基地里的学员在调试设备"
    assert photos[1].select_one(".credit").get_text() == "本报记者 王甲摄"
    commentary = html.select_one("aside.block-commentary")
    assert commentary.h2.get_text() == "县域发展要下“绣花功夫”"
    assert commentary.select_one(".commentary__author a")["href"] == "/people/li-yi/"


def test_installment_footer_credits_links_and_pager(installment_html, reader_site):
    html = installment_html
    credits = [text.replace(" ", "") for text in texts(html.select(".page-credit"))]
    assert credits == ["摄影：王甲", "责编：刘晓宇", "版式设计：张丙"]
    related = {a["href"] for a in html.select(".related a")}
    assert {"/themes/industry/", "/themes/talent/", "/places/jiangyin/"} <= related
    assert "/people/zhang-bing/" in related and "/people/li-yi/" in related
    assert html.select_one("a[rel=prev]") is None
    assert html.select_one("a[rel=next]")["href"] == reader_site.second.url
    assert html.select_one(".pager__series")["href"] == reader_site.series.url


def test_installment_corrections_show_their_dates(client, reader_site):
    html = soup(client.get(reader_site.second.url))
    correction = html.select_one(".corrections li")
    assert correction.time["datetime"] == "2025-07-20"
    assert "3.2万人" in correction.get_text()
    assert html.select_one("a[rel=prev]")["href"] == reader_site.first.url
    # Installment 4 is expired and 5 restricted: 2 is the last one readers get.
    assert html.select_one("a[rel=next]") is None


def test_unpublished_expired_and_private_installments_are_not_served(
    client, reader_site
):
    assert client.get(reader_site.coming.url).status_code == 404
    assert client.get(reader_site.expired.url).status_code == 404
    response = client.get(reader_site.private.url)
    assert response.status_code == 302 and "login" in response["Location"]


# Theme, person, place ---------------------------------------------------------


def test_theme_page_collects_sections_across_installments(client, reader_site):
    html = soup(client.get("/themes/talent/"))
    assert_sound_document(html)
    assert html.h1.get_text() == "人才回流"
    assert "县城留人靠什么" in html.select_one(".listing-header").get_text()
    cards = html.select(".section-card")
    links = [card.select_one(".card__title a")["href"] for card in cards]
    assert links == [
        f"{reader_site.first.url}#section-talent",
        f"{reader_site.second.url}#section-talent",
    ]
    assert texts(card.select_one(".card__title") for card in cards) == [
        "人才回流",
        "把链条拉长",
    ]
    assert "订单班" in cards[0].select_one(".card__excerpt").get_text()
    assert html.select_one(".listing-group h2 a")["href"] == reader_site.series.url
    assert_nothing_hidden(html)


def test_person_page_groups_writing_apart_from_photos_and_page_credits(
    client, reader_site
):
    reporter = soup(client.get("/people/yao-xueqing/"))
    assert_sound_document(reporter)
    assert [h["id"] for h in reporter.select(".listing-group h2[id]")] == [
        "group-writing"
    ]
    assert texts(reporter.select(".card__title")) == [reader_site.first.title]
    assert_nothing_hidden(reporter)

    editor = soup(client.get("/people/liu-xiaoyu/"))
    assert [h["id"] for h in editor.select(".listing-group h2[id]")] == [
        "group-credits"
    ]
    assert texts(editor.select(".card__title")) == [
        reader_site.first.title,
        reader_site.second.title,
    ]
    assert "本版责任编辑" in editor.select_one(".listing-header").get_text()
    photo = editor.select_one(".listing-header img")
    assert photo["alt"] == "刘晓宇" and photo["width"] and photo["srcset"]
    assert_nothing_hidden(editor)

    photographer = soup(client.get("/people/wang-jia/"))
    assert [h["id"] for h in photographer.select(".listing-group h2[id]")] == [
        "group-photos"
    ]


def test_person_page_counts_a_signed_commentary_as_writing(client, reader_site):
    html = soup(client.get("/people/li-yi/"))
    writing = html.select_one("#group-writing").parent
    assert "县域发展要下“绣花功夫”" in writing.get_text()
    assert "评论员" in writing.get_text()


def test_place_page_lists_installments_and_key_figures(client, reader_site):
    html = soup(client.get("/places/jiangyin/"))
    assert_sound_document(html)
    assert html.h1.get_text() == "江苏江阴"
    figures = html.select(".figure-card")
    assert texts(f.select_one(".key-figure__value") for f in figures) == [
        "1286.4",
        "3.2",
    ]
    assert figures[0].select_one(".figure-card__link a")["href"] == (
        f"{reader_site.first.url}#section-industry"
    )
    assert texts(html.select(".card__title")) == [reader_site.first.title]
    assert_nothing_hidden(html)


@pytest.mark.parametrize(
    "url", ["/themes/nothing/", "/people/nobody/", "/places/nowhere/"]
)
def test_unknown_theme_person_place_is_404_in_site_design(client, reader_site, url):
    response = client.get(url)
    assert response.status_code == 404
    assert b'class="site-header"' in response.content


# Sparse content -----------------------------------------------------------------


def test_installment_without_hero_borrows_its_first_photo(client, reader_site):
    page = reader_site.second
    page.hero_image = None
    page.save()
    response = client.get(page.url)
    html = soup(response)
    assert html.select_one("figure.hero") is None
    (image,) = ld_of_type(response, "NewsArticle")["image"]
    assert image["caption"] == "县城工业园远景1"  # the first figure's photo
    og_image = html.find("meta", property="og:image")["content"]
    assert og_image == image["url"]
