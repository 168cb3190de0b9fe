"""Charts drawn on the server as accessible inline SVG: no chart service, no script.

Each chart compares figures of one kind (same label, same unit): the places that
report it, or the years of one place. Figures in different units never share an axis,
because the grouping key includes the unit. Every SVG has a <title> and <desc>, and
each bar a <title> with its value, so screen readers read the numbers; the same
numbers are in the table beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

BAR_HEIGHT, GAP, LABEL_WIDTH, WIDTH = 22, 10, 120, 560
MAX_BARS = 12
# Replaced by a page-unique id (numbered); copy is escaped, so it cannot contain it.
ID = "chart-id-placeholder"


@dataclass(frozen=True)
class Chart:
    title: str
    description: str
    svg: SafeString


def _groups(rows, key_of):
    groups: dict[tuple, list] = {}
    for row in rows:
        if row.value is None or row.value < 0:
            continue
        groups.setdefault(key_of(row), []).append(row)
    return groups


def place_charts(rows) -> list[Chart]:
    """Per kind of figure: the places that report it, side by side (latest year)."""
    charts = []
    for (label, unit), group in _groups(rows, lambda r: (r.label, r.unit)).items():
        by_place = {}
        for row in sorted(group, key=lambda r: r.year or 0):
            if row.place:
                by_place[str(row.place)] = row
        if len(by_place) < 2:
            continue
        bars = [(name, row.value) for name, row in by_place.items()]
        title = f"{label}（{unit}）：各地比较" if unit else f"{label}：各地比较"
        charts.append(_chart(title, bars, unit))
    return charts


def year_charts(rows) -> list[Chart]:
    """Per place and kind of figure: the years reported, in order."""
    charts = []
    key = lambda r: (str(r.place or ""), r.label, r.unit)  # noqa: E731
    for (place, label, unit), group in _groups(rows, key).items():
        by_year = {row.year: row for row in group if row.year}
        if len(by_year) < 2:
            continue
        bars = [(f"{year}年", by_year[year].value) for year in sorted(by_year)]
        where = f"{place} " if place else ""
        title = f"{where}{label}（{unit}）：逐年" if unit else f"{where}{label}：逐年"
        charts.append(_chart(title, bars, unit))
    return charts


def _chart(title: str, bars: list[tuple[str, Decimal]], unit: str) -> Chart:
    bars = bars[:MAX_BARS]
    largest = max(value for _name, value in bars) or Decimal(1)
    description = "；".join(f"{name} {value}{unit}" for name, value in bars)
    height = len(bars) * (BAR_HEIGHT + GAP) + GAP
    plot = WIDTH - LABEL_WIDTH - 90
    parts = []
    for index, (name, value) in enumerate(bars):
        y = GAP + index * (BAR_HEIGHT + GAP)
        length = int(plot * (value / largest)) if largest else 0
        parts.append(
            format_html(
                '<g role="listitem"><title>{name}：{value}{unit}</title>'
                '<text x="{lx}" y="{ty}" text-anchor="end" class="chart__label">{name}</text>'
                '<rect x="{bx}" y="{y}" width="{w}" height="{h}" class="chart__bar"/>'
                '<text x="{vx}" y="{ty}" class="chart__value">{value}{unit}</text></g>',
                name=name,
                value=value,
                unit=unit,
                lx=LABEL_WIDTH - 8,
                ty=y + BAR_HEIGHT - 6,
                bx=LABEL_WIDTH,
                y=y,
                w=max(length, 1),
                h=BAR_HEIGHT,
                vx=LABEL_WIDTH + max(length, 1) + 6,
            )
        )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" aria-labelledby="{ID}-title {ID}-desc">'
        f'<title id="{ID}-title">{escape(title)}</title>'
        f'<desc id="{ID}-desc">{escape(description)}</desc>'
        f'<g role="list">{"".join(parts)}</g></svg>'
    )
    return Chart(title, description, mark_safe(svg))  # noqa: S308 - escaped above


def numbered(charts: list[Chart], prefix: str) -> list[Chart]:
    """Give each chart's title and desc ids unique on the page."""
    return [
        Chart(
            chart.title,
            chart.description,
            mark_safe(chart.svg.replace(ID, f"{prefix}-{index}")),  # noqa: S308
        )
        for index, chart in enumerate(charts, 1)
    ]
