"""What the desk warns about: numbering, missed plans, schedules, missing credits."""

from collections import Counter
from datetime import date

from django.utils.translation import gettext as _

from series.desk.status import SlotStatus
from series.numerals import chinese_numeral

WRITTEN = (
    SlotStatus.DRAFT,
    SlotStatus.IN_REVIEW,
    SlotStatus.SCHEDULED,
    SlotStatus.PUBLISHED,
)


def _numbering(slots) -> list[tuple[int | None, str]]:
    pages = [slot for slot in slots if slot.page is not None]
    if not pages:
        return []
    counts = Counter(slot.number for slot in pages)
    last = max(counts)
    found = [
        (
            n,
            _("篇序缺少之%(n)s：之%(last)s之前没有这一篇。")
            % {"n": chinese_numeral(n), "last": chinese_numeral(last)},
        )
        for n in range(1, last)
        if n not in counts
    ]
    found += [
        (
            n,
            _("篇序重复：有 %(count)d 篇都是之%(n)s。")
            % {"count": c, "n": chinese_numeral(n)},
        )
        for n, c in sorted(counts.items())
        if c > 1
    ]
    return found


def _slot_problems(slot, previous, today: date) -> list[str]:
    problems = []
    if (
        slot.status == SlotStatus.PLANNED
        and slot.planned_date
        and slot.planned_date < today
    ):
        problems.append(
            _("计划 %(date)s 刊发，至今还没有稿件。") % {"date": slot.planned_date}
        )
    if slot.status == SlotStatus.SCHEDULED and (
        previous is not None and previous.status != SlotStatus.PUBLISHED
    ):
        problems.append(
            _("已定时发布，但上一篇（之%(n)s）还没有发布。")
            % {"n": chinese_numeral(previous.number)}
        )
    if slot.status in WRITTEN and not slot.facts.has_hero_image:
        problems.append(_("没有题图。"))
    if slot.status in WRITTEN and not slot.facts.has_credits:
        problems.append(_("没有责编或版式设计署名。"))
    return problems


def slot_warnings(slots, *, today: date) -> list[tuple[int | None, str]]:
    """Every warning as (number, message); each slot also keeps its own."""
    found = _numbering(slots)
    previous = None
    for slot in slots:
        if slot.page is None:
            continue
        slot.warnings = _slot_problems(slot, previous, today)
        found += [(slot.number, message) for message in slot.warnings]
        previous = slot
    return sorted(found, key=lambda item: item[0] or 0)
