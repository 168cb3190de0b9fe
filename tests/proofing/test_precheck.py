"""机审 over whole installments: the demo series, and the slip its correction fixed."""

import copy

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from series.models import InstallmentPage, Person, WordingRule
from series.proofing.checks import precheck
from tests.fixtures import built_once


@pytest.fixture(scope="module")
def demo_once(django_db_setup, django_db_blocker):
    with built_once(django_db_blocker, lambda: call_command("load_demo", stdout=None)):
        yield


@pytest.fixture
def installments(demo_once, db):
    return list(InstallmentPage.objects.live().order_by("number"))


def with_paragraph_replaced(page, old: str, new: str):
    """The page with `old` turned into `new` in its body's stored JSON."""
    raw = copy.deepcopy(list(page.body.raw_data))

    def replace(value):
        if isinstance(value, str):
            return value.replace(old, new)
        if isinstance(value, list):
            return [replace(v) for v in value]
        if isinstance(value, dict):
            return {k: replace(v) for k, v in value.items()}
        return value

    page.body = replace(raw)
    return page


def test_the_published_demo_has_no_errors(installments):
    assert installments
    for page in installments:
        report = precheck(page)
        assert report.errors == [], (page.title, [f.message for f in report.errors])


def test_the_ratio_printed_as_a_percentage_is_caught(installments):
    page = next(p for p in installments if "2.99倍" in str(p.body.raw_data))
    report = precheck(with_paragraph_replaced(page, "2.99倍", "2.99%"))
    errors = [f for f in report.errors if f.rule == "numbers"]
    assert [f.words for f in errors] == ["2.99%"]
    assert errors[0].where.startswith("小节“")


def test_wording_and_names_come_from_the_records(installments):
    page = installments[0]
    person = Person.objects.order_by("pk").first()
    WordingRule.objects.create(wrong="县城经济", right="县域经济", severity="error")
    page.deck = (
        f"{person.name[:-1]}{'青' if person.name[-1] != '青' else '清'}说县城经济"
    )
    report = precheck(page)
    assert "县城经济" in [f.words for f in report.errors]


def test_three_queries_for_the_reference_data(installments):
    with CaptureQueriesContext(connection) as queries:
        precheck(installments[0])
    assert len(queries) == 3  # places, people, wording rules
