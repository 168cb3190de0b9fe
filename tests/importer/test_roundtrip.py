"""Import, publish, render: every paragraph of the copy is on the page, once, as text."""

import json
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils.html import strip_tags

from series.importer import parse_copy_bytes
from series.importer.mapping import theme_matcher
from series.models import Byline, InstallmentPage, SeriesPage
from series.services import person_get_or_create
from tests.importer.helpers import SAMPLE_NAMES, SAMPLES, prose_lines

pytestmark = pytest.mark.django_db


class ArticleText(HTMLParser):
    """The text inside <article>, entities decoded, as a reader sees it.

    With body_only, the article's header, footer and navigation (headline, bylines,
    credits, contents) are left out: what remains is the prose.
    """

    SKIPPED = {"header", "footer", "nav"}

    def __init__(self, *, body_only: bool):
        super().__init__(convert_charrefs=True)
        self.body_only = body_only
        self.stack: list[str] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "article" or self.stack:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if self.stack and tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data):
        if not self.stack:
            return
        if self.body_only and self.SKIPPED & set(self.stack):
            return
        self.parts.append(data)

    @classmethod
    def of(cls, html: str, *, body_only: bool = False) -> str:
        reader = cls(body_only=body_only)
        reader.feed(html)
        return "".join(reader.parts)


def assign_unplaced_names(page: InstallmentPage) -> None:
    """What the editor does before publishing: credit the unplaced names, clear the list."""
    draft = page.get_latest_revision_as_object()
    for name in draft.unplaced_names.split():
        person, _created = person_get_or_create(name=name, role="photographer")
        draft.bylines.add(Byline(person=person, role="photographer"))
    draft.unplaced_names = ""
    draft.save_revision()


def series_note_text(series) -> str:
    """The editor's note the import wrote into the series' draft, as text."""
    series = SeriesPage.objects.get(pk=series.pk)
    return strip_tags(series.get_latest_revision_as_object().editors_note)


def import_and_publish(client, series, name: str) -> tuple[InstallmentPage, str]:
    out = StringIO()
    path = str(SAMPLES / name)
    call_command(
        "import_installment", path, "--series", series.slug, "--json", stdout=out
    )
    page = InstallmentPage.objects.get(pk=json.loads(out.getvalue())["page_id"])
    assign_unplaced_names(page)
    page = InstallmentPage.objects.get(pk=page.pk)
    page.get_latest_revision().publish()
    response = client.get(page.url)
    assert response.status_code == 200
    return page, response.content.decode()


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_paragraph_appears_once(client, series, themes, name):
    page, html = import_and_publish(client, series, name)
    article = ArticleText.of(html)
    prose = ArticleText.of(html, body_only=True)
    parsed = parse_copy_bytes((SAMPLES / name).read_bytes(), themes=theme_matcher())
    assert parsed.all_paragraphs()
    # The series had no editor's note, so the copy's introduction went there.
    note = series_note_text(series)
    for paragraph in parsed.all_paragraphs():
        if paragraph in parsed.editors_note:
            assert note.count(paragraph) == 1, paragraph
        else:
            assert prose.count(paragraph) == 1, paragraph
    # Independently of the parser: no line of prose in the file went missing.
    for line in prose_lines(name, parsed):
        assert line in prose or line in note, line
    assert parsed.title in article
    for section in parsed.sections:
        assert section.heading in article


def test_markup_in_copy_renders_as_text(client, series, themes):
    _page, html = import_and_publish(client, series, "cixi_12.txt")
    assert "功率&lt;800瓦" in html
    assert "成本&gt;售价" in html
    assert "“A&amp;B”" in html
    assert "<800" not in html
    article = ArticleText.of(html)
    assert "功率<800瓦" in article and "成本>售价" in article and "“A&B”" in article


def test_imported_page_shows_bylines_and_credits(client, series, themes):
    _page, html = import_and_publish(client, series, "cixi_12.txt")
    article = ArticleText.of(html)
    assert "本报记者 葛映雪" in article
    assert "本报通讯员 邵南星" in article
    assert "责编：许清川" in article
    assert "版式设计：邹明朗" in article
    assert "——县域经济高质量发展观察之十二" in article


def test_draft_is_not_public_until_published(client, series, themes):
    out = StringIO()
    path = str(SAMPLES / "jiangyin_01.txt")
    call_command(
        "import_installment", path, "--series", series.slug, "--json", stdout=out
    )
    page = InstallmentPage.objects.get(pk=json.loads(out.getvalue())["page_id"])
    assert client.get(page.url or f"{series.url}{page.slug}/").status_code == 404
