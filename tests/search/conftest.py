"""Builders for search tests: installments with real bodies, indexed as Wagtail does."""

import pytest
from django.core.cache import cache

from tests.factories import InstallmentPageFactory


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached filter menus must not leak from one test's database into the next."""
    cache.clear()


@pytest.fixture
def make_installment(series):
    """An installment in `series`; saving it indexes it, as publishing does."""

    def make(title="县域创新纪实", body=(), parent=None, **fields):
        return InstallmentPageFactory(
            parent=parent or series, title=title, body=list(body), **fields
        )

    return make
