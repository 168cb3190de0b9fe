"""导出公众号稿, parsed: only inline styles and plain tags, every text of the
installment once, images at absolute URLs; the admin screen and who may open it."""

from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from series.body_format import COMMENTARY, PARAGRAPH, text_pieces
from series.models import InstallmentPage
from series.wechat.render import wechat_html
from series.workflow.roles import EDITORS
from tests.fixtures import built_once
from tests.workflow.conftest import make_user


class Parsed(HTMLParser):
    def __init__(self, html: str):
        super().__init__()
        self.tags, self.attrs, self.texts, self.images = [], [], [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]
        if tag == "img":
            self.images.append(dict(attrs)["src"])

    def handle_data(self, data):
        self.texts.append(data)


@pytest.fixture(scope="module")
def demo_once(django_db_setup, django_db_blocker):
    with built_once(django_db_blocker, lambda: call_command("load_demo", stdout=None)):
        yield


@pytest.fixture
def installment(demo_once, db):
    return InstallmentPage.objects.live().order_by("number").first()


def test_only_what_wechat_keeps(installment):
    parsed = Parsed(str(wechat_html(installment)))
    assert set(parsed.tags) <= {"section", "p", "span", "strong", "img"}
    assert "class" not in parsed.attrs and "id" not in parsed.attrs
    assert parsed.images and all(src.startswith("http") for src in parsed.images)
    # No markup escaped into text: every piece is an element, not "&lt;p".
    assert not any("<" in text or "style=" in text for text in parsed.texts)
    assert parsed.tags.count("p") > 20


def test_every_text_once(installment):
    text = "".join(Parsed(str(wechat_html(installment))).texts)
    pieces = [t for _kind, t in text_pieces(list(installment.body.raw_data)) if t]
    long_pieces = [
        t
        for kind, t in text_pieces(list(installment.body.raw_data))
        if kind in (PARAGRAPH, COMMENTARY) and len(t) > 20
    ]
    assert long_pieces
    for piece in long_pieces:
        assert text.count(piece) == 1, piece
    for piece in pieces:
        for word in piece.split(" "):  # key figures are "505.8亿元 label"
            assert word in text, word
    for expected in (installment.title, installment.deck, installment.subtitle):
        assert expected in text
    for byline in installment.bylines.all():
        assert byline.person.name in text
    assert "阅读原文" in text and installment.url in text


def test_the_admin_screen(installment):
    url = reverse("series_wechat_export", args=[installment.pk])
    editor = Client()
    editor.force_login(make_user("bianji", EDITORS))
    html = editor.get(url).content.decode()
    assert "复制" in html and "data-wechat-article" in html
    # Offered in the installment's header menu and the series' listing.
    edit = reverse("wagtailadmin_pages:edit", args=[installment.pk])
    assert url in editor.get(edit).content.decode()
    listing = reverse("wagtailadmin_explore", args=[installment.get_parent().pk])
    assert url in editor.get(listing).content.decode()
    assert Client().get(url).status_code == 302  # to the login page
    outsider = Client()
    outsider.force_login(make_user("waibu"))
    assert outsider.get(url).status_code in (302, 403)
    assert "data-wechat-article" not in outsider.get(url).content.decode()
