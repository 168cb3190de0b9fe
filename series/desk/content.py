"""What the latest draft of an installment says, read without a query per page.

Wagtail keeps a draft's edits in its latest revision, not in the page row, so the
desk reads the revision's stored content (select_related in queries.py). Pages made
without a revision (fixtures, scripts) fall back to the row and its prefetches.
"""

import json
from dataclasses import dataclass, field
from datetime import date

from series.models import CREDIT_ROLES


@dataclass
class DraftFacts:
    number: int
    title: str
    planned_date: date | None
    reporter_ids: list[int] = field(default_factory=list)
    planned_theme_ids: list[int] = field(default_factory=list)
    covered_theme_ids: list[int] = field(default_factory=list)
    has_body: bool = False
    has_hero_image: bool = False
    has_credits: bool = False


def _stream(raw) -> list:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw or "[]")
        except ValueError:
            return []
    return raw if isinstance(raw, list) else []


def _section_theme_ids(stream: list) -> list[int]:
    ids = []
    for block in stream:
        if not isinstance(block, dict) or block.get("type") != "section":
            continue
        theme_id = (block.get("value") or {}).get("theme")
        if theme_id and int(theme_id) not in ids:
            ids.append(int(theme_id))
    return ids


def _date(value) -> date | None:
    if isinstance(value, date) or value is None:
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def _number(value, fallback: int) -> int:
    try:
        return int(value) if int(value) > 0 else fallback
    except (TypeError, ValueError):
        return fallback


def _row_content(page) -> dict:
    """The page row in the shape of a revision's content."""
    return {
        "number": page.number,
        "title": page.title,
        "planned_date": page.planned_date,
        "assigned_reporters": [user.pk for user in page.assigned_reporters.all()],
        "planned_themes": [theme.pk for theme in page.planned_themes.all()],
        "body": page.body.raw_data,
        "hero_image": page.hero_image_id,
        "bylines": [{"role": byline.role} for byline in page.bylines.all()],
    }


def draft_facts(page) -> DraftFacts:
    revision = page.latest_revision
    content = revision.content if revision is not None else _row_content(page)
    stream = _stream(content.get("body"))
    roles = {byline.get("role") for byline in content.get("bylines") or []}
    return DraftFacts(
        number=_number(content.get("number"), page.number),
        title=page.draft_title or content.get("title") or page.title,
        planned_date=_date(content.get("planned_date")),
        reporter_ids=[int(pk) for pk in content.get("assigned_reporters") or []],
        planned_theme_ids=[int(pk) for pk in content.get("planned_themes") or []],
        covered_theme_ids=_section_theme_ids(stream),
        has_body=bool(stream),
        has_hero_image=bool(content.get("hero_image")),
        has_credits=bool(roles & {str(role) for role in CREDIT_ROLES}),
    )
