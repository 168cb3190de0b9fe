"""The Wagtail admin's page search finds Chinese words inside titles."""

import pytest
from django.urls import reverse

from series.models import Person
from tests.factories import NewsImageFactory

pytestmark = pytest.mark.django_db

URL = reverse("wagtailadmin_pages:search")


@pytest.fixture
def pages(make_installment):
    return (
        make_installment(title="创新突围看县域"),
        make_installment(title="烟花照亮小城", live=False),
    )


@pytest.mark.parametrize(
    ("query", "title"),
    [("突围", "创新突围看县域"), ("县域", "创新突围看县域"), ("烟花", "烟花照亮小城")],
)
def test_admin_search_finds_words_inside_titles(admin_client, pages, query, title):
    response = admin_client.get(URL, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert title in html
    others = {page.title for page in pages} - {title}
    assert not any(other in html for other in others)


def test_admin_search_takes_traditional_characters(admin_client, pages):
    response = admin_client.get(URL, {"q": "創新"})
    assert "创新突围看县域" in response.content.decode()


def test_admin_search_for_an_absent_word_lists_nothing(admin_client, pages):
    html = admin_client.get(URL, {"q": "石墨烯"}).content.decode()
    assert not any(page.title in html for page in pages)


def test_snippet_search_finds_part_of_a_name(
    admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        Person.objects.create(name="姚雪青")
        Person.objects.create(name="刘军国")
    url = reverse("wagtailsnippets_series_person:list")
    html = admin_client.get(url, {"q": "雪青"}).content.decode()
    assert "姚雪青" in html and "刘军国" not in html


def test_image_search_finds_words_inside_titles(admin_client, db):
    NewsImageFactory(title="江阴港口的夜景")
    NewsImageFactory(title="慈溪的小家电车间")
    html = admin_client.get(reverse("wagtailimages:index"), {"q": "港口"}).content
    assert "江阴港口的夜景" in html.decode()
    assert "慈溪的小家电车间" not in html.decode()
