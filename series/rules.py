"""The installment rules, written once: number range and uniqueness, field limits,
pinyin slugs, and what must be fixed before publishing.

The model's validation (InstallmentPage.clean, publish, copy, move), the admin
forms, the importer's plan and the import form all ask this module, so a limit or
a message changes in one place. Models are imported inside functions because
series.forms (imported by the models) imports this module.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pypinyin import lazy_pinyin

from series.numerals import chinese_numeral, first_free_number

# The editorial range of an installment's number (之一 … 之九千九百九十九). Pages
# past it (only bulk loads such as seed_bench make them) still print: the
# numerals spell far beyond it.
MIN_NUMBER = 1
MAX_NUMBER = 9999
SLUG_MAX_LENGTH = 60
# How many missing numbers a gap warning names before it says "……".
GAP_NAMES_SHOWN = 5


class InstallmentRefused(ValidationError):
    """A publish or move of one installment the rules refuse; nothing was written."""

    def __init__(self, message: str, *, page_id: int | None):
        super().__init__(message)
        self.page_id = page_id


# -- messages -------------------------------------------------------------------------


def number_range_message() -> str:
    return _("编号必须是正整数（%(min)d 到 %(max)d）。") % {
        "min": MIN_NUMBER,
        "max": MAX_NUMBER,
    }


def number_taken_message(number: int, title: str) -> str:
    return _(
        "本系列已有第 %(number)d 篇（之%(numeral)s）《%(title)s》，请换一个编号。"
    ) % {
        "number": number,
        "numeral": chinese_numeral(number),
        "title": title,
    }


NUMBER_FIELD_ERRORS = {
    "required": gettext_lazy("请填写篇序：本篇是系列的第几篇（1、2、3……）。"),
    "invalid": gettext_lazy("篇序必须是整数，例如 1、2、3。"),
}


def number_field_errors() -> dict[str, str]:
    """error_messages for an IntegerField holding an installment number."""
    return {
        **NUMBER_FIELD_ERRORS,
        "min_value": number_range_message(),
        "max_value": number_range_message(),
    }


# -- numbers --------------------------------------------------------------------------


def taken_numbers(series, *, exclude_pk: int | None = None) -> dict[int, str]:
    """{number: title} of the series' installments, leaving out one page (itself)."""
    from series.models import InstallmentPage

    siblings = InstallmentPage.objects.child_of(series)
    if exclude_pk is not None:
        siblings = siblings.exclude(pk=exclude_pk)
    return dict(siblings.order_by("number").values_list("number", "title"))


def next_free_number(series) -> int:
    """The lowest positive number no installment of the series uses (its own included)."""
    return first_free_number(taken_numbers(series))


def number_problem(number, *, series, exclude_pk: int | None = None) -> str | None:
    """Why `number` cannot be this installment's number in `series`, or None."""
    if number is None:
        return str(NUMBER_FIELD_ERRORS["required"])
    if not MIN_NUMBER <= number <= MAX_NUMBER:
        return number_range_message()
    if series is None:
        return None
    taken = taken_numbers(series, exclude_pk=exclude_pk)
    if number in taken:
        return number_taken_message(number, taken[number])
    return None


def number_warnings(number: int, *, series, exclude_pk: int | None = None) -> list[str]:
    """Allowed but worth a look: beyond the planned total, or a gap below it."""
    warnings = []
    planned = series.planned_installments
    if planned and number > planned:
        warnings.append(
            _(
                "第 %(number)d 篇超出本系列计划的 %(planned)d 篇；"
                "如计划有变，请修改系列的“计划篇数”。"
            )
            % {"number": number, "planned": planned}
        )
    taken = taken_numbers(series, exclude_pk=exclude_pk)
    missing = [n for n in range(MIN_NUMBER, number) if n not in taken]
    if missing:
        shown = "、".join(str(n) for n in missing[:GAP_NAMES_SHOWN])
        if len(missing) > GAP_NAMES_SHOWN:
            shown += "……"
        warnings.append(
            _("编号 %(number)d 前面还缺第 %(missing)s 篇，系列里会留下空缺。")
            % {"number": number, "missing": shown}
        )
    return warnings


def parent_series(page):
    """The series a page sits under now (read from its path, not a cached value)."""
    from series.models import SeriesPage

    if not page.path or page.depth <= 1:
        return None
    return SeriesPage.objects.filter(path=page.path[: -page.steplen]).first()


def copy_number(page, *, to) -> int:
    """The number a copy of `page` gets under `to` (its series by default).

    It keeps its number where that is free, otherwise takes the series' next free one.
    """
    from series.models import SeriesPage

    target = (to or page.get_parent()).specific
    if not isinstance(target, SeriesPage) or page.number not in taken_numbers(target):
        return page.number
    return next_free_number(target)


def move_problem(page, *, destination) -> str | None:
    """Why an installment may not move under `destination`, or None."""
    from series.models import SeriesPage

    destination = destination.specific
    if not isinstance(destination, SeriesPage):
        return None
    taken = taken_numbers(destination, exclude_pk=page.pk)
    if page.number not in taken:
        return None
    return _(
        "不能移动《%(title)s》：系列《%(series)s》已有第 %(number)d 篇（之%(numeral)s）"
        "《%(other)s》。请先把本篇的篇序改为 %(free)d（该系列下一个可用编号）再移动。"
    ) % {
        "title": page.title,
        "series": destination.title,
        "number": page.number,
        "numeral": chinese_numeral(page.number),
        "other": taken[page.number],
        "free": first_free_number(taken),
    }


# -- field limits (read from the model and its blocks) ----------------------------------


def field_limit(name: str) -> int:
    from series.models import InstallmentPage

    return InstallmentPage._meta.get_field(name).max_length


def body_block_limit(block: str, child: str) -> int:
    """max_length of a CharBlock inside one of the body's blocks (section.heading …)."""
    from series.models import InstallmentPage

    stream_block = InstallmentPage._meta.get_field("body").stream_block
    return stream_block.child_blocks[block].child_blocks[child].field.max_length


def body_block_max(block: str) -> int | None:
    """How many of one block type the body allows (None: no limit)."""
    from series.models import InstallmentPage

    stream_block = InstallmentPage._meta.get_field("body").stream_block
    return stream_block.meta.block_counts.get(block, {}).get("max_num")


def person_limits() -> tuple[int, int]:
    """(name, slug) column sizes of Person."""
    from series.models import Person

    meta = Person._meta
    return meta.get_field("name").max_length, meta.get_field("slug").max_length


# -- slugs -----------------------------------------------------------------------------

_ASCII_WORD = re.compile(r"[a-z0-9]+")


def pinyin_slug(text: str) -> str:
    """A slug in pinyin, one hyphenated part per word: 数字赋能看县域 -> shuzi-funeng-kan-xianyu.

    Cut at a word boundary when too long, never inside a word.
    """
    from series.search.vocabulary import tokenizer

    parts = []
    for word in tokenizer().lcut(text.strip()):
        part = "".join(_ASCII_WORD.findall(slugify("".join(lazy_pinyin(word)))))
        if part:
            parts.append(part)
    slug = ""
    for part in parts:
        candidate = f"{slug}-{part}" if slug else part
        if len(candidate) > SLUG_MAX_LENGTH:
            break
        slug = candidate
    return slug or "-".join(parts)[:SLUG_MAX_LENGTH].strip("-")


# -- before publishing ------------------------------------------------------------------


def _empty_rich_text(value) -> bool:
    source = getattr(value, "source", value) or ""
    return not strip_tags(str(source)).replace("&nbsp;", "").strip()


def empty_parts(page) -> list[str]:
    """Sections and sidebars of the body with no text in them."""
    problems = []
    for block in page.body:
        if block.block_type == "section" and not len(block.value.get("content") or []):
            problems.append(
                _("小节“%(heading)s”没有正文") % {"heading": block.value["heading"]}
            )
        elif block.block_type == "commentary" and _empty_rich_text(
            block.value.get("body")
        ):
            problems.append(
                _("评论栏“%(title)s”没有正文") % {"title": block.value["title"]}
            )
    return problems


def unplaced_names(page) -> list[str]:
    return [name for name in (page.unplaced_names or "").splitlines() if name.strip()]


def publish_blockers(page) -> list[str]:
    """What must be fixed before this installment (as it would be published) goes live."""
    problems = empty_parts(page)
    names = unplaced_names(page)
    if names:
        problems.append(
            _("还有未归属的姓名：%(names)s（见“人员与地点”里的“待归属姓名”）")
            % {"names": "、".join(names)}
        )
    problem = number_problem(
        page.number, series=parent_series(page), exclude_pk=page.pk
    )
    if problem:
        problems.append(problem)
    return problems


def publish_refusal(problems: list[str]) -> str:
    return _("本篇暂不能发布：%(problems)s。请修改并保存后再发布。") % {
        "problems": "；".join(p.rstrip("。") for p in problems)
    }
