"""The installment as WeChat-editor-ready HTML.

WeChat's editor drops <style>, <script>, classes and external stylesheets and
keeps a few tags with inline styles, so every element here is a <section>, <p>,
<span>, <strong> or <img> with its look in a style attribute. Images are
absolute URLs, each with its caption and credit. The end carries the series line
and the 阅读原文 address.
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from series.body_format import (
    COMMENTARY,
    _rich_paragraphs,
    image_ids,
    section_content,
)
from series.links import absolute_url, site_root_url
from series.models import CREDIT_ROLES, WRITING_ROLES, NewsImage, Person

IMAGE_SPEC = "width-1080"
ACCENT = "#a4161a"
INK = "#1b1b1b"
MUTED = "#575757"
STYLES = {
    "article": f"font-size:16px;line-height:1.75;color:{INK};letter-spacing:0.5px;",
    "kicker": f"margin:0 0 8px;font-size:14px;color:{ACCENT};",
    "deck": "margin:0 0 4px;font-size:15px;",
    "headline": "margin:0 0 4px;font-size:22px;font-weight:bold;line-height:1.4;",
    "subtitle": "margin:0 0 12px;font-size:15px;",
    "byline": f"margin:0;font-size:14px;color:{MUTED};",
    "paragraph": "margin:0 0 16px;text-align:justify;",
    "heading": f"margin:28px 0 4px;font-size:18px;font-weight:bold;color:{ACCENT};",
    "subheading": f"margin:0 0 16px;font-size:15px;color:{MUTED};",
    "quote": f"margin:20px 0;padding:12px 16px;border-left:3px solid {ACCENT};"
    "background:#f6f1ec;font-size:17px;",
    "quote_by": f"margin:8px 0 0;font-size:14px;color:{MUTED};",
    "figure_value": f"margin:20px 0 0;font-size:28px;font-weight:bold;color:{ACCENT};",
    "figure_label": f"margin:0 0 20px;font-size:14px;color:{MUTED};",
    "image": "display:block;width:100%;height:auto;margin:16px 0 4px;",
    "caption": f"margin:0 0 16px;font-size:13px;color:{MUTED};",
    "sidebar": "margin:28px 0;padding:16px;border:1px solid #d8d2cb;",
    "sidebar_title": "margin:0 0 8px;font-size:17px;font-weight:bold;",
    "credits": f"margin:28px 0 0;font-size:13px;color:{MUTED};",
    "footer": f"margin:8px 0 0;font-size:13px;color:{MUTED};",
}


def _p(style: str, text) -> SafeString:
    return format_html('<p style="{}">{}</p>', STYLES[style], text)


def _joined(parts) -> SafeString:
    """Rendered pieces side by side; each is already escaped by format_html."""
    return format_html_join("", "{}", ((part,) for part in parts))


class WeChatRenderer:
    def __init__(self, page):
        self.page = page
        raw = list(page.body.raw_data) if page.body else []
        self.raw = raw
        self.root = site_root_url(page=page)
        self.images = NewsImage.objects.in_bulk(list(image_ids(raw)))
        author_ids = [
            (c.get("value") or {}).get("author")
            for c in raw
            if c.get("type") == COMMENTARY
        ]
        self.people = Person.objects.in_bulk([pk for pk in author_ids if pk])

    def render(self) -> SafeString:
        parts = [self._head(), *self._blocks(self.raw), self._credits(), self._footer()]
        return format_html(
            '<section style="{}">{}</section>',
            STYLES["article"],
            _joined(parts),
        )

    def _head(self) -> SafeString:
        page = self.page
        parts = [_p("kicker", page.kicker)] if page.kicker else []
        if page.deck:
            parts.append(_p("deck", page.deck))
        parts += [_p("headline", page.title), _p("subtitle", page.subtitle)]
        for _role, label, people in page.grouped_bylines(roles=WRITING_ROLES):
            parts.append(_p("byline", f"{label}　{'　'.join(p.name for p in people)}"))
        if page.standfirst:
            parts.append(_p("paragraph", page.standfirst))
        return _joined(parts)

    def _blocks(self, raw) -> list[str]:
        parts = []
        for child in raw:
            kind, value = child.get("type"), child.get("value")
            renderer = getattr(self, f"_{kind}", None)
            if renderer is not None:
                parts.append(renderer(value))
        return parts

    def _paragraph(self, value) -> SafeString:
        return _joined(_p("paragraph", text) for text in _rich_paragraphs(value))

    def _section(self, value) -> SafeString:
        parts = [_p("heading", value.get("heading") or "")]
        if value.get("subheading"):
            parts.append(_p("subheading", value["subheading"]))
        return _joined(parts + self._blocks(section_content(value)))

    def _image(self, value) -> SafeString:
        image = self.images.get(value.get("image"))
        if image is None:
            return ""
        rendition = image.get_rendition(IMAGE_SPEC)
        src = absolute_url(rendition.url, self.root)
        caption = value.get("caption") or image.title
        credit = value.get("credit") or getattr(image, "credit", "")
        text = f"{caption}　{credit}" if credit else caption
        return format_html(
            '<img src="{}" alt="{}" style="{}">{}',
            src,
            caption,
            STYLES["image"],
            _p("caption", text),
        )

    def _pull_quote(self, value) -> SafeString:
        by = "　".join(x for x in (value.get("attribution"), value.get("role")) if x)
        inner = format_html(
            '<p style="margin:0;">{}</p>{}',
            value.get("text") or "",
            _p("quote_by", f"——{by}") if by else "",
        )
        return format_html('<section style="{}">{}</section>', STYLES["quote"], inner)

    def _key_figure(self, value) -> SafeString:
        figure = f"{value.get('value') or ''}{value.get('unit') or ''}"
        return _p("figure_value", figure) + _p("figure_label", value.get("label") or "")

    def _commentary(self, value) -> SafeString:
        author = self.people.get(value.get("author"))
        inner = [_p("sidebar_title", value.get("title") or "")]
        inner += [_p("paragraph", text) for text in _rich_paragraphs(value.get("body"))]
        if author is not None:
            inner.append(_p("quote_by", author.name))
        return format_html(
            '<section style="{}">{}</section>',
            STYLES["sidebar"],
            _joined(inner),
        )

    def _credits(self) -> SafeString:
        groups = self.page.grouped_bylines(roles=CREDIT_ROLES)
        if not groups:
            return ""
        text = "　".join(
            f"{label}：{'　'.join(p.name for p in people)}"
            for _r, label, people in groups
        )
        return _p("credits", text)

    def _footer(self) -> SafeString:
        url = absolute_url(self.page.url or "", self.root)
        series = self.page.series
        line = f"{self.page.kicker}｜{series.title}" if series else self.page.kicker
        return _p("footer", line) + format_html(
            '<p style="{}">阅读原文：<span>{}</span></p>', STYLES["footer"], url
        )


def wechat_html(page) -> SafeString:
    return WeChatRenderer(page).render()
