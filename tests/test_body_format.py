"""series.body_format builds what the blocks accept, and reads what they store.

Each builder's output goes through the block's own to_python → clean → render, and
the anchors the body index computes from stored JSON are the ones the page renders.
"""

import pytest
from django.test import Client

from series import blocks
from series import body_format as stream
from series.models import InstallmentPage
from series.site.body_index import sections_of
from tests.factories import (
    InstallmentPageFactory,
    NewsImageFactory,
    PersonFactory,
    PlaceFactory,
    ThemeFactory,
)
from tests.hostile import HOSTILE

pytestmark = pytest.mark.django_db

BODY = blocks.InstallmentBodyBlock()


def round_trip(raw: list[dict]) -> str:
    """Stored JSON → blocks → validation → HTML, as the editor and the page do."""
    value = BODY.to_python(raw)
    cleaned = BODY.clean(value)
    return BODY.render(cleaned)


def test_paragraph_escapes_plain_text():
    html = round_trip([stream.paragraph(HOSTILE)])
    assert "<script>" not in html and "&lt;/script&gt;" in html


def test_figure_round_trip():
    image = NewsImageFactory(credit="本报记者 刘晓宇摄")
    html = round_trip([stream.figure(image, "福清的玻璃生产线")])
    assert "<figure" in html and "福清的玻璃生产线" in html and "刘晓宇" in html


def test_section_with_every_child_round_trip():
    theme = ThemeFactory(name="人才为先", slug="talent")
    place = PlaceFactory(name="浏阳")
    image = NewsImageFactory()
    raw = [
        stream.section(
            "人才为先",
            stream.paragraph("实训基地一年培养上千名技工。"),
            stream.figure(image, "实训车间"),
            stream.pull_quote("留得住人，产业才有后劲。", "陈明", "企业负责人"),
            stream.key_figure("505.8", "亿元", "花炮产业总产值", place, 2025, "统计局"),
            subheading="靶向引才",
            theme=theme,
        )
    ]
    html = round_trip(raw)
    for text in ("人才为先", "靶向引才", "上千名技工", "实训车间", "留得住人", "505.8"):
        assert text in html
    assert 'id="section-talent"' in html


def test_commentary_round_trip_with_several_paragraphs():
    author = PersonFactory(name="何欣")
    raw = [
        stream.commentary(
            "县域创新的“三把钥匙”", author=author, paragraphs=["一", "二"]
        )
    ]
    value = BODY.clean(BODY.to_python(raw))
    assert value[0].value["author"] == author
    assert value[0].value["body"].source == "<p>一</p><p>二</p>"
    assert "三把钥匙" in BODY.render(value)


def test_builders_accept_ids_as_well_as_objects():
    theme = ThemeFactory()
    assert stream.section("x", theme=theme) == stream.section("x", theme=theme.pk)


def test_readers_find_children_and_images_however_nested():
    image = NewsImageFactory()
    raw = [
        stream.paragraph("开篇"),
        stream.section(
            "小标题", stream.figure(image), stream.key_figure("13", "家", "冠军")
        ),
    ]
    assert [v for v in stream.children(raw, stream.PARAGRAPH)] == ["<p>开篇</p>"]
    section = next(stream.children(raw, stream.SECTION))
    assert stream.key_figures_in(stream.section_content(section))[0]["value"] == "13"
    assert list(stream.image_ids(raw)) == [image.pk]


def test_body_index_anchors_match_the_rendered_page(series):
    talent = ThemeFactory(name="人才为先", slug="talent")
    body = [
        stream.section("人才为先", stream.paragraph("一"), theme=talent),
        stream.section("人才为先", stream.paragraph("二"), theme=talent),
        stream.section("向海而兴", stream.paragraph("三")),
    ]
    page = InstallmentPageFactory(parent=series, number=1, body=body)
    page = InstallmentPage.objects.get(pk=page.pk)
    indexed = [section.anchor for section in sections_of([page])]
    assert indexed == [
        "section-talent",
        "section-talent-2",
        "section-xianghaierxing",
    ]
    page.save_revision().publish()
    html = Client().get(page.url).content.decode()
    for anchor in indexed:
        assert f'id="{anchor}"' in html
