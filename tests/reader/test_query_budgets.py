"""Every reader page, feed, sitemap and API answer costs a bounded number of queries,
the same with a small archive and with one fifty times larger.

The archive grows through ``seed_bench`` (the bulk builder ``make bench`` uses), so
the large archive has real bodies, bylines, places and reference-index rows. Each URL
is requested once before it is measured (image renditions exist in production).
"""

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from tests.reader.conftest import NO_SEARCH_INDEXING, build_reader_site

pytestmark = pytest.mark.django_db

INSTALLMENT_BUDGET = 15
PAGE_BUDGET = 20
SMALL, LARGE = 4, 120

URLS = {
    "home": "/",
    "series": "/county-economy/",
    "installment": "/county-economy/part-2/",
    "bench series": "/bench/",
    "bench installment": "/bench/part-3/",
    "theme": "/themes/industry/",
    "person": "/people/liu-junguo/",
    "place": "/places/jiangyin/",
    "site feed (RSS)": "/feed/",
    "series feed (Atom)": "/county-economy/feed/atom/",
    "theme feed (JSON)": "/themes/industry/feed/json/",
    "person feed": "/people/liu-junguo/feed/",
    "place feed": "/places/jiangyin/feed/",
    "sitemap": "/sitemap.xml",
    "news sitemap": "/news-sitemap.xml",
    "search": "/search/?q=县城",
    "API pages": "/api/v2/pages/",
    "API installments": "/api/v2/pages/?type=series.InstallmentPage",
    "API images": "/api/v2/images/",
}


def count_queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def measure(urls) -> dict[str, int]:
    client = Client()
    return {name: count_queries(client, url) for name, url in urls.items()}


@pytest.fixture(scope="module")
def counts(django_db_setup, django_db_blocker):
    """{size: {page: queries}} for a small and a large archive."""
    with django_db_blocker.unblock(), override_settings(**NO_SEARCH_INDEXING):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            site = build_reader_site()
            urls = {**URLS, "API installment": f"/api/v2/pages/{site.second.pk}/"}
            call_command("seed_bench", installments=SMALL, stdout=None)
            small = measure(urls)
            call_command("seed_bench", installments=LARGE)
            yield {SMALL: small, LARGE: measure(urls)}
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.mark.parametrize("page", [*URLS, "API installment"])
def test_queries_bounded_and_constant_in_archive_size(counts, page):
    budget = (
        INSTALLMENT_BUDGET
        if page in ("installment", "bench installment")
        else PAGE_BUDGET
    )
    assert counts[SMALL][page] <= budget, counts[SMALL]
    assert counts[LARGE][page] == counts[SMALL][page], (counts[SMALL], counts[LARGE])
