import pytest

from series.catalogs import compile_catalogs
from tests.factories import SeriesPageFactory, make_site


def pytest_configure(config):
    # The zh-Hans catalogs (locale/) are build output, not in git: compile them,
    # and make Django reload translations it may have read during setup.
    if compile_catalogs():
        from django.utils.translation import trans_real

        trans_real._translations = {}
        trans_real._default = None


def pytest_collection_modifyitems(items):
    """Transactional tests (live_server, threads) flush every table when they end,
    the rows Wagtail's and our migrations create included: groups and their
    permissions, the review workflow, the root page. Serialized rollback puts those
    rows back before each such test, whatever ran before it."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        kwargs = dict(marker.kwargs) if marker else {}
        wants_transactions = kwargs.get("transaction") or {
            "transactional_db",
            "live_server",
        } & set(item.fixturenames)
        if wants_transactions:
            kwargs.update(transaction=True, serialized_rollback=True)
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)


@pytest.fixture
def home(db):
    return make_site()


@pytest.fixture
def series(home):
    return SeriesPageFactory(parent=home)


@pytest.fixture(scope="module")
def chromium(django_db_setup):
    """One Chromium per test module (tests/browser.py)."""
    from django.db import connections

    from tests.browser import launched_chromium

    # Playwright's sync API gives the code after it a fresh context, hence fresh
    # connection objects: hand them the migration rows serialized at set-up, or
    # serialized rollback is skipped and the next flush re-creates content types.
    contents = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with launched_chromium() as browser:
        for alias, serialized in contents.items():
            connections[alias]._test_serialized_contents = serialized
        yield browser
