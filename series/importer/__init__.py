"""Newspaper copy importer: print text in, a structured installment out.

`parse_copy` / `parse_copy_bytes` are pure (no database); series/services.py
`installment_import` writes the result as a draft page.
"""

from series.importer.decoding import MAX_COPY_BYTES, decode_copy
from series.importer.parser import ThemeMatcher, parse_copy, parse_copy_bytes
from series.importer.structure import (
    BylineEntry,
    CopyError,
    CopyWarning,
    Credit,
    ParsedCopy,
    PhotoCredit,
    Section,
    Sidebar,
    UnplacedName,
)

__all__ = [
    "MAX_COPY_BYTES",
    "BylineEntry",
    "CopyError",
    "CopyWarning",
    "Credit",
    "ParsedCopy",
    "PhotoCredit",
    "Section",
    "Sidebar",
    "ThemeMatcher",
    "UnplacedName",
    "decode_copy",
    "parse_copy",
    "parse_copy_bytes",
]
