"""Copy text to a ParsedCopy, repairing what the print layout broke.

The copy format (kicker, deck, headline, subtitle, bylines, opening, sections,
sidebars, photo and page credits) is documented in the README's "Importing copy"
section. The parser reads line kinds (lines.py) in order with a little look-ahead;
it never drops a word of prose: what it cannot place it keeps and warns about.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from django.utils.translation import gettext as _

from series import rules
from series.importer.decoding import check_text, decode_copy
from series.importer.lines import (
    Kind,
    Line,
    bare_names,
    byline_names,
    classify,
    credit_labels,
    ends_sentence,
    split_lines,
)
from series.importer.repairs import Part, empty_part_warnings, rejoin_displaced
from series.importer.structure import (
    BylineEntry,
    CopyError,
    CopyWarning,
    Credit,
    ParsedCopy,
    PhotoCredit,
    Section,
    Sidebar,
    UnplacedName,
)

# A subheading is one short line that is not a finished sentence.
MAX_SUBHEADING_LENGTH = 40
# Without a kicker, the last line before the headline is a deck if it is this short
# and not a finished sentence; the lines before it are the editor's note.
MAX_DECK_LENGTH = 60
_FULL_STOPS = tuple("。！？!?…")
_CLOSING_QUOTES = "”’」』）)》"
_EDITORS_NOTE_LABELS = frozenset({"编者按", "编者的话"})
_TAIL_KINDS = frozenset(
    {Kind.BLANK, Kind.NAMES, Kind.CAPTION, Kind.CREDIT, Kind.END_MARK}
)
_QUOTES_AND_SPACE = re.compile(r"[\s“”\"'‘’「」『』《》【】]")


def normalize_heading(heading: str) -> str:
    """Compare headings without spaces, quotes or trailing punctuation."""
    return _QUOTES_AND_SPACE.sub("", heading).rstrip("：:。.！!？?")


def is_sentence(text: str) -> bool:
    """A full sentence, as opposed to a heading-like phrase (从“卖产品”到“卖方案”)."""
    return text.rstrip(_CLOSING_QUOTES).endswith(_FULL_STOPS)


class ThemeMatcher:
    """Section heading -> theme slug, from a mapping of every heading a theme answers to."""

    def __init__(self, headings: Mapping[str, str] | None = None):
        self._slugs = {
            normalize_heading(heading): slug
            for heading, slug in (headings or {}).items()
            if normalize_heading(heading)
        }

    def __call__(self, heading: str) -> str | None:
        return self._slugs.get(normalize_heading(heading))


class _Paragraphs:
    """Paragraphs of one part of the copy, joining lines the layout broke apart."""

    def __init__(self, target: list[str]):
        self.items = target
        self.starts: list[int] = []  # the line each paragraph begins on
        self.last_line = 0
        self.cut_reported_at = 0
        self.sealed = False  # the last paragraph stands alone, whatever its ending

    def add(self, text: str, line: int, *, alone: bool = False) -> None:
        """Add a line; `alone` keeps it out of its neighbours (a stray line)."""
        if self.open and not alone:
            # A paragraph without closing punctuation goes on in the next one.
            self.items[-1] += text
        else:
            self.items.append(text)
            self.starts.append(line)
        self.last_line = line
        self.sealed = alone

    @property
    def open(self) -> bool:
        return (
            bool(self.items) and not self.sealed and not ends_sentence(self.items[-1])
        )


class _CopyParser:
    def __init__(self, lines: list[Line], themes: ThemeMatcher):
        self.lines = lines
        self.themes = themes
        self.copy: ParsedCopy | None = None
        self.warnings: list[CopyWarning] = []

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(CopyWarning(line, message))

    # -- driver -------------------------------------------------------------------

    def parse(self) -> ParsedCopy:
        headline_at = self._headline_index()
        headline = self.lines[headline_at]
        self.copy = ParsedCopy(title=headline.text, title_line=headline.number)
        self._read_front(self.lines[:headline_at])
        self._read_body(self.lines[headline_at + 1 :])
        self._rejoin_displaced()
        self.warnings += empty_part_warnings(self.copy)
        self._check_number()
        self.copy.warnings = sorted(self.warnings, key=lambda w: w.line or 0)
        return self.copy

    def _headline_index(self) -> int:
        for index, line in enumerate(self.lines):
            if line.kind is not Kind.HEADLINE:
                continue
            if not line.text:
                raise CopyError(
                    _("第 %(line)d 行：标题是空的。") % {"line": line.number},
                    line=line.number,
                )
            # The model's own limit (read from _meta: no database involved).
            limit = rules.field_limit("title")
            if len(line.text) > limit:
                raise CopyError(
                    _("第 %(line)d 行：标题超过 %(max)d 个字。")
                    % {"line": line.number, "max": limit},
                    line=line.number,
                )
            return index
        raise CopyError(
            _("没有找到标题：第 1 行到第 %(count)d 行都没有以“# ”开头的标题行。")
            % {"count": len(self.lines)}
        )

    # -- before the headline: editor's note, kicker, deck ---------------------------

    def _read_front(self, lines: list[Line]) -> None:
        kicker_at = max(
            (
                i
                for i, line in enumerate(lines)
                if line.kind is Kind.HEADING and line.text not in _EDITORS_NOTE_LABELS
            ),
            default=None,
        )
        if kicker_at is None:
            self._read_front_without_kicker(lines)
            return
        self.copy.kicker = lines[kicker_at].text
        self._read_editors_note(lines[:kicker_at])
        between: list[str] = []
        paragraphs = _Paragraphs(between)
        for line in lines[kicker_at + 1 :]:
            if line.kind is not Kind.BLANK:
                paragraphs.add(line.text, line.number)
        if not between:
            return
        self.copy.deck = between.pop()
        self.copy.deck_line = paragraphs.starts[-1]
        if between:
            # The format has one deck line here; more is usually an editor's note
            # that the layout put under the kicker.
            self.copy.editors_note.extend(between)
            line = paragraphs.starts[0]
            message = _(
                "第 %(line)d 行：栏目和标题之间有 %(count)d 段文字，"
                "最后一段作为引题，其余作为编者按。"
            )
            self.warn(line, message % {"line": line, "count": len(between) + 1})

    def _read_front_without_kicker(self, lines: list[Line]) -> None:
        paragraphs = self._read_editors_note(lines)
        note = self.copy.editors_note
        if note and len(note[-1]) <= MAX_DECK_LENGTH and not is_sentence(note[-1]):
            self.copy.deck = note.pop()
            self.copy.deck_line = paragraphs.starts[-1]

    def _read_editors_note(self, lines: list[Line]) -> _Paragraphs:
        paragraphs = _Paragraphs(self.copy.editors_note)
        for line in lines:
            if line.kind is Kind.BLANK:
                continue
            if line.kind is Kind.HEADING and line.text in _EDITORS_NOTE_LABELS:
                continue  # a label the page prints anyway
            if line.kind is Kind.HEADING:
                self._warn_unrecognised(line)
            paragraphs.add(line.text, line.number)
        return paragraphs

    # -- after the headline --------------------------------------------------------

    def _read_body(self, lines: list[Line]) -> None:
        self.paragraphs = _Paragraphs(self.copy.lead)
        self.opening = self.paragraphs
        self.parts: list[tuple[str, _Paragraphs]] = []
        self.sidebar: Sidebar | None = None
        # "subheading" or "authors": what may follow a heading directly.
        self.expect: str | None = None
        self.in_tail = False
        for index, line in enumerate(lines):
            if line.kind is Kind.BLANK:
                continue
            if self.expect and self._read_expected(line):
                continue
            self.expect = None
            self._read_line(line, lines[index + 1 :])
        self._close_part()

    def _read_expected(self, line: Line) -> bool:
        """The line right after a heading: a section's subheading or a sidebar's author."""
        if self.expect == "authors":
            return self._read_author(line)
        self.expect = None
        short = len(line.text) <= MAX_SUBHEADING_LENGTH
        if (
            line.kind in (Kind.TEXT, Kind.NAMES)
            and short
            and not is_sentence(line.text)
        ):
            self.copy.sections[-1].subheading = line.text
            return True
        return False

    def _read_author(self, line: Line) -> bool:
        """The name line right under a sidebar's title is its author; later ones are not."""
        names = bare_names(line.text)
        pairs = byline_names(line.text)
        if pairs:
            names = [name for name, _role in pairs]
        if not names:
            return False
        if self.sidebar.authors:
            self._read_sidebar_names(line, names)
            return True
        if pairs:
            self.sidebar.author_role = pairs[0][1]
        self.sidebar.authors.extend(dict.fromkeys(names))
        return True

    def _read_sidebar_names(self, line: Line, names: list[str]) -> None:
        """Names printed again in a sidebar: its author repeated, or someone unplaced."""
        for name in names:
            if name in self.sidebar.authors:
                self.warn(
                    line.number,
                    _("第 %(line)d 行：作者“%(name)s”重复署名，只保留一次。")
                    % {"line": line.number, "name": name},
                )
            else:
                self._unplace(name, line)

    def _unplace(self, name: str, line: Line) -> None:
        self.copy.unplaced_names.append(UnplacedName(name=name, line=line.number))
        self.warn(
            line.number,
            _(
                "第 %(line)d 行：单独一行的姓名“%(name)s”无法确定身份（作者？摄影？），"
                "未放进正文，已列入“待归属姓名”，请在署名里指定。"
            )
            % {"line": line.number, "name": name},
        )

    def _read_line(self, line: Line, rest: list[Line]) -> None:
        handler = {
            Kind.HEADLINE: self._read_heading,
            Kind.HEADING: self._read_heading,
            Kind.DEEP_HEADING: self._read_deep_heading,
            Kind.SUBTITLE: self._read_subtitle,
            Kind.BYLINE: self._read_byline,
            Kind.CREDIT: self._read_credit,
            Kind.CAPTION: self._read_caption,
            Kind.NAMES: self._read_names,
            Kind.END_MARK: lambda line, rest: None,
            Kind.DECORATION: lambda line, rest: self._warn_skipped(line),
        }.get(line.kind, self._read_text)
        handler(line, rest)

    def _read_text(self, line: Line, rest: list[Line]) -> None:
        if self.in_tail:
            self.warn(
                line.number,
                _("第 %(line)d 行：这一段出现在版面署名之后，已接在正文末尾，请核对。")
                % {"line": line.number},
            )
        self.paragraphs.add(line.text, line.number)

    def _read_subtitle(self, line: Line, rest: list[Line]) -> None:
        started = self.copy.lead and line.number_in_subtitle is None
        if self.copy.subtitle or started or self.copy.sections or self.copy.sidebars:
            self._read_text(line, rest)  # a quotation's attribution, not a subtitle
            return
        self.copy.subtitle = line.text
        self.copy.subtitle_line = line.number
        self.copy.number = line.number_in_subtitle

    def _read_byline(self, line: Line, rest: list[Line]) -> None:
        if self._in_sidebar():
            self._read_sidebar_names(line, [name for name, _role in line.names])
            return
        known = {byline.name for byline in self.copy.bylines}
        for name, role in line.names:
            if name not in known:
                self.copy.bylines.append(
                    BylineEntry(name=name, role=role, line=line.number)
                )
                known.add(name)

    def _read_credit(self, line: Line, rest: list[Line]) -> None:
        self._close_part()
        self.in_tail = True
        credits = {credit.role: credit for credit in self.copy.credits}
        labels = credit_labels(line.text)
        for name, role in line.names:
            credit = credits.get(role)
            if credit is None:
                credit = Credit(role=role, line=line.number, label=labels.get(role, ""))
                credits[role] = credit
                self.copy.credits.append(credit)
            if name not in credit.names:
                credit.names.append(name)

    def _read_caption(self, line: Line, rest: list[Line]) -> None:
        # A photo and its caption may sit inside a paragraph the layout broke
        # around it, so the open paragraph stays open.
        for name, _role in line.names:
            self.copy.photo_credits.append(
                PhotoCredit(name=name, caption=line.text, line=line.number)
            )
        if line.text:
            self.warn(
                line.number,
                _("第 %(line)d 行：图片说明已记在摄影署名里，图片需在后台另行添加。")
                % {"line": line.number},
            )

    def _read_names(self, line: Line, rest: list[Line]) -> None:
        names = [name for name, _role in line.names]
        if self.paragraphs.open:
            self._read_text(line, rest)  # the tail of a broken sentence, not a name
        elif self._in_sidebar():
            self._read_sidebar_names(line, names)
        elif all(later.kind in _TAIL_KINDS for later in rest):
            for name in names:
                self.copy.photo_credits.append(PhotoCredit(name=name, line=line.number))
        else:
            for name in names:
                self._unplace(name, line)

    def _in_sidebar(self) -> bool:
        return self.sidebar is not None and not self.in_tail

    def _read_deep_heading(self, line: Line, rest: list[Line]) -> None:
        self._warn_unrecognised(line)
        self.paragraphs.add(line.text, line.number, alone=True)

    # -- sections and sidebars -----------------------------------------------------

    def _read_heading(self, line: Line, rest: list[Line]) -> None:
        self._close_part()
        self.in_tail = False
        if line.kind is Kind.HEADLINE:
            self.warn(
                line.number,
                _("第 %(line)d 行：稿件里有不止一行以“# ”开头，这一行按小标题处理。")
                % {"line": line.number},
            )
        theme = self.themes(line.text)
        if theme is None and self._next_is_author(rest):
            self._open_sidebar(line)
        else:
            self._open_section(line, theme)

    def _next_is_author(self, rest: list[Line]) -> bool:
        following = next((line for line in rest if line.kind is not Kind.BLANK), None)
        if following is None:
            return False
        # A bare name, or 本报评论员/本报记者 + name: who wrote the sidebar.
        return following.kind in (Kind.NAMES, Kind.BYLINE)

    def _open_sidebar(self, line: Line) -> None:
        self.sidebar = Sidebar(title=line.text, line=line.number)
        self.copy.sidebars.append(self.sidebar)
        self.paragraphs = _Paragraphs(self.sidebar.paragraphs)
        self.parts.append((_("评论栏“%s”") % line.text, self.paragraphs))
        self.expect = "authors"

    def _open_section(self, line: Line, theme: str | None) -> None:
        section = Section(heading=line.text, theme=theme, line=line.number)
        self.copy.sections.append(section)
        self.sidebar = None
        self.paragraphs = _Paragraphs(section.paragraphs)
        self.parts.append((_("小节“%s”") % line.text, self.paragraphs))
        self.expect = "subheading"
        if theme is None:
            self.warn(
                line.number,
                _(
                    "第 %(line)d 行：小标题“%(heading)s”没有对应的主题，已按无主题小节导入。"
                )
                % {"line": line.number, "heading": line.text},
            )

    def _close_part(self) -> None:
        """Before a heading, credits or the end: a paragraph left open was cut off."""
        line = self.paragraphs.last_line
        if self.paragraphs.open and self.paragraphs.cut_reported_at != line:
            self.paragraphs.cut_reported_at = line
            self.warn(
                line,
                _(
                    "第 %(line)d 行：这一段在句子中间断开（可能转到了别的版面），"
                    "已保留现有文字，请补全。"
                )
                % {"line": line},
            )

    # -- warnings ------------------------------------------------------------------

    def _warn_unrecognised(self, line: Line) -> None:
        self.warn(
            line.number,
            _("第 %(line)d 行：无法识别这一行，已作为普通段落保留：%(text)s")
            % {"line": line.number, "text": line.text},
        )

    def _warn_skipped(self, line: Line) -> None:
        self.warn(
            line.number,
            _("第 %(line)d 行：这一行只有符号，已跳过：%(text)s")
            % {"line": line.number, "text": line.text},
        )

    def _rejoin_displaced(self) -> None:
        opening = Part(_("开头"), self.opening.items, self.opening.starts)
        parts = [Part(label, p.items, p.starts, p.last_line) for label, p in self.parts]
        warnings, joined = rejoin_displaced(opening, parts)
        # A joined paragraph is no longer "cut": drop that warning, keep the new one.
        self.warnings = [
            w for w in self.warnings if not (w.line in joined and "断开" in w.message)
        ] + warnings

    def _check_number(self) -> None:
        if self.copy.number is not None:
            return
        if self.copy.subtitle:
            line = self.copy.subtitle_line
            message = _("第 %(line)d 行：副标题没有以“之”加期数结尾，期数需另行指定。")
            self.warn(line, message % {"line": line})
        else:
            self.warn(None, _("稿件没有副标题（“——……之几”），期数需另行指定。"))


def parse_copy(
    text: str, *, themes: Mapping[str, str] | ThemeMatcher | None = None
) -> ParsedCopy:
    """Parse pasted copy. `themes` maps every heading a theme answers to onto its slug."""
    text = text.removeprefix("\ufeff")
    check_text(text)
    if not text.strip():
        raise CopyError(_("稿件是空的，没有可以导入的内容。"))
    matcher = themes if isinstance(themes, ThemeMatcher) else ThemeMatcher(themes)
    lines = [classify(number, raw) for number, raw in enumerate(split_lines(text), 1)]
    return _CopyParser(lines, matcher).parse()


def parse_copy_bytes(
    data: bytes, *, themes: Mapping[str, str] | ThemeMatcher | None = None
) -> ParsedCopy:
    """Parse an uploaded file: UTF-8 (with or without BOM) or GB18030."""
    if not data.strip():
        raise CopyError(_("稿件是空的，没有可以导入的内容。"))
    return parse_copy(decode_copy(data), themes=themes)
