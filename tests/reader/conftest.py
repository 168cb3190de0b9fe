"""A small but complete reader site: one series, published, coming, expired and private
installments, people in every role, themes and places."""

import copy
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import PageViewRestriction

from series.models import Correction, PlaceLevel, Role, SeriesTheme
from tests.factories import (
    InstallmentPageFactory,
    PersonFactory,
    PlaceFactory,
    SeriesPageFactory,
    ThemeFactory,
    make_image,
    make_installment,
    make_site,
)
from tests.fixtures import built_once, fresh_copy
from tests.hostile import HOSTILE, HOSTILE_SHORT


def build_reader_site(*, hostile: str = "") -> SimpleNamespace:
    """Everything a reader can reach, plus pages they must never see."""
    home = make_site()
    images = [
        # Small originals keep rendition encoding (AVIF especially) quick.
        make_image(
            seed=i,
            width=800,
            height=500,
            credit="本报记者 刘军国摄" + hostile,
            default_caption=f"县城工业园远景{i + 1}" + hostile,
        )
        for i in range(3)
    ]
    people = SimpleNamespace(
        reporter=PersonFactory(name="姚雪青" + hostile),
        reporter2=PersonFactory(name="刘军国"),
        correspondent=PersonFactory(name="杨迅", default_role=Role.CORRESPONDENT),
        photographer=PersonFactory(name="王甲", default_role=Role.PHOTOGRAPHER),
        commentator=PersonFactory(name="李乙", default_role=Role.COMMENTATOR),
        editor=PersonFactory(
            name="刘晓宇",
            default_role=Role.EDITOR,
            bio="本版责任编辑。",
            photo=images[2],
        ),
        designer=PersonFactory(name="张丙", default_role=Role.DESIGNER),
    )
    themes = [
        ThemeFactory(
            name="产业升级" + (HOSTILE_SHORT if hostile else ""), slug="industry"
        ),
        ThemeFactory(
            name="人才回流", slug="talent", description="人往哪里去，县城留人靠什么。"
        ),
        ThemeFactory(name="城乡融合", slug="integration"),
    ]
    places = [
        PlaceFactory(
            name="江阴",
            province="江苏",
            level=PlaceLevel.COUNTY_CITY,
            slug="jiangyin",
            latitude="31.910000",
            longitude="120.260000",
        ),
        PlaceFactory(
            name="晋江", province="福建", level=PlaceLevel.COUNTY_CITY, slug="jinjiang"
        ),
    ]
    series = SeriesPageFactory(
        parent=home,
        title="县域经济高质量发展观察" + hostile,
        slug="county-economy",
        strapline="走进产业强县，看县域经济怎样走出自己的路。",
        editors_note="<p>县域是经济发展的基本单元。本报记者深入多个产业强县，记录它们的探索。</p>",
        cover_image=images[2],
        planned_installments=5,
    )
    for order, theme in enumerate(themes):
        SeriesTheme.objects.create(page=series, theme=theme, sort_order=order)
    roles = {
        Role.REPORTER: [people.reporter, people.reporter2],
        Role.CORRESPONDENT: [people.correspondent],
        Role.PHOTOGRAPHER: [people.photographer],
        Role.COMMENTATOR: [people.commentator],
        Role.EDITOR: [people.editor],
        Role.DESIGNER: [people.designer],
    }
    now = timezone.now()
    first = make_installment(
        series=series,
        number=1,
        title="县城工业园的春天" + hostile,
        deck="产业链留在本地",
        people=roles,
        themes=themes,
        places=[places[0]],
        images=images,
        hostile=hostile,
        published_at=now - timedelta(days=5),
    )
    second = make_installment(
        series=series,
        number=2,
        title="年轻人回到了县城",
        deck="订单班与人才公寓",
        people={Role.REPORTER: [people.reporter2], Role.EDITOR: [people.editor]},
        themes=[themes[1], themes[0]],
        places=[places[1]],
        images=images,
        published_at=now - timedelta(hours=20),
    )
    Correction.objects.create(
        page=second,
        date=date(2025, 7, 20),
        text="原文第三段“3.2万人”应为近三年累计数。" + hostile,
    )
    coming = InstallmentPageFactory(
        parent=series,
        number=3,
        title="尚未发布的第三篇标题",
        slug="part-3",
        live=False,
        planned_date=date(2030, 7, 21),
    )
    # Pages readers must never reach, with bodies naming the same people, themes
    # and places, so every listing has something to leave out.
    expired = make_installment(
        series=series,
        number=4,
        title="已经下线的第四篇",
        people={Role.REPORTER: [people.reporter], Role.EDITOR: [people.editor]},
        themes=themes,
        places=places,
        images=images,
        published_at=now - timedelta(hours=3),
        expire_at=now - timedelta(hours=1),
    )
    private = make_installment(
        series=series,
        number=5,
        title="仅限内部的第五篇",
        people={Role.REPORTER: [people.reporter], Role.EDITOR: [people.editor]},
        themes=themes,
        places=places,
        images=images,
        published_at=now - timedelta(hours=3),
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    return SimpleNamespace(
        home=home,
        series=series,
        first=first,
        second=second,
        coming=coming,
        expired=expired,
        private=private,
        hidden=[coming, expired, private],
        people=people,
        themes=themes,
        places=places,
        images=images,
    )


def without_search_indexing(backends: dict) -> dict:
    """Reader pages never query the search index, and indexing Chinese text on
    every save is most of the cost of building the site."""
    backends = copy.deepcopy(backends)
    for config in backends.values():
        config["AUTO_UPDATE"] = False
    return backends


# For module-scoped fixtures, which cannot use the function-scoped `settings`.
NO_SEARCH_INDEXING = {
    "WAGTAILSEARCH_BACKENDS": without_search_indexing(settings.WAGTAILSEARCH_BACKENDS)
}


@pytest.fixture(autouse=True)
def skip_search_indexing(settings):
    settings.WAGTAILSEARCH_BACKENDS = without_search_indexing(
        settings.WAGTAILSEARCH_BACKENDS
    )


def reader_site_built_once(django_db_blocker, **options):
    return built_once(
        django_db_blocker, lambda: build_reader_site(**options), **NO_SEARCH_INDEXING
    )


@pytest.fixture(scope="module")
def reader_site_once(django_db_setup, django_db_blocker):
    with reader_site_built_once(django_db_blocker) as site:
        yield site


@pytest.fixture(scope="module")
def hostile_site_once(django_db_setup, django_db_blocker):
    with reader_site_built_once(django_db_blocker, hostile=HOSTILE) as site:
        yield site


@pytest.fixture
def reader_site(reader_site_once, db):
    return fresh_copy(reader_site_once)


@pytest.fixture
def hostile_site(hostile_site_once, db):
    return fresh_copy(hostile_site_once)
