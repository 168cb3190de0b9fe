"""Following a series by e-mail, end to end at the HTTP level, with every message
going through a real SMTP server on loopback (tests/newsletters/conftest.py)."""

import datetime as dt
import re
import time

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from series.models import Follower, Following, InstallmentPage, NewsletterIssue
from series.newsletters import tokens
from series.workflow.services import reporter_grant_series
from tests.factories import InstallmentPageFactory
from tests.workflow.conftest import make_user

pytestmark = pytest.mark.django_db


def follow(client, email, series=None):
    data = {"email": email, "website": ""}
    if series is not None:
        data["series"] = series.pk
    return client.post("/newsletters/follow/", data)


def link_in(message, path: str) -> str:
    body = message.get_body(("plain",)).get_content()
    return re.search(rf"https?://[^/\s]+({path}\S+/)", body).group(1)


def confirmed_follower(email, series, smtp, capture):
    client = Client()
    with capture(execute=True):
        follow(client, email, series)
    url = link_in(smtp[-1], "/newsletters/confirm/")
    client.post(url)
    return Follower.objects.get(email=email)


def publish(page, capture):
    with capture(execute=True):
        page.save_revision().publish()


def new_draft(series, number: int, title: str) -> InstallmentPage:
    return InstallmentPageFactory(
        parent=series, number=number, title=title, live=False, first_published_at=None
    )


@pytest.fixture
def draft(series):
    return new_draft(series, 1, "创新突围看县域")


def test_series_and_home_pages_offer_the_form(series, home):
    assert 'action="/newsletters/follow/"' in Client().get(series.url).content.decode()
    assert "邮件订阅" in Client().get(home.url).content.decode()


def test_double_opt_in(series, smtp, django_capture_on_commit_callbacks):
    client = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = follow(client, "Reader@Example.COM", series)
    assert response.status_code == 200 and "请查收确认邮件" in response.content.decode()
    assert len(smtp) == 1
    message = smtp[0]
    assert message["To"] == "Reader@example.com"
    assert str(message["Subject"]).strip() == f"请确认订阅《{series.title}》"
    assert "=?utf-8?" in message.as_string().split("\n\n")[0]  # RFC 2047 on the wire
    following = Following.objects.get()
    assert following.confirmed_at is None

    url = link_in(message, "/newsletters/confirm/")
    page = client.get(url)  # a mail scanner's visit confirms nothing
    assert "确认订阅" in page.content.decode()
    assert Following.objects.get().confirmed_at is None
    confirmed = client.post(url)
    assert confirmed.status_code == 200 and "订阅成功" in confirmed.content.decode()
    assert Following.objects.get().confirmed_at is not None


def test_confirmation_link_expires_and_cannot_be_forged(
    series, smtp, django_capture_on_commit_callbacks, monkeypatch
):
    with django_capture_on_commit_callbacks(execute=True):
        follow(Client(), "reader@example.com", series)
    url = link_in(smtp[0], "/newsletters/confirm/")
    monkeypatch.setattr(tokens, "CONFIRM_MAX_AGE", -1)
    expired = Client().post(url)
    assert expired.status_code == 400 and "链接已失效" in expired.content.decode()
    monkeypatch.undo()
    assert Client().post(url[:-3] + "xx/").status_code == 400
    assert Following.objects.get().confirmed_at is None


def test_bad_address_is_refused_and_nothing_is_written(series):
    response = follow(Client(), "not an address", series)
    assert response.status_code == 400 and "有效的电子邮箱" in response.content.decode()
    assert not Follower.objects.exists()


def test_requests_are_throttled(series, smtp):
    statuses = [
        follow(Client(), "same@example.com", series).status_code for _ in range(5)
    ]
    assert statuses[:3] == [200, 200, 200] and statuses[3:] == [429, 429]


def test_one_message_per_follower_on_first_publication(
    series, draft, smtp, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    confirmed_follower("a@example.com", series, smtp, capture)
    confirmed_follower("all@example.com", None, smtp, capture)
    with capture(execute=True):
        follow(Client(), "pending@example.com", series)  # never confirmed
    smtp.clear()

    publish(draft, capture)

    assert sorted(m["To"] for m in smtp) == ["a@example.com", "all@example.com"]
    message = next(m for m in smtp if m["To"] == "a@example.com")
    assert str(message["Subject"]).strip() == f"【{series.title}之一】创新突围看县域"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.match(
        r"<https?://[^/]+/newsletters/unsubscribe/",
        message["List-Unsubscribe"].strip(),
    )
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    for part in (html, text):
        assert "创新突围看县域" in part and "之一" in part
        assert re.search(r"https?://[^/\s]+" + re.escape(draft.url), part)
    assert "阅读全文" in html

    # A correction republished, a draft saved: nothing more.
    smtp.clear()
    page = InstallmentPage.objects.get(pk=draft.pk)
    page.title = "创新突围看县域（更正）"
    publish(page, capture)
    page.save_revision()
    assert smtp == []
    assert NewsletterIssue.objects.count() == 1


def test_a_scheduled_installment_is_mailed_when_it_goes_live(
    series, draft, smtp, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    confirmed_follower("a@example.com", series, smtp, capture)
    smtp.clear()
    # Scheduled a second ahead: the revision itself carries the go-live time.
    draft.go_live_at = timezone.now() + dt.timedelta(seconds=1)
    draft.save_revision().publish()
    assert not InstallmentPage.objects.get(pk=draft.pk).live
    assert smtp == []
    time.sleep(1.2)
    with capture(execute=True):
        call_command("publish_scheduled")
    with capture(execute=True):
        call_command("publish_scheduled")
    assert InstallmentPage.objects.get(pk=draft.pk).live
    assert [m["To"] for m in smtp] == ["a@example.com"]


def test_unsubscribe_by_link_and_by_rfc8058_post(
    series, draft, smtp, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    confirmed_follower("a@example.com", series, smtp, capture)
    confirmed_follower("b@example.com", series, smtp, capture)
    publish(draft, capture)
    links = {
        m["To"]: m["List-Unsubscribe"].strip().strip("<>")
        for m in smtp
        if m["List-Unsubscribe"]
    }

    by_link = Client()
    url_a = re.sub(r"^https?://[^/]+", "", links["a@example.com"])
    assert "退订" in by_link.get(url_a).content.decode()
    assert Following.objects.filter(follower__email="a@example.com").exists()
    assert by_link.post(url_a).status_code == 200

    one_click = Client(enforce_csrf_checks=True)
    url_b = re.sub(r"^https?://[^/]+", "", links["b@example.com"])
    response = one_click.post(
        url_b,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Following.objects.exists()

    smtp.clear()
    second = new_draft(series, 2, "人才兴业看县域")
    publish(second, capture)
    assert smtp == []


def test_preferences_export_and_erase(series, smtp, django_capture_on_commit_callbacks):
    follower = confirmed_follower(
        "a@example.com", series, smtp, django_capture_on_commit_callbacks
    )
    url = f"/newsletters/preferences/{tokens.reader_token(follower)}/"
    client = Client()
    assert "a@example.com" in client.get(url).content.decode()
    exported = client.get(url + "?export=1")
    assert exported["Content-Disposition"].startswith("attachment")
    assert exported.json()["email"] == "a@example.com"
    assert exported.json()["followings"][0]["series"] == series.title

    client.post(url, {"everything": "on"})
    assert list(Following.objects.values_list("series", flat=True)) == [None]

    assert "已删除" in client.post(url, {"erase": "1"}).content.decode()
    assert not Follower.objects.exists()
    assert client.get(url).status_code == 400  # the link died with the data


def test_addresses_are_not_in_the_admin(
    series, smtp, django_capture_on_commit_callbacks
):
    reporter = make_user("jizhe")
    reporter_grant_series(user=reporter, series=series)
    reporter_client = Client()
    reporter_client.force_login(reporter)
    confirmed_follower(
        "a@example.com", series, smtp, django_capture_on_commit_callbacks
    )
    for url in ("/admin/snippets/series/follower/", "/admin/snippets/"):
        assert "a@example.com" not in reporter_client.get(url).content.decode()
