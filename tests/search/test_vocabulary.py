"""The newsroom's names stay whole, and renaming a snippet re-cuts the pages."""

import pytest

from series.body_format import paragraph
from series.models import InstallmentPage, Person
from series.search import vocabulary
from series.search.segment import query_terms
from series.search.vocabulary import words_from_names
from tests.factories import PlaceFactory, SeriesPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_vocabulary():
    """Reload from this test's database: earlier tests may have left words behind."""
    vocabulary.bump_version()


def found(query: str) -> list[str]:
    return [page.title for page in InstallmentPage.objects.live().search(query)]


def test_words_from_names_split_kickers_and_skip_non_words():
    words = words_from_names(["人民眼·县域经济", "姚雪青", "江", "AG600", "臺灣", ""])
    assert words == {"人民眼", "县域经济", "姚雪青", "台湾"}


def test_vocabulary_reads_every_kind_of_name(home):
    PlaceFactory(name="慈溪")
    ThemeFactory(name="人才为先", aliases="靶向引才\n精准育才")
    SeriesPageFactory(parent=home, title="县域观察", kicker="人民眼·县域经济")
    Person.objects.create(name="姚雪青")
    vocabulary.bump_version()
    vocabulary.tokenizer()
    words = vocabulary.vocabulary.words
    assert {"慈溪", "人才为先", "靶向引才", "精准育才", "县域观察", "人民眼"} <= words
    assert "姚雪青" in words


def test_a_new_person_is_never_split(django_capture_on_commit_callbacks):
    assert "姚雪青" not in query_terms("记者姚雪青报道", vocabulary.tokenizer())
    with django_capture_on_commit_callbacks(execute=True):
        Person.objects.create(name="姚雪青")
    assert query_terms("记者姚雪青报道", vocabulary.tokenizer()) == [
        "记者",
        "姚雪青",
        "报道",
    ]


def test_pages_cut_before_a_name_existed_are_cut_again(
    make_installment, django_capture_on_commit_callbacks
):
    page = make_installment(body=[paragraph("本报记者姚雪青在车间里采访。")])
    with django_capture_on_commit_callbacks(execute=True):
        Person.objects.create(name="姚雪青")
    # The query is now the single word 姚雪青; the old index held only 姚 / 雪青.
    assert found("姚雪青") == [page.title]


def test_renaming_a_person_re_cuts_pages_with_the_new_name(
    make_installment, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        person = Person.objects.create(name="姚雪青")
    page = make_installment(body=[paragraph("通讯员姚雪晴发回的稿件。")])
    with django_capture_on_commit_callbacks(execute=True):
        person.name = "姚雪晴"
        person.save()
    assert found("姚雪晴") == [page.title]
    assert "姚雪晴" in vocabulary.vocabulary.words
    assert "姚雪青" not in vocabulary.vocabulary.words


def test_saving_without_renaming_changes_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        person = Person.objects.create(name="姚雪青")
    version = vocabulary.current_version()
    with django_capture_on_commit_callbacks(execute=True):
        person.bio = "长期关注县域经济。"
        person.save()
    assert vocabulary.current_version() == version
