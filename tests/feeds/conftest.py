"""A small newsroom for feed tests: one series, people, a theme, a place, hostile copy."""

import datetime as dt
from dataclasses import dataclass

import pytest
from django.core.cache import cache

from series.models import Correction, InstallmentPage, Role
from tests.factories import (
    BylineFactory,
    InstallmentPageFactory,
    NewsImageFactory,
    PersonFactory,
    PlaceFactory,
    SeriesPageFactory,
    ThemeFactory,
)

# Plain text that breaks naive XML, HTML and CDATA handling.
HOSTILE = 'A < B & C ]]> </script><script>alert("x")</script>'
# The same words as rich text source: escaped, as the editor stores them.
HOSTILE_HTML = "A &lt; B &amp; C ]]&gt; &lt;/script&gt;&lt;script&gt;"


@dataclass
class Newsroom:
    home: object
    series: object
    theme: object
    other_theme: object
    place: object
    reporter: object
    photographer: object
    first: InstallmentPage
    second: InstallmentPage


def publish(page):
    """Publish through a revision, as the admin does (signals, log entries)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def body_for(*, theme, place, author, image):
    return [
        {"type": "paragraph", "value": f"<p>开篇 {HOSTILE_HTML}</p>"},
        {
            "type": "section",
            "value": {
                "theme": theme.pk,
                "heading": "小标题 " + HOSTILE,
                "subheading": "副题",
                "content": [
                    {"type": "paragraph", "value": f"<p>段落 {HOSTILE_HTML}</p>"},
                    {
                        "type": "image",
                        "value": {"image": image.pk, "caption": "图说", "credit": ""},
                    },
                    {
                        "type": "pull_quote",
                        "value": {"text": "引语 " + HOSTILE, "attribution": "陈明"},
                    },
                    {
                        "type": "key_figure",
                        "value": {
                            "value": "505.8",
                            "unit": "亿元",
                            "label": "总产值",
                            "place": place.pk,
                        },
                    },
                ],
            },
        },
        {
            "type": "commentary",
            "value": {
                "title": "评论 " + HOSTILE,
                "author": author.pk,
                "body": "<p>评论正文</p>",
            },
        },
    ]


def make_installment(series, number, **fields):
    return InstallmentPageFactory(parent=series, number=number, live=False, **fields)


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def newsroom(home):
    series = SeriesPageFactory(
        parent=home,
        title="县域观察 " + HOSTILE,
        strapline="一句话 " + HOSTILE,
        cover_image=NewsImageFactory(),
        live=False,
    )
    publish(series)
    theme, other_theme = ThemeFactory(name="创新驱动 <&>"), ThemeFactory()
    place = PlaceFactory(name="江阴 & <县>")
    reporter = PersonFactory(name="记者 " + HOSTILE, slug="reporter-x")
    photographer = PersonFactory(name="摄影师", slug="photographer-y")
    first = make_installment(
        series,
        1,
        title="第一篇 " + HOSTILE,
        standfirst="导语 " + HOSTILE,
        hero_image=NewsImageFactory(credit="本报记者 " + HOSTILE),
        body=body_for(
            theme=theme, place=place, author=reporter, image=NewsImageFactory()
        ),
    )
    first.places.add(place)
    BylineFactory(page=first, person=reporter, role=Role.REPORTER)
    BylineFactory(page=first, person=photographer, role=Role.PHOTOGRAPHER)
    Correction.objects.create(
        page=first, date=dt.date(2024, 5, 9), text="更正 " + HOSTILE
    )
    publish(first)
    second = make_installment(series, 2, title="第二篇")
    BylineFactory(page=second, person=photographer, role=Role.PHOTOGRAPHER)
    publish(second)
    return Newsroom(
        home=home,
        series=series,
        theme=theme,
        other_theme=other_theme,
        place=place,
        reporter=reporter,
        photographer=photographer,
        first=first,
        second=second,
    )
