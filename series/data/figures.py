"""Every key figure of a series' live installments, as rows with exact values.

Read from the stored bodies (series.site.body_index), so the table costs the same few
queries however many installments and figures there are. Only published installments
(`InstallmentPage.objects.published()`) contribute: a draft's figures never appear.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from series.body_format import KEY_FIGURE, children, raw_body
from series.models import Place
from series.site.body_index import sections_of

#: Column names of the CSV and JSON downloads: stable, documented in docs/data.md.
COLUMNS = (
    "installment_number",
    "installment_title",
    "installment_url",
    "section",
    "section_url",
    "theme",
    "place",
    "year",
    "label",
    "value",
    "unit",
    "source",
)


@dataclass(frozen=True)
class FigureRow:
    page: object
    section: str
    anchor: str
    theme: object
    place: Place | None
    year: int | None
    label: str
    value_text: str
    value: Decimal | None
    unit: str
    source: str

    @property
    def url(self) -> str:
        return self.page.url + (f"#{self.anchor}" if self.anchor else "")

    def record(self, request=None) -> dict[str, str]:
        """One row of the downloads: text only, the value as written (exact)."""
        full = self.page.get_full_url(request)
        return {
            "installment_number": str(self.page.number or ""),
            "installment_title": self.page.title,
            "installment_url": full,
            "section": self.section,
            "section_url": full + (f"#{self.anchor}" if self.anchor else ""),
            "theme": self.theme.name if self.theme else "",
            "place": str(self.place) if self.place else "",
            "year": str(self.year or ""),
            "label": self.label,
            "value": str(self.value) if self.value is not None else self.value_text,
            "unit": self.unit,
            "source": self.source,
        }


def exact(value) -> Decimal | None:
    """The stored value as an exact decimal (1,286.4 → 1286.4); None when it is not one."""
    text = str(value or "").replace(",", "").replace("，", "").strip()
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _row(page, figure: dict, places: dict, section=None) -> FigureRow:
    year = figure.get("year")
    return FigureRow(
        page=page,
        section=section.heading if section else "",
        anchor=section.anchor if section else "",
        theme=section.theme if section else None,
        place=places.get(figure.get("place")),
        year=int(year) if str(year or "").isdigit() else None,
        label=figure.get("label") or "",
        value_text=str(figure.get("value") or ""),
        value=exact(figure.get("value")),
        unit=figure.get("unit") or "",
        source=figure.get("source") or "",
    )


def series_figures(series) -> list[FigureRow]:
    """Rows in reading order: installment number, then place in the body."""
    pages = list(series.installments())
    for page in pages:
        page.set_series(series)
    found: list[tuple] = []
    for page in pages:
        # Key figures outside any section (rare) come before the sections'.
        found += [
            (page, figure, None) for figure in children(raw_body(page), KEY_FIGURE)
        ]
    for section in sections_of(pages):
        found += [(section.page, figure, section) for figure in section.key_figures]
    ids = {figure.get("place") for _page, figure, _section in found} - {None}
    places = Place.objects.in_bulk(ids) if ids else {}
    order = {page.pk: index for index, page in enumerate(pages)}
    found.sort(key=lambda item: order[item[0].pk])
    return [_row(page, figure, places, section) for page, figure, section in found]


def filtered(rows: list[FigureRow], *, place="", theme="", year="") -> list[FigureRow]:
    """The rows a reader asked for (the no-JavaScript form submits these)."""
    if place:
        rows = [row for row in rows if row.place and row.place.slug == place]
    if theme:
        rows = [row for row in rows if row.theme and row.theme.slug == theme]
    if year:
        rows = [row for row in rows if str(row.year or "") == year]
    return rows


def as_csv(rows: list[FigureRow], request=None) -> str:
    """UTF-8 CSV with a BOM, so spreadsheet programs read the Chinese correctly."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(_spreadsheet_safe(row.record(request)))
    return buffer.getvalue()


def _spreadsheet_safe(record: dict[str, str]) -> dict[str, str]:
    # A cell starting with = + - @ runs as a formula in spreadsheet programs.
    return {
        key: ("'" + value if value[:1] in ("=", "+", "@") else value)
        for key, value in record.items()
    }


def as_json(series, rows: list[FigureRow], request=None) -> str:
    return json.dumps(
        {
            "series": series.title,
            "url": series.get_full_url(request),
            "columns": list(COLUMNS),
            "figures": [row.record(request) for row in rows],
        },
        ensure_ascii=False,
        indent=2,
    )


def place_rows(found: list[tuple], place: Place) -> list[FigureRow]:
    """Rows for a place page from body_index.key_figures_about's (page, section, figure)."""
    return [
        _row(page, figure, {place.pk: place}, section)
        for page, section, figure in found
    ]
