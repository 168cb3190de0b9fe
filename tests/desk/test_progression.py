"""One slot from plan to publication, as editor and reporter move it over HTTP."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from series.models import InstallmentPage
from tests.desk.helpers import desk_url, slot_rows
from tests.workflow.helpers import (
    clock_at,
    edit_url,
    installment_form,
    local_input,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db


def row(client, series, number=1) -> str:
    response = client.get(desk_url(series))
    assert response.status_code == 200
    return slot_rows(response.content.decode())[number]


def test_planned_draft_review_scheduled_published(
    series, editor, editor_client, reporter, reporter_client
):
    editor_client.post(
        reverse("series_desk_plan", args=[series.pk]),
        {"number": 1, "title": "暂定：县城的夜经济", "reporters": [reporter.pk]},
    )
    page = InstallmentPage.objects.child_of(series).get()
    assert "计划中" in row(editor_client, series)
    assert "暂定：县城的夜经济" in reporter_client.get("/admin/").content.decode()

    go_live = timezone.now() + dt.timedelta(days=2)
    form = installment_form(
        title="县城的夜经济",
        go_live_at=local_input(go_live),
        assigned_reporters=[reporter.pk],
    )
    saved = reporter_client.post(edit_url(page), form)
    assert saved.status_code == 302, saved.content.decode()[:1500]
    assert "草稿" in row(reporter_client, series)
    assert "县城的夜经济" in row(reporter_client, series)

    reporter_client.post(edit_url(page), form | {"action-submit": "1"})
    in_review = row(editor_client, series)
    assert "审核中" in in_review and "编辑审核" in in_review
    assert f"待 {editor.username} 处理" in in_review

    editor_client.post(workflow_action_url(page, "approve"))
    scheduled = row(editor_client, series)
    assert "已定时" in scheduled
    assert timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M") in scheduled

    with clock_at(go_live + dt.timedelta(minutes=1)):
        call_command("publish_scheduled")
        # Two days on, the session from the start of the test has expired.
        editor_client.force_login(editor)
        published = row(editor_client, series)
    page.refresh_from_db()
    assert "已发布" in published and "读者所见" in published
    assert timezone.localtime(page.first_published_at).strftime("%Y-%m-%d") in published
    html = editor_client.get(desk_url(series)).content.decode()
    assert f'href="{page.get_url()}"' in html

    editor_client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    assert "已下线" in row(editor_client, series)
