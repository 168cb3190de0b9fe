"""The one block vocabulary of installment bodies.

An installment body is a stream of opening paragraphs and photos, then thematic
sections, then commentary sidebars. Each block renders through its own template in
templates/components/streamfield/blocks/, and anything computed for display lives on a
StructValue subclass so templates stay declarative.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from series.body_format import section_anchor_base

BLOCK_TEMPLATES = "components/streamfield/blocks/"

# Rich text in copy is plain prose: bold, italic and links are all editors need.
PARAGRAPH_FEATURES = ["bold", "italic", "link"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("段落")
        template = BLOCK_TEMPLATES + "paragraph.html"
        preview_value = (
            "<p>江阴的车间里，一台台装备正在装箱，准备运往海外客户手中。</p>"
        )


class FigureValue(blocks.StructValue):
    def credit_text(self) -> str:
        image = self.get("image")
        return self.get("credit") or (image.credit if image else "")

    def caption_text(self) -> str:
        image = self.get("image")
        return self.get("caption") or (image.default_caption if image else "")

    def alt_text(self) -> str:
        image = self.get("image")
        return self.caption_text() or (image.title if image else "")


class FigureBlock(blocks.StructBlock):
    """A photo with its caption and credit; both fall back to the image's own."""

    image = ImageChooserBlock(label=_("图片"))
    caption = blocks.CharBlock(
        label=_("图说"), required=False, help_text=_("留空则用图片的默认图说。")
    )
    credit = blocks.CharBlock(
        label=_("署名"), required=False, help_text=_("留空则用图片的署名。")
    )

    def get_preview_value(self):
        # Block previews need a real image; borrow the newest one if there is any.
        from series.models import NewsImage

        image = NewsImage.objects.order_by("-pk").first()
        return self.to_python({"image": image.pk if image else None})

    class Meta:
        icon = "image"
        label = _("图片")
        value_class = FigureValue
        template = BLOCK_TEMPLATES + "figure.html"


class PullQuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("引语"))
    attribution = blocks.CharBlock(label=_("说话人"), required=False)
    role = blocks.CharBlock(
        label=_("身份"), required=False, help_text=_("例如“某公司董事长”。")
    )

    class Meta:
        icon = "openquote"
        label = _("引语")
        template = BLOCK_TEMPLATES + "pull_quote.html"
        preview_value = {
            "text": "产业要往高处走，靠的是一代又一代人肯钻研。",
            "attribution": "陈明",
            "role": "企业技术负责人",
        }


class KeyFigureValue(blocks.StructValue):
    def display(self) -> str:
        return f"{self.get('value')}{self.get('unit') or ''}"


class KeyFigureBlock(blocks.StructBlock):
    """A number the story rests on, kept structured so pages and feeds can reuse it."""

    value = blocks.CharBlock(label=_("数值"), max_length=30, help_text=_("例如 505.8"))
    unit = blocks.CharBlock(label=_("单位"), max_length=20, required=False)
    label = blocks.CharBlock(
        label=_("说明"), max_length=120, help_text=_("这个数字衡量什么。")
    )
    place = SnippetChooserBlock("series.Place", label=_("地点"), required=False)
    year = blocks.IntegerBlock(
        label=_("年份"), required=False, min_value=1949, max_value=2100
    )
    source = blocks.CharBlock(label=_("来源"), max_length=120, required=False)

    class Meta:
        icon = "pick"
        label = _("关键数据")
        value_class = KeyFigureValue
        template = BLOCK_TEMPLATES + "key_figure.html"
        preview_value = {
            "value": "505.8",
            "unit": "亿元",
            "label": "浏阳花炮产业总产值",
            "year": 2025,
        }


class SectionContentBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    image = FigureBlock()
    pull_quote = PullQuoteBlock()
    key_figure = KeyFigureBlock()


def _words(text: str) -> str:
    """Text without spaces and punctuation: 创新驱动 and “创新 驱动” say the same."""
    return "".join(ch for ch in text if ch.isalnum())


class SectionValue(blocks.StructValue):
    def anchor(self) -> str:
        """A stable in-page id: the theme's slug when set, else the heading's pinyin."""
        theme = self.get("theme")
        return section_anchor_base(theme.slug if theme else None, self.get("heading"))

    def theme_label(self) -> str:
        """The theme's name for a chip, or "" when the heading already says it."""
        theme = self.get("theme")
        if theme is None or _words(theme.name) == _words(self.get("heading") or ""):
            return ""
        return theme.name

    def paragraphs(self) -> list:
        return [
            child.value
            for child in self.get("content")
            if child.block_type == "paragraph"
        ]

    def key_figures(self) -> list:
        return [
            child.value
            for child in self.get("content")
            if child.block_type == "key_figure"
        ]


class SectionBlock(blocks.StructBlock):
    theme = SnippetChooserBlock("series.Theme", label=_("主题"), required=False)
    heading = blocks.CharBlock(label=_("小标题"), max_length=60)
    subheading = blocks.CharBlock(
        label=_("副题"),
        max_length=120,
        required=False,
        help_text=_("小标题下的一行概括。"),
    )
    # A draft may hold an empty section (imported copy whose text is elsewhere);
    # series/rules.py refuses to publish it until it has content.
    content = SectionContentBlock(
        label=_("内容"), required=False, help_text=_("发布前必须有内容。")
    )

    class Meta:
        icon = "doc-full"
        label = _("专题段落")
        value_class = SectionValue
        template = BLOCK_TEMPLATES + "section.html"
        form_classname = "section-block"
        preview_value = {
            "heading": "人才为先",
            "subheading": "靶向引才、灵活用才、精准育才",
            "content": [
                {
                    "type": "paragraph",
                    "value": "<p>县里的实训基地，一年能培养上千名技工。</p>",
                }
            ],
        }


class CommentaryBlock(blocks.StructBlock):
    """The signed sidebar column that runs beside the story."""

    title = blocks.CharBlock(label=_("标题"), max_length=80)
    author = SnippetChooserBlock("series.Person", label=_("作者"), required=False)
    # Empty is allowed in a draft and refused at publishing (series/rules.py).
    body = blocks.RichTextBlock(
        label=_("正文"),
        features=PARAGRAPH_FEATURES,
        required=False,
        help_text=_("发布前必须有正文。"),
    )

    class Meta:
        icon = "comment"
        label = _("评论栏")
        template = BLOCK_TEMPLATES + "commentary.html"
        preview_value = {
            "title": "县域创新的“三把钥匙”",
            "body": "<p>产业、人才、市场，三者缺一不可。</p>",
        }


class InstallmentBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    image = FigureBlock()
    section = SectionBlock()
    commentary = CommentaryBlock()

    class Meta:
        block_counts = {"commentary": {"max_num": 3}}
