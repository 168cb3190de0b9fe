"""Run every pre-check rule over one installment (the draft as it would publish)."""

from series.proofing.findings import Report
from series.proofing.names import NameIndex, check_names
from series.proofing.numbers import check_numbers
from series.proofing.numerals import check_numerals
from series.proofing.pieces import installment_key_figures, installment_pieces
from series.proofing.punctuation import check_punctuation
from series.proofing.wording import check_wording


def recorded_names() -> dict[str, str]:
    """People's and places' names from the newsroom's records: name → kind."""
    from series.models import Person, Place

    names = dict.fromkeys(Place.objects.values_list("name", flat=True), "place")
    names.update(dict.fromkeys(Person.objects.values_list("name", flat=True), "person"))
    return names


def wording_rules() -> list:
    from series.models import WordingRule

    return list(WordingRule.objects.filter(active=True))


def precheck(page, *, names=None, rules=None) -> Report:
    """All findings for `page`, in reading order. Three queries for the data."""
    pieces = installment_pieces(page)
    index = NameIndex(recorded_names() if names is None else names)
    findings = (
        check_numbers(pieces, installment_key_figures(page))
        + check_wording(pieces, wording_rules() if rules is None else rules)
        + check_numerals(pieces)
        + check_punctuation(pieces)
        + check_names(pieces, index)
    )
    order = {piece.where: number for number, piece in enumerate(pieces)}
    findings.sort(key=lambda f: (order.get(f.where, 0), f.start, not f.is_error))
    return Report(findings)
