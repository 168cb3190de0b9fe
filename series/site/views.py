"""Reader views outside the page tree: a theme, a person, a place across installments.

Each view finds the installments that name its object without reading any body
(bylines, the places relation, Wagtail's reference index for body choosers), lists
them a page at a time (?page=N), and answers its question from the stored bodies of
that page only (series.site.body_index). A page costs the same few queries and the
same work however many installments there are.
"""

from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from series.data import charts
from series.data.figures import place_rows
from series.links import request_absolute_url
from series.models import (
    CREDIT_ROLES,
    WRITING_ROLES,
    InstallmentPage,
    Person,
    Place,
    Role,
    Theme,
)
from series.querysets import parent_path
from series.site import structured_data as ld
from series.site.body_index import commentaries_by, key_figures_about, sections_of
from series.site.contexts import attach_series, home_crumb
from series.site.pagination import paginated, paginated_url
from series.site.seo import PageMeta, plain_description, with_image

# Installments per page of a theme, person or place listing.
LISTING_PAGE_SIZE = 50


def published_installments(pages=None):
    """Installments readers may see (all, or of `pages`), with series, in series order."""
    pages = pages if pages is not None else InstallmentPage.objects.all()
    pages = attach_series(pages.published().with_bylines())
    return sorted(pages, key=lambda p: (p.path[: -Page.steplen], p.number))


def listed(request, pages):
    """One page (?page=N) of the published `pages` in series order, with series and
    bylines loaded for that page only: (Page object, its installments)."""
    # Series order, as published_installments sorts: the series' path, then number.
    ordered = pages.published().order_by(parent_path(), "number")
    listing = paginated(
        request, ordered.values_list("pk", flat=True), LISTING_PAGE_SIZE
    )
    chosen = InstallmentPage.objects.filter(pk__in=list(listing.object_list))
    return listing, published_installments(chosen)


def naming(obj, *direct: Q):
    """Installments that name `obj`: through `direct` relations or any body chooser."""
    named = Q(pk__in=InstallmentPage.objects.referencing_ids(obj))
    for condition in direct:
        named |= condition
    return InstallmentPage.objects.filter(named).distinct()


def group_by_series(items, page_of=lambda item: item) -> list[tuple]:
    """[(series, [item, …])] keeping the order items arrive in."""
    groups: dict[int, tuple] = {}
    for item in items:
        series = page_of(item).series
        groups.setdefault(series.pk, (series, []))[1].append(item)
    return list(groups.values())


def _canonical(request, obj, listing) -> str:
    return paginated_url(request_absolute_url(request, obj.get_absolute_url()), listing)


def _snippet_context(
    request, obj, listing, *, title, description, json_ld, og_type="website"
):
    canonical = _canonical(request, obj, listing)
    crumbs = [home_crumb(), (title, obj.get_absolute_url())]
    meta = PageMeta(
        title=title,
        canonical=canonical,
        description=plain_description(description),
        og_type=og_type,
    )
    return {
        "meta": meta,
        "breadcrumbs": crumbs,
        "json_ld": [json_ld, ld.breadcrumb_list(crumbs, request)],
        "feed_source": obj,
        "listing": listing,
    }


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    # Only installments that reference the theme need their bodies read.
    listing, on_theme = listed(request, InstallmentPage.objects.on_theme(theme))
    sections = [s for s in sections_of(on_theme) if s.theme == theme]
    installments = list(dict.fromkeys(s.page for s in sections))
    context = _snippet_context(
        request,
        theme,
        listing,
        title=theme.name,
        description=theme.description
        or _("%(theme)s：各篇报道中的相关章节。") % {"theme": theme.name},
        json_ld=ld.theme_collection(
            theme,
            request,
            canonical=_canonical(request, theme, listing),
            installments=installments,
        ),
    )
    context.update(
        theme=theme,
        sections=sections,
        groups=group_by_series(sections, page_of=lambda s: s.page),
    )
    return render(request, "pages/theme_page.html", context)


def _role_groups(person, pages) -> list[tuple]:
    """[(group label, [(installment, [role labels], [commentary titles])])]."""
    commentary = {}
    for page, value in commentaries_by(pages, person):
        commentary.setdefault(page.pk, []).append(value.get("title") or "")
    groups = {
        "writing": (_("文字报道与评论"), WRITING_ROLES),
        "photos": (_("摄影"), (Role.PHOTOGRAPHER,)),
        "credits": (_("编辑与版面"), CREDIT_ROLES),
    }
    result = []
    for key, (label, roles) in groups.items():
        entries = []
        for page in pages:
            labels = [
                Role(b.role).label
                for b in page.bylines.all()
                if b.person_id == person.pk and b.role in roles
            ]
            titles = commentary.get(page.pk, []) if key == "writing" else []
            if labels or titles:
                entries.append((page, labels, titles))
        if entries:
            result.append((key, label, entries))
    return result


def person_detail(request, slug):
    person = get_object_or_404(Person.objects.select_related("photo"), slug=slug)
    listing, pages = listed(request, naming(person, Q(bylines__person=person)))
    groups = _role_groups(person, pages)
    context = _snippet_context(
        request,
        person,
        listing,
        title=person.name,
        description=person.bio or _("%(name)s参与的系列报道。") % {"name": person.name},
        json_ld=ld.person_profile(
            person, request, role_label=person.get_default_role_display()
        ),
        og_type="profile",
    )
    with_image(context["meta"], person.photo, request, alt=person.name)
    context.update(person=person, role_groups=groups)
    return render(request, "pages/person_page.html", context)


def place_detail(request, slug):
    place = get_object_or_404(Place, slug=slug)
    listing, pages = listed(request, naming(place, Q(places=place)))
    installments = [p for p in pages if place in p.places.all()]
    # Figures come from the installments this page lists: all of them for any
    # place with up to LISTING_PAGE_SIZE installments.
    figures = key_figures_about(pages, place)
    context = _snippet_context(
        request,
        place,
        listing,
        title=f"{place.province}{place.name}",
        description=_("%(place)s：相关报道与关键数据。")
        % {"place": f"{place.province}{place.name}"},
        json_ld=ld.place_profile(place, request),
    )
    context.update(
        place=place,
        installment_groups=group_by_series(installments),
        key_figures=figures,
        charts=charts.numbered(
            charts.year_charts(place_rows(figures, place)), "place-year-chart"
        ),
    )
    return render(request, "pages/place_page.html", context)
