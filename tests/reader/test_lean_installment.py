"""The installment page's shortcuts give the same page as the long way round.

The strip and pager build links from the series URL, pictures come from one
prefetch, view restrictions are found by path and routing skips the home page's
own row. Each shortcut is checked against what Wagtail itself would answer.
"""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from series.models import NewsImage, Role
from series.site.pictures import picture_filters, prefetch_renditions
from tests.factories import make_installment
from tests.reader.markup import soup


def test_strip_and_pager_links_are_the_pages_own_urls(client, reader_site):
    site = reader_site
    unicode_slug = make_installment(
        series=site.series,
        number=9,
        slug="县城-第九篇",
        people={Role.REPORTER: [site.people.reporter]},
        themes=site.themes,
        places=site.places,
        images=site.images,
    )
    page = soup(client.get(site.first.url))
    strip = {a.get_text(): a["href"] for a in page.select(".series-strip__item a")}
    assert strip["之九"] == unicode_slug.get_url() == unicode_slug.url
    assert "%E5%8E%BF" in strip["之九"]
    assert strip["之一"] == site.first.url
    pager = page.select_one(".pager__link--next")
    assert pager["href"] == site.second.url
    assert site.second.title in pager.get_text()


def test_an_ancestors_restriction_still_guards_the_installment(client, reader_site):
    """Restrictions are looked up by the routed ancestors' paths, not re-queried."""
    site = reader_site
    for restricted in (site.series, site.home):
        restriction = PageViewRestriction.objects.create(
            page=restricted, restriction_type=PageViewRestriction.LOGIN
        )
        response = client.get(site.first.url)
        assert response.status_code == 302, restricted
        assert "/_util/login/" in response["Location"]
        restriction.delete()
    assert client.get(site.first.url).status_code == 200


def test_pages_below_home_are_routed_without_the_home_pages_row(client, reader_site):
    site = reader_site
    client.get(site.first.url)
    for url in (site.first.url, site.series.url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        assert not [q for q in captured if "series_homepage" in q["sql"]], url
    # The home page itself and its own routes still load it whole.
    assert client.get("/").status_code == 200
    assert client.get("/feed/").status_code == 200
    assert client.get(site.series.url + "no-such-part/").status_code == 404


def test_installment_pictures_come_from_one_prefetch(client, reader_site, monkeypatch):
    """No rendition is looked up (or written back) one picture at a time."""
    url = reader_site.first.url
    cache = caches["default"]
    # Earlier tests' renditions were rolled back in the database, not in the cache.
    cache.clear()
    client.get(url)  # renditions exist from here on, as on a live site
    calls = []
    for name in ("get_many", "set_many", "set"):
        original = getattr(cache, name)
        monkeypatch.setattr(
            cache,
            name,
            lambda *a, _name=name, _original=original, **k: (
                calls.append(_name),
                _original(*a, **k),
            )[1],
        )
    page = soup(client.get(url))
    assert page.select(".hero picture source") and page.select(".block-figure img")
    assert calls == []


def test_prefetch_keeps_an_image_only_when_every_rendition_is_there(
    reader_site, django_assert_num_queries
):
    image = reader_site.images[1]
    filters = picture_filters(image, "avatar")  # not yet made for this image
    prefetch_renditions([(image, filters)])
    assert not hasattr(image, "prefetched_renditions")
    image.get_renditions(*filters)  # Wagtail's usual path makes them once

    again = NewsImage.objects.get(pk=image.pk)
    prefetch_renditions([(again, filters)])
    assert len(again.prefetched_renditions) == len(filters)
    with django_assert_num_queries(0):
        renditions = again.get_renditions(*filters)
    assert [r.filter_spec for r in renditions.values()] == [f.spec for f in filters]
