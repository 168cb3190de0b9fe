"""Results show the passage the reader searched for (issue #12): the phrase before a
stray token, merged highlights, no single-character noise, passages inside one block,
phrase ranking, synonyms from the admin, entity cards, suggestions, copy vocabulary.

All copy here is our own, written for these tests.
"""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse

from series.body_format import commentary, key_figure, paragraph, section
from series.models import CopyTerm, SynonymGroup
from series.search import synonyms, vocabulary
from series.search.highlight import ELLIPSIS, highlight
from series.search.passages import MAX_WINDOW, MIN_WINDOW, best_passages
from series.search.segment import query_terms
from tests.factories import PlaceFactory, ThemeFactory
from tests.feeds.conftest import publish
from tests.hostile import HOSTILE_SHORT

pytestmark = pytest.mark.django_db
URL = reverse("series:search")

SCATTERED = (
    "园区的超市里，货架上摆着本地产的线材、钉子和五金件。"
    "再往东走两公里，是一家做超声波清洗机的小厂。"
)
PHRASE = (
    "真正让这座县城出名的，是超导线材。"
    "一家企业用十二年时间，把实验室里的样品做成了能批量交付的产品。"
)


def results(client, q) -> BeautifulSoup:
    response = client.get(URL, {"q": q})
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def passages_of(html: BeautifulSoup) -> list[str]:
    return [str(p) for p in html.select(".search-result__snippet")]


def test_phrase_passage_is_chosen_over_an_earlier_single_token(make_installment):
    page = make_installment(
        title="小县城的大产业", body=[paragraph(SCATTERED), paragraph(PHRASE)]
    )
    terms = query_terms("超导线材", vocabulary.tokenizer())
    passages = best_passages(page, terms)
    assert "<mark>超导线材</mark>" in passages[0].html
    assert "货架" not in passages[0].html


def test_adjacent_tokens_merge_into_one_mark():
    marked = highlight("这里生产超导线材。", ["超导", "线材"])
    assert marked == "这里生产<mark>超导线材</mark>。"


def test_a_lone_single_character_is_not_highlighted():
    # 5 of the query "5G基站" must not light up inside 2025.
    marked = highlight("2025年，县里新建了一批5G基站。", ["5", "g", "基站"])
    assert marked == "2025年，县里新建了一批<mark>5G基站</mark>。"
    # …unless the query itself is one character.
    assert highlight("茶与瓷", ["茶"]) == "<mark>茶</mark>与瓷"


def test_passages_stay_inside_one_block(make_installment):
    page = make_installment(
        body=[
            section(
                "人才为先",
                paragraph("让人才跟着产业来，县里办起了订单班。" * 3),
                subheading="年轻人为什么回来",
            )
        ]
    )
    for passage in best_passages(page, ["人才"]):
        text = BeautifulSoup(passage.html, "html.parser").get_text()
        # The heading is one piece and the paragraph another: never both at once.
        assert not ("人才为先" in text and "订单班" in text)
        assert len(text.strip("…")) <= MAX_WINDOW


def test_a_long_paragraph_is_cut_at_a_sentence_with_ellipses(make_installment):
    filler = "县城的早市从五点开始，卖菜的、卖早点的排满了一条街。" * 4
    page = make_installment(
        body=[paragraph(filler + "不锈钢管材的订单已经排到了明年三月。" + filler)]
    )
    passage = best_passages(page, ["不锈钢", "管材"])[0]
    text = BeautifulSoup(passage.html, "html.parser").get_text()
    assert text.startswith("…") and text.endswith("…")
    assert "<mark>不锈钢管材</mark>" in passage.html
    # Cut at sentence boundaries: whole sentences between the ellipses.
    assert text.strip("…").endswith("。")


def test_two_passages_when_the_terms_are_far_apart(make_installment):
    page = make_installment(
        body=[
            paragraph("烟花厂的工人正在赶制春节的订单。"),
            paragraph("县里的物流园连着高速公路，一天能发出两百车货。" * 3),
            paragraph("年底，物流园还要再扩建一座仓库。"),
            paragraph("另一头，茶园里的采茶工刚刚下工。"),
        ]
    )
    passages = best_passages(page, ["烟花", "茶园"])
    assert len(passages) == 2
    assert "<mark>烟花</mark>" in passages[0].html + passages[1].html
    assert "<mark>茶园</mark>" in passages[0].html + passages[1].html


def test_deck_and_key_figure_matches_are_labelled(make_installment):
    page = make_installment(
        deck="一根光纤连起的县域经济",
        body=[section("数字", key_figure("86.3", "亿元", "光纤产业产值"))],
    )
    labels = {p.label for p in best_passages(page, ["光纤"])}
    assert "导语" in labels


def test_phrase_ranks_above_scattered_terms_on_this_database(client, make_installment):
    # Both have both words, the scattered one more often and published later:
    # only the phrase can put the other first.
    far_apart = (
        "超导实验室在省城，超导课题组每年来县里招人。"
        + "县城的早市从五点开始。" * 6
        + "五金店门口堆着线材，线材论斤卖。"
    )
    phrase = publish(
        make_installment(title="一种材料的十二年", body=[paragraph(PHRASE)])
    )
    scattered = publish(
        make_installment(title="县城的早市与实验室", body=[paragraph(far_apart)])
    )
    assert scattered.first_published_at > phrase.first_published_at
    html = results(client, "超导 线材")
    titles = [a.get_text() for a in html.select(".search-result__headline a")]
    assert titles.index("一种材料的十二年") < titles.index("县城的早市与实验室")


def test_synonyms_from_the_admin_list(client, admin_client, make_installment):
    publish(
        make_installment(
            title="浏阳的夜空", body=[paragraph("花炮厂的订单里，焰火占了一多半。")]
        )
    )
    assert not results(client, "烟花").select(".search-result")
    response = admin_client.post(
        reverse("wagtailsnippets_series_synonymgroup:add"),
        {"words": "烟花、焰火 / 花炮", "note": "读者常用说法"},
    )
    assert response.status_code == 302
    assert SynonymGroup.objects.get().word_list() == ["烟花", "焰火", "花炮"]
    synonyms.forget()  # the admin's commit would do this; tests run in one transaction
    html = results(client, "烟花")
    assert [a.get_text() for a in html.select(".search-result__headline a")] == [
        "浏阳的夜空"
    ]
    assert "<mark>焰火</mark>" in "".join(passages_of(html))


def test_traditional_query_highlights_the_simplified_copy(client, make_installment):
    publish(make_installment(title="数据中心落户县城", body=[paragraph(PHRASE)]))
    html = results(client, "數據中心")
    assert "<mark>数据中心</mark>" in str(html.select_one(".search-result__headline"))


def test_a_query_naming_a_place_shows_its_card_first(client, make_installment):
    place = PlaceFactory(name="浏阳", province="湖南", slug="liuyang")
    vocabulary.bump_version()  # the commit of the place's save would do this
    publish(make_installment(title="浏阳花炮走向世界", body=[paragraph("浏阳的花炮")]))
    html = results(client, "浏阳")
    card = html.select_one(".entity-card")
    assert card.select_one("a")["href"] == place.get_absolute_url()
    # The card comes before the results.
    assert str(html).index("entity-card") < str(html).index("search-result__headline")


def test_no_results_suggest_words_that_occur(client, make_installment):
    ThemeFactory(name="花炮产业", slug="huapao")
    vocabulary.bump_version()
    html = results(client, "花炮产量")
    suggested = [a.get_text() for a in html.select(".search-empty__suggest a")]
    assert "花炮产业" in suggested


def test_hostile_query_and_copy_stay_escaped(client, make_installment):
    publish(
        make_installment(
            title="标题" + HOSTILE_SHORT,
            body=[paragraph("超导线材" + HOSTILE_SHORT), commentary("评", "超导线材")],
        )
    )
    response = client.get(URL, {"q": "超导线材" + HOSTILE_SHORT})
    assert response.status_code == 200
    body = response.content.decode()
    assert HOSTILE_SHORT not in body
    assert "超导线材&lt;/script&gt;&amp;" in body


def test_publishing_adds_the_copy_words_and_update_index_rebuilds_them(
    make_installment, django_capture_on_commit_callbacks
):
    page = make_installment(
        body=[
            section(
                "超导线材",
                paragraph("这家企业把“冷拉钢丝”做成了拳头产品，年产值505.8亿元。"),
                key_figure("13", "家", "单项冠军企业"),
            )
        ]
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    terms = set(CopyTerm.objects.values_list("term", flat=True))
    assert {"超导线材", "冷拉钢丝", "505.8亿元", "单项冠军企业"} <= terms
    tokenizer = vocabulary.tokenizer()
    assert query_terms("冷拉钢丝", tokenizer) == ["冷拉钢丝"]

    CopyTerm.objects.create(term="过时的词")
    call_command("update_index", verbosity=0)
    rebuilt = set(CopyTerm.objects.values_list("term", flat=True))
    assert "过时的词" not in rebuilt and "冷拉钢丝" in rebuilt


def test_a_text_without_sentence_marks_is_cut_around_the_match(make_installment):
    page = make_installment(
        body=[paragraph("开头" * 100 + "引进人才的故事" + "结尾" * 100)]
    )
    html = best_passages(page, ["人才"])[0].html
    assert html.startswith(ELLIPSIS) and html.endswith(ELLIPSIS)
    assert "引进<mark>人才</mark>的故事" in html
    assert len(html.replace("<mark>", "").replace("</mark>", "")) <= MAX_WINDOW + 2


def test_without_a_match_the_passage_is_the_opening(make_installment):
    page = make_installment(body=[paragraph("第一句。" * 50)])
    # Whole sentences from the start, until the window holds at least MIN_WINDOW.
    expected = "第一句。" * (MIN_WINDOW // 4) + ELLIPSIS
    assert best_passages(page, ["不存在"])[0].html == expected


def test_a_short_passage_has_no_ellipsis_and_is_escaped(make_installment):
    page = make_installment(body=[paragraph("<i>焰火</i>")])
    html = best_passages(page, ["焰火"])[0].html
    assert html == "&lt;i&gt;<mark>焰火</mark>&lt;/i&gt;"
