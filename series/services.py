"""Writes that take more than one step: people, numbering, demo content, imports.

Functions are keyword-only `<entity>_<action>` so call sites read as sentences.
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from series import body_format, rules
from series.importer.mapping import (
    body_data,
    installment_import_plan,
    people_in,
    printed_labels,
)
from series.importer.structure import CopyError, CopyWarning, ParsedCopy
from series.models import Byline, InstallmentPage, Person, Role, SeriesPage, Theme


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
    return rules.next_free_number(series)


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


def installment_import(
    *,
    series: SeriesPage,
    parsed: ParsedCopy,
    number: int | None = None,
    user=None,
) -> tuple[InstallmentPage, list[CopyWarning]]:
    """Write parsed copy as a draft installment of `series`: all of it or nothing.

    People are linked by name or created (pinyin slugs); the page gets one
    unpublished revision and is never published here. Raises CopyError.
    """
    with transaction.atomic():
        plan = installment_import_plan(series=series, parsed=parsed, number=number)
        people, bylines = _import_bylines(parsed)
        slugs = {section.theme for section in parsed.sections if section.theme}
        themes = {theme.slug: theme for theme in Theme.objects.filter(slug__in=slugs)}
        page = InstallmentPage(
            title=parsed.title,
            slug=plan.slug,
            number=plan.number,
            subtitle_override=plan.subtitle_override,
            deck=parsed.deck,
            standfirst=""
            if parsed.editors_note_to_series
            else "\n\n".join(parsed.editors_note),
            body=body_data(parsed, themes=themes, people=people),
            unplaced_names="\n".join(
                dict.fromkeys(name.name for name in parsed.unplaced_names)
            ),
            live=False,
        )
        page.bylines = bylines
        _add_draft(series=series, page=page, user=user)
        if parsed.editors_note_to_series:
            _series_note_draft(series=series, paragraphs=parsed.editors_note, user=user)
        installment_sort_siblings(series=series)
    return InstallmentPage.objects.get(pk=page.pk), plan.warnings


def _import_bylines(parsed: ParsedCopy) -> tuple[dict[str, Person], list[Byline]]:
    people: dict[str, Person] = {}
    bylines = []
    labels = printed_labels(parsed)
    for name, role in people_in(parsed):
        if name not in people:
            people[name] = person_get_or_create(name=name, role=role)[0]
        label = labels.get(role, "")
        # Printed order; without sort_order PostgreSQL may return them in any order.
        bylines.append(
            Byline(person=people[name], role=role, label=label, sort_order=len(bylines))
        )
    return people, bylines


def _series_note_draft(*, series: SeriesPage, paragraphs: list[str], user) -> None:
    """The series' introduction as a new draft of the series (an editor publishes it)."""
    draft = series.get_latest_revision_as_object()
    draft.editors_note = body_format.rich_text(paragraphs)
    draft.save_revision(user=user, log_action=True, clean=False)


def _add_draft(*, series: SeriesPage, page: InstallmentPage, user) -> None:
    try:
        series.add_child(instance=page)
    except ValidationError as error:
        # The plan checks everything it can name by line; this is the safety net.
        raise CopyError("；".join(error.messages)) from error
    page.save_revision(user=user, log_action=True, clean=False)
