"""Numbers in the text against the installment's key figures.

A key figure is the number the desk checked against its source. The same number
printed with another unit (2.99倍 in the box, 2.99% in the text) or the same unit
with the digits swapped or one digit changed (505.8亿元 / 508.5亿元) is a slip.
Unrelated numbers (3.2亿元 next to 505.8亿元) have other digits or another length
and are left alone.
"""

import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from series.proofing.findings import ERROR, Finding, Piece, found

RULE = "numbers"
# Longest first, so 亿元 is read before 亿 and 个百分点 before nothing.
UNITS = (
    "个百分点",
    "平方公里",
    "万亿元",
    "亿美元",
    "万美元",
    "亿元",
    "万元",
    "万人",
    "万亩",
    "万吨",
    "公里",
    "亿",
    "万",
    "元",
    "倍",
    "%",
    "人",
    "家",
    "个",
    "吨",
    "亩",
    "项",
    "件",
)
# Fewer digits than this and a changed digit is more likely another number.
MIN_DIGITS = 3
NUMBER = r"(?<![\d.])(\d+(?:\.\d+)?)"
_MENTION = re.compile(NUMBER + r"\s*(" + "|".join(map(re.escape, UNITS)) + ")")


def _unit(raw: str) -> str:
    return (raw or "").strip().replace("％", "%")


def _number(raw) -> str | None:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*", str(raw or ""))
    return match.group(1) if match else None


def _same_value(a: str, b: str) -> bool:
    try:
        return Decimal(a) == Decimal(b)
    except InvalidOperation:
        return False


def _one_slip_off(a: str, b: str) -> bool:
    """Same length, and either two digits swapped or exactly one digit changed."""
    if len(a) != len(b) or a == b or a.count(".") != b.count("."):
        return False
    if len(a.replace(".", "")) < MIN_DIGITS:
        return False
    if a.find(".") != b.find("."):
        return False
    differing = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(differing) == 1 or (len(differing) >= 2 and sorted(a) == sorted(b))


def check_numbers(pieces: list[Piece], key_figures: list[dict]) -> list[Finding]:
    figures = [
        (_number(f.get("value")), _unit(f.get("unit")), f.get("label") or "")
        for f in key_figures
    ]
    figures = [(value, unit, label) for value, unit, label in figures if value]
    if not figures:
        return []
    findings = []
    for piece in pieces:
        for match in _MENTION.finditer(piece.text):
            following = _unit(piece.text[match.end(1) : match.end(1) + 8].lstrip())
            problem = _disagreement(match.group(1), following, figures)
            if problem:
                findings.append(
                    found(RULE, ERROR, problem, piece, match.start(), match.end())
                )
    return findings


def _unit_at(following: str) -> str:
    match = re.match("|".join(map(re.escape, UNITS)), following)
    return match.group() if match else ""


def _disagreement(value: str, following: str, figures) -> str | None:
    """`following`: the text right after the number, where its unit is printed.
    A figure's unit agrees when the text continues with it (66万余个 for 万余个)."""
    if any(_same_value(value, v) and following.startswith(u) for v, u, _l in figures):
        return None
    unit = _unit_at(following)
    for figure_value, figure_unit, label in figures:
        figure = f"{figure_value}{figure_unit}"
        if (
            _same_value(value, figure_value)
            and figure_unit
            and not following.startswith(figure_unit)
        ):
            return _("“%(text)s”与关键数据“%(figure)s”（%(label)s）单位不一致") % {
                "text": f"{value}{unit}",
                "figure": figure,
                "label": label,
            }
        if following.startswith(figure_unit) and _one_slip_off(value, figure_value):
            return _("“%(text)s”与关键数据“%(figure)s”（%(label)s）数字不一致") % {
                "text": f"{value}{unit}",
                "figure": figure,
                "label": label,
            }
    return None
