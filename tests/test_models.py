"""The content model's rules: numbering, subtitles, bylines, tree shape, status."""

import datetime

import pytest
from wagtail.models import Page

from series.models import HomePage, InstallmentPage, Role, SeriesPage, SeriesStatus
from series.slugs import person_slug, place_slug
from tests.factories import (
    BylineFactory,
    InstallmentPageFactory,
    PersonFactory,
    PlaceFactory,
    SeriesPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, "之一"),
        (2, "之二"),
        (10, "之十"),
        (12, "之十二"),
        (23, "之二十三"),
        (99, "之九十九"),
        (101, "之一百零一"),
    ],
)
def test_subtitle_is_derived_from_series_and_number(series, number, expected):
    page = InstallmentPageFactory(parent=series, number=number)
    assert page.subtitle == f"——县域经济高质量发展观察{expected}"
    assert page.position_label == expected


def test_subtitle_override_wins(series):
    page = InstallmentPageFactory(parent=series, subtitle_override="——特别报道")
    assert page.subtitle == "——特别报道"


def test_bylines_group_in_newspaper_order(series):
    page = InstallmentPageFactory(parent=series)
    names = ["赵丙", "姚雪青", "钱丁", "刘军国", "孙戊"]
    roles = [
        Role.CORRESPONDENT,
        Role.REPORTER,
        Role.DESIGNER,
        Role.REPORTER,
        Role.EDITOR,
    ]
    for order, (name, role) in enumerate(zip(names, roles, strict=True)):
        BylineFactory(
            page=page, person=PersonFactory(name=name), role=role, sort_order=order
        )
    groups = page.grouped_bylines()
    assert [(role, [p.name for p in people]) for role, _, people in groups] == [
        (Role.REPORTER, ["姚雪青", "刘军国"]),
        (Role.CORRESPONDENT, ["赵丙"]),
        (Role.EDITOR, ["孙戊"]),
        (Role.DESIGNER, ["钱丁"]),
    ]
    assert groups[0][1] == "本报记者"
    writing = page.grouped_bylines(roles=[Role.REPORTER, Role.CORRESPONDENT])
    assert [role for role, _, _ in writing] == [Role.REPORTER, Role.CORRESPONDENT]


def test_page_tree_is_explicit():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert SeriesPage.allowed_parent_page_models() == [HomePage]
    assert SeriesPage.allowed_subpage_models() == [InstallmentPage]
    assert InstallmentPage.allowed_parent_page_models() == [SeriesPage]
    assert InstallmentPage.allowed_subpage_models() == []


def test_only_one_home_page(home):
    assert not HomePage.can_create_at(Page.get_first_root_node())
    assert SeriesPage.can_create_at(home)
    assert not InstallmentPage.can_create_at(home)


def test_series_status_is_derived(home):
    series = SeriesPageFactory(parent=home, planned_installments=2)
    assert series.status == SeriesStatus.ANNOUNCED
    InstallmentPageFactory(parent=series, number=1)
    series = SeriesPage.objects.get(pk=series.pk)
    assert series.status == SeriesStatus.RUNNING
    InstallmentPageFactory(parent=series, number=2)
    series = SeriesPage.objects.get(pk=series.pk)
    assert series.status == SeriesStatus.CONCLUDED
    assert series.get_status_display() == "已完结"


def test_previous_and_next_skip_unpublished(series):
    first = InstallmentPageFactory(parent=series, number=1)
    draft = InstallmentPageFactory(parent=series, number=2, live=False)
    third = InstallmentPageFactory(parent=series, number=3)
    assert first.previous_installment() is None
    assert first.next_installment().pk == third.pk
    assert third.previous_installment().pk == first.pk
    assert draft.pk not in set(series.installments().values_list("pk", flat=True))


def test_published_excludes_expired_and_private(series):
    from wagtail.models import PageViewRestriction

    live = InstallmentPageFactory(parent=series, number=1)
    expired = InstallmentPageFactory(
        parent=series,
        number=2,
        expire_at=datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC),
    )
    private = InstallmentPageFactory(parent=series, number=3)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    published = set(InstallmentPage.objects.published().values_list("pk", flat=True))
    assert published == {live.pk}
    assert expired.live  # still live until publish_scheduled runs


def test_coming_installments_show_only_announced_drafts(series):
    InstallmentPageFactory(parent=series, number=1)
    announced = InstallmentPageFactory(
        parent=series, number=2, live=False, planned_date=datetime.date(2026, 12, 5)
    )
    InstallmentPageFactory(parent=series, number=3, live=False)
    assert list(series.coming_installments()) == [announced.page_ptr.specific]


def test_themes_come_from_sections(series):
    from tests.factories import ThemeFactory

    talent = ThemeFactory(name="人才为先", slug="talent")
    page = InstallmentPageFactory(
        parent=series,
        body=[
            ("paragraph", "<p>开头</p>"),
            ("section", {"theme": talent, "heading": "人才为先", "content": []}),
            ("section", {"theme": None, "heading": "别的", "content": []}),
        ],
    )
    assert page.themes() == [talent]
    assert [s["heading"] for s in page.sections()] == ["人才为先", "别的"]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("姚雪青", "yao-xueqing"),
        ("刘军国", "liu-junguo"),
        ("欧阳修", "ouyang-xiu"),
        ("Anna Lee", "anna-lee"),
    ],
)
def test_person_slug_is_pinyin(name, slug):
    assert person_slug(name) == slug


def test_person_and_place_get_unique_slugs():
    first = PersonFactory(name="杨迅")
    second = PersonFactory(name="杨迅")
    assert (first.slug, second.slug) == ("yang-xun", "yang-xun-2")
    assert PlaceFactory(name="江阴").slug == "jiangyin"
    assert place_slug("慈溪") == "cixi"


def test_long_names_get_slugs_that_fit_their_column():
    person = PersonFactory(name="欧阳" + "长" * 40)
    twin = PersonFactory(name="欧阳" + "长" * 40)
    limit = type(person)._meta.get_field("slug").max_length
    assert len(person.slug) <= limit and len(twin.slug) <= limit
    assert person.slug != twin.slug


def test_installments_of_an_unpublished_series_are_hidden(client, home):
    series = SeriesPageFactory(parent=home)
    page = InstallmentPageFactory(parent=series, number=1)
    assert client.get(page.url).status_code == 200
    series.unpublish()
    assert not InstallmentPage.objects.published().filter(pk=page.pk).exists()
    assert InstallmentPage.objects.get(pk=page.pk).live
    assert client.get(page.url).status_code == 404
