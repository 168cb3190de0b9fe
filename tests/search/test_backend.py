"""The Chinese-aware backend through Wagtail's search API, on SQLite and PostgreSQL."""

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from series.body_format import (
    commentary,
    key_figure,
    paragraph,
    pull_quote,
    section,
)
from series.models import InstallmentPage
from series.search.backends.base import segment_query
from series.search.vocabulary import tokenizer
from tests.factories import BylineFactory, PersonFactory, PlaceFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def found(query: str) -> list[str]:
    return [page.title for page in InstallmentPage.objects.live().search(query)]


@pytest.fixture
def story(make_installment):
    """One installment with every kind of text the issue names."""
    theme = ThemeFactory(name="人才为先", slug="talent")
    page = make_installment(
        title="创新突围看县域",
        deck="约三成国家级专精特新企业分布在县域",
        standfirst="从慈溪的小家电到江阴的装备，县域产业正在换挡。",
        body=[
            paragraph("在江阴，一家企业的汽车玻璃生产线昼夜不停，产品销往海外。"),
            section(
                "人才为先",
                paragraph(
                    "县里引进人才三千余人，国产大飞机鲲龙AG600的部件也在这里试制。"
                ),
                pull_quote("没有工程师，就没有今天的订单。", "陈明", "企业负责人"),
                key_figure(
                    "505.8", "亿元", "花炮产业总产值", place=PlaceFactory(name="浏阳")
                ),
                subheading="靶向引才、精准育才",
                theme=theme,
            ),
            commentary(
                "县域创新的三把钥匙",
                "算力与数据中心让小城也能做研发。",
                author=PersonFactory(name="禹心怡"),
            ),
        ],
    )
    BylineFactory(page=page, person=PersonFactory(name="刘晓宇"))
    page.places.add(PlaceFactory(name="嘉善"))
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    "word",
    [
        "人才",  # two characters, inside 引进人才
        "玻璃",  # inside 汽车玻璃
        "汽车玻璃",  # the compound itself
        "小家电",  # three characters
        "专精特新",  # four characters, in the deck
        "鲲龙",  # product name
        "AG600",  # product model
        "工程师",  # pull quote
        "505.8",  # key figure
        "花炮",  # key figure label
        "靶向",  # section subheading
        "钥匙",  # sidebar title
        "数据中心",  # sidebar text
        "刘晓宇",  # byline
        "禹心怡",  # sidebar author, only an id in the body
        "嘉善",  # tagged place
        "浏阳",  # key figure place, only an id in the body
        "慈溪",  # place in the standfirst
        "江阴",
    ],
)
def test_words_inside_the_text_find_the_installment(story, word):
    assert found(word) == [story.title]


@pytest.mark.parametrize("word", ["石墨烯", "火箭", "汽车玻", "人才外流", "上海"])
def test_absent_words_find_nothing(story, word):
    assert found(word) == []


def test_published_queryset_can_be_searched(story, make_installment):
    make_installment(title="草稿", live=False, body=[paragraph("鲲龙")])
    results = InstallmentPage.objects.published().search("鲲龙")
    assert [page.title for page in results] == [story.title]


def test_quoted_phrases_are_cut_like_the_text(story):
    from modelsearch.query import Phrase

    def phrase(text):
        return [p.title for p in InstallmentPage.objects.live().search(Phrase(text))]

    assert phrase("汽车玻璃生产线") == [story.title]
    assert phrase("生产线汽车玻璃") == []


def test_traditional_query_finds_simplified_text(story):
    assert found("數據中心") == [story.title]
    assert found("汽車玻璃") == [story.title]


def test_all_words_must_match(story, make_installment):
    make_installment(title="焰火之城", body=[paragraph("焰火照亮夜空。")])
    assert found("人才 玻璃") == [story.title]
    assert found("人才 焰火") == []


# Ties fall back to the newest page first, so the page expected on top is made first.


def test_headline_match_ranks_above_body_match(make_installment):
    in_headline = make_installment(
        title="烟花照亮县域经济", body=[paragraph("一个关于出口的故事。")]
    )
    in_body = make_installment(
        title="一座小城的夜晚",
        body=[paragraph("这里的烟花厂很多，烟花产业养活了半个县。烟花也出口。")],
    )
    assert found("烟花") == [in_headline.title, in_body.title]


def test_headline_match_ranks_first_for_several_words(make_installment):
    in_headline = make_installment(
        title="烟花点亮县域经济", body=[paragraph("一个关于出口的故事。")]
    )
    in_body = make_installment(
        title="一座小城的夜晚",
        body=[paragraph("烟花产业撑起县域经济，烟花也撑起了县域经济的名声。")],
    )
    assert found("烟花 经济") == [in_headline.title, in_body.title]


def test_deck_match_ranks_above_body_match(make_installment):
    in_deck = make_installment(
        title="乙篇", deck="焰火点亮的小城", body=[paragraph("一个故事。")]
    )
    in_body = make_installment(
        title="甲篇", deck="县域故事", body=[paragraph("说到焰火，焰火人人都懂。")]
    )
    assert found("焰火") == [in_deck.title, in_body.title]


def test_publishing_a_revision_updates_the_index(story):
    story.body = [paragraph("石墨烯材料的新工厂。")]
    revision = story.save_revision()
    assert found("石墨烯") == []  # a draft is not what the index holds
    revision.publish()
    assert found("石墨烯") == [story.title]
    assert found("鲲龙") == []


def test_update_index_rebuilds_the_index(story):
    IndexEntry.objects.all().delete()
    assert found("鲲龙") == []
    call_command("update_index", verbosity=0)
    assert found("鲲龙") == [story.title]


def test_admin_autocomplete_finds_words_in_titles(story):
    assert [p.title for p in Page.objects.autocomplete("突围")] == [story.title]
    # The last word is a prefix while an editor types.
    assert [p.title for p in Page.objects.autocomplete("创新突")] == [story.title]


def test_queries_without_words_match_nothing(story):
    for query in ["", "   ", "！？", "\x00"]:
        assert found(query) == []


def test_segment_query_cuts_nested_queries():
    from modelsearch.query import MATCH_ALL, MATCH_NONE, And, Not, Or, PlainText

    query = And(
        [PlainText("汽车玻璃产业"), Not(Or([PlainText("，"), PlainText("數據")]))]
    )
    words, excluded = segment_query(query, tokenizer()).subqueries
    assert [word.query_string for word in words.subqueries] == ["汽车玻璃", "产业"]
    assert excluded.subquery.query_string == "数据"
    assert segment_query(PlainText("。。"), tokenizer()) is MATCH_NONE
    assert segment_query(Not(PlainText("。。")), tokenizer()) is MATCH_ALL


def test_backend_is_the_chinese_one():
    assert type(get_search_backend()).__module__.startswith("series.search.backends")
