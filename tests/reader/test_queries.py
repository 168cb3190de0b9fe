"""Query budgets: a reader page costs a fixed number of queries, however many people,
places or installments it shows.

Each page is requested once first so image renditions exist (as they would in
production, where the rendition cache is warm); the second request is measured.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from series.models import Role
from tests.factories import BylineFactory, PersonFactory, PlaceFactory, make_installment

INSTALLMENT_BUDGET = 26
SERIES_BUDGET = 18
LISTING_BUDGET = 16


def queries_for(client, url) -> int:
    client.get(url)  # warm renditions
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_installment_page_budget(client, reader_site, django_assert_max_num_queries):
    url = reader_site.first.url
    client.get(url)
    with django_assert_max_num_queries(INSTALLMENT_BUDGET):
        client.get(url)


def test_installment_queries_do_not_grow_with_people_or_places(client, reader_site):
    page = reader_site.first
    before = queries_for(client, page.url)
    for order in range(10, 16):
        BylineFactory(
            page=page, person=PersonFactory(name=f"记者{order}"), sort_order=order
        )
    page.places.add(*[PlaceFactory() for _ in range(4)])
    page.save()
    assert queries_for(client, page.url) == before


def test_series_page_budget(client, reader_site, django_assert_max_num_queries):
    url = reader_site.series.url
    client.get(url)
    with django_assert_max_num_queries(SERIES_BUDGET):
        client.get(url)


def test_series_queries_do_not_grow_with_installments(client, reader_site):
    site = reader_site
    before = queries_for(client, site.series.url)
    for number in (6, 7, 8):
        make_installment(
            series=site.series,
            number=number,
            people={Role.REPORTER: [site.people.reporter2]},
            themes=site.themes,
            places=site.places,
            images=site.images,
        )
    assert queries_for(client, site.series.url) == before


def test_theme_person_place_pages_do_not_grow_with_installments(client, reader_site):
    site = reader_site
    urls = ["/themes/industry/", "/people/liu-junguo/", "/places/jiangyin/", "/"]
    before = {url: queries_for(client, url) for url in urls}
    assert all(count <= LISTING_BUDGET for count in before.values()), before
    for number in (6, 7, 8):
        make_installment(
            series=site.series,
            number=number,
            people={Role.REPORTER: [site.people.reporter2]},
            themes=site.themes,
            places=site.places,
            images=site.images,
        )
    assert {url: queries_for(client, url) for url in urls} == before
