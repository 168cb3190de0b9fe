"""What the pre-check reports: one Finding per slip, gathered in a Report."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

ERROR = "error"
WARNING = "warning"
SEVERITY_LABELS = {ERROR: _("错误"), WARNING: _("提示")}
# How much of the surrounding text the panel shows on each side of the words.
CONTEXT = 12


@dataclass(frozen=True)
class Piece:
    """One text as the editor sees it: a paragraph, a heading, a caption…"""

    where: str
    text: str


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    where: str
    text: str
    start: int
    end: int

    @property
    def words(self) -> str:
        return self.text[self.start : self.end]

    @property
    def before(self) -> str:
        return self.text[max(0, self.start - CONTEXT) : self.start]

    @property
    def after(self) -> str:
        return self.text[self.end : self.end + CONTEXT]

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def severity_label(self) -> str:
        return str(SEVERITY_LABELS[self.severity])

    def as_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "where": self.where,
            "words": self.words,
        }


def found(rule, severity, message, piece: Piece, start: int, end: int) -> Finding:
    return Finding(rule, severity, str(message), piece.where, piece.text, start, end)


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.is_error]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if not f.is_error]

    def __bool__(self) -> bool:
        return bool(self.findings)

    def summary(self) -> str:
        return _("机审发现 %(errors)d 处错误、%(warnings)d 处提示") % {
            "errors": len(self.errors),
            "warnings": len(self.warnings),
        }

    def fingerprint(self) -> list[dict]:
        return [finding.as_dict() for finding in self.errors]
