"""What the reader pages of the page tree show, gathered in a bounded number of queries.

Home, series and installment pages call these from `get_context`. Each builder loads
related objects once (bylines with people, places, corrections, parent series) so
that templates, metadata and JSON-LD read the same in-memory objects.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    Max,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from series.body_format import unique_anchors
from series.links import child_url, request_absolute_url
from series.models import (
    CREDIT_ROLES,
    Byline,
    InstallmentPage,
    Role,
    SeriesPage,
    SeriesTheme,
)
from series.numerals import position_label
from series.querysets import parent_path, published, published_q
from series.site import structured_data as ld
from series.site.body_index import sections_of
from series.site.pagination import paginated, paginated_url
from series.site.pictures import picture_filters, prefetch_renditions, shared_filter
from series.site.seo import (
    SHARE_IMAGE_SPEC,
    PageMeta,
    page_canonical,
    plain_description,
    with_image,
)

HEADER_ROLES = (Role.REPORTER, Role.CORRESPONDENT)
FOOTER_ROLES = (Role.PHOTOGRAPHER, *CREDIT_ROLES)
# A series page lists this many installments (cards, table, theme matrix) per page:
# a long-running series stays one bounded page, ?page=2 and on list the rest.
SERIES_PAGE_SIZE = 50
NEWEST_COUNT = 6
# The series strip shows this many installments either side of the current one.
STRIP_SPAN = 12


@dataclass(frozen=True)
class SeriesEntry:
    """One line of a series' table or strip: out (with its page) or only announced."""

    number: int
    label: str
    page: InstallmentPage
    published: bool
    current: bool = False

    @property
    def planned_date(self) -> date | None:
        return self.page.planned_date


def attach_series(pages) -> list:
    """Give each installment its parent series from one query, not one per page."""
    pages = list(pages)
    parent_paths = {page.path[: -Page.steplen] for page in pages}
    by_path = {s.path: s for s in SeriesPage.objects.filter(path__in=parent_paths)}
    for page in pages:
        page.set_series(by_path.get(page.path[: -Page.steplen]))
    return pages


def home_crumb() -> tuple[str, str]:
    return (_("首页"), "/")


# Installment ---------------------------------------------------------------


def _prefetch_installment(page) -> None:
    bylines = Byline.objects.select_related("person").order_by("sort_order")
    prefetch_related_objects(
        [page], Prefetch("bylines", queryset=bylines), "places", "corrections"
    )


def body_with_anchors(page) -> tuple[list, list]:
    """[(block, anchor or None)] for the body and [(anchor, section)] for its TOC."""
    blocks = list(page.body)
    positions = [i for i, block in enumerate(blocks) if block.block_type == "section"]
    anchors = unique_anchors([blocks[i].value.anchor() for i in positions])
    anchor_at = dict(zip(positions, anchors, strict=True))
    body = [(block, anchor_at.get(i)) for i, block in enumerate(blocks)]
    toc = [(anchor_at[i], blocks[i].value) for i in positions]
    return body, toc


def body_images(body):
    """The images of the body's figures, top level and inside sections, in order."""
    for block, _anchor in body:
        children = block.value["content"] if block.block_type == "section" else [block]
        for child in children:
            if child.block_type == "image" and child.value.get("image"):
                yield child.value["image"]


def lead_image(page, body):
    """The photo that stands for the installment: its hero, else the first in its body.

    Search engines and share cards want an image; many installments open on text.
    """
    if page.hero_image is not None:
        return page.hero_image
    return next(body_images(body), None)


def _prefetch_pictures(page, body, lead) -> None:
    """Every rendition the page shows (hero, figures, share card) in one query."""
    wanted = [(image, picture_filters(image, "figure")) for image in body_images(body)]
    if page.hero_image is not None:
        wanted.append((page.hero_image, picture_filters(page.hero_image, "hero")))
    if lead is not None:
        wanted.append((lead, [shared_filter(SHARE_IMAGE_SPEC)]))
    prefetch_renditions(wanted)


def installment_context(page, request) -> dict:
    # A preview carries the editor's unsaved bylines and places in memory
    # (and a new page has no pk at all): only a served page loads them.
    if page.pk and not getattr(request, "is_preview", False):
        _prefetch_installment(page)
    series = page.series
    body, toc = body_with_anchors(page)
    bylines = list(page.bylines.all())
    themes = page.themes()
    places = list(page.places.all())
    corrections = list(page.corrections.all())
    canonical = page_canonical(page, request)
    image = lead_image(page, body)
    _prefetch_pictures(page, body, image)
    crumbs = [home_crumb()]
    if series is not None:
        crumbs.append((series.title, series.get_url(request=request)))
    crumbs.append((page.position_label or page.title, page.get_url(request=request)))
    article = ld.news_article(
        page,
        request,
        canonical=canonical,
        bylines=bylines,
        themes=themes,
        places=places,
        corrections=corrections,
        image=image,
    )
    return {
        "series": series,
        # Signed commentaries are sidebars: beside the text on wide screens.
        "body_blocks": [item for item in body if item[0].block_type != "commentary"],
        "sidebar_blocks": [b for b, _a in body if b.block_type == "commentary"],
        "toc": toc,
        "header_bylines": page.grouped_bylines(roles=HEADER_ROLES),
        "footer_credits": page.grouped_bylines(roles=FOOTER_ROLES),
        "people": _distinct_people(bylines),
        "themes": themes,
        "places": places,
        "corrections": corrections,
        **_strip_and_neighbours(page, request),
        "breadcrumbs": crumbs,
        "meta": _installment_meta(page, request, canonical, bylines, themes, image),
        "json_ld": [article, ld.breadcrumb_list(crumbs, request)],
    }


@dataclass(frozen=True)
class StripEntry:
    """An installment as the strip and the pager print it: number, title, link."""

    number: int
    title: str
    url: str | None
    published: bool
    current: bool = False
    planned_date: date | None = None

    @property
    def label(self) -> str:
        return position_label(self.number)


def _strip_and_neighbours(page, request) -> dict:
    """The series strip around `page` and the installments before and after it.

    Rows are plain values, not pages: the strip prints two dozen links, and
    building page objects and asking each for its URL was most of its time.
    """
    found = {"strip": [], "previous_installment": None, "next_installment": None}
    series = series_of(page)
    if series is None or page.number is None:
        return found
    number = page.number
    series_url = series.get_url(request=request)
    for pk, row_number, title, slug, is_out, planned_date in _strip_rows(page, series):
        entry = StripEntry(
            row_number,
            title,
            child_url(series_url, slug),
            is_out,
            current=pk == page.pk,
            planned_date=planned_date,
        )
        found["strip"].append(entry)
        if is_out and row_number < number:
            found["previous_installment"] = entry
        elif is_out and row_number > number and not found["next_installment"]:
            found["next_installment"] = entry
    return found


STRIP_VALUES = ("pk", "number", "title", "slug", "is_out", "planned_date")


def _strip_rows(page, series) -> list[tuple]:
    """The strip's rows (STRIP_VALUES) in number order, whatever the series' length.

    One query for the window of STRIP_SPAN numbers either side: the published and
    announced installments in it. Only when the window holds no published one on
    a side (the series' first or newest installment, or a gap wider than the
    window) does a second query add the nearest published one beyond it, so the
    pager always has it.
    """
    number = page.number
    out = published_q()
    siblings = InstallmentPage.objects.in_series(series)
    rows = list(
        siblings.filter(out | Q(planned_date__isnull=False) | Q(pk=page.pk))
        .filter(number__range=(number - STRIP_SPAN, number + STRIP_SPAN))
        .annotate(is_out=ExpressionWrapper(out, output_field=BooleanField()))
        .order_by("number")
        .values_list(*STRIP_VALUES)
    )
    out_numbers = [n for _pk, n, _title, _slug, is_out, _date in rows if is_out]
    before_needed = not any(n < number for n in out_numbers)
    after_needed = not any(n > number for n in out_numbers)
    if not (before_needed or after_needed):
        return rows
    # Built only when needed: resolving the published rule once more is a
    # measurable share of a middle installment's time.
    published_siblings = siblings.filter(out)
    nearest = published_siblings.values("number")
    beyond = Q()
    if before_needed:
        before = nearest.filter(number__lt=number).order_by("-number")[:1]
        beyond |= Q(number=Subquery(before))
    if after_needed:
        after = nearest.filter(number__gt=number).order_by("number")[:1]
        beyond |= Q(number=Subquery(after))
    extra = (
        published_siblings.filter(beyond)
        .annotate(is_out=Value(True, output_field=BooleanField()))
        .values_list(*STRIP_VALUES)
    )
    return sorted([*rows, *extra], key=lambda row: row[1])


def _entry(page, published: bool, current: bool = False) -> SeriesEntry:
    return SeriesEntry(page.number, page.position_label, page, published, current)


def series_of(page):
    return page.series


def _distinct_people(bylines) -> list[tuple]:
    """[(person, [role labels])] in byline order, one entry per person."""
    people: dict[int, tuple] = {}
    for byline in bylines:
        entry = people.setdefault(byline.person.pk, (byline.person, []))
        entry[1].append(Role(byline.role).label)
    return list(people.values())


def _installment_meta(page, request, canonical, bylines, themes, image) -> PageMeta:
    meta = PageMeta(
        title=page.seo_title or page.title,
        canonical=canonical,
        description=plain_description(
            page.search_description, page.standfirst, page.deck
        ),
        og_type="article",
        published=page.first_published_at,
        modified=page.last_published_at,
        section=page.kicker,
        author_urls=[
            request_absolute_url(request, b.person.get_absolute_url())
            for b in bylines
            if b.role in HEADER_ROLES
        ],
        tags=[theme.name for theme in themes],
    )
    return with_image(meta, image, request)


# Series --------------------------------------------------------------------


def series_context(page, request) -> dict:
    listing = paginated(request, page.installments().with_bylines(), SERIES_PAGE_SIZE)
    installments = list(listing.object_list)
    for installment in installments:
        installment.set_series(page)
    page.set_published_count(listing.paginator.count)
    sections = sections_of(installments)
    canonical = paginated_url(page_canonical(page, request), listing)
    crumbs = [home_crumb(), (page.title, page.get_url(request=request))]
    meta = PageMeta(
        title=page.seo_title or page.title,
        canonical=canonical,
        description=plain_description(
            page.search_description, page.strapline, page.editors_note
        ),
    )
    coming = _coming_on(page, listing)
    table = sorted(
        [_entry(i, True) for i in installments] + [_entry(c, False) for c in coming],
        key=lambda entry: entry.number,
    )
    if not listing.has_next():
        page.set_highest_number(table[-1].number if table else 0)
    return {
        "installments": installments,
        "listing": listing,
        "table": table,
        "matrix": theme_matrix(page, installments, sections),
        "breadcrumbs": crumbs,
        "meta": with_image(meta, page.cover_image, request),
        "json_ld": [
            ld.creative_work_series(
                page, request, canonical=canonical, installments=installments
            ),
            ld.breadcrumb_list(crumbs, request),
        ],
    }


def _coming_on(series, listing) -> list:
    """Announced installments that sit among this page's published ones.

    Each goes on the page where its number falls in the published order (after
    as many published installments as have lower numbers): one query, and every
    announcement shows on exactly one page.
    """
    earlier = (
        series.installments()
        .filter(number__lt=OuterRef("number"))
        .order_by()
        .values("depth")
        .annotate(count=Count("pk"))
        .values("count")
    )
    coming = series.coming_installments().annotate(
        earlier=Coalesce(Subquery(earlier), 0)
    )
    per_page, number = listing.paginator.per_page, listing.number
    last = listing.paginator.num_pages
    return [c for c in coming if min(c.earlier // per_page + 1, last) == number]


def theme_matrix(series, installments, sections) -> list[tuple]:
    """[(theme, [(installment, anchor or None), …])]: which installment covers what.

    Rows follow the series' own theme order, then themes only sections name.
    """
    themes = {link.theme.pk: link.theme for link in _series_themes(series)}
    first_anchor: dict[tuple[int, int], str] = {}
    for section in sections:
        if section.theme is None:
            continue
        themes.setdefault(section.theme.pk, section.theme)
        first_anchor.setdefault((section.theme.pk, section.page.pk), section.anchor)
    return [
        (theme, [(p, first_anchor.get((theme.pk, p.pk))) for p in installments])
        for theme in themes.values()
    ]


def _series_themes(series):
    # The relation manager, not SeriesTheme.objects: previews hold unsaved rows.
    return series.series_themes.select_related("theme")


# Home ----------------------------------------------------------------------


def home_context(page, request) -> dict:
    series_list = list(
        published(SeriesPage.objects.child_of(page)).select_related("cover_image")
    )
    _attach_counts(series_list)
    newest = attach_series(
        InstallmentPage.objects.published().newest_first().with_bylines()[:NEWEST_COUNT]
    )
    themes = {
        link.theme.pk: link.theme
        for link in SeriesTheme.objects.filter(page__in=series_list)
        .select_related("theme")
        .order_by("theme__name")
    }
    canonical = page_canonical(page, request)
    meta = PageMeta(
        title=page.seo_title or page.title,
        canonical=canonical,
        description=plain_description(page.search_description, page.intro),
    )
    return {
        "series_list": series_list,
        "newest_installments": newest,
        "themes": list(themes.values()),
        "meta": meta,
        "json_ld": [ld.web_site(request, name=page.title)],
    }


def _attach_counts(series_list) -> None:
    """Each series' published count and highest known number, from two grouped
    queries: a row per series, not per installment."""
    counts: dict[str, int] = {}
    highest: dict[str, int] = {}
    series_path = parent_path()
    out = (
        InstallmentPage.objects.published()
        .order_by()
        .values(series_path=series_path)
        .annotate(count=Count("pk"), highest=Max("number"))
        .values_list("series_path", "count", "highest")
    )
    announced = (
        InstallmentPage.objects.filter(planned_date__isnull=False)
        .order_by()
        .values(series_path=series_path)
        .annotate(highest=Max("number"))
        .values_list("series_path", "highest")
    )
    for parent, count, number in out:
        counts[parent] = count
        highest[parent] = max(highest.get(parent, 0), number or 0)
    for parent, number in announced:
        highest[parent] = max(highest.get(parent, 0), number or 0)
    for series in series_list:
        series.set_published_count(counts.get(series.path, 0))
        series.set_highest_number(highest.get(series.path, 0))
