"""Builders for search tests: installments with real bodies, indexed as Wagtail does."""

import pytest
from django.core.cache import cache
from django.utils.html import escape

from tests.factories import InstallmentPageFactory


def paragraph(text: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{escape(text)}</p>"}


def section(heading: str, *content: dict, subheading: str = "", theme=None) -> dict:
    return {
        "type": "section",
        "value": {
            "theme": theme.pk if theme else None,
            "heading": heading,
            "subheading": subheading,
            "content": list(content),
        },
    }


def pull_quote(text: str, attribution: str = "", role: str = "") -> dict:
    return {
        "type": "pull_quote",
        "value": {"text": text, "attribution": attribution, "role": role},
    }


def key_figure(value: str, unit: str, label: str, place=None) -> dict:
    return {
        "type": "key_figure",
        "value": {
            "value": value,
            "unit": unit,
            "label": label,
            "place": place.pk if place else None,
            "year": None,
            "source": "",
        },
    }


def commentary(title: str, text: str, author=None) -> dict:
    return {
        "type": "commentary",
        "value": {
            "title": title,
            "author": author.pk if author else None,
            "body": f"<p>{escape(text)}</p>",
        },
    }


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
