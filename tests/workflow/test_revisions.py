"""Wagtail's revisions, comparison and locking, with every block of our body."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection

from series.models import InstallmentPage
from tests.factories import NewsImageFactory, PersonFactory, PlaceFactory, ThemeFactory
from tests.workflow.helpers import (
    add_installment_url,
    body_with_every_block,
    edit_url,
    installment_form,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def references(db):
    return {
        "image": NewsImageFactory(collection=Collection.get_first_root_node()),
        "theme": ThemeFactory(name="创新驱动"),
        "place": PlaceFactory(name="江阴"),
        "person": PersonFactory(name="姚雪青"),
    }


def test_compare_shows_changes_in_every_block(
    series, reporter_client, editor_client, references
):
    first = installment_form(body=body_with_every_block(words="初稿", **references))
    response = reporter_client.post(add_installment_url(series), first)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = InstallmentPage.objects.child_of(series).get()
    block_types = [block.block_type for block in page.body]
    assert block_types == ["paragraph", "image", "section", "commentary"]
    section_types = [child.block_type for child in page.body[2].value["content"]]
    assert section_types == ["paragraph", "image", "pull_quote", "key_figure"]

    second = installment_form(body=body_with_every_block(words="二稿", **references))
    assert reporter_client.post(edit_url(page), second).status_code == 302
    older, newer = page.revisions.order_by("created_at", "pk")
    url = reverse(
        "wagtailadmin_pages:revisions_compare", args=[page.pk, older.pk, newer.pk]
    )

    response = editor_client.get(url)

    assert response.status_code == 200
    body = response.content.decode()
    for changed in ("开头", "图说", "段落", "引语", "产值", "小标题", "评论正文"):
        assert f"{changed}初稿" in body and f"{changed}二稿" in body, changed
    assert (
        editor_client.get(
            reverse("wagtailadmin_pages:history", args=[page.pk])
        ).status_code
        == 200
    )


def test_revisions_view_and_revert_render_our_blocks(
    series, reporter_client, references
):
    form = installment_form(body=body_with_every_block(words="初稿", **references))
    reporter_client.post(add_installment_url(series), form)
    page = InstallmentPage.objects.child_of(series).get()
    revision = page.latest_revision
    view = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
    revert = reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision.pk])
    assert "小标题初稿" in reporter_client.get(view).content.decode()
    assert reporter_client.get(revert).status_code == 200


def test_a_lock_keeps_colleagues_out_until_unlocked(
    series, reporter_client, other_reporter, editor_client
):
    reporter_client.post(add_installment_url(series), installment_form())
    page = InstallmentPage.objects.child_of(series).get()
    assert (
        reporter_client.post(
            reverse("wagtailadmin_pages:lock", args=[page.pk])
        ).status_code
        == 302
    )
    page.refresh_from_db()
    assert page.locked

    colleague = Client()
    colleague.force_login(other_reporter)
    edit_page = colleague.get(edit_url(page)).content.decode()
    assert "yaoxueqing" in edit_page  # who holds the lock
    colleague.post(edit_url(page), installment_form(title="同事的改动"))
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "创新突围看县域"
    # Reporters may only release their own locks; editors may release any.
    colleague.post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))
    page.refresh_from_db()
    assert page.locked

    editor_client.post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))
    colleague.post(edit_url(page), installment_form(title="同事的改动"))
    page.refresh_from_db()
    assert not page.locked
    assert page.get_latest_revision_as_object().title == "同事的改动"
