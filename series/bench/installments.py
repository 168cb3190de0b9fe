"""Bulk-build bench installments under the ``bench`` series, treebeard-safely.

``Page.add_child`` costs several queries per page (path lookup, numchild update,
revision). Here a chunk of pages gets consecutive materialised paths after the
series' last child (treebeard's ``_get_path``/``_inc_path``, the same encoding
``add_child`` uses), their base rows go in with one ``bulk_create``, their
installment rows with one insert, then bylines, places and reference-index rows
(the theme pages read those) in bulk; the series' ``numchild`` is set once per
chunk. Same input, same pages: dates and choices derive from the number.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page, ReferenceIndex

from series.models import Byline, InstallmentPage, Role, SeriesPage

UUID_NAMESPACE = uuid.UUID("0b3c1f8e-2f4d-4c55-8d3e-b5a9f3e1c7a2")
EPOCH = dt.datetime(2024, 1, 1, 6, 0, tzinfo=dt.UTC)


def _block(kind: str, value, key: str) -> dict:
    return {"type": kind, "value": value, "id": str(uuid.uuid5(UUID_NAMESPACE, key))}


def body_for(number: int, refs) -> list[dict]:
    """Sections with themes, key figures, a pull quote, photos and a commentary."""
    k = f"bench-{number}"
    place = refs.places[number % len(refs.places)]
    sections = []
    for s in range(3):
        theme = refs.themes[(number + s) % len(refs.themes)]
        content = [
            _block("paragraph", f"<p>{escape(_sentence(number, s))}</p>", f"{k}-p{s}"),
            _block(
                "image",
                {
                    "image": refs.images[(number + s) % len(refs.images)].pk,
                    "caption": f"第{number}篇第{s + 1}节配图",
                    "credit": "",
                },
                f"{k}-i{s}",
            ),
            _block(
                "key_figure",
                {
                    "value": str(10 + (number * 7 + s) % 90),
                    "unit": "亿元",
                    "label": "县域工业产值增量",
                    "place": place.pk,
                    "year": 2024,
                    "source": "县统计局",
                },
                f"{k}-k{s}",
            ),
        ]
        sections.append(
            _block(
                "section",
                {
                    "theme": theme.pk,
                    "heading": f"{theme.name}：第{s + 1}个观察点",
                    "subheading": "",
                    "content": content,
                },
                f"{k}-s{s}",
            )
        )
    quote = {"text": "把链条留在县里，人就留得住。", "attribution": "", "role": ""}
    commentary = {
        "title": "短评：县城的底气",
        "author": refs.commentators[number % len(refs.commentators)].pk,
        "body": "<p>县域经济的活力，来自一个个具体的产业和具体的人。</p>",
    }
    return [
        _block("paragraph", f"<p>{escape(_sentence(number, 9))}</p>", f"{k}-lead"),
        *sections[:2],
        _block("pull_quote", quote, f"{k}-q"),
        sections[2],
        _block("commentary", commentary, f"{k}-c"),
    ]


def _sentence(number: int, part: int) -> str:
    return (
        f"这是基准测试用的第{number}篇报道的第{part + 1}段，"
        "记录一座县城在产业、人才与公共服务上的变化，文字由程序生成。"
    )


def installments_extend(*, series: SeriesPage, upto: int, refs, chunk: int, tick):
    """Add installments numbered after the last one until there are ``upto``."""
    last = children_of(series).order_by("-path").first()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    number = children_of(series).count() + 1
    while number <= upto:
        count = min(chunk, upto - number + 1)
        with transaction.atomic():
            _chunk_create(series, range(number, number + count), position, refs)
        position += count
        number += count
        tick(count)


def _chunk_create(series, numbers: range, position: int, refs) -> None:
    pages = [
        _page_row(
            series, n, Page._get_path(series.path, series.depth + 1, position + i + 1)
        )
        for i, n in enumerate(numbers)
    ]
    for page in pages:
        page.hero_image = refs.images[page.number % len(refs.images)]
        page.body = body_for(page.number, refs)
        _page_fill(page, refs)
    Page.objects.bulk_create(pages)
    for page in pages:
        page.page_ptr_id = page.id
    fields = InstallmentPage._meta.local_concrete_fields
    InstallmentPage._base_manager._insert(pages, fields=fields)
    Byline.objects.bulk_create(
        [byline for page in pages for byline in _bylines_with_page(page)]
    )
    through = InstallmentPage.places.through
    through.objects.bulk_create(
        [
            through(installmentpage_id=page.pk, place_id=place.pk)
            for page in pages
            for place in _places_for(page.number, refs)
        ]
    )
    ReferenceIndex.objects.bulk_create([row for p in pages for row in _references(p)])
    Page.objects.filter(pk=series.pk).update(numchild=children_of(series).count())


def children_of(series):
    # Not series.getchildren_of(): treebeard trusts the in-memory numchild.
    return Page.objects.filter(path__startswith=series.path, depth=series.depth + 1)


def _bylines_with_page(page):
    for byline in page.bylines.all():
        byline.page_id = page.pk
        yield byline


def _page_fill(page, refs) -> None:
    """Child rows in memory, so the reference index reads them without queries."""
    n = page.number
    people = refs.reporters
    page.bylines = [
        Byline(person=people[n % len(people)], role=Role.REPORTER, sort_order=0),
        Byline(person=people[(n + 3) % len(people)], role=Role.REPORTER, sort_order=1),
        Byline(
            person=refs.editors[n % len(refs.editors)], role=Role.EDITOR, sort_order=2
        ),
    ]
    page.corrections = []


def _places_for(number: int, refs) -> list:
    places = refs.places
    return [places[number % len(places)], places[(number + 5) % len(places)]]


def _references(page) -> list[ReferenceIndex]:
    page_type = ContentType.objects.get_for_model(InstallmentPage)
    base_type = ContentType.objects.get_for_model(Page)
    return [
        ReferenceIndex(
            content_type=page_type,
            base_content_type=base_type,
            object_id=str(page.pk),
            to_content_type_id=to_type,
            to_object_id=to_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for to_type, to_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(page)
        )
    ]


def _page_row(series, number: int, path: str) -> InstallmentPage:
    published = EPOCH + dt.timedelta(hours=6 * number)
    slug = f"part-{number}"
    page = InstallmentPage(
        title=f"基准测试报道之{number}：县城的第{number}个故事",
        draft_title=f"基准测试报道之{number}：县城的第{number}个故事",
        slug=slug,
        path=path,
        depth=series.depth + 1,
        numchild=0,
        url_path=f"{series.url_path}{slug}/",
        content_type=ContentType.objects.get_for_model(InstallmentPage),
        locale_id=series.locale_id,
        translation_key=uuid.uuid5(UUID_NAMESPACE, f"page-{number}"),
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
        latest_revision_created_at=published,
        number=number,
        deck=f"第{number}篇",
        standfirst="一座县城如何把产业链留在本地，让年轻人回得来、留得住。",
        hero_image_id=None,
        edition_date=published.date(),
        print_page=10,
        page_name="人民眼",
    )
    return page
