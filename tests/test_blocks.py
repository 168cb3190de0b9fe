"""Every block renders through its own template, escaping copy text."""

import pytest
from wagtail.rich_text import RichText

from series import blocks
from tests.factories import NewsImageFactory, PersonFactory, PlaceFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def render(block, raw):
    return block.render(block.to_python(raw) if isinstance(raw, dict) else raw)


def test_paragraph():
    html = blocks.ParagraphBlock().render(RichText("<p>县域经济</p>"))
    assert 'class="block-paragraph"' in html and "<p>县域经济</p>" in html


def test_figure_falls_back_to_image_caption_and_credit():
    image = NewsImageFactory(
        credit="本报记者 刘晓宇摄", default_caption="福清的玻璃生产线"
    )
    block = blocks.FigureBlock()
    html = block.render(
        block.to_python({"image": image.pk, "caption": "", "credit": ""})
    )
    assert (
        "<figure" in html and "福清的玻璃生产线" in html and "本报记者 刘晓宇摄" in html
    )
    assert 'alt="福清的玻璃生产线"' in html and 'loading="lazy"' in html
    html = block.render(
        block.to_python({"image": image.pk, "caption": "A<b>&", "credit": "摄影 某"})
    )
    assert "A&lt;b&gt;&amp;" in html and "摄影 某" in html


def test_pull_quote_escapes_text():
    block = blocks.PullQuoteBlock()
    html = block.render(
        block.to_python(
            {"text": "<script>x</script>要创新", "attribution": "陈明", "role": "厂长"}
        )
    )
    assert "<blockquote" in html and "&lt;script&gt;" in html and "——陈明，厂长" in html


def test_key_figure_is_structured():
    place = PlaceFactory(name="浏阳", province="湖南")
    block = blocks.KeyFigureBlock()
    value = block.to_python(
        {
            "value": "505.8",
            "unit": "亿元",
            "label": "花炮产业总产值",
            "place": place.pk,
            "year": 2025,
            "source": "浏阳市统计局",
        }
    )
    assert value.display() == "505.8亿元"
    html = block.render(value)
    for text in (
        "505.8",
        "亿元",
        "浏阳",
        "2025年",
        "花炮产业总产值",
        "来源：浏阳市统计局",
    ):
        assert text in html


def test_section_has_anchor_theme_label_and_children():
    theme = ThemeFactory(name="人才为先", slug="talent")
    block = blocks.SectionBlock()
    value = block.to_python(
        {
            "theme": theme.pk,
            "heading": "让人才跟着产业来",
            "subheading": "靶向引才、灵活用才",
            "content": [
                {"type": "paragraph", "value": "<p>第一段</p>"},
                {
                    "type": "pull_quote",
                    "value": {"text": "引语", "attribution": "", "role": ""},
                },
                {
                    "type": "key_figure",
                    "value": {"value": "13", "unit": "家", "label": "冠军"},
                },
            ],
        }
    )
    assert value.anchor() == "section-talent"
    assert len(value.paragraphs()) == 1 and value.key_figures()[0]["value"] == "13"
    html = block.render(value)
    assert 'id="section-talent"' in html and "<h2" in html and "/themes/talent/" in html
    assert "靶向引才、灵活用才" in html and "<blockquote" in html and "第一段" in html
    # A heading that says the theme's own words gets no chip repeating them.
    same = block.to_python({"theme": theme.pk, "heading": "人才 为先", "content": []})
    assert same.theme_label() == "" and "/themes/talent/" not in block.render(same)


def test_section_without_theme_anchors_on_heading_pinyin():
    block = blocks.SectionBlock()
    value = block.to_python({"theme": None, "heading": "飞地经济", "content": []})
    assert value.anchor() == "section-feidijingji"


def test_commentary_sidebar():
    author = PersonFactory(name="何民")
    block = blocks.CommentaryBlock()
    value = block.to_python(
        {
            "title": "县域创新的“三把钥匙”",
            "author": author.pk,
            "body": "<p>评论正文</p>",
        }
    )
    html = block.render(value)
    assert "<aside" in html and "县域创新的“三把钥匙”" in html and "何民" in html
    assert "评论正文" in html and author.get_absolute_url() in html


def test_every_block_has_icon_label_and_template():
    body = blocks.InstallmentBodyBlock()
    section_content = blocks.SectionContentBlock()
    children = {**body.child_blocks, **section_content.child_blocks}
    assert set(children) == {
        "paragraph",
        "image",
        "section",
        "commentary",
        "pull_quote",
        "key_figure",
    }
    for child in children.values():
        assert child.meta.icon and child.meta.label
        assert child.meta.template.startswith("components/streamfield/blocks/")


@pytest.mark.parametrize(
    "block_class",
    [
        blocks.ParagraphBlock,
        blocks.PullQuoteBlock,
        blocks.KeyFigureBlock,
        blocks.SectionBlock,
        blocks.CommentaryBlock,
    ],
)
def test_block_previews_render(block_class):
    block = block_class()
    block.set_name("preview")
    assert block.render(block.get_preview_value()).strip()


def test_figure_preview_uses_an_existing_image():
    image = NewsImageFactory()
    assert blocks.FigureBlock().get_preview_value()["image"] == image
