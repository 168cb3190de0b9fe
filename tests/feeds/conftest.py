"""A small newsroom for feed tests: one series, people, a theme, a place, hostile copy."""

import datetime as dt
from dataclasses import dataclass

import pytest
from django.core.cache import cache

from series import body_format as stream
from series.models import Correction, InstallmentPage, Role
from tests.factories import (
    BylineFactory,
    InstallmentPageFactory,
    NewsImageFactory,
    PersonFactory,
    PlaceFactory,
    SeriesPageFactory,
    ThemeFactory,
    make_site,
)
from tests.fixtures import built_once, fresh_copy
from tests.hostile import HOSTILE, HOSTILE_HTML


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
        stream.paragraph_html(f"<p>开篇 {HOSTILE_HTML}</p>"),
        stream.section(
            "小标题 " + HOSTILE,
            stream.paragraph_html(f"<p>段落 {HOSTILE_HTML}</p>"),
            stream.figure(image, "图说"),
            stream.pull_quote("引语 " + HOSTILE, "陈明"),
            stream.key_figure("505.8", "亿元", "总产值", place=place),
            subheading="副题",
            theme=theme,
        ),
        stream.commentary("评论 " + HOSTILE, "评论正文", author=author),
    ]


def make_installment(series, number, **fields):
    return InstallmentPageFactory(parent=series, number=number, live=False, **fields)


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def newsroom_once(django_db_setup, django_db_blocker):
    with built_once(django_db_blocker, lambda: build_newsroom(make_site())) as built:
        yield built


@pytest.fixture
def newsroom(newsroom_once, db):
    return fresh_copy(newsroom_once)


def build_newsroom(home) -> Newsroom:
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
