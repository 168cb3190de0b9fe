"""A story's way through review, at the HTTP level: reporter drafts, editor decides."""

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import WorkflowState

from series.models import InstallmentPage
from tests.workflow.helpers import (
    PASSWORD,
    add_installment_url,
    edit_url,
    installment_form,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db


def reader_status(page) -> int:
    return Client().get(page.url).status_code


def submit_new_installment(client, series, **overrides):
    data = installment_form(**overrides) | {"action-submit": "1"}
    response = client.post(add_installment_url(series), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return InstallmentPage.objects.child_of(series).get(title=data["title"])


def test_reporter_submits_and_editor_approval_publishes(
    client, series, reporter, editor_client
):
    logged_in = client.post(
        "/admin/login/", {"username": reporter.username, "password": PASSWORD}
    )
    assert logged_in.status_code == 302

    page = submit_new_installment(client, series)

    assert not page.live
    assert page.owner == reporter
    assert page.workflow_in_progress
    assert page.current_workflow_task.name == "编辑审核"
    assert reader_status(page) == 404

    dashboard = editor_client.get("/admin/").content.decode()
    assert "等待我审核" in dashboard and "创新突围看县域" in dashboard
    mail.outbox.clear()

    response = editor_client.post(workflow_action_url(page, "approve"))

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert not page.workflow_in_progress
    assert Client().get(page.url).status_code == 200
    assert "创新突围看县域" in Client().get(page.url).content.decode()
    assert [message.to for message in mail.outbox] == [[reporter.email]]


def test_editor_is_told_of_a_submission(series, reporter_client, editor):
    mail.outbox.clear()
    submit_new_installment(reporter_client, series)
    assert [message.to for message in mail.outbox] == [[editor.email]]


def test_reporter_publish_on_create_is_refused(series, reporter_client):
    data = installment_form() | {"action-publish": "1"}
    reporter_client.post(add_installment_url(series), data)
    page = InstallmentPage.objects.child_of(series).get()
    assert not page.live
    assert reader_status(page) == 404


def test_reporter_publish_on_edit_is_refused(series, reporter_client):
    reporter_client.post(add_installment_url(series), installment_form())
    page = InstallmentPage.objects.child_of(series).get()

    data = installment_form(title="改过的标题") | {"action-publish": "1"}
    reporter_client.post(edit_url(page), data)

    page.refresh_from_db()
    assert not page.live
    assert page.get_latest_revision_as_object().title == "改过的标题"
    assert reader_status(page) == 404


def test_editor_rejection_returns_the_story_with_the_comment(
    series, reporter, reporter_client, editor_client
):
    page = submit_new_installment(reporter_client, series)
    mail.outbox.clear()
    comment = "导语太长，<b>数据</b>请注明出处"

    editor_client.post(workflow_action_url(page, "reject"), {"comment": comment})

    page.refresh_from_db()
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.specific.get_comment() == comment
    assert not page.live
    # The author is told by mail, with the comment…
    assert [message.to for message in mail.outbox] == [[reporter.email]]
    assert comment in mail.outbox[0].body
    # …and sees it, escaped, on opening the story again, and may edit it.
    html = reporter_client.get(edit_url(page)).content.decode()
    assert "编辑要求修改：导语太长，&lt;b&gt;数据&lt;/b&gt;请注明出处" in html
    resubmit = installment_form(title="改短的标题") | {"action-restart-workflow": "1"}
    assert reporter_client.post(edit_url(page), resubmit).status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress
    assert page.get_latest_revision_as_object().title == "改短的标题"


def test_reporter_cannot_edit_while_in_review(series, reporter_client):
    page = submit_new_installment(reporter_client, series)
    data = installment_form(title="偷偷改标题")
    response = reporter_client.post(edit_url(page), data)
    assert response.status_code == 200  # the form again, with the lock's error
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "创新突围看县域"


def test_reporter_sees_no_approve_action(series, reporter_client, other_reporter):
    page = submit_new_installment(reporter_client, series)
    colleague = Client()
    colleague.force_login(other_reporter)
    response = colleague.post(workflow_action_url(page, "approve"))
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live
    assert page.workflow_in_progress
