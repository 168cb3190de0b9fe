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


@pytest.fixture
def home(db):
    return make_site()


@pytest.fixture
def series(home):
    return SeriesPageFactory(parent=home)
