"""Every warning the desk gives, each provoked on its own."""

import datetime as dt

import pytest
from django.utils import timezone

from tests.desk.helpers import desk_url, make_installment, slot_rows, warnings_of
from tests.factories import InstallmentPageFactory, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def hero(db):
    return make_image()


def desk_warnings(client, series) -> list[str]:
    return warnings_of(client.get(desk_url(series)).content.decode())


def test_a_complete_series_has_no_warnings(series, editor_client, hero):
    make_installment(series, 1, publish=True, hero=hero)
    make_installment(series, 2, hero=hero)
    html = editor_client.get(desk_url(series)).content.decode()
    assert warnings_of(html) == []
    assert "没有需要处理的问题" in html


def test_gap_in_numbering(series, editor_client, hero):
    make_installment(series, 1, hero=hero)
    make_installment(series, 3, hero=hero)
    assert desk_warnings(editor_client, series) == [
        "之二 篇序缺少之二：之三之前没有这一篇。"
    ]


def test_duplicate_numbers(series, editor_client, hero):
    make_installment(series, 1, hero=hero)
    twin = make_installment(series, 2, hero=hero)
    # The model refuses a duplicate now; data from before that rule may still hold one.
    twin.number = 1
    twin.save_revision(clean=False)
    html = editor_client.get(desk_url(series)).content.decode()
    assert warnings_of(html) == ["之一 篇序重复：有 2 篇都是之一。"]
    assert slot_rows(html)[1].count("|") == 1  # both rows shown under 之一


def test_planned_date_passed_without_a_draft(series, editor_client):
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    make_installment(series, 1, body=False, credits=False, planned_date=yesterday)
    make_installment(
        series,
        2,
        body=False,
        credits=False,
        planned_date=timezone.localdate() + dt.timedelta(days=3),
    )
    assert desk_warnings(editor_client, series) == [
        f"之一 计划 {yesterday:%Y-%m-%d} 刊发，至今还没有稿件。"
    ]


def test_scheduled_after_an_unpublished_predecessor(series, editor_client, hero):
    make_installment(series, 1, hero=hero)  # still a draft
    second = make_installment(series, 2, hero=hero)
    revision = second.latest_revision
    second.go_live_at = timezone.now() + dt.timedelta(days=1)
    second.save_revision().publish()  # a future go-live time schedules it
    assert second.latest_revision != revision

    html = editor_client.get(desk_url(series)).content.decode()
    assert "已定时" in slot_rows(html)[2]
    assert warnings_of(html) == ["之二 已定时发布，但上一篇（之一）还没有发布。"]


def test_missing_hero_image_and_credits(series, editor_client, hero):
    make_installment(series, 1, hero=None)
    make_installment(series, 2, hero=hero, credits=False)
    assert desk_warnings(editor_client, series) == [
        "之一 没有题图。",
        "之二 没有责编或版式设计署名。",
    ]


def test_pages_without_revisions_are_read_from_their_row(series, editor_client):
    InstallmentPageFactory(parent=series, number=1, title="只有页面行", live=False)
    html = editor_client.get(desk_url(series)).content.decode()
    assert "只有页面行" in slot_rows(html)[1] and "计划中" in slot_rows(html)[1]
