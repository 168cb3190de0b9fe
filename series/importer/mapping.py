"""From a ParsedCopy to InstallmentPage fields: checks, numbering, people and body.

Everything here reads the database but never writes it, so `--dry-run` and the admin
preview can run every check the real import runs. The write itself is
series.services.installment_import.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Page

from series import body_format as stream
from series import rules
from series.importer.parser import ThemeMatcher
from series.importer.structure import CopyError, CopyWarning, ParsedCopy
from series.models import Role, SeriesPage, Theme
from series.numerals import chinese_numeral
from series.slugs import person_slug, unique_slug


def theme_matcher() -> ThemeMatcher:
    """Every heading each theme answers to (its name and aliases) -> its slug."""
    return ThemeMatcher(
        {
            heading: theme.slug
            for theme in Theme.objects.all()
            for heading in theme.headings()
        }
    )


@dataclass
class ImportPlan:
    """What an import will write, decided before anything is written."""

    number: int
    slug: str
    subtitle_override: str
    warnings: list[CopyWarning] = field(default_factory=list)


def _too_long(line: int | None, what: str, text: str, limit: int) -> CopyError:
    prefix = _("第 %(line)d 行：") % {"line": line} if line else ""
    return CopyError(
        prefix
        + _("%(what)s“%(text)s”有 %(length)d 个字，超过 %(limit)d 字的上限。")
        % {"what": what, "text": text[:20], "length": len(text), "limit": limit},
        line=line,
    )


def check_fields(parsed: ParsedCopy) -> None:
    """What the edit form would refuse, checked up front and named by line.

    A draft the editor cannot save again is worse than a clear refusal now. The
    limits are the model's and the blocks' own (series/rules.py).
    """
    deck_limit = rules.field_limit("deck")
    if len(parsed.deck) > deck_limit:
        raise _too_long(parsed.deck_line, _("引题"), parsed.deck, deck_limit)
    for section in parsed.sections:
        for part in ("heading", "subheading"):
            text, limit = (
                getattr(section, part),
                rules.body_block_limit("section", part),
            )
            if len(text) > limit:
                raise _too_long(section.line, _("小标题"), text, limit)
    _check_sidebars(parsed)
    name_limit, slug_limit = rules.person_limits()
    for name, _role, line in parsed.credited():
        # Person slugs are pinyin and must fit their column (with room for a "-2" suffix).
        if len(name) > name_limit or len(person_slug(name)) > slug_limit - 4:
            raise CopyError(
                _("第 %(line)d 行：“%(name)s”太长，不像是一个人名。")
                % {"line": line, "name": name[:20]},
                line=line,
            )


def _check_sidebars(parsed: ParsedCopy) -> None:
    most = rules.body_block_max("commentary")
    if most is not None and len(parsed.sidebars) > most:
        line = parsed.sidebars[most].line
        raise CopyError(
            _("第 %(line)d 行：一篇稿件最多 %(max)d 个评论栏，这里是第 %(count)d 个。")
            % {"line": line, "max": most, "count": most + 1},
            line=line,
        )
    limit = rules.body_block_limit("commentary", "title")
    for sidebar in parsed.sidebars:
        if len(sidebar.title) > limit:
            raise _too_long(sidebar.line, _("评论栏标题"), sidebar.title, limit)


def _resolve_number(
    *, series: SeriesPage, parsed: ParsedCopy, number: int | None
) -> tuple[int, list[CopyWarning]]:
    if number is None and parsed.number is None:
        number = rules.next_free_number(series)
        message = _("稿件没有期数，已使用本系列下一个可用编号 %(number)d。")
        return number, [CopyWarning(None, message % {"number": number})]
    from_text = number is None
    number = parsed.number if from_text else number
    line = parsed.subtitle_line if from_text else None
    problem = rules.number_problem(number, series=series)
    if problem:
        prefix = _("第 %(line)d 行：") % {"line": line} if line else ""
        raise CopyError(prefix + problem, line=line)
    warnings = rules.number_warnings(number, series=series)
    return number, [CopyWarning(line, message) for message in warnings]


def subtitle_override(*, series: SeriesPage, parsed: ParsedCopy, number: int) -> str:
    """Blank when the copy's subtitle is the one the page would print anyway."""
    if not parsed.subtitle:
        return ""
    stem = parsed.subtitle
    if parsed.number is not None:
        stem = stem[: stem.rindex("之")].rstrip()
    if stem == f"——{series.title}":
        return ""
    return f"{stem}之{chinese_numeral(number)}" if parsed.number is not None else stem


def installment_import_plan(
    *, series: SeriesPage, parsed: ParsedCopy, number: int | None = None
) -> ImportPlan:
    """Check an import against the series; raise CopyError if it cannot be written."""
    check_fields(parsed)
    number, warnings = _resolve_number(series=series, parsed=parsed, number=number)
    override = subtitle_override(series=series, parsed=parsed, number=number)
    subtitle_limit = rules.field_limit("subtitle_override")
    if len(override) > subtitle_limit:
        raise _too_long(parsed.subtitle_line, _("副题"), override, subtitle_limit)
    if parsed.kicker and parsed.kicker != series.kicker:
        message = _(
            "稿件栏目“%(copy)s”与系列栏目“%(series)s”不同，页面以系列栏目为准。"
        )
        warnings.append(
            CopyWarning(
                None, message % {"copy": parsed.kicker, "series": series.kicker}
            )
        )
    warnings += _sidebar_warnings(parsed)
    warnings += _editors_note_warnings(series=series, parsed=parsed)
    base = rules.pinyin_slug(parsed.title) or f"installment-{number}"
    siblings = Page.objects.child_of(series)
    slug = unique_slug(base, lambda s: siblings.filter(slug=s).exists())
    return ImportPlan(number, slug, override, [*parsed.warnings, *warnings])


def _editors_note_warnings(*, series: SeriesPage, parsed: ParsedCopy) -> list:
    """The series' introduction goes to the series when it has none, not into the standfirst."""
    # The series' latest draft decides: an editor may have written one not yet published.
    note = series.get_latest_revision_as_object().editors_note
    parsed.editors_note_to_series = bool(parsed.editors_note) and not (
        strip_tags(note or "").strip()
    )
    if not parsed.editors_note:
        return []
    if not parsed.editors_note_to_series:
        message = _(
            "系列已有编者按，稿件开头的 %(count)d 段文字作为本篇导语导入，"
            "如与系列编者按重复请删去。"
        )
        return [CopyWarning(None, message % {"count": len(parsed.editors_note)})]
    message = _(
        "稿件开头的 %(count)d 段编者按写入系列《%(series)s》的“编者按”（系列原来没有），"
        "不作为本篇导语；系列页需发布后才显示。"
    )
    values = {"count": len(parsed.editors_note), "series": series.title}
    return [CopyWarning(None, message % values)]


def installment_import_preview(
    *, series: SeriesPage, parsed: ParsedCopy, number: int | None = None
) -> ParsedCopy:
    """`parsed` with the number and warnings the import would use (dry run, preview)."""
    plan = installment_import_plan(series=series, parsed=parsed, number=number)
    parsed.number = plan.number
    parsed.warnings = plan.warnings
    return parsed


def _sidebar_warnings(parsed: ParsedCopy) -> list[CopyWarning]:
    warnings = []
    for sidebar in parsed.sidebars:
        if len(sidebar.authors) > 1:
            message = _(
                "第 %(line)d 行：评论栏“%(title)s”有 %(count)d 位作者，"
                "栏内显示第一位，全部作者都已加入署名。"
            )
            values = {
                "line": sidebar.line,
                "title": sidebar.title,
                "count": len(sidebar.authors),
            }
            warnings.append(CopyWarning(sidebar.line, message % values))
    return warnings


def printed_labels(parsed: ParsedCopy) -> dict[str, str]:
    """{role: label} for credits printed with a label other than the role's own name."""
    return {
        credit.role: credit.label
        for credit in parsed.credits
        if credit.label and credit.label != Role(credit.role).label
    }


def people_in(parsed: ParsedCopy) -> list[tuple[str, str]]:
    """(name, role) of everyone credited, in the order the paper prints roles."""
    order = list(Role.values)
    unique = dict.fromkeys((name, role) for name, role, _line in parsed.credited())
    return sorted(unique, key=lambda pair: order.index(pair[1]))


def body_data(
    parsed: ParsedCopy, *, themes: dict[str, Theme], people: dict
) -> list[dict]:
    """The StreamField body in raw form: opening paragraphs, sections, then sidebars."""
    body = [stream.paragraph(text) for text in parsed.lead]
    for section in parsed.sections:
        body.append(
            stream.section(
                section.heading,
                *(stream.paragraph(text) for text in section.paragraphs),
                subheading=section.subheading,
                theme=themes.get(section.theme) if section.theme else None,
            )
        )
    for sidebar in parsed.sidebars:
        author = people.get(sidebar.authors[0]) if sidebar.authors else None
        body.append(
            stream.commentary(
                sidebar.title, author=author, paragraphs=sidebar.paragraphs
            )
        )
    return body
