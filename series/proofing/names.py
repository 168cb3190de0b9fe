"""Names of people and places one character off the newsroom's records.

The slip a pinyin keyboard makes is a homophone: 姚雪清 for 姚雪青, 浏扬 for 浏阳.
So a run of characters is reported when it differs from a recorded name in exactly
one character *and* that character sounds the same (any reading, tones ignored).
A different name that merely shares a character (岳阳 beside 浏阳, 王书记 beside
王书明) sounds different and is left alone.
"""

import re
from collections import defaultdict
from functools import lru_cache

from django.utils.translation import gettext as _
from pypinyin import Style, pinyin

from series.proofing.findings import WARNING, Finding, Piece, found

RULE = "names"
_HAN_ONLY = re.compile(r"[\u3400-\u9fff]+")
KIND_LABELS = {"person": "人员", "place": "地点"}


@lru_cache(maxsize=8192)
def readings(char: str) -> frozenset[str]:
    return frozenset(pinyin(char, style=Style.NORMAL, heteronym=True)[0])


def sounds_alike(a: str, b: str) -> bool:
    return bool(readings(a) & readings(b))


class NameIndex:
    """Recorded names, looked up by "the name with one character blanked out"."""

    def __init__(self, names: dict[str, str]):
        self.names = {name: kind for name, kind in names.items() if len(name) >= 2}
        self.blanked: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for name in self.names:
            for position in range(len(name)):
                self.blanked[_blank(name, position)].append((name, position))
        self.lengths = sorted({len(name) for name in self.names})

    def near_misses(self, window: str):
        if window in self.names:
            return
        for position in range(len(window)):
            for name, at in self.blanked.get(_blank(window, position), ()):
                if at == position and sounds_alike(window[at], name[at]):
                    yield name


def _blank(text: str, position: int) -> str:
    return text[:position] + "?" + text[position + 1 :]


def check_names(pieces: list[Piece], index: NameIndex) -> list[Finding]:
    findings = []
    for piece in pieces:
        for run in _HAN_ONLY.finditer(piece.text):
            findings += _in_run(piece, run.start(), run.group(), index)
    return findings


def _in_run(piece: Piece, offset: int, run: str, index: NameIndex) -> list[Finding]:
    findings = []
    for length in index.lengths:
        for start in range(len(run) - length + 1):
            window = run[start : start + length]
            for name in index.near_misses(window):
                message = _("“%(text)s”疑为%(kind)s“%(name)s”之误") % {
                    "text": window,
                    "kind": KIND_LABELS.get(index.names[name], ""),
                    "name": name,
                }
                begin = offset + start
                findings.append(
                    found(RULE, WARNING, message, piece, begin, begin + length)
                )
    return findings
