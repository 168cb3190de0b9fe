"""Reader views for snippets: a theme, a person, a place, each across installments."""

from django.shortcuts import get_object_or_404, render

from series.models import InstallmentPage, Person, Place, Theme


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    sections = [
        (page, section)
        for page in InstallmentPage.objects.published().with_bylines().order_by("path")
        for section in page.sections()
        if section.get("theme") and section["theme"].pk == theme.pk
    ]
    return render(
        request, "pages/theme_page.html", {"theme": theme, "sections": sections}
    )


def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    installments = (
        InstallmentPage.objects.published().involving_person(person).with_bylines()
    )
    return render(
        request,
        "pages/person_page.html",
        {"person": person, "installments": installments},
    )


def place_detail(request, slug):
    place = get_object_or_404(Place, slug=slug)
    installments = InstallmentPage.objects.published().about_place(place).with_bylines()
    return render(
        request, "pages/place_page.html", {"place": place, "installments": installments}
    )
