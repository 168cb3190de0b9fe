"""/search/ as a reader sees it: results, filters, paging, bad input, only live pages."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from series.body_format import paragraph, section
from tests.factories import (
    BylineFactory,
    PersonFactory,
    PlaceFactory,
    SeriesPageFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

URL = reverse("series:search")


def headlines(response) -> list[str]:
    """Result headlines in page order, marks removed."""
    html = response.content.decode()
    found = re.findall(r'search-result__headline"><a href="[^"]*">(.*?)</a>', html)
    return [re.sub(r"</?mark>", "", headline) for headline in found]


def get(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response


def test_result_shows_headline_position_date_and_marked_snippet(
    client, make_installment
):
    page = make_installment(
        title="汽车玻璃的县域突围",
        number=2,
        edition_date=datetime.date(2025, 3, 8),
        body=[paragraph("在福耀的车间里，一块汽车玻璃要经过上百道工序。")],
    )
    BylineFactory(page=page, person=PersonFactory(name="刘晓宇"))
    response = get(client, q="玻璃")
    html = response.content.decode()
    assert headlines(response) == ["汽车玻璃的县域突围"]
    assert "汽车<mark>玻璃</mark>的县域突围" in html
    assert '县域经济高质量发展观察</span> <span class="card__number">之二' in html
    assert "2025年3月8日" in html
    assert "一块汽车<mark>玻璃</mark>要经过上百道工序" in html
    assert "刘晓宇" in html
    assert page.url in html


def test_copy_is_escaped_around_the_marks(client, make_installment):
    make_installment(
        title="<script>alert('焰火')</script>",
        body=[paragraph("焰火 <b>燃放</b> & 安全")],
    )
    html = get(client, q="焰火").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;<mark>焰火</mark>&#x27;)&lt;/script&gt;" in html
    assert "<mark>焰火</mark> &lt;b&gt;燃放&lt;/b&gt; &amp; 安全" in html


def test_pages_with_all_words_come_first(client, make_installment):
    both = make_installment(
        title="夜空下的小城", body=[paragraph("烟花与焰火，是这座城的名片。")]
    )
    one = make_installment(title="烟花烟花", body=[paragraph("烟花产业的故事。")])
    response = get(client, q="烟花 焰火")
    assert headlines(response) == [both.title, one.title]
    assert "其中 1 篇包含全部关键词" in response.content.decode()


def test_second_page_continues_from_all_words_to_some(client, make_installment):
    both = [
        make_installment(title=f"双词{n}", body=[paragraph("烟花与焰火")])
        for n in range(11)
    ]
    one = [
        make_installment(title=f"单词{n}", body=[paragraph("烟花")]) for n in range(2)
    ]
    second = headlines(get(client, q="烟花 焰火", page=2))
    assert len(second) == 3
    assert second[0] in {page.title for page in both}
    assert set(second[1:]) == {page.title for page in one}


def test_traditional_query_finds_simplified_page(client, make_installment):
    page = make_installment(title="数据中心落户县城", body=[paragraph("数据中心")])
    assert headlines(get(client, q="數據中心")) == [page.title]


def test_only_live_public_unexpired_pages_are_found(client, make_installment):
    published = make_installment(title="已发布", body=[paragraph("石墨烯工厂")])
    make_installment(title="草稿", live=False, body=[paragraph("石墨烯工厂")])
    make_installment(
        title="定时发布",
        live=False,
        go_live_at=timezone.now() + datetime.timedelta(days=1),
        body=[paragraph("石墨烯工厂")],
    )
    make_installment(
        title="已过期",
        expire_at=timezone.now() - datetime.timedelta(hours=1),
        body=[paragraph("石墨烯工厂")],
    )
    private = make_installment(title="加密", body=[paragraph("石墨烯工厂")])
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="secret"
    )
    assert headlines(get(client, q="石墨烯")) == [published.title]


def test_unpublished_page_leaves_the_results(client, make_installment):
    page = make_installment(title="即将撤下", body=[paragraph("光伏组件")])
    assert headlines(get(client, q="光伏")) == [page.title]
    page.unpublish()
    assert headlines(get(client, q="光伏")) == []


def test_filters_narrow_by_series_theme_person_and_place(
    client, home, series, make_installment
):
    other_series = SeriesPageFactory(parent=home, title="另一个系列")
    theme = ThemeFactory(name="人才为先", slug="talent")
    person = PersonFactory(name="禹心怡")
    place = PlaceFactory(name="嘉善")
    themed = make_installment(
        title="主题篇", body=[section("人才为先", paragraph("人才故事"), theme=theme)]
    )
    bylined = make_installment(title="署名篇", body=[paragraph("人才故事")])
    BylineFactory(page=bylined, person=person)
    placed = make_installment(title="地点篇", body=[paragraph("人才故事")])
    placed.places.add(place)
    placed.save_revision().publish()
    elsewhere = make_installment(
        title="别的系列", parent=other_series, body=[paragraph("人才故事")]
    )

    assert len(headlines(get(client, q="人才"))) == 4
    assert headlines(get(client, q="人才", series=other_series.pk)) == [elsewhere.title]
    assert headlines(get(client, q="人才", theme="talent")) == [themed.title]
    assert headlines(get(client, q="人才", person=person.slug)) == [bylined.title]
    assert headlines(get(client, q="人才", place=place.slug)) == [placed.title]


def test_filter_menus_list_what_has_published_installments(
    client, series, make_installment
):
    theme = ThemeFactory(name="需求导向", slug="demand")
    page = make_installment(title="人才篇", body=[paragraph("人才")])
    BylineFactory(page=page, person=PersonFactory(name="禹心怡"))
    page.places.add(PlaceFactory(name="嘉善", province="浙江"))
    page.save_revision().publish()
    unpublished = make_installment(title="草稿", live=False)
    BylineFactory(page=unpublished, person=PersonFactory(name="刘晓宇"))
    html = get(client, q="人才", theme="demand").content.decode()
    assert f'<option value="{series.pk}">{series.title}</option>' in html
    assert f'<option value="{theme.slug}" selected>需求导向</option>' in html
    assert ">禹心怡</option>" in html
    assert ">浙江嘉善</option>" in html
    assert "刘晓宇" not in html


def test_unknown_filters_are_ignored_with_a_notice(client, make_installment):
    page = make_installment(title="人才篇", body=[paragraph("人才")])
    response = get(client, q="人才", theme="no-such-theme", series="abc")
    assert headlines(response) == [page.title]
    assert "部分筛选条件无效，已忽略" in response.content.decode()


def test_results_are_paged_and_links_keep_the_query(client, make_installment):
    for n in range(12):
        make_installment(title=f"花炮篇{n}", body=[paragraph("浏阳花炮")])
    first = get(client, q="花炮")
    assert len(headlines(first)) == 10
    assert "找到 12 篇报道" in first.content.decode()
    assert "?q=%E8%8A%B1%E7%82%AE&amp;page=2" in first.content.decode()
    second = get(client, q="花炮", page=2)
    assert len(headlines(second)) == 2
    assert not set(headlines(first)) & set(headlines(second))


def test_a_page_of_results_costs_a_fixed_number_of_queries(
    client, make_installment, django_assert_max_num_queries
):
    for n in range(12):
        page = make_installment(title=f"人才篇{n}", body=[paragraph("引进人才")])
        BylineFactory(page=page, person=PersonFactory(name=f"记者{n}"))
    get(client, q="人才")  # fills the cached filter menus
    # View restrictions, search (+ count on SQLite), bylines, series, site.
    with django_assert_max_num_queries(6):
        assert len(headlines(get(client, q="人才"))) == 10


def test_no_results_page_explains_and_suggests(client, make_installment):
    ThemeFactory(name="创新驱动", slug="innovation")
    make_installment(title="人才篇", body=[paragraph("人才")])
    html = get(client, q="量子计算机").content.decode()
    assert "没有找到包含“量子计算机”的报道" in html
    assert "试试这些主题" in html
    assert "?q=%E5%88%9B%E6%96%B0%E9%A9%B1%E5%8A%A8" in html


def test_empty_query_shows_the_form_and_a_hint(client):
    html = get(client).content.decode()
    assert 'name="q"' in html
    assert "输入关键词查找报道" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   \t  ",
        "人才" * 1000,
        "x" * 2000,
        "<script>alert(1)</script>",
        "' OR 1=1; DROP TABLE wagtailcore_page; --",
        '"人才" AND NOT (玻璃 OR *) NEAR(a b) title:x',
        "%_\\'\"",
        "\x00\x01\x1b[31m人才\u202e\u200b",
        "！？。，、；：",
    ],
)
def test_hostile_queries_answer_200(client, make_installment, query):
    make_installment(title="人才篇", body=[paragraph("人才")])
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"q": "人才", "page": "-1"},
        {"q": "人才", "page": "abc"},
        {"q": "人才", "page": "99999"},
        {"q": "人才", "series": "9" * 40},
        {"q": "人才", "theme": "\x00"},
        {"q": "人才", "person": "<script>"},
        {"q": "人才", "place": "x" * 500},
    ],
)
def test_hostile_parameters_answer_200(client, make_installment, params):
    make_installment(title="人才篇", body=[paragraph("人才")])
    response = client.get(URL, params)
    assert response.status_code == 200
    assert headlines(response) == ["人才篇"]


def test_an_expired_series_is_neither_a_filter_choice_nor_a_filter(
    client, home, make_installment
):
    make_installment(title="人才引进的县城", body=[paragraph("引进人才")])
    gone = SeriesPageFactory(
        parent=home,
        title="已下线的系列",
        expire_at=timezone.now() - datetime.timedelta(hours=1),
    )
    html = get(client, q="人才").content.decode()
    assert "已下线的系列" not in html
    # Filtering by it is ignored like any unknown value: results stay unfiltered.
    assert headlines(get(client, q="人才", series=str(gone.pk))) == ["人才引进的县城"]
