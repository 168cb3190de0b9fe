"""The texts of an installment as the pre-check reads them, each with its place."""

from series.body_format import KEY_FIGURE, all_key_figures, located_text_pieces
from series.proofing.findings import Piece

# Fields above the body, in the order the editor shows them.
HEAD_FIELDS = (("deck", "引题"), ("title", "标题"), ("standfirst", "导语"))


def installment_pieces(page) -> list[Piece]:
    """Headline fields and every body text except the key figures themselves
    (they are the reference the text is checked against)."""
    pieces = [
        Piece(label, getattr(page, name, "") or "") for name, label in HEAD_FIELDS
    ]
    for kind, text, where in located_text_pieces(_raw(page)):
        if kind != KEY_FIGURE:
            pieces.append(Piece(where, text))
    return [piece for piece in pieces if piece.text.strip()]


def installment_key_figures(page) -> list[dict]:
    return list(all_key_figures(_raw(page)))


def _raw(page) -> list:
    body = getattr(page, "body", None)
    return list(body.raw_data) if body else []
