"""Numerals in publications (GB/T 15835-2011), where the rule is mechanical.

- 余/多 follow 万 and 亿: 5万余, not 5余万;
- Arabic numerals take 万 and 亿 as units, not 千 or 百: 3000, not 3千
  (千米, 千克, 百分点 and the like are words, not units);
- a range of percentages repeats the sign: 3%～5%, not 3～5%;
- a year is written in full: 2007年, not 07年;
- a Chinese numeral's zero is 〇, never the digit 0 or the letter O: 二〇二五年.
"""

import re

from django.utils.translation import gettext as _

from series.proofing.findings import ERROR, WARNING, Finding, Piece, found

RULE = "numerals"
_NUMBER = r"(?<![\d.])\d+(?:\.\d+)?"
PATTERNS = (
    (
        re.compile(_NUMBER + r"[余多](?=[万亿])[万亿]"),
        ERROR,
        lambda m: (
            _("“%(text)s”应写作“%(fixed)s”")
            % {
                "text": m.group(),
                "fixed": m.group()[:-2] + m.group()[-1] + m.group()[-2],
            }
        ),
    ),
    (
        re.compile(_NUMBER + r"[千百](?![米克瓦伏焦卡分年])"),
        WARNING,
        lambda m: (
            _("阿拉伯数字不与“千”“百”连用：“%(text)s”应写成数字") % {"text": m.group()}
        ),
    ),
    (
        re.compile(_NUMBER + r"\s*[-~～—－]\s*" + r"\d+(?:\.\d+)?%"),
        WARNING,
        lambda m: _("百分数范围两端都应带“%%”：“%(text)s”") % {"text": m.group()},
    ),
    (
        re.compile(r"(?<![\d.])0\d年"),
        WARNING,
        lambda m: _("年份不应省写：“%(text)s”") % {"text": m.group()},
    ),
    (
        re.compile(
            r"(?<=[一二三四五六七八九〇零])[0０Oo○]|[0０Oo○](?=[一二三四五六七八九〇])"
        ),
        WARNING,
        lambda m: _("汉字数字中的零应写作“〇”：“%(text)s”") % {"text": m.group()},
    ),
)


def check_numerals(pieces: list[Piece]) -> list[Finding]:
    findings = []
    for piece in pieces:
        for pattern, severity, message in PATTERNS:
            for match in pattern.finditer(piece.text):
                findings.append(
                    found(RULE, severity, message(match), piece, *match.span())
                )
    return findings
