"""Every absolute link names the address the site runs at (WAGTAILADMIN_BASE_URL)."""

import re

import feedparser
import pytest
from django.core import mail
from django.test import Client, override_settings

from demo.pages import site_sync
from demo.summary import DemoSummary
from series.models import InstallmentPage
from tests.workflow.helpers import (
    add_installment_url,
    installment_form,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db

BASE = "http://127.0.0.1:8000"
URL = re.compile(r"""https?://[^\s"'<>]+""")


@override_settings(WAGTAILADMIN_BASE_URL=BASE)
def test_canonical_feed_and_review_mail_links_agree(
    home, series, reporter_client, editor_client
):
    site = site_sync(home=home, summary=DemoSummary())
    assert site.root_url == BASE
    mail.outbox.clear()
    data = installment_form() | {"action-submit": "1"}
    reporter_client.post(add_installment_url(series), data)
    page = InstallmentPage.objects.child_of(series).get()
    editor_client.post(workflow_action_url(page, "approve"))
    page.refresh_from_db()
    assert page.live

    reader = Client(HTTP_HOST="127.0.0.1:8000")
    html = reader.get(page.url).content.decode()
    expected = BASE + page.url
    assert f'<link rel="canonical" href="{expected}">' in html
    assert f'<meta property="og:url" content="{expected}">' in html
    feed = feedparser.parse(reader.get(series.url + "feed/").content)
    assert [entry.link for entry in feed.entries] == [expected]

    links = [url for message in mail.outbox for url in URL.findall(message.body)]
    assert len(mail.outbox) == 2 and links
    assert all(url.startswith(BASE + "/") for url in links), links
