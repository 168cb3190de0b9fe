"""Editors preview pages before saving them: the reader templates must cope."""

from django.test import RequestFactory

from series.models import Byline, InstallmentPage, Role, SeriesPage, SeriesTheme


def preview(page, user):
    request = RequestFactory().get("/")
    request.user = user
    response = page.make_preview_request(request)
    if hasattr(response, "render"):
        response.render()
    return response


def test_preview_of_a_new_installment_shows_unsaved_bylines(reader_site, admin_user):
    series = reader_site.series
    page = InstallmentPage(title="预览中的新篇", number=9, slug="preview-new")
    page.depth = series.depth + 1
    page.path = series.path + "9999"
    page.set_url_path(series)
    page.bylines = [Byline(person=reader_site.people.reporter2, role=Role.REPORTER)]
    page.places = [reader_site.places[1]]
    response = preview(page, admin_user)
    assert response.status_code == 200
    body = response.content.decode()
    assert "预览中的新篇" in body
    assert "/people/liu-junguo/" in body and "/places/jinjiang/" in body


def test_preview_of_a_new_series_with_themes(reader_site, admin_user):
    home = reader_site.home
    page = SeriesPage(title="新系列预览", kicker="人民眼", slug="preview-series")
    page.depth = home.depth + 1
    page.path = home.path + "9999"
    page.set_url_path(home)
    page.series_themes = [SeriesTheme(theme=reader_site.themes[0])]
    response = preview(page, admin_user)
    assert response.status_code == 200
    assert "新系列预览" in response.content.decode()
