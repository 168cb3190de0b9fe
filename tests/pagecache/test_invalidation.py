"""A publish, an unpublish, an expiry and a person, theme, place or image edit show
at once on every cached page that shows the content: the page, its series, home,
its theme/person/place pages, its neighbours, feeds, sitemaps and the API.

Every URL is first served twice so the second answer comes from the cache; the
change's on-commit callbacks run (signals purge once the transaction commits). The
site is built once per module and each test rolls back its changes.
"""

import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from series.models import InstallmentPage, Role
from tests.factories import make_installment
from tests.reader.conftest import NO_SEARCH_INDEXING, build_reader_site

pytestmark = pytest.mark.django_db

FEEDS = ("feed/", "feed/atom/", "feed/json/")


def listing_urls(site) -> list[str]:
    urls = ["/", site.series.url, "/sitemap.xml", "/news-sitemap.xml"]
    urls += ["/api/v2/pages/", "/api/v2/pages/?type=series.InstallmentPage"]
    for owner in ("/", site.series.url, "/themes/industry/", "/people/liu-junguo/"):
        urls += [owner + feed for feed in FEEDS]
    return urls + ["/themes/industry/", "/people/liu-junguo/", "/places/jiangyin/"]


def warm(client, urls) -> dict[str, str]:
    """Serve each URL twice; the second answer must be a cache hit."""
    bodies = {}
    for url in urls:
        first = client.get(url)
        second = client.get(url)
        assert second.status_code == 200, url
        assert second.headers.get("X-Page-Cache") == "hit", (url, first.headers)
        bodies[url] = text_of(second)
    return bodies


def text_of(response) -> str:
    body = response.content.decode()
    if response.headers["Content-Type"].startswith(
        ("application/json", "application/feed")
    ):
        body += json.dumps(json.loads(body), ensure_ascii=False)
    return body


@pytest.fixture(scope="module")
def shared_site(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), override_settings(**NO_SEARCH_INDEXING):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            site = build_reader_site()
            _make_renditions(site)
            yield site
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def _make_renditions(site) -> None:
    # Once for the module: every test would otherwise encode them again.
    from django.test import Client

    client = Client()
    for url in ["/", site.series.url, site.first.url, site.second.url]:
        client.get(url)


@pytest.fixture
def site(shared_site, page_cache, db):
    return shared_site


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run a change as if its transaction committed (on_commit callbacks run)."""

    def run(change):
        with django_capture_on_commit_callbacks(execute=True):
            change()

    return run


def test_publish_shows_everywhere_at_once(site, client, committed):
    draft = make_installment(
        series=site.series,
        number=6,
        title="刚刚上线的第六篇",
        people={Role.REPORTER: [site.people.reporter2]},
        themes=site.themes,
        places=site.places,
        images=site.images,
        live=False,
        published_at=timezone.now(),
    )
    neighbour = site.second.url
    urls = [*listing_urls(site), neighbour, "/places/jinjiang/"]
    warm(client, urls)
    committed(lambda: draft.save_revision().publish())
    page = InstallmentPage.objects.get(pk=draft.pk)
    for url in urls:
        body = text_of(client.get(url))
        assert "刚刚上线的第六篇" in body or page.url in body, url
    assert client.get(page.url).status_code == 200


def fresh(obj):
    """The row as the database has it: tests share Python objects, not changes."""
    return type(obj).objects.get(pk=obj.pk)


def test_unpublish_disappears_everywhere_at_once(site, client, committed):
    page = fresh(site.second)
    urls = [*listing_urls(site), site.first.url, page.url]
    before = warm(client, urls)
    showing = [url for url in urls if page.title in before[url]]
    assert len(showing) >= 10, showing
    committed(page.unpublish)
    assert client.get(page.url).status_code == 404
    for url in showing:
        if url != page.url:
            assert page.title not in text_of(client.get(url)), url


def test_expiry_by_the_scheduler_disappears_everywhere(site, client, committed):
    page = fresh(site.second)
    InstallmentPage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() + timedelta(hours=1)
    )
    urls = [*listing_urls(site), site.first.url, page.url]
    before = warm(client, urls)
    showing = [url for url in urls if page.title in before[url]]
    # Time passes: the expiry is due, and the periodic job runs.
    InstallmentPage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(seconds=1)
    )
    committed(lambda: call_command("publish_scheduled"))
    assert not InstallmentPage.objects.get(pk=page.pk).live
    for url in showing:
        if url != page.url:
            assert page.title not in text_of(client.get(url)), url
    assert client.get(page.url).status_code == 404


def test_entries_never_outlive_the_next_expiry(site, client):
    InstallmentPage.objects.filter(pk=site.second.pk).update(
        expire_at=timezone.now() + timedelta(seconds=30)
    )
    response = client.get(site.series.url)
    assert response.headers["X-Page-Cache"] == "miss"
    assert "s-maxage=3" in response.headers["Cache-Control"]  # 30 or 31 s


def assert_fresh(client, settings, urls) -> dict[str, str]:
    """Each URL's answer (from the cache if still there) equals a fresh render."""
    cached = {url: client.get(url) for url in urls}
    settings.PAGE_CACHE_SECONDS = 0
    for url, response in cached.items():
        fresh_response = client.get(url)
        assert response.status_code == fresh_response.status_code, url
        assert text_of(response) == text_of(fresh_response), url
    settings.PAGE_CACHE_SECONDS = 600
    return {url: text_of(response) for url, response in cached.items()}


def _edit_shows_everywhere(client, settings, urls, change, committed):
    warm(client, urls)
    committed(change)
    return assert_fresh(client, settings, urls)


def test_person_edit(site, client, settings, committed):
    person = fresh(site.people.correspondent)
    urls = [*listing_urls(site), site.first.url, site.second.url, "/people/yang-xun/"]

    def rename():
        person.name = "杨新名"
        person.save()

    bodies = _edit_shows_everywhere(client, settings, urls, rename, committed)
    assert "杨新名" in bodies[site.first.url]


def test_theme_edit(site, client, settings, committed):
    theme = fresh(site.themes[1])
    urls = [*listing_urls(site), site.first.url, site.second.url, "/themes/talent/"]

    def rename():
        theme.name = "青年返乡"
        theme.save()

    bodies = _edit_shows_everywhere(client, settings, urls, rename, committed)
    for url in (site.first.url, site.series.url, "/", "/themes/talent/"):
        assert "青年返乡" in bodies[url], url


def test_place_edit(site, client, settings, committed):
    place = fresh(site.places[1])
    urls = [*listing_urls(site), site.second.url, "/places/jinjiang/"]

    def rename():
        place.name = "石狮"
        place.save()

    bodies = _edit_shows_everywhere(client, settings, urls, rename, committed)
    for url in (site.second.url, "/places/jinjiang/"):
        assert "石狮" in bodies[url], url


def test_image_edit(site, client, settings, committed):
    image = fresh(site.images[0])
    urls = [*listing_urls(site), site.first.url, site.second.url]

    def recredit():
        image.credit = "新换的摄影署名"
        image.save()

    bodies = _edit_shows_everywhere(client, settings, urls, recredit, committed)
    assert "新换的摄影署名" in bodies[site.first.url]
