"""Reading the desk's HTML: one row per slot, keyed by number."""

import re
from html import unescape

from django.urls import reverse


def desk_url(series) -> str:
    return reverse("series_desk", args=[series.pk])


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def slot_rows(html: str) -> dict[int, str]:
    """{number: the row's visible text}; several rows per number are joined by ' | '."""
    rows: dict[int, list[str]] = {}
    for number, row in re.findall(
        r'<tr class="desk__slot[^"]*" data-number="(\d+)">(.*?)</tr>', html, flags=re.S
    ):
        rows.setdefault(int(number), []).append(visible_text(row))
    return {number: " | ".join(texts) for number, texts in rows.items()}


def warnings_of(html: str) -> list[str]:
    return [
        visible_text(item)
        for item in re.findall(
            r'<li class="desk__warning">(.*?)</li>', html, flags=re.S
        )
    ]


def make_installment(
    series,
    number: int,
    *,
    publish: bool = False,
    body: bool = True,
    hero=None,
    credits: bool = True,
    themes=(),
    **fields,
):
    """An installment as the admin leaves it: a row plus a latest revision."""
    from series.body_format import paragraph, section
    from series.models import Byline, Role
    from tests.factories import InstallmentPageFactory, PersonFactory

    stream = [paragraph(f"第{number}篇的开头。")] if body else []
    stream += [
        section(theme.name, paragraph("一段正文。"), theme=theme) for theme in themes
    ]
    page = InstallmentPageFactory(
        parent=series,
        number=number,
        title=fields.pop("title", f"第{number}篇标题"),
        body=stream,
        hero_image=hero,
        live=False,
        **fields,
    )
    if credits:
        Byline.objects.create(page=page, person=PersonFactory(), role=Role.EDITOR)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page
