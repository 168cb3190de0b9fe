"""Repairs made once the whole copy is read: displaced continuations, empty parts.

Displaced continuations: the rest of a cut paragraph printed somewhere else.

An e-paper's column order can put the end of a section ("…县里今年规模最大的一场")
into the opening ("招聘会开场。…"). When a section or sidebar ends mid-sentence and
the opening holds a paragraph that starts mid-sentence, the importer joins the two
and moves that paragraph and the rest of the opening after it back into the part it
belongs to, with a warning naming both lines so the editor can check.

A paragraph "starts mid-sentence" when its first sentence is a short fragment with
no comma and no opening quote: the tail of someone else's sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from series.importer.lines import ends_sentence
from series.importer.structure import CopyWarning, ParsedCopy

# The longest first sentence still taken for the tail of another paragraph.
MAX_FRAGMENT = 8
_FIRST_SENTENCE = re.compile(r"^[^。！？!?]*[。！？!?]")
_OPENERS = tuple("“「『《（(【‘\"'")


@dataclass
class Part:
    """One run of paragraphs (the opening, a section, a sidebar) and its start lines."""

    label: str  # how a warning names it: 开头, 小节“…”, 评论栏“…”
    items: list[str]
    starts: list[int]
    last_line: int = 0  # where the last paragraph ends (a cut is reported there)


def starts_mid_sentence(text: str) -> bool:
    first = _FIRST_SENTENCE.match(text)
    if first is None or text.startswith(_OPENERS):
        return False
    fragment = first.group(0)
    return len(fragment) <= MAX_FRAGMENT and "，" not in fragment


def rejoin_displaced(opening: Part, parts: list[Part]) -> tuple[list[CopyWarning], set]:
    """Join cut parts with continuations found in the opening.

    Returns the warnings and the lines whose "cut paragraph" warning no longer holds.
    """
    warnings, joined = [], set()
    for part in parts:
        if not part.items or ends_sentence(part.items[-1]):
            continue
        index = next(
            (i for i, text in enumerate(opening.items) if starts_mid_sentence(text)),
            None,
        )
        if index is None:
            continue
        joined.add(part.last_line)
        warnings.append(_move_back(opening, index, part))
    return warnings, joined


def _move_back(opening: Part, index: int, part: Part) -> CopyWarning:
    cut_line, moved_line = part.last_line, opening.starts[index]
    moved = opening.items[index:]
    count, fragment = len(moved), moved[0][:12]
    part.items[-1] += moved[0]
    part.items.extend(moved[1:])
    part.starts.extend(opening.starts[index + 1 :])
    del opening.items[index:], opening.starts[index:]
    message = _(
        "第 %(cut)d 行：这一段在句子中间断开，第 %(moved)d 行“%(fragment)s…”像是它的"
        "后半句（版面转栏所致）：已把两段接上，并把第 %(moved)d 行起的 %(count)d 段"
        "从开头移回%(part)s；请核对。"
    )
    values = {
        "cut": cut_line,
        "moved": moved_line,
        "fragment": fragment,
        "count": count,
        "part": part.label,
    }
    return CopyWarning(cut_line, message % values)


def empty_part_warnings(copy: ParsedCopy) -> list[CopyWarning]:
    """An empty section or sidebar is kept (its text may be on another page), and named."""
    empty = [(s.line, _("小节"), s.heading) for s in copy.sections if not s.paragraphs]
    empty += [(s.line, _("评论栏"), s.title) for s in copy.sidebars if not s.paragraphs]
    message = _(
        "第 %(line)d 行：%(what)s“%(heading)s”下面没有正文（可能排在别的版面），"
        "已保留为空%(what)s；发布前请补上正文或删去它。"
    )
    return [
        CopyWarning(line, message % {"line": line, "what": what, "heading": heading})
        for line, what, heading in empty
    ]
