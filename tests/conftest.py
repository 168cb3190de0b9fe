import pytest

from tests.factories import SeriesPageFactory, make_site


@pytest.fixture
def home(db):
    return make_site()


@pytest.fixture
def series(home):
    return SeriesPageFactory(parent=home)
