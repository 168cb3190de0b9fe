"""Go-live and expiry times, and the publish_scheduled job that acts on them."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from series.models import InstallmentPage
from tests.workflow.helpers import (
    add_installment_url,
    clock_at,
    installment_form,
    local_input,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db


def status_of(page) -> int:
    return Client().get(page.url).status_code


def approved_with_go_live(series, reporter_client, editor_client, go_live_at):
    form = installment_form(go_live_at=local_input(go_live_at))
    response = reporter_client.post(
        add_installment_url(series), form | {"action-submit": "1"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = InstallmentPage.objects.child_of(series).get()
    editor_client.post(workflow_action_url(page, "approve"))
    page.refresh_from_db()
    return page


def test_approval_with_go_live_schedules_instead_of_publishing(
    series, reporter_client, editor_client
):
    go_live = timezone.now() + dt.timedelta(hours=1)
    page = approved_with_go_live(series, reporter_client, editor_client, go_live)

    assert not page.live
    assert not page.workflow_in_progress
    assert page.scheduled_revision is not None
    assert page.scheduled_revision.approved_go_live_at == go_live.replace(
        second=0, microsecond=0
    )
    assert status_of(page) == 404

    call_command("publish_scheduled")  # not due yet: nothing happens
    page.refresh_from_db()
    assert not page.live

    with clock_at(go_live + dt.timedelta(minutes=1)):
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert page.live
        assert status_of(page) == 200
        assert page.title in Client().get(series.url).content.decode()


def test_editor_schedules_directly(series, editor_client):
    go_live = timezone.now() + dt.timedelta(days=1)
    form = installment_form(go_live_at=local_input(go_live)) | {"action-publish": "1"}
    editor_client.post(add_installment_url(series), form)
    page = InstallmentPage.objects.child_of(series).get()
    assert not page.live
    assert page.scheduled_revision is not None

    with clock_at(go_live + dt.timedelta(minutes=5)):
        call_command("publish_scheduled")
        assert status_of(page) == 200


def test_expired_installment_disappears_before_the_job_runs(series, editor_client):
    expire = timezone.now() + dt.timedelta(hours=1)
    form = installment_form(expire_at=local_input(expire)) | {"action-publish": "1"}
    editor_client.post(add_installment_url(series), form)
    page = InstallmentPage.objects.child_of(series).get()
    assert status_of(page) == 200

    with clock_at(expire + dt.timedelta(minutes=1)):
        page.refresh_from_db()
        assert page.live  # publish_scheduled has not run yet…
        assert status_of(page) == 404  # …but readers already get nothing
        assert page.title not in Client().get(series.url).content.decode()

        call_command("publish_scheduled")
        page.refresh_from_db()
        assert not page.live
        assert page.expired


def test_make_target_runs_the_job():
    from pathlib import Path

    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text()
    target = makefile.split("\npublish-scheduled:", 1)[1].split("\n\n", 1)[0]
    assert (
        "manage.py publish_scheduled" in target
        or "$(MANAGE) publish_scheduled" in target
    )
