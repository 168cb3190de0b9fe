"""The desk of one series, computed in a fixed number of queries.

Whatever the series' size: the series' themes, the installments (with their latest
revisions), their bylines and planned people/themes for revision-less pages, active
workflow states, approved schedules, the tasks and their actors, the users and themes
the drafts name, and the series' reporters. Nothing here queries per installment.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page, Revision, WorkflowState

from series.desk.actors import specific_tasks, task_actors
from series.desk.content import DraftFacts, draft_facts
from series.desk.status import SlotStatus, installment_status
from series.desk.warnings import slot_warnings
from series.models import InstallmentPage, SeriesPage, Theme
from series.numerals import chinese_numeral, first_free_number, position_label
from series.workflow.services import series_reporters_group_find


@dataclass
class Slot:
    number: int
    status: SlotStatus
    page: InstallmentPage | None = None
    facts: DraftFacts | None = None
    reporters: list = field(default_factory=list)
    planned_themes: list = field(default_factory=list)
    task_name: str = ""
    actors: list[str] = field(default_factory=list)
    scheduled_at: datetime | None = None
    url: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def position_label(self) -> str:
        return position_label(self.number)

    @property
    def title(self) -> str:
        return self.facts.title if self.facts else ""

    @property
    def planned_date(self) -> date | None:
        return self.facts.planned_date if self.facts else None

    @property
    def status_label(self) -> str:
        return self.status.label

    @property
    def status_modifier(self) -> str:
        # BEM modifiers are kebab-case; the stored values use underscores.
        return self.status.value.replace("_", "-")


@dataclass
class Desk:
    series: SeriesPage
    slots: list[Slot]
    themes: list[Theme]
    matrix: list[tuple[Theme, list[str]]]  # cells: WRITTEN, PLANNED or ""
    uncovered: list[Theme]
    reporters: list
    warnings: list[tuple[int | None, str]]
    next_number: int

    @property
    def warning_lines(self) -> list[tuple[str, str]]:
        return [(position_label(n), m) for n, m in self.warnings]

    @property
    def next_number_label(self) -> str:
        return chinese_numeral(self.next_number)

    @property
    def in_review(self) -> list[Slot]:
        return [s for s in self.slots if s.status == SlotStatus.IN_REVIEW]

    @property
    def scheduled(self) -> list[Slot]:
        return [s for s in self.slots if s.status == SlotStatus.SCHEDULED]


def _installments(series: SeriesPage) -> list[InstallmentPage]:
    pages = list(
        InstallmentPage.objects.child_of(series)
        .select_related("latest_revision")
        .prefetch_related("bylines", "assigned_reporters", "planned_themes")
        .order_by("number", "path")
    )
    ids = [str(page.pk) for page in pages]
    states: dict[str, list] = {}
    active = (
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .filter(object_id__in=ids)
        .select_related("current_task_state__task")
    )
    for state in active:
        states.setdefault(state.object_id, []).append(state)
    schedules = dict(
        Revision.page_revisions.filter(object_id__in=ids)
        .exclude(approved_go_live_at__isnull=True)
        .values_list("object_id", "approved_go_live_at")
    )
    for page in pages:
        # The attributes Wagtail's own listing prefetches fill; its properties read them.
        page._current_workflow_states = states.get(str(page.pk), [])
        page._approved_schedule = str(page.pk) in schedules
        page.desk_scheduled_at = schedules.get(str(page.pk))
    return pages


def _signers(pages, tasks) -> dict[int, set[str]]:
    """Who already signed a stage of each active workflow (三审三校): they may not
    sign another stage, so they are not named as the ones to act."""
    from series.models import SignOff, SignOffTask

    signers: dict[int, set[str]] = {}
    if not any(isinstance(task, SignOffTask) for task in tasks.values()):
        return signers  # the one-stage review: nothing to load
    state_ids = [s.pk for page in pages for s in page._current_workflow_states]
    if not state_ids:
        return signers
    rows = SignOff.objects.filter(workflow_state_id__in=state_ids).select_related(
        "user"
    )
    for row in rows:
        if row.user is not None:
            signers.setdefault(row.workflow_state_id, set()).add(
                get_user_display_name(row.user)
            )
    return signers


def _slot(page, facts, users, themes, tasks, request, signers=None) -> Slot:
    slot = Slot(
        number=facts.number,  # a draft may have renumbered the page
        status=installment_status(page, has_body=facts.has_body),
        page=page,
        facts=facts,
        reporters=[users[pk] for pk in facts.reporter_ids if pk in users],
        planned_themes=[themes[pk] for pk in facts.planned_theme_ids if pk in themes],
        scheduled_at=page.desk_scheduled_at,
    )
    state = page.current_workflow_state
    if slot.status == SlotStatus.IN_REVIEW and state.current_task_state:
        task = tasks.get(state.current_task_state.task_id)
        slot.task_name = task.name if task else ""
        signed = (signers or {}).get(state.pk, set())
        slot.actors = [a for a in task_actors(task) if a not in signed] if task else []
    if page.live:
        slot.url = page.get_url(request=request) or ""
    return slot


def _empty_slots(taken: set[int], last: int) -> list[Slot]:
    return [
        Slot(number=n, status=SlotStatus.EMPTY)
        for n in range(1, last + 1)
        if n not in taken
    ]


def series_desk(series: SeriesPage, request=None) -> Desk:
    series_themes = series.themes()
    pages = _installments(series)
    facts = {page.pk: draft_facts(page) for page in pages}
    user_ids = {pk for f in facts.values() for pk in f.reporter_ids}
    theme_ids = {
        pk for f in facts.values() for pk in f.planned_theme_ids + f.covered_theme_ids
    }
    users = get_user_model().objects.in_bulk(user_ids)
    themes = {theme.pk: theme for theme in series_themes}
    themes.update(Theme.objects.exclude(pk__in=themes).in_bulk(theme_ids))
    task_ids = [
        s.current_task_state.task_id
        for page in pages
        for s in page._current_workflow_states
        if s.current_task_state
    ]
    tasks = specific_tasks(task_ids)
    signers = _signers(pages, tasks)
    slots = [
        _slot(p, facts[p.pk], users, themes, tasks, request, signers) for p in pages
    ]
    last = max([series.planned_installments or 0, *[s.number for s in slots]])
    slots = sorted(
        slots + _empty_slots({s.number for s in slots}, last),
        key=lambda s: (s.number, s.page.path if s.page else ""),
    )
    return _assemble(series, slots, series_themes, themes)


WRITTEN, PLANNED = "written", "planned"


def _cell(theme, slot) -> str:
    if theme.pk in slot.facts.covered_theme_ids:
        return WRITTEN
    return PLANNED if theme.pk in slot.facts.planned_theme_ids else ""


def _assemble(series, slots, series_themes, themes) -> Desk:
    covered = {pk for s in slots if s.facts for pk in s.facts.covered_theme_ids}
    own = {theme.pk for theme in series_themes}
    extra = [themes[pk] for pk in sorted(covered - own) if pk in themes]
    matrix_themes = series_themes + extra
    written = [s for s in slots if s.page is not None]
    matrix = [(theme, [_cell(theme, s) for s in written]) for theme in matrix_themes]
    group = series_reporters_group_find(series=series)
    reporters = list(group.user_set.order_by("username")) if group else []
    warnings = slot_warnings(slots, today=timezone.localdate())
    return Desk(
        series=series,
        slots=slots,
        themes=matrix_themes,
        matrix=matrix,
        uncovered=[t for t in matrix_themes if t.pk not in covered],
        reporters=reporters,
        warnings=warnings,
        next_number=first_free_number(s.number for s in written),
    )
