"""Editors' details: pinyin order, Chinese names, place checkboxes, no Gravatar,
no leftover Wagtail moderators, Chinese e-mail subjects, one deck in the preview."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Task, Workflow

from series.models import InstallmentPage
from tests.factories import PersonFactory, PlaceFactory
from tests.workflow.helpers import (
    add_installment_url,
    edit_url,
    installment_form,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db

LATIN = re.compile(r"[A-Za-z]")


def positions(html: str, names: list[str]) -> list[int]:
    return [html.index(name) for name in names]


def submit(client, series) -> InstallmentPage:
    client.post(
        add_installment_url(series), installment_form() | {"action-submit": "1"}
    )
    return InstallmentPage.objects.child_of(series).get()


def test_people_are_listed_and_chosen_in_pinyin_order(admin_client):
    # Code-point order would be 何 刘 陈; pinyin order is chen, he, liu.
    for name in ("刘君国", "何可", "陈明"):
        PersonFactory(name=name, slug="")
    for url in (
        reverse("wagtailsnippets_series_person:list"),
        reverse("wagtailsnippetchoosers_series_person:choose"),
    ):
        response = admin_client.get(url)
        assert response.status_code == 200
        is_modal = response["Content-Type"].startswith("application/json")
        html = response.json()["html"] if is_modal else response.content.decode()
        order = positions(html, ["陈明", "何可", "刘君国"])
        assert order == sorted(order), url


def test_users_are_named_family_name_first(admin_client, reporter):
    reporter.first_name, reporter.last_name = "雪青", "姚"
    reporter.save()
    assert reporter.get_full_name() == "姚雪青"
    response = admin_client.get(reverse("wagtailusers_users:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "姚雪青" in html and "雪青 姚" not in html


def test_places_are_checkboxes_on_installment_pages(series, reporter_client):
    PlaceFactory(name="江阴")
    page = submit(reporter_client, series)
    html = reporter_client.get(edit_url(page)).content.decode()
    assert re.search(r'<input type="checkbox" name="places"', html)
    assert '<select name="places"' not in html


def test_no_admin_page_fetches_an_avatar_from_gravatar(series, editor_client):
    for url in (
        "/admin/",
        reverse("wagtailadmin_account"),
        add_installment_url(series),
    ):
        response = editor_client.get(url)
        assert response.status_code == 200
        assert "gravatar" not in response.content.decode().lower(), url


def test_wagtail_default_moderators_are_gone():
    assert not Group.objects.filter(name="Moderators").exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(name="Moderators approval").exists()


def test_every_workflow_mail_subject_is_chinese(series, reporter_client, editor_client):
    mail.outbox.clear()
    page = submit(reporter_client, series)
    editor_client.post(
        workflow_action_url(page, "reject"), {"comment": "数据请再核对。"}
    )
    reporter_client.post(edit_url(page), installment_form() | {"action-submit": "1"})
    page.refresh_from_db()
    editor_client.post(workflow_action_url(page, "approve"))
    subjects = [message.subject for message in mail.outbox]
    assert len(subjects) >= 3
    for subject in subjects:
        assert "《创新突围看县域》" in subject and not LATIN.search(subject), subject


def test_feed_preview_shows_the_deck_once_without_a_standfirst(series, reporter_client):
    page = submit(reporter_client, series)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    form = installment_form(deck="引题只出现一次", standfirst="")
    assert reporter_client.post(url, form).json()["is_valid"]
    html = reporter_client.get(url, {"mode": "feed"}).content.decode()
    assert html.count("引题只出现一次") == 1
