"""Writes from the desk: a planned installment is a draft with a number and a plan.

Keyword-only ``<entity>_<action>`` functions, as in series/services.py.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction

from series import rules
from series.models import InstallmentPage, SeriesPage
from series.services import installment_sort_siblings
from series.slugs import unique_slug


def _free_slug(series: SeriesPage, title: str, number: int) -> str:
    siblings = InstallmentPage.objects.child_of(series)
    base = rules.pinyin_slug(title)[:50].strip("-") or f"installment-{number}"
    return unique_slug(base, lambda slug: siblings.filter(slug=slug).exists())


@transaction.atomic
def installment_plan(
    *,
    series: SeriesPage,
    number: int,
    title: str,
    planned_date: date | None = None,
    reporters=(),
    themes=(),
    user=None,
) -> InstallmentPage:
    """Create a planned slot: an unpublished draft with no body yet (计划中)."""
    problem = rules.number_problem(number, series=series)
    if problem:
        raise ValidationError(problem)
    page = InstallmentPage(
        title=title,
        slug=_free_slug(series, title, number),
        number=number,
        planned_date=planned_date,
        live=False,
        owner=user,
    )
    page.assigned_reporters = list(reporters)
    page.planned_themes = list(themes)
    series.add_child(instance=page)
    page.save_revision(user=user, log_action=True, clean=False)
    installment_sort_siblings(series=series)
    return InstallmentPage.objects.get(pk=page.pk)
