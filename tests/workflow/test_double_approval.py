"""Approving twice (a double click, a retry, two editors at once) never unpublishes."""

import threading
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from wagtail.admin.views.pages.edit import EditView
from wagtail.models import PageLogEntry

from series.models import InstallmentPage
from series.workflow.approval import TASK_STATE_FIELD
from tests.workflow.helpers import (
    add_installment_url,
    edit_url,
    installment_form,
    workflow_action_url,
)


def submitted_installment(series, reporter_client) -> InstallmentPage:
    data = installment_form() | {"action-submit": "1"}
    response = reporter_client.post(add_installment_url(series), data)
    assert response.status_code == 302
    return InstallmentPage.objects.child_of(series).get()


def approve_form(page) -> dict:
    """What the edit form sends for "批准并发布", as drawn while the task was open."""
    return installment_form() | {
        "action-workflow-action": "1",
        "workflow-action-name": "approve",
        TASK_STATE_FIELD: str(page.current_workflow_task_state.pk),
    }


def messages_after(client, response) -> list[str]:
    return [
        str(m).strip() for m in client.get(response["Location"]).context["messages"]
    ]


def publish_entries(page) -> int:
    return PageLogEntry.objects.filter(page=page, action="wagtail.publish").count()


@pytest.mark.django_db
def test_second_approval_is_told_and_changes_nothing(
    series, reporter_client, editor_client, editor
):
    editor.first_name, editor.last_name = "雪青", "姚"
    editor.save()
    page = submitted_installment(series, reporter_client)
    data = approve_form(page)

    first = editor_client.post(edit_url(page), data)
    assert messages_after(editor_client, first) == ["《创新突围看县域》已发布。"]
    revisions = page.revisions.count()

    second = editor_client.post(edit_url(page), data)

    assert second.status_code == 302
    assert messages_after(editor_client, second) == ["已由 姚雪青 批准并发布。"]
    page.refresh_from_db()
    assert page.live and page.first_published_at is not None
    assert not page.has_unpublished_changes
    assert page.revisions.count() == revisions
    assert publish_entries(page) == 1
    approvals = PageLogEntry.objects.filter(
        page=page, action="wagtail.workflow.approve"
    )
    assert approvals.count() == 1


@pytest.mark.django_db
def test_dashboard_approval_twice_publishes_once(
    series, reporter_client, editor_client
):
    page = submitted_installment(series, reporter_client)
    url = workflow_action_url(page, "approve")

    assert editor_client.post(url).status_code == 302
    second = editor_client.post(url)

    assert second.status_code == 302
    assert "已由 bianji 批准并发布。" in messages_after(editor_client, second)
    page.refresh_from_db()
    assert page.live
    assert publish_entries(page) == 1
    approvals = PageLogEntry.objects.filter(
        page=page, action="wagtail.workflow.approve"
    )
    assert approvals.count() == 1


@pytest.mark.django_db
def test_edit_form_names_its_task_state_and_disables_buttons_on_submit(
    series, reporter_client, editor_client
):
    page = submitted_installment(series, reporter_client)
    html = editor_client.get(edit_url(page)).content.decode()
    task_state = page.current_workflow_task_state.pk
    assert f'name="{TASK_STATE_FIELD}" value="{task_state}"' in html
    assert "js/submit-once.js" in html


@pytest.mark.django_db(transaction=True)
def test_two_approvals_at_once_leave_the_page_live(
    series, reporter_client, editor, home
):
    if connection.vendor != "postgresql":
        pytest.skip(
            "SQLite's in-memory test database is not shared between threads and "
            "has no row locks; this race runs on PostgreSQL."
        )
    page = submitted_installment(series, reporter_client)
    data = approve_form(page)
    # The unlucky order of a double click: both requests have loaded the page
    # while it was in review; one finishes approving before the other decides
    # what to do. With the page lock the second request cannot load early, so
    # the first one's wait for it times out and the order is simply serial.
    second_loaded, first_done = threading.Event(), threading.Event()
    arrivals = []
    original_check = EditView.workflow_action_is_valid

    def check_in_unlucky_order(view):
        arrivals.append(view)
        if len(arrivals) == 1:
            second_loaded.wait(timeout=3)
        else:
            second_loaded.set()
            first_done.wait(timeout=10)
        return original_check(view)

    responses = []

    def approve():
        client = Client()
        client.force_login(editor)
        try:
            responses.append(client.post(edit_url(page), data))
        except Exception as error:  # the test client re-raises a 500
            responses.append(error)
        finally:
            first_done.set()
            connection.close()

    with mock.patch.object(
        EditView, "workflow_action_is_valid", check_in_unlucky_order
    ):
        threads = [threading.Thread(target=approve) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    assert [getattr(r, "status_code", r) for r in responses] == [302, 302]
    page.refresh_from_db()
    assert page.live and page.first_published_at is not None
    assert publish_entries(page) == 1
    approvals = PageLogEntry.objects.filter(
        page=page, action="wagtail.workflow.approve"
    )
    assert approvals.count() == 1


@pytest.mark.django_db
def test_rejecting_in_the_edit_view_says_so(series, reporter_client, editor_client):
    page = submitted_installment(series, reporter_client)
    data = approve_form(page) | {"workflow-action-name": "reject"}
    response = editor_client.post(edit_url(page), data)
    assert messages_after(editor_client, response) == [
        "《创新突围看县域》已退回作者修改。"
    ]
    page.refresh_from_db()
    assert not page.live
