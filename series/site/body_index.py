"""Reading installment bodies across many pages without loading their blocks.

Theme, person, place and series pages ask questions of many bodies at once: which
section covers which theme, which key figure is about which place, who wrote which
commentary. Turning every StreamField into blocks would cost queries per page (each
chooser block loads its objects); the stored JSON already holds the ids, so we read
that and load what it points at once.
"""

import html
from dataclasses import dataclass, field

from django.utils.html import strip_tags
from django.utils.text import Truncator

from series.body_format import (
    COMMENTARY,
    PARAGRAPH,
    SECTION,
    children,
    key_figures_in,
    raw_body,
    section_anchor_base,
    section_content,
    unique_anchors,
)
from series.models import Theme

EXCERPT_CHARS = 90


def plain_text(rich_html: str, chars: int = EXCERPT_CHARS) -> str:
    text = " ".join(html.unescape(strip_tags(rich_html or "")).split())
    return Truncator(text).chars(chars) if chars else text


@dataclass
class RawSection:
    """One section of one installment, as stored."""

    page: object
    theme_id: int | None
    heading: str
    subheading: str
    anchor: str = ""
    theme: Theme | None = None
    excerpt: str = ""
    key_figures: list[dict] = field(default_factory=list)


def sections_of(pages) -> list[RawSection]:
    """Every section of `pages` in reading order, with page-unique anchors set."""
    by_page = []
    for page in pages:
        for value in children(raw_body(page), SECTION):
            content = section_content(value)
            paragraphs = list(children(content, PARAGRAPH))
            by_page.append(
                RawSection(
                    page=page,
                    theme_id=value.get("theme"),
                    heading=value.get("heading") or "",
                    subheading=value.get("subheading") or "",
                    excerpt=plain_text(paragraphs[0]) if paragraphs else "",
                    key_figures=key_figures_in(content),
                )
            )
    _attach_themes(by_page)
    _set_anchors(by_page)
    return by_page


def _attach_themes(sections: list[RawSection]) -> None:
    ids = {s.theme_id for s in sections if s.theme_id}
    themes = Theme.objects.in_bulk(ids) if ids else {}
    for section in sections:
        section.theme = themes.get(section.theme_id)


def _set_anchors(sections: list[RawSection]) -> None:
    pages: dict[int, list[RawSection]] = {}
    for section in sections:
        pages.setdefault(section.page.pk, []).append(section)
    for group in pages.values():
        bases = [
            section_anchor_base(s.theme.slug if s.theme else None, s.heading)
            for s in group
        ]
        for section, anchor in zip(group, unique_anchors(bases), strict=True):
            section.anchor = anchor


def key_figures_about(pages, place) -> list[tuple[object, RawSection | None, dict]]:
    """[(page, section or None, figure)] for key figures whose place is `place`."""
    found = []
    for section in sections_of(pages):
        for figure in section.key_figures:
            if figure.get("place") == place.pk:
                found.append((section.page, section, figure))
    return found


def commentaries_of(pages) -> list[tuple[object, dict]]:
    """[(page, commentary value)] for every commentary sidebar of `pages`."""
    return [
        (page, value)
        for page in pages
        for value in children(raw_body(page), COMMENTARY)
    ]


def commentaries_by(pages, person) -> list[tuple[object, dict]]:
    """[(page, commentary value)] for commentary sidebars `person` signed."""
    return [
        (page, value)
        for page, value in commentaries_of(pages)
        if value.get("author") == person.pk
    ]
