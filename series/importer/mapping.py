"""From a ParsedCopy to InstallmentPage fields: checks, numbering, people and body.

Everything here reads the database but never writes it, so `--dry-run` and the admin
preview can run every check the real import runs. The write itself is
series.services.installment_import.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from wagtail.models import Page

from series import body_format as stream
from series.forms import pinyin_slug
from series.importer.parser import ThemeMatcher
from series.importer.structure import CopyError, CopyWarning, ParsedCopy
from series.models import InstallmentPage, Role, SeriesPage, Theme
from series.numerals import chinese_numeral
from series.slugs import person_slug, unique_slug

MAX_NUMBER = 9999
MAX_COMMENTARIES = 3
# Field limits of InstallmentPage, SectionBlock, CommentaryBlock and Person.
LIMITS = {"deck": 200, "subtitle": 120, "heading": 60, "subheading": 120}
SIDEBAR_TITLE_LIMIT = 80
NAME_LIMIT = 60
SLUG_LIMIT = 76


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

    A draft the editor cannot save again is worse than a clear refusal now.
    """
    _check_empty_parts(parsed)
    if len(parsed.deck) > LIMITS["deck"]:
        raise _too_long(parsed.deck_line, _("引题"), parsed.deck, LIMITS["deck"])
    for section in parsed.sections:
        for part in ("heading", "subheading"):
            text = getattr(section, part)
            if len(text) > LIMITS[part]:
                raise _too_long(section.line, _("小标题"), text, LIMITS[part])
    if len(parsed.sidebars) > MAX_COMMENTARIES:
        line = parsed.sidebars[MAX_COMMENTARIES].line
        raise CopyError(
            _("第 %(line)d 行：一篇稿件最多 %(max)d 个评论栏，这里是第 %(count)d 个。")
            % {"line": line, "max": MAX_COMMENTARIES, "count": MAX_COMMENTARIES + 1},
            line=line,
        )
    for sidebar in parsed.sidebars:
        if len(sidebar.title) > SIDEBAR_TITLE_LIMIT:
            raise _too_long(
                sidebar.line, _("评论栏标题"), sidebar.title, SIDEBAR_TITLE_LIMIT
            )
    for name, _role, line in parsed.credited():
        # Person slugs are pinyin and must fit their column (with room for "-2").
        if len(name) > NAME_LIMIT or len(person_slug(name)) > SLUG_LIMIT:
            raise CopyError(
                _("第 %(line)d 行：“%(name)s”太长，不像是一个人名。")
                % {"line": line, "name": name[:20]},
                line=line,
            )


def _check_empty_parts(parsed: ParsedCopy) -> None:
    parts = [(s.line, s.heading) for s in parsed.sections if not s.paragraphs]
    parts += [(s.line, s.title) for s in parsed.sidebars if not s.paragraphs]
    if parts:
        line, heading = min(parts)
        raise CopyError(
            _("第 %(line)d 行：“%(heading)s”下面没有正文；请补上正文或删去这个小标题。")
            % {"line": line, "heading": heading},
            line=line,
        )


def _resolve_number(
    *, series: SeriesPage, parsed: ParsedCopy, number: int | None
) -> tuple[int, list[CopyWarning]]:
    if number is None and parsed.number is None:
        # services imports this module, so its helper is looked up at call time.
        from series.services import installment_number_next

        number = installment_number_next(series=series)
        message = _("稿件没有期数，已使用本系列下一个可用编号 %(number)d。")
        return number, [CopyWarning(None, message % {"number": number})]
    from_text = number is None
    number = parsed.number if from_text else number
    line = parsed.subtitle_line if from_text else None
    prefix = _("第 %(line)d 行：") % {"line": line} if line else ""
    if not 1 <= number <= MAX_NUMBER:
        raise CopyError(
            prefix
            + _("期数必须在 1 到 %(max)d 之间，现在是 %(number)d。")
            % {"max": MAX_NUMBER, "number": number},
            line=line,
        )
    taken = InstallmentPage.objects.child_of(series).filter(number=number).first()
    if taken is not None:
        raise CopyError(
            prefix
            + _(
                "本系列已有第 %(number)d 篇（之%(numeral)s）《%(title)s》，不能重复导入，请换一个编号。"
            )
            % {
                "number": number,
                "numeral": chinese_numeral(number),
                "title": taken.title,
            },
            line=line,
        )
    return number, []


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
    if len(override) > LIMITS["subtitle"]:
        raise _too_long(parsed.subtitle_line, _("副题"), override, LIMITS["subtitle"])
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
    base = pinyin_slug(parsed.title) or f"installment-{number}"
    siblings = Page.objects.child_of(series)
    slug = unique_slug(base, lambda s: siblings.filter(slug=s).exists())
    return ImportPlan(number, slug, override, [*parsed.warnings, *warnings])


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
