"""What the parser hands back: a plain, JSON-ready picture of one installment's copy.

Nothing here touches the database. Theme fields hold slugs, people are names with
roles; series/services.py turns this into pages and snippets.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class CopyError(ValueError):
    """Copy that cannot be imported at all; `line` is 1-based when one line is to blame."""

    def __init__(self, message: str, *, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class CopyWarning:
    """Something the importer repaired or could not place; the message names the line."""

    line: int | None
    message: str

    def as_dict(self) -> dict:
        return {"line": self.line, "message": self.message}


@dataclass(frozen=True)
class BylineEntry:
    name: str
    role: str  # a series.models.snippets.Role value: reporter, correspondent …
    line: int = 0

    def as_dict(self) -> dict:
        return {"name": self.name, "role": self.role}


@dataclass
class Section:
    heading: str
    subheading: str = ""
    theme: str | None = None  # theme slug, None when the heading matches no theme
    paragraphs: list[str] = field(default_factory=list)
    line: int = 0

    def as_dict(self) -> dict:
        return {
            "theme": self.theme,
            "heading": self.heading,
            "subheading": self.subheading,
            "paragraphs": list(self.paragraphs),
        }


@dataclass
class Sidebar:
    title: str
    authors: list[str] = field(default_factory=list)
    author_role: str = "commentator"
    paragraphs: list[str] = field(default_factory=list)
    line: int = 0

    def as_dict(self) -> dict:
        return {
            "title": self.title,
            "authors": list(self.authors),
            "paragraphs": list(self.paragraphs),
        }


@dataclass
class Credit:
    role: str  # editor or designer
    names: list[str] = field(default_factory=list)
    line: int = 0
    label: str = ""  # as printed: 本版责编, 责任编辑, 美编 …

    def as_dict(self) -> dict:
        return {"role": self.role, "label": self.label, "names": list(self.names)}


@dataclass(frozen=True)
class PhotoCredit:
    name: str
    caption: str = ""
    line: int = 0

    def as_dict(self) -> dict:
        return {"name": self.name, "caption": self.caption}


@dataclass(frozen=True)
class UnplacedName:
    """A name on a line of its own that the parser cannot give a role (photographer? author?)."""

    name: str
    line: int = 0

    def as_dict(self) -> dict:
        return {"name": self.name, "line": self.line}


@dataclass
class ParsedCopy:
    """One installment as printed, in reading order."""

    title: str
    title_line: int = 0
    number: int | None = None
    kicker: str = ""
    deck: str = ""
    deck_line: int = 0
    subtitle: str = ""
    subtitle_line: int = 0
    editors_note: list[str] = field(default_factory=list)
    bylines: list[BylineEntry] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    sidebars: list[Sidebar] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    photo_credits: list[PhotoCredit] = field(default_factory=list)
    unplaced_names: list[UnplacedName] = field(default_factory=list)
    # The copy's editor's note goes to the series when the series has none.
    editors_note_to_series: bool = False
    warnings: list[CopyWarning] = field(default_factory=list)

    def credited(self) -> list[tuple[str, str, int]]:
        """(name, role, line) of every name the copy prints, in reading order."""
        names = [(b.name, b.role, b.line) for b in self.bylines]
        names += [(n, s.author_role, s.line) for s in self.sidebars for n in s.authors]
        names += [(p.name, "photographer", p.line) for p in self.photo_credits]
        names += [(n, c.role, c.line) for c in self.credits for n in c.names]
        return names

    def all_paragraphs(self) -> list[str]:
        """Every prose paragraph of the copy, in print order."""
        paragraphs = [*self.editors_note, *self.lead]
        for section in self.sections:
            paragraphs.extend(section.paragraphs)
        for sidebar in self.sidebars:
            paragraphs.extend(sidebar.paragraphs)
        return paragraphs

    def as_dict(self) -> dict:
        """The JSON shape `import_installment --dry-run --json` prints."""
        return {
            "title": self.title,
            "number": self.number,
            "kicker": self.kicker,
            "deck": self.deck,
            "subtitle": self.subtitle,
            "editors_note": "\n".join(self.editors_note),
            "bylines": [byline.as_dict() for byline in self.bylines],
            "lead": list(self.lead),
            "sections": [section.as_dict() for section in self.sections],
            "sidebars": [sidebar.as_dict() for sidebar in self.sidebars],
            "credits": [credit.as_dict() for credit in self.credits],
            "photo_credits": [credit.as_dict() for credit in self.photo_credits],
            "unplaced_names": [name.as_dict() for name in self.unplaced_names],
            "warnings": [warning.as_dict() for warning in self.warnings],
        }
