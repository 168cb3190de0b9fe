"""WebSub: feeds declare the hub, publishing pings it, a broken hub breaks nothing.

The hub is a local HTTP server on 127.0.0.1; nothing leaves the machine.
"""

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import feedparser
import pytest

from series.feeds.websub import hub_ping
from tests.feeds.conftest import make_installment, publish

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"


class LocalHub:
    """A hub that records publish pings and answers with ``status``."""

    def __init__(self, status=204):
        self.status = status
        self.pings: list[dict] = []
        self.received = threading.Event()
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers["Content-Length"])
                hub.pings.append(parse_qs(self.rfile.read(length).decode()))
                self.send_response(hub.status)
                self.end_headers()
                hub.received.set()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hub"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hub(settings):
    local = LocalHub()
    settings.WEBSUB_HUB_URL = local.url
    yield local
    local.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_feeds_declare_the_hub(client, newsroom, hub):
    url = newsroom.series.url + "feed/"
    for suffix in ("", "atom/"):
        parsed = feedparser.parse(client.get(url + suffix).content)
        assert parsed.bozo == 0
        assert {link.rel: link.href for link in parsed.feed.links}["hub"] == hub.url
    data = json.loads(client.get(url + "json/").content)
    assert data["hubs"] == [{"type": "WebSub", "url": hub.url}]
    link_header = client.get(url)["Link"]
    assert f'<{hub.url}>; rel="hub"' in link_header
    assert f'<{ROOT}{url}>; rel="self"' in link_header


def test_without_a_hub_feeds_declare_none(client, newsroom, settings):
    settings.WEBSUB_HUB_URL = ""
    body = client.get(newsroom.series.url + "feed/atom/").content.decode()
    assert 'rel="hub"' not in body


def test_publishing_pings_the_hub_with_every_changed_feed(
    newsroom, hub, django_capture_on_commit_callbacks
):
    page = make_installment(newsroom.series, 3, title="推送的一篇")
    page.places.add(newsroom.place)
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    assert hub.received.wait(5), "the hub was never pinged"
    ping = hub.pings[0]
    assert ping["hub.mode"] == ["publish"]
    urls = set(ping["hub.url"])
    series_url = ROOT + newsroom.series.url
    assert {
        series_url + "feed/",
        series_url + "feed/atom/",
        series_url + "feed/json/",
    } <= urls
    assert {ROOT + "/feed/", f"{ROOT}/places/{newsroom.place.slug}/feed/"} <= urls
    assert f"{ROOT}/themes/{newsroom.theme.slug}/feed/" not in urls  # not involved


def test_unpublishing_pings_the_hub(newsroom, hub, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        newsroom.first.unpublish()
    assert hub.received.wait(5)
    assert f"{ROOT}/themes/{newsroom.theme.slug}/feed/" in hub.pings[0]["hub.url"]


def test_nothing_is_pinged_before_the_transaction_commits(newsroom, hub):
    publish(make_installment(newsroom.series, 3, title="未提交"))
    assert not hub.received.wait(0.5)


def test_an_unreachable_hub_does_not_break_publishing(
    newsroom, settings, django_capture_on_commit_callbacks, caplog
):
    settings.WEBSUB_HUB_URL = f"http://127.0.0.1:{free_port()}/hub"
    page = make_installment(newsroom.series, 3, title="照常发布")
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    assert page.live
    assert not hub_ping(hub=settings.WEBSUB_HUB_URL, feed_urls=[ROOT + "/feed/"])
    assert "WebSub ping" in caplog.text


def test_a_failing_hub_is_logged(caplog):
    failing = LocalHub(status=500)
    try:
        assert not hub_ping(hub=failing.url, feed_urls=[ROOT + "/feed/"])
    finally:
        failing.close()
    assert failing.pings and "failed" in caplog.text


def test_only_http_hubs_are_contacted():
    assert not hub_ping(hub="file:///etc/passwd", feed_urls=[ROOT + "/feed/"])
