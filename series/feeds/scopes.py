"""What a feed covers: the whole site, one series, theme, person or place.

A ``FeedScope`` knows its channel metadata (title, description, image, page
URL), the installments that belong in it, and a cache key. Every scope lists
only ``InstallmentPage.objects.published()`` pages: live, public, not expired.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from series.models import HomePage, InstallmentPage, Person, Place, SeriesPage, Theme

# The wider feeds keep to recent work. A series feed lists the whole series up to
# SERIES_ITEMS, then its newest SERIES_ITEMS: feed readers fetch a feed every few
# minutes, and a 1,000-part series in full was 10 MB a fetch.
RECENT_ITEMS = 50
SERIES_ITEMS = 100


@dataclass
class FeedScope:
    """One subscribable feed source; ``kind`` is site/series/theme/person/place."""

    kind: str
    obj: Any
    title: str
    description: str
    path: str
    image: Any = None  # NewsImage or None

    @property
    def cache_key(self) -> str:
        return f"{self.kind}:{self.obj.pk}"

    def installments(self):
        """Published installments in this scope, newest first, ready to render."""
        pages = InstallmentPage.objects.published().with_bylines()
        pages = pages.select_related("hero_image").newest_first()
        if self.kind == "series":
            return list(pages.in_series(self.obj)[:SERIES_ITEMS])
        if self.kind == "site":
            pages = pages.descendant_of(self.obj)
        elif self.kind == "person":
            pages = pages.involving_person(self.obj)
        elif self.kind == "place":
            pages = pages.about_place(self.obj)
        elif self.kind == "theme":
            pages = pages.on_theme(self.obj)
        return list(pages[:RECENT_ITEMS])


def site_name() -> str:
    return str(getattr(settings, "WAGTAIL_SITE_NAME", "")) or "newsroom"


def scope_for(obj) -> FeedScope:
    """The feed scope of a page or snippet; ValueError for anything else."""
    obj = obj.specific if hasattr(obj, "specific_class") else obj
    for model, build in _BUILDERS:
        if isinstance(obj, model):
            return build(obj)
    raise ValueError(f"no feed for {type(obj).__name__}")


def _site_scope(home: HomePage) -> FeedScope:
    return FeedScope(
        kind="site",
        obj=home,
        title=site_name(),
        description=strip_tags(home.intro) or _("县域经济系列报道，全文订阅"),
        path=home.url or "/",
    )


def _series_scope(series: SeriesPage) -> FeedScope:
    description = series.strapline or strip_tags(series.editors_note)
    return FeedScope(
        kind="series",
        obj=series,
        title=f"{series.title} | {series.kicker}" if series.kicker else series.title,
        description=description or series.title,
        path=series.url or "/",
        image=series.cover_image,
    )


def _theme_scope(theme: Theme) -> FeedScope:
    return FeedScope(
        kind="theme",
        obj=theme,
        title=_("主题：%(name)s | %(site)s")
        % {"name": theme.name, "site": site_name()},
        description=theme.description or theme.name,
        path=theme.get_absolute_url(),
    )


def _person_scope(person: Person) -> FeedScope:
    return FeedScope(
        kind="person",
        obj=person,
        title=_("%(name)s的报道 | %(site)s")
        % {"name": person.name, "site": site_name()},
        description=person.bio or person.name,
        path=person.get_absolute_url(),
        image=person.photo,
    )


def _place_scope(place: Place) -> FeedScope:
    return FeedScope(
        kind="place",
        obj=place,
        title=_("%(place)s | %(site)s") % {"place": str(place), "site": site_name()},
        description=_("关于%(place)s的报道") % {"place": str(place)},
        path=place.get_absolute_url(),
    )


_BUILDERS = [
    (HomePage, _site_scope),
    (SeriesPage, _series_scope),
    (Theme, _theme_scope),
    (Person, _person_scope),
    (Place, _place_scope),
]
