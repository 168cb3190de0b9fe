"""One item rendering for every format and for the editorial feed-reader preview."""

import json

import pytest

from series.feeds.items import feed_item, item_guid, render_item_html
from series.feeds.urlrewrite import absolutize_urls

pytestmark = pytest.mark.django_db


def test_feed_content_is_exactly_render_item_html(client, newsroom, rf):
    data = json.loads(client.get(newsroom.series.url + "feed/json/").content)
    item = next(i for i in data["items"] if i["title"].startswith("第一篇"))
    request = rf.get("/", HTTP_HOST="localhost")
    assert item["content_html"] == render_item_html(newsroom.first, request)


def test_preview_renders_an_unpublished_draft_without_touching_the_feed(
    client, newsroom, rf
):
    page = newsroom.first
    page.title = "编辑中的标题"
    page.standfirst = "编辑中的导语 <b>"
    revision = page.save_revision()
    draft = revision.as_object()
    html = render_item_html(draft, rf.get("/", HTTP_HOST="localhost"))
    assert "编辑中的导语 &lt;b&gt;" in html
    assert "本报记者" in html and 'class="block-section"' in html
    assert "编辑中的" not in client.get(newsroom.series.url + "feed/").content.decode()


def test_preview_works_for_a_page_never_published(newsroom, rf):
    page = newsroom.series.add_child(
        instance=type(newsroom.first)(title="新稿", number=9, live=False)
    )
    item = feed_item(page, rf.get("/", HTTP_HOST="localhost"))
    assert item["title"] == f"新稿——{newsroom.series.title}之九"
    assert item["pubdate"] is None
    assert item["content_html"].startswith("<article>")
    assert "之九</em>" in item["content_html"]  # the subtitle with its position


def test_guid_survives_a_title_change(newsroom):
    before = item_guid(newsroom.first)
    newsroom.first.title = "换了标题"
    newsroom.first.save_revision().publish()
    newsroom.first.refresh_from_db()
    assert item_guid(newsroom.first) == before
    assert "换了标题" not in before


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<img src="/media/a.jpg">', '<img src="https://n.example/media/a.jpg">'),
        ('<a href="themes/x/">x</a>', '<a href="https://n.example/themes/x/">x</a>'),
        ('<a href="#section-1">x</a>', '<a href="#section-1">x</a>'),
        (
            '<a href="https://other.example/">x</a>',
            '<a href="https://other.example/">x</a>',
        ),
        ('<a href="javascript:alert(1)">x</a>', '<a href="#">x</a>'),
        ("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>"),
        ("<p>1 &lt; 2 &amp;&#32;3</p>", "<p>1 &lt; 2 &amp;&#32;3</p>"),
        (
            '<img srcset="/a.jpg 1x, /b.jpg 2x" alt="&quot;">',
            '<img srcset="https://n.example/a.jpg 1x, https://n.example/b.jpg 2x"'
            ' alt="&quot;">',
        ),
    ],
)
def test_absolutize_urls(html, expected):
    assert absolutize_urls(html, "https://n.example/") == expected
