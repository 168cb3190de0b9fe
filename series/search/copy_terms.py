"""Words the copy prints as units, added to the segmentation dictionary on publish.

Section headings, key-figure labels, names in bold or in quotation marks, and numbers
with their units (505.8亿元, 2.99倍) are cut as one word afterwards, so a reader who
types them finds the installment that prints them whole. Stored as CopyTerm rows (every
process reads them with the newsroom's names, see vocabulary.py) and rebuilt from all
published installments by `manage.py update_index`.
"""

import re

from series.body_format import KEY_FIGURE, SECTION, children, section_content
from series.search.segment import normalize

MIN_CHARS, MAX_CHARS = 2, 12
_HAN = re.compile(r"[\u3400-\u9fff]")
_QUOTED = re.compile(r"[“「『]([^”」』]{2,12})[”」』]")
_BOLD = re.compile(r"<(?:b|strong)>([^<]{2,12})</(?:b|strong)>")
_NUMBER_UNIT = re.compile(
    r"\d+(?:\.\d+)?(?:万亿|亿元|万元|亿|万|千|百)?(?:元|人|家|个|倍|吨|亩|件|台|项|户)"
)


def _word(text: str) -> str | None:
    text = normalize(" ".join((text or "").split()))
    if MIN_CHARS <= len(text) <= MAX_CHARS and " " not in text:
        return text
    return None


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def copy_terms(raw_stream) -> set[str]:
    """The unit words of one installment body (stored JSON)."""
    found: set[str] = set()
    for section in children(raw_stream, SECTION):
        found.add(_word(section.get("heading")))
        for figure in children(section_content(section), KEY_FIGURE):
            found.add(_word(figure.get("label")))
    for figure in children(raw_stream, KEY_FIGURE):
        found.add(_word(figure.get("label")))
    for text in _strings(list(raw_stream or [])):
        found.update(_word(match) for match in _QUOTED.findall(text))
        found.update(_word(match) for match in _BOLD.findall(text))
        found.update(_word(match) for match in _NUMBER_UNIT.findall(text))
    return {term for term in found if term and (_HAN.search(term) or "." in term)}


def store_terms(terms: set[str]) -> set[str]:
    """Save new terms; returns the new ones (none: the dictionary is unchanged)."""
    from series.models import CopyTerm

    known = set(CopyTerm.objects.filter(term__in=terms).values_list("term", flat=True))
    new = terms - known
    CopyTerm.objects.bulk_create(
        [CopyTerm(term=term) for term in sorted(new)], ignore_conflicts=True
    )
    return new


def rebuild_all() -> int:
    """Every published installment's terms, from scratch; returns how many."""
    from series.models import CopyTerm, InstallmentPage

    terms: set[str] = set()
    for page in InstallmentPage.objects.published().only("body"):
        terms |= copy_terms(page.body.raw_data)
    CopyTerm.objects.exclude(term__in=terms).delete()
    store_terms(terms)
    return len(terms)
