"""The installment number rule on every write path: full_clean, the edit form, Page.copy,
the admin copy view, move (model and admin), plus the warnings about plan and gaps.
"""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from series.models import InstallmentPage, SeriesPage
from series.rules import InstallmentRefused, pinyin_slug
from tests.factories import InstallmentPageFactory, SeriesPageFactory
from tests.forms import installment_form

pytestmark = pytest.mark.django_db


def numbers(series) -> list[int]:
    return sorted(
        InstallmentPage.objects.child_of(series).values_list("number", flat=True)
    )


@pytest.fixture
def two_series(home):
    first = SeriesPageFactory(parent=home, title="县域经济高质量发展观察", slug="a")
    second = SeriesPageFactory(parent=home, title="乡村振兴新观察", slug="b")
    InstallmentPageFactory(parent=first, number=1, title="创新突围看县域", slug="one")
    InstallmentPageFactory(parent=first, number=2, title="人才兴业看县域", slug="two")
    InstallmentPageFactory(parent=second, number=1, title="乡村第一篇", slug="x")
    return first, second


# -- full_clean -------------------------------------------------------------------------


def test_full_clean_refuses_a_duplicate_with_the_forms_message(two_series):
    first, _second = two_series
    page = InstallmentPage(title="重复", slug="dup", number=2)
    with pytest.raises(ValidationError) as refused:
        first.add_child(instance=page)
    assert refused.value.message_dict["number"] == [
        "本系列已有第 2 篇（之二）《人才兴业看县域》，请换一个编号。"
    ]
    assert numbers(first) == [1, 2]


@pytest.mark.parametrize("number", [0, 10000])
def test_full_clean_refuses_numbers_out_of_range(two_series, number):
    first, _second = two_series
    page = InstallmentPage.objects.child_of(first).get(number=1)
    page.number = number
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "编号必须是正整数（1 到 9999）。" in refused.value.message_dict["number"]


def test_saving_a_duplicate_from_the_shell_is_refused(two_series):
    first, _second = two_series
    page = InstallmentPage.objects.child_of(first).get(number=2)
    page.number = 1
    with pytest.raises(ValidationError):
        page.save()
    assert numbers(first) == [1, 2]


def test_publishing_a_revision_with_a_taken_number_is_refused(two_series):
    first, _second = two_series
    page = InstallmentPage.objects.child_of(first).get(number=2)
    revision = page.save_revision()
    # Another installment takes number 2 after the revision was saved.
    InstallmentPage.objects.filter(pk=page.pk).update(number=7)
    InstallmentPageFactory(parent=first, number=2, title="后来的第二篇", slug="late")
    with pytest.raises(InstallmentRefused, match="后来的第二篇"):
        revision.publish()
    assert InstallmentPage.objects.get(pk=page.pk).number == 7


# -- the edit form ------------------------------------------------------------------------


def test_form_refuses_a_duplicate_with_the_same_message(admin_client, two_series):
    first, _second = two_series
    url = reverse(
        "wagtailadmin_pages:add", args=["series", "installmentpage", first.pk]
    )
    response = admin_client.post(url, installment_form(title="另一篇", number="2"))
    assert response.status_code == 200
    assert "本系列已有第 2 篇（之二）《人才兴业看县域》，请换一个编号。" in (
        response.content.decode()
    )
    assert numbers(first) == [1, 2]


def test_own_number_is_not_offered_as_the_next_free_one(admin_client, home):
    series = SeriesPageFactory(parent=home)
    own = InstallmentPageFactory(parent=series, number=1, slug="own")
    InstallmentPageFactory(parent=series, number=2, slug="second")
    html = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[own.pk])
    ).content.decode()
    assert "本系列已有：之二（2）。下一个可用编号：3。" in html
    assert "下一个可用编号：1" not in html


def test_editor_warns_about_plan_and_gaps_but_saves(admin_client, home):
    series = SeriesPageFactory(parent=home, planned_installments=3)
    url = reverse(
        "wagtailadmin_pages:add", args=["series", "installmentpage", series.pk]
    )
    response = admin_client.post(url, installment_form(number="5"), follow=True)
    html = response.content.decode()
    assert numbers(series) == [5]
    assert "第 5 篇超出本系列计划的 3 篇" in html
    assert "编号 5 前面还缺第 1、2、3、4 篇" in html


# -- copy -----------------------------------------------------------------------------------


def test_page_copy_into_the_same_series_takes_the_next_free_number(two_series):
    first, _second = two_series
    original = InstallmentPage.objects.child_of(first).get(number=1)
    copy = original.copy(update_attrs={"slug": "one-copy", "title": "副本"})
    assert copy.number == 3
    assert copy.get_latest_revision_as_object().number == 3
    assert numbers(first) == [1, 2, 3]


def test_page_copy_keeps_a_number_that_is_free_in_the_target(two_series):
    first, second = two_series
    original = InstallmentPage.objects.child_of(first).get(number=2)
    copy = original.copy(to=second, update_attrs={"slug": "two-copy"})
    assert copy.number == 2
    assert numbers(second) == [1, 2]


def test_copying_a_whole_series_keeps_its_numbers(two_series, home):
    first, _second = two_series
    copy = first.copy(
        recursive=True, to=home, update_attrs={"slug": "a-copy", "title": "副本系列"}
    )
    assert numbers(copy) == [1, 2]
    assert numbers(first) == [1, 2]


def copy_url(page) -> str:
    return reverse("wagtailadmin_pages:copy", args=[page.pk])


def test_admin_copy_gives_the_next_free_number_and_says_so(admin_client, two_series):
    first, _second = two_series
    original = InstallmentPage.objects.child_of(first).get(number=1)
    assert admin_client.get(copy_url(original)).status_code == 200
    response = admin_client.post(
        copy_url(original),
        {
            "new_title": "创新突围看县域（续）",
            "new_slug": "one-copy",
            "new_parent_page": first.pk,
        },
        follow=True,
    )
    assert response.status_code == 200
    copy = InstallmentPage.objects.get(slug="one-copy")
    assert copy.number == 3 and copy.title == "创新突围看县域（续）"
    assert not copy.live
    assert "副本改用下一个可用编号 3（之三）" in response.content.decode()
    assert numbers(first) == [1, 2, 3]


def test_admin_copy_to_another_series_keeps_a_free_number(admin_client, two_series):
    first, second = two_series
    original = InstallmentPage.objects.child_of(first).get(number=2)
    response = admin_client.post(
        copy_url(original),
        {"new_title": "跨系列", "new_slug": "moved-copy", "new_parent_page": second.pk},
        follow=True,
    )
    assert "副本篇序为 2（之二）" in response.content.decode()
    assert numbers(second) == [1, 2]


def test_admin_copy_of_a_series_keeps_numbers(admin_client, two_series, home):
    first, _second = two_series
    admin_client.post(
        copy_url(first),
        {
            "new_title": "副本系列",
            "new_slug": "a-copy",
            "new_parent_page": home.pk,
            "copy_subpages": "on",
        },
    )
    copy = SeriesPage.objects.get(slug="a-copy")
    assert numbers(copy) == [1, 2]


# -- move -------------------------------------------------------------------------------------


def test_model_move_onto_a_taken_number_is_refused(two_series):
    first, second = two_series
    page = InstallmentPage.objects.child_of(first).get(number=1)
    with pytest.raises(InstallmentRefused, match="乡村第一篇"):
        page.move(second, pos="last-child")
    assert InstallmentPage.objects.get(pk=page.pk).get_parent().pk == first.pk


def move_confirm_url(page, destination) -> str:
    return reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])


def test_admin_move_onto_a_taken_number_is_refused(admin_client, two_series):
    first, second = two_series
    page = InstallmentPage.objects.child_of(first).get(number=1)
    for method in (admin_client.get, admin_client.post):
        response = method(move_confirm_url(page, second))
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_pages:move", args=[page.pk])
    html = admin_client.get(response.url).content.decode()
    assert "系列《乡村振兴新观察》已有第 1 篇（之一）《乡村第一篇》" in html
    assert "请先把本篇的篇序改为 2" in html
    assert numbers(first) == [1, 2] and numbers(second) == [1]


def test_admin_move_onto_a_free_number_moves(admin_client, two_series):
    first, second = two_series
    page = InstallmentPage.objects.child_of(first).get(number=2)
    response = admin_client.post(move_confirm_url(page, second))
    assert response.status_code == 302
    assert numbers(first) == [1] and numbers(second) == [1, 2]


# -- slugs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("数字赋能看县域", "shuzi-funeng-kan-xianyu"),
        ("创新突围看县域", "chuangxin-tuwei-kan-xianyu"),
        ("Made in 江阴 2025", "made-in-jiangyin-2025"),
    ],
)
def test_slugs_are_cut_by_word(title, slug):
    assert pinyin_slug(title) == slug


def test_long_slugs_stop_at_a_word_boundary():
    slug = pinyin_slug("县域经济高质量发展观察" * 4)
    assert len(slug) <= 60
    assert not slug.endswith("-")
    assert slug.split("-")[-1] in {
        "xianyu",
        "jingji",
        "gaozhiliang",
        "fazhan",
        "guancha",
    }


def test_bulk_move_onto_a_taken_number_moves_nothing(admin_client, two_series):
    first, second = two_series
    one, two = InstallmentPage.objects.child_of(first).order_by("number")
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "move"))
    response = admin_client.post(
        f"{url}?id={two.pk}&id={one.pk}", {"chooser": second.pk}, follow=True
    )
    assert "系列《乡村振兴新观察》已有第 1 篇（之一）" in response.content.decode()
    # Number 2 was free, but nothing moves when one of the pages may not.
    assert numbers(first) == [1, 2] and numbers(second) == [1]
