"""The one owner of the installment body's stored JSON: how it is built and read.

Wagtail stores a StreamField as a list of ``{"type": …, "value": …, "id": …}`` dicts.
The importer, the demo, the reader site's body index, search and the tests all write or
read that shape; they do it through this module, so a change to a block's storage is a
change here. Builders escape plain text the way the editor stores it, so copy stays text;
``rich_text`` takes HTML that is already rich text.

Section anchors are computed here once, from stored values, and ``SectionValue.anchor``
calls the same function, so the page and the body index agree by construction.
"""

import html
import re
from collections.abc import Iterable, Iterator

from django.utils.html import escape
from django.utils.text import slugify

from series.slugs import place_slug

PARAGRAPH = "paragraph"
IMAGE = "image"
PULL_QUOTE = "pull_quote"
KEY_FIGURE = "key_figure"
SECTION = "section"
COMMENTARY = "commentary"


def _pk(obj) -> int | None:
    """A chooser's stored value: the id of a model instance, an id, or None."""
    return getattr(obj, "pk", obj)


def block(block_type: str, value, *, block_id: str | None = None) -> dict:
    data = {"type": block_type, "value": value}
    if block_id:
        data["id"] = block_id
    return data


# ---------------------------------------------------------------- building


def rich_text(paragraphs: Iterable[str]) -> str:
    """Plain-text paragraphs as stored rich text: escaped, each in its own <p>."""
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def paragraph(text: str) -> dict:
    return paragraph_html(rich_text([text]))


def paragraph_html(html: str) -> dict:
    """A paragraph block from HTML that is already rich text."""
    return block(PARAGRAPH, html)


def figure(image, caption: str = "", credit: str = "") -> dict:
    return block(IMAGE, {"image": _pk(image), "caption": caption, "credit": credit})


def pull_quote(text: str, attribution: str = "", role: str = "") -> dict:
    return block(PULL_QUOTE, {"text": text, "attribution": attribution, "role": role})


def key_figure(value, unit, label, place=None, year=None, source="") -> dict:
    return block(
        KEY_FIGURE,
        {
            "value": value,
            "unit": unit,
            "label": label,
            "place": _pk(place),
            "year": year,
            "source": source,
        },
    )


def section(heading: str, *content: dict, subheading: str = "", theme=None) -> dict:
    return block(
        SECTION,
        {
            "theme": _pk(theme),
            "heading": heading,
            "subheading": subheading,
            "content": list(content),
        },
    )


def commentary(title: str, text: str = "", author=None, *, paragraphs=None) -> dict:
    """A signed sidebar; `paragraphs` (plain text) when it has more than one."""
    body = rich_text(paragraphs if paragraphs is not None else [text])
    return block(COMMENTARY, {"title": title, "author": _pk(author), "body": body})


# ---------------------------------------------------------------- reading


def raw_body(page) -> list:
    """A page's body as stored, without turning it into blocks (no chooser queries)."""
    return list(page.body.raw_data) if page.body else []


def children(raw_stream, block_type: str) -> Iterator[dict]:
    """Values of the blocks of one type in a raw stream, in order."""
    for child in raw_stream or []:
        if child.get("type") == block_type:
            yield child.get("value") or {}


def section_content(section_value: dict) -> list:
    return section_value.get("content") or []


def key_figures_in(raw_content) -> list[dict]:
    return list(children(raw_content, KEY_FIGURE))


def image_ids(raw_stream) -> Iterator[int]:
    """Image ids in a raw stream, however deeply sections nest them."""
    for child in raw_stream or []:
        if not isinstance(child, dict):
            continue
        value = child.get("value")
        if child.get("type") == IMAGE and isinstance(value, dict):
            if value.get("image"):
                yield int(value["image"])
        elif isinstance(value, dict):
            for nested in value.values():
                if isinstance(nested, list):
                    yield from image_ids(nested)


_PARAGRAPH_TAGS = re.compile(r"<(p|h[1-6]|li|blockquote)[\s>].*?</\1>", re.S)
_TAG = re.compile(r"<[^>]+>")


def _rich_paragraphs(rich_html: str) -> list[str]:
    """The plain text of each paragraph of stored rich text."""
    rich_html = rich_html or ""
    pieces = [m.group(0) for m in _PARAGRAPH_TAGS.finditer(rich_html)] or [rich_html]
    texts = (" ".join(html.unescape(_TAG.sub("", piece)).split()) for piece in pieces)
    return [text for text in texts if text]


def text_pieces(raw_stream) -> Iterator[tuple[str, str]]:
    """(kind, plain text) for every piece a reader reads, in reading order.

    One paragraph, heading, caption, quote, key figure or sidebar title is one piece:
    search passages are cut from a single piece, never across two.
    """
    for kind, text, _where in located_text_pieces(raw_stream):
        yield kind, text


def located_text_pieces(raw_stream, within: str = "") -> Iterator[tuple[str, str, str]]:
    """(kind, plain text, where) for every piece, where saying which block holds it:
    "小节“人才为先”第2段" (the pre-check points editors at their words with it).
    """
    paragraphs = 0
    for child in raw_stream or []:
        kind, value = child.get("type"), child.get("value")
        if kind == PARAGRAPH:
            for text in _rich_paragraphs(value):
                paragraphs += 1
                yield PARAGRAPH, text, f"{within or '正文'}第{paragraphs}段"
        elif kind == SECTION and isinstance(value, dict):
            heading = value.get("heading") or ""
            name = f"小节“{heading}”"
            yield "heading", heading, f"{name}标题"
            yield "subheading", value.get("subheading") or "", f"{name}副标题"
            yield from located_text_pieces(section_content(value), within=name)
        elif kind == IMAGE and isinstance(value, dict):
            yield "caption", value.get("caption") or "", f"{within}图片说明"
        elif kind == PULL_QUOTE and isinstance(value, dict):
            yield PULL_QUOTE, value.get("text") or "", f"{within}引语"
        elif kind == KEY_FIGURE and isinstance(value, dict):
            yield (
                KEY_FIGURE,
                "".join(str(value.get(key) or "") for key in ("value", "unit"))
                + " "
                + (value.get("label") or ""),
                f"{within}关键数据“{value.get('label') or ''}”",
            )
        elif kind == COMMENTARY and isinstance(value, dict):
            name = f"评论“{value.get('title') or ''}”"
            yield "commentary_title", value.get("title") or "", f"{name}标题"
            for number, text in enumerate(_rich_paragraphs(value.get("body")), 1):
                yield COMMENTARY, text, f"{name}第{number}段"


def all_key_figures(raw_stream) -> Iterator[dict]:
    """Every key figure's stored value, at the top level and inside sections."""
    for child in raw_stream or []:
        value = child.get("value")
        if child.get("type") == KEY_FIGURE and isinstance(value, dict):
            yield value
        elif child.get("type") == SECTION and isinstance(value, dict):
            yield from all_key_figures(section_content(value))


# ---------------------------------------------------------------- anchors


def section_anchor_base(theme_slug: str | None, heading: str) -> str:
    """A section's in-page id: the theme's slug when set, else the heading's pinyin."""
    base = theme_slug if theme_slug else (place_slug(heading or "") or "section")
    return "section-" + slugify(base)


def unique_anchors(anchors: list[str]) -> list[str]:
    """Ids must be unique on a page: the second "section-talent" becomes "-2"."""
    seen: dict[str, int] = {}
    result = []
    for anchor in anchors:
        seen[anchor] = seen.get(anchor, 0) + 1
        result.append(anchor if seen[anchor] == 1 else f"{anchor}-{seen[anchor]}")
    return result
