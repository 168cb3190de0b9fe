"""Writes that take more than one step: people, numbering, demo content, imports.

Functions are keyword-only `<entity>_<action>` so call sites read as sentences.
"""

from django.db import transaction

from series.models import InstallmentPage, Person, Role, SeriesPage


def person_get_or_create(
    *, name: str, role: str = Role.REPORTER
) -> tuple[Person, bool]:
    """Link to an existing person by exact name, or create one with a pinyin slug."""
    name = name.strip()
    if not name:
        raise ValueError("a person needs a name")
    existing = Person.objects.filter(name=name).order_by("pk").first()
    if existing is not None:
        return existing, False
    with transaction.atomic():
        return Person.objects.create(name=name, default_role=role), True


def installment_number_next(*, series: SeriesPage) -> int:
    """The lowest positive number no installment of the series uses yet."""
    taken = set(
        InstallmentPage.objects.child_of(series).values_list("number", flat=True)
    )
    number = 1
    while number in taken:
        number += 1
    return number


def installment_number_is_free(
    *, series: SeriesPage, number: int, exclude_pk: int | None = None
) -> bool:
    siblings = InstallmentPage.objects.child_of(series).filter(number=number)
    if exclude_pk is not None:
        siblings = siblings.exclude(pk=exclude_pk)
    return not siblings.exists()


def installment_sort_siblings(*, series: SeriesPage) -> bool:
    """Put the series' installments in number order in the page tree.

    Editors reorder by changing numbers; the tree follows, so every listing that uses
    tree order (the admin explorer, menus) agrees with the series order.
    Returns whether anything moved.
    """
    current = list(InstallmentPage.objects.child_of(series).order_by("path"))
    wanted = sorted(current, key=lambda page: (page.number, page.path))
    if [page.pk for page in current] == [page.pk for page in wanted]:
        return False
    with transaction.atomic():
        for page in wanted:
            # Re-read the path: each move shifts the siblings' paths.
            page = InstallmentPage.objects.get(pk=page.pk)
            page.move(series, pos="last-child")
    return True
