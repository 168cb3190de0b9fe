"""The newsroom's wording list: wrong → right pairs editors keep as a snippet
(series.WordingRule), each with its own severity."""

from django.utils.translation import gettext as _

from series.proofing.findings import Finding, Piece, found

RULE = "wording"


def check_wording(pieces: list[Piece], rules) -> list[Finding]:
    """`rules`: objects with .wrong, .right, .severity and .note (WordingRule rows)."""
    findings = []
    for rule in rules:
        if not rule.wrong:
            continue
        message = _("“%(wrong)s”应为“%(right)s”") % {
            "wrong": rule.wrong,
            "right": rule.right,
        }
        if rule.note:
            message += f"（{rule.note}）"
        for piece in pieces:
            start = piece.text.find(rule.wrong)
            while start != -1:
                end = start + len(rule.wrong)
                findings.append(found(RULE, rule.severity, message, piece, start, end))
                start = piece.text.find(rule.wrong, end)
    return findings
