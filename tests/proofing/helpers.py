"""Pieces of text for the pre-check rules, written for these tests."""

from series.proofing.findings import Piece


def pieces(*texts: str) -> list[Piece]:
    return [Piece(f"正文第{n}段", text) for n, text in enumerate(texts, 1)]


def marked(findings) -> list[str]:
    """The words each finding points at, in order."""
    return [finding.words for finding in findings]
