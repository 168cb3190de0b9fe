"""What each role may do to pages, asked the way the admin asks: over HTTP."""

import pytest
from django.test import Client
from django.urls import reverse

from series.models import InstallmentPage, SeriesPage
from series.workflow.services import reporter_grant_series
from tests.factories import InstallmentPageFactory
from tests.workflow.helpers import add_installment_url, edit_url, installment_form

pytestmark = pytest.mark.django_db


def refused(response) -> bool:
    # Wagtail answers a forbidden admin action with 403, or with a redirect to
    # the dashboard and an error message; either way nothing may change.
    return response.status_code in (302, 403)


def draft_by(client, series, **overrides):
    client.post(add_installment_url(series), installment_form(**overrides))
    return InstallmentPage.objects.child_of(series).get(
        title=overrides.get("title", "创新突围看县域")
    )


def test_reporter_cannot_delete_own_draft(series, reporter_client):
    page = draft_by(reporter_client, series)
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    assert refused(reporter_client.get(url))
    assert refused(reporter_client.post(url))
    assert InstallmentPage.objects.filter(pk=page.pk).exists()


def test_editor_can_delete_a_draft(series, reporter_client, editor_client):
    page = draft_by(reporter_client, series)
    response = editor_client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code == 302
    assert not InstallmentPage.objects.filter(pk=page.pk).exists()


def test_reporter_cannot_move_between_own_series(
    series, other_series, reporter, reporter_client
):
    # Wagtail alone would allow this: the reporter may add pages in both series.
    reporter_grant_series(user=reporter, series=other_series)
    page = draft_by(reporter_client, series)
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, other_series.pk])
    assert refused(reporter_client.post(url))
    page.refresh_from_db()
    assert page.get_parent().pk == series.pk


def test_editor_can_move(series, other_series, reporter_client, editor_client):
    page = draft_by(reporter_client, series)
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, other_series.pk])
    editor_client.post(url)
    page.refresh_from_db()
    assert page.get_parent().pk == other_series.pk


def test_reporter_cannot_bulk_delete(series, reporter_client):
    page = draft_by(reporter_client, series)
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={page.pk}"
    )
    reporter_client.post(url)
    assert InstallmentPage.objects.filter(pk=page.pk).exists()


def test_reporter_cannot_unpublish(series, reporter_client):
    page = InstallmentPageFactory(parent=series, live=True)
    url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
    assert refused(reporter_client.post(url))
    page.refresh_from_db()
    assert page.live
    assert Client().get(page.url).status_code == 200


def test_editor_can_unpublish(series, editor_client):
    page = InstallmentPageFactory(parent=series, live=True)
    editor_client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    page.refresh_from_db()
    assert not page.live


def test_reporter_edits_a_colleagues_installment_in_the_series(
    series, other_reporter, reporter_client
):
    colleague = Client()
    colleague.force_login(other_reporter)
    page = draft_by(colleague, series)
    response = reporter_client.post(edit_url(page), installment_form(title="补充采访"))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "补充采访"


def test_reporter_cannot_edit_the_series_itself(series, reporter_client):
    response = reporter_client.get(edit_url(series))
    assert refused(response)
    data = {"title": "改名", "slug": series.slug, "kicker": "x"}
    reporter_client.post(edit_url(series), data)
    series.refresh_from_db()
    assert series.title == "县域经济高质量发展观察"
    assert series.get_latest_revision_as_object().title == "县域经济高质量发展观察"


def test_reporter_cannot_add_in_a_series_not_given(other_series, reporter_client):
    response = reporter_client.post(
        add_installment_url(other_series), installment_form()
    )
    assert refused(response)
    assert not InstallmentPage.objects.child_of(other_series).exists()


def test_reporter_cannot_add_a_series(home, reporter_client):
    url = reverse("wagtailadmin_pages:add", args=["series", "seriespage", home.pk])
    response = reporter_client.post(url, {"title": "新系列", "slug": "", "kicker": "x"})
    assert refused(response)
    assert SeriesPage.objects.count() == 1


def test_editor_can_bulk_delete(series, reporter_client, editor_client):
    page = draft_by(reporter_client, series)
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={page.pk}"
    )
    editor_client.post(url)
    assert not InstallmentPage.objects.filter(pk=page.pk).exists()
