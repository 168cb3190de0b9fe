"""Previews: as readers see it, on a phone, in a feed reader; never for strangers."""

import html
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from series.feeds.items import render_item_html
from series.models import InstallmentPage
from tests.workflow.helpers import add_installment_url, edit_url, installment_form

pytestmark = pytest.mark.django_db

HOSTILE_TITLE = '县域<观察> & "创新"'


@pytest.fixture
def draft(series, reporter_client):
    form = installment_form(title=HOSTILE_TITLE, standfirst="导语：一座县城的转型。")
    reporter_client.post(add_installment_url(series), form)
    return InstallmentPage.objects.child_of(series).get()


def preview(client, page, mode: str, **changes):
    """Post the edit form to the preview view, then fetch the preview in `mode`."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = client.post(url, installment_form(title=page.title, **changes))
    assert posted.json()["is_valid"], posted.content
    return client.get(url, {"mode": mode})


def test_anonymous_users_get_no_preview(draft):
    stranger = Client()
    for url in (
        reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[draft.pk]),
        reverse(
            "wagtailadmin_pages:preview_on_add",
            args=["series", "installmentpage", draft.get_parent().pk],
        ),
    ):
        response = stranger.get(url, {"mode": "feed"})
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_installment_offers_three_preview_modes(draft, reporter_client):
    page_html = reporter_client.get(edit_url(draft)).content.decode()
    for label in ("读者所见", "手机（375 像素宽）", "如订阅阅读器所见"):
        assert label in page_html
    # Wagtail's own device switcher is there too, its narrowest size a phone.
    assert 'data-device-width="375"' in page_html


def test_default_preview_is_the_reader_page_with_unsaved_changes(
    draft, reporter_client
):
    response = preview(reporter_client, draft, "", deck="尚未保存的引题")
    body = response.content.decode()
    assert response.status_code == 200
    assert "尚未保存的引题" in body
    assert escape(HOSTILE_TITLE) in body
    assert HOSTILE_TITLE not in body


def test_phone_preview_frames_the_reader_page_at_375px(draft, reporter_client):
    response = preview(reporter_client, draft, "phone", deck="手机上的引题")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'width="375"' in body
    srcdoc = body.split('srcdoc="', 1)[1].split('"></iframe>', 1)[0]
    # The reader page travels escaped inside the attribute and unescapes whole.
    reader_page = html.unescape(srcdoc)
    assert "<!DOCTYPE html>" in reader_page
    assert "手机上的引题" in reader_page
    assert escape(HOSTILE_TITLE) in reader_page
    assert "<script" not in srcdoc


def without_block_keys(markup: str) -> str:
    # Each form post gives rich text blocks fresh keys; the words must match.
    return re.sub(r' data-block-key="[^"]*"', "", markup)


def test_feed_preview_is_the_feed_item(draft, reporter_client, rf):
    response = preview(
        reporter_client, draft, "feed", standfirst="导语：一座县城的转型。"
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "如订阅阅读器所见" in body
    draft.refresh_from_db()
    item_html = render_item_html(draft, rf.get("/"))
    # The same item rendering the feeds serve, not a look-alike.
    item_content = item_html.split("<article>", 1)[1].split("</article>")[0]
    assert without_block_keys(item_content) in without_block_keys(body)
    assert "尚未发布" in body
    assert escape(HOSTILE_TITLE) in body
