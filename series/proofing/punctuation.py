"""Punctuation in Chinese text (GB/T 15834 as the desk applies it).

- half-width , ; : ? ! ( ) touching a Chinese character;
- quotes and brackets that open without closing, or close without opening;
- an ellipsis other than the six dots of "……";
- a space between two Chinese characters.

Latin text, numbers (3.5, 10:30) and URLs keep their own marks.
"""

import re

from django.utils.translation import gettext as _

from series.proofing.findings import WARNING, Finding, Piece, found

RULE = "punctuation"
HAN = r"[\u3400-\u9fff]"
FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
_HALF_WIDTH = re.compile(rf"(?<={HAN})[,;:?!]|[,;:?!](?={HAN})")
_HALF_BRACKETS = re.compile(rf"\([^()]*{HAN}[^()]*\)")
_BAD_ELLIPSIS = re.compile(r"\.{3,}|。{3,}|…{3,}|(?<!…)…(?!…)|(?:\.\s){2,}\.")
_SPACE_IN_HAN = re.compile(rf"(?<={HAN})[ \u3000]+(?={HAN})")
PAIRS = {"“": "”", "‘": "’", "《": "》", "（": "）", "「": "」", "【": "】"}
CLOSERS = {close: open_ for open_, close in PAIRS.items()}


def check_punctuation(pieces: list[Piece]) -> list[Finding]:
    findings = []
    for piece in pieces:
        findings += _half_width(piece)
        findings += _unpaired(piece)
        findings += [
            found(RULE, WARNING, _("省略号应为“……”"), piece, m.start(), m.end())
            for m in _BAD_ELLIPSIS.finditer(piece.text)
        ]
        findings += [
            found(RULE, WARNING, _("中文之间多了空格"), piece, m.start(), m.end())
            for m in _SPACE_IN_HAN.finditer(piece.text)
        ]
    return findings


def _half_width(piece: Piece) -> list[Finding]:
    findings = [
        found(
            RULE,
            WARNING,
            _("中文里用了半角“%(mark)s”，应为“%(full)s”")
            % {"mark": m.group(), "full": FULL_WIDTH[m.group()]},
            piece,
            m.start(),
            m.end(),
        )
        for m in _HALF_WIDTH.finditer(piece.text)
    ]
    findings += [
        found(
            RULE,
            WARNING,
            _("中文里用了半角括号，应为“（）”"),
            piece,
            m.start(),
            m.end(),
        )
        for m in _HALF_BRACKETS.finditer(piece.text)
    ]
    return findings


def _unpaired(piece: Piece) -> list[Finding]:
    """Each opening mark without its closing one, and each stray closing mark."""
    stack: list[int] = []
    stray: list[int] = []
    for index, char in enumerate(piece.text):
        if char in PAIRS:
            stack.append(index)
        elif char in CLOSERS:
            if stack and piece.text[stack[-1]] == CLOSERS[char]:
                stack.pop()
            else:
                stray.append(index)
    return [
        found(
            RULE,
            WARNING,
            _("“%(mark)s”没有配对") % {"mark": piece.text[index]},
            piece,
            index,
            index + 1,
        )
        for index in sorted(stack + stray)
    ]
