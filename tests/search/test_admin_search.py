"""The Wagtail admin's page search finds Chinese words inside titles."""

import pytest
from django.urls import reverse

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
