"""Reader views outside the page tree: a theme, a person, a place across installments.

Each view reads the published installments once and answers its question from their
stored bodies (series.site.body_index), so a page costs the same few queries however
many installments there are.
"""

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
from series.site import structured_data as ld
from series.site.body_index import commentaries_by, key_figures_about, sections_of
from series.site.contexts import attach_series, home_crumb
from series.site.seo import PageMeta, plain_description, with_image


def published_installments(pages=None):
    """Installments readers may see (all, or of `pages`), with series, in series order."""
    pages = pages if pages is not None else InstallmentPage.objects.all()
    pages = attach_series(pages.published().with_bylines())
    return sorted(pages, key=lambda p: (p.path[: -Page.steplen], p.number))


def group_by_series(items, page_of=lambda item: item) -> list[tuple]:
    """[(series, [item, …])] keeping the order items arrive in."""
    groups: dict[int, tuple] = {}
    for item in items:
        series = page_of(item).series
        groups.setdefault(series.pk, (series, []))[1].append(item)
    return list(groups.values())


def _snippet_context(request, obj, *, title, description, json_ld, og_type="website"):
    canonical = request_absolute_url(request, obj.get_absolute_url())
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
    }


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    # Only installments that reference the theme need their bodies read.
    on_theme = published_installments(InstallmentPage.objects.on_theme(theme))
    sections = [s for s in sections_of(on_theme) if s.theme == theme]
    installments = list(dict.fromkeys(s.page for s in sections))
    canonical = request_absolute_url(request, theme.get_absolute_url())
    context = _snippet_context(
        request,
        theme,
        title=theme.name,
        description=theme.description
        or _("%(theme)s：各篇报道中的相关章节。") % {"theme": theme.name},
        json_ld=ld.theme_collection(
            theme, request, canonical=canonical, installments=installments
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
    groups = _role_groups(person, published_installments())
    context = _snippet_context(
        request,
        person,
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
    pages = published_installments()
    installments = [p for p in pages if place in p.places.all()]
    figures = key_figures_about(pages, place)
    context = _snippet_context(
        request,
        place,
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
