"""Feed authors are the writers: one rule for RSS, Atom and JSON Feed."""

import json

import feedparser
import pytest

from series.models import Role
from tests.factories import BylineFactory, PersonFactory
from tests.feeds.conftest import make_installment, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def credited(newsroom):
    """Installment 3: two reporters (one also took the photos), a correspondent,
    an editor, a designer, and a sidebar written by a commentator."""
    names = ["李记者", "周记者", "吴通讯员", "郑责编", "冯设计", "陈评论"]
    p = {name: PersonFactory(name=name) for name in names}
    sidebar = {"title": "短评", "author": p["陈评论"].pk, "body": "<p>评一句。</p>"}
    page = make_installment(
        newsroom.series,
        3,
        title="第三篇",
        body=[
            {"type": "paragraph", "value": "<p>正文。</p>"},
            {"type": "commentary", "value": sidebar},
        ],
    )
    for order, (name, role) in enumerate(
        [
            ("李记者", Role.REPORTER),
            ("周记者", Role.REPORTER),
            ("吴通讯员", Role.CORRESPONDENT),
            ("李记者", Role.PHOTOGRAPHER),
            ("郑责编", Role.EDITOR),
            ("冯设计", Role.DESIGNER),
        ]
    ):
        BylineFactory(page=page, person=p[name], role=role, sort_order=order)
    return publish(page)


WRITERS = ["李记者", "周记者", "吴通讯员", "陈评论"]


def third_entry(client, url):
    parsed = feedparser.parse(client.get(url).content)
    assert parsed.bozo == 0
    return next(e for e in parsed.entries if e.title.startswith("第三篇"))


def test_rss_creators_are_the_writers_once_each(client, newsroom, credited):
    entry = third_entry(client, newsroom.series.url + "feed/")
    assert [a.name for a in entry.authors] == WRITERS


def test_atom_authors_are_the_writers_and_credits_are_contributors(
    client, newsroom, credited
):
    entry = third_entry(client, newsroom.series.url + "feed/atom/")
    assert [a.name for a in entry.authors] == WRITERS
    assert [c.name for c in entry.contributors] == ["郑责编", "冯设计"]
    content = entry.content[0].value
    assert "郑责编" in content and "冯设计" in content  # credits stay in the content


def test_json_feed_authors_are_the_writers_once_each(client, newsroom, credited):
    data = json.loads(client.get(newsroom.series.url + "feed/json/").content)
    item = next(i for i in data["items"] if i["title"].startswith("第三篇"))
    assert [a["name"] for a in item["authors"]] == WRITERS
    roles = [(b["name"], b["role"]) for b in item["_series"]["bylines"]]
    assert ("郑责编", "editor") in roles and ("冯设计", "designer") in roles
