"""A draft, scheduled, expired, private or withdrawn installment is nowhere public.

One installment (number 2, between two published ones) is put in each hidden
state; then every public surface is read as an anonymous reader: its own URL,
the home page, the series page, its neighbours' previous/next links, every
feed, search, both sitemaps, the API, and the theme, person and place pages it
would appear on. The same reading with the installment published is the
control: it must be visible on each surface, or the absence would prove nothing.
"""

import datetime as dt
from dataclasses import dataclass

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import PageViewRestriction

from series import body_format as stream
from series.models import InstallmentPage, Role
from tests.factories import (
    BylineFactory,
    InstallmentPageFactory,
    PersonFactory,
    PlaceFactory,
    ThemeFactory,
)
from tests.workflow.helpers import (
    add_installment_url,
    clock_at,
    installment_form,
    local_input,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db

TITLE = "盐城海上风电的新航线"
SLUG = "yancheng-offshore-wind"
SEARCH_WORD = "海上风电"


@dataclass
class Scene:
    series: object
    theme: object
    person: object
    place: object
    before: InstallmentPage
    after: InstallmentPage


def body(theme, words: str) -> list:
    return [stream.section("向海而兴", stream.paragraph(words), theme=theme)]


def published(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def neighbour(scene_parts, number: int, title: str):
    series, theme, person, place = scene_parts
    page = InstallmentPageFactory(
        parent=series,
        number=number,
        title=title,
        live=False,
        body=body(theme, "县域里的制造业故事"),
    )
    page.places.add(place)
    BylineFactory(page=page, person=person, role=Role.REPORTER)
    return published(page)


@pytest.fixture
def scene(series):
    cache.clear()
    parts = (
        series,
        ThemeFactory(name="绿色转型", slug="green"),
        PersonFactory(name="姚雪青", slug="yao-xueqing"),
        PlaceFactory(name="盐城", slug="yancheng"),
    )
    yield Scene(
        *parts,
        before=neighbour(parts, 1, "江阴制造的第一篇"),
        after=neighbour(parts, 3, "江阴制造的第三篇"),
    )
    cache.clear()


def subject(scene, **fields) -> InstallmentPage:
    """Installment 2: in the series, on the theme, by the person, about the place."""
    page = InstallmentPageFactory(
        parent=scene.series,
        number=2,
        title=TITLE,
        slug=SLUG,
        live=False,
        body=body(scene.theme, f"{SEARCH_WORD}让一座县城向海而兴。"),
        **fields,
    )
    page.places.add(scene.place)
    BylineFactory(page=page, person=scene.person, role=Role.REPORTER)
    return page


def surfaces(scene) -> list[str]:
    feed_owners = [
        "/",
        scene.series.url,
        f"/themes/{scene.theme.slug}/",
        f"/people/{scene.person.slug}/",
        f"/places/{scene.place.slug}/",
    ]
    feeds = [
        f"{owner}feed/{kind}"
        for owner in feed_owners
        for kind in ("", "atom/", "json/")
    ]
    return [
        "/",
        scene.series.url,
        scene.before.url,  # its "next" would be installment 2
        scene.after.url,  # its "previous" would be installment 2
        *feeds,
        f"/search/?q={SEARCH_WORD}",
        "/sitemap.xml",
        "/news-sitemap.xml",
        "/api/v2/pages/?type=series.InstallmentPage&fields=*&limit=20",
        f"/themes/{scene.theme.slug}/",
        f"/people/{scene.person.slug}/",
        f"/places/{scene.place.slug}/",
    ]


def showing_subject(scene) -> list[str]:
    """The surfaces on which an anonymous reader finds installment 2."""
    reader = Client()
    found = []
    for url in surfaces(scene):
        response = reader.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        if TITLE in text or SLUG in text:
            found.append(url)
    return found


def assert_hidden(scene, page):
    reader = Client()
    assert reader.get(f"/{scene.series.slug}/{SLUG}/").status_code == 404
    assert reader.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    assert showing_subject(scene) == []


def assert_visible_everywhere(scene, page):
    reader = Client()
    response = reader.get(page.url)
    assert response.status_code == 200
    assert TITLE in response.content.decode()
    assert reader.get(f"/api/v2/pages/{page.pk}/").status_code == 200
    assert showing_subject(scene) == surfaces(scene)


def test_published_installment_is_on_every_surface(scene):
    page = published(subject(scene))
    assert_visible_everywhere(scene, page)


def test_draft_is_nowhere(scene):
    page = subject(scene)
    page.save_revision()
    assert_hidden(scene, page)


def test_withdrawn_installment_is_nowhere(scene):
    page = published(subject(scene))
    page.unpublish()
    assert_hidden(scene, page)


def test_private_installment_is_nowhere(scene):
    page = published(subject(scene))
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    reader = Client()
    # Wagtail sends a stranger to log in rather than answering 404, so those
    # allowed to read it can; either way nothing of it is shown.
    response = reader.get(page.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert reader.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    assert showing_subject(scene) == []


def test_password_protected_installment_shows_only_the_password_form(scene):
    page = published(subject(scene))
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="海风"
    )
    response = Client().get(page.url)
    assert SEARCH_WORD not in response.content.decode()
    assert showing_subject(scene) == []


def test_expired_installment_vanishes_before_the_job_runs(scene):
    expiry = timezone.now() + dt.timedelta(hours=2)
    page = published(subject(scene, expire_at=expiry))
    assert_visible_everywhere(scene, page)  # also fills the feed caches

    with clock_at(expiry + dt.timedelta(minutes=1)):
        page.refresh_from_db()
        assert page.live  # publish_scheduled has not run…
        assert_hidden(scene, page)  # …and readers see nothing of it already

        call_command("publish_scheduled")
        page.refresh_from_db()
        assert not page.live
        assert_hidden(scene, page)


def test_scheduled_installment_appears_only_once_the_job_runs(
    scene, reporter_client, editor_client
):
    """Through the admin: the reporter submits with a go-live time, the editor approves."""
    go_live = timezone.now() + dt.timedelta(hours=3)
    form = installment_form(
        title=TITLE,
        slug=SLUG,
        number="2",
        go_live_at=local_input(go_live),
    )
    draft_form = form | {"action-submit": "1"}
    response = reporter_client.post(add_installment_url(scene.series), draft_form)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = InstallmentPage.objects.get(slug=SLUG)
    # Theme, place and byline as the other tabs of the form would set them.
    page.body = body(scene.theme, f"{SEARCH_WORD}让一座县城向海而兴。")
    page.places.add(scene.place)
    BylineFactory(page=page, person=scene.person, role=Role.REPORTER)
    page.save_revision(user=page.owner)
    editor_client.post(workflow_action_url(page, "approve"))
    page.refresh_from_db()
    assert page.scheduled_revision is not None

    assert_hidden(scene, page)
    call_command("publish_scheduled")  # before its time: nothing changes
    assert_hidden(scene, page)

    with clock_at(go_live + dt.timedelta(minutes=1)):
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert page.live
        assert_visible_everywhere(scene, page)


def test_installments_of_a_withdrawn_series_are_nowhere(scene):
    """Wagtail keeps the children of an unpublished page live and routable."""
    page = published(subject(scene))
    scene.series.unpublish()
    cache.clear()
    reader = Client()
    for installment in (page, scene.before, scene.after):
        installment.refresh_from_db()
        assert installment.live
        assert reader.get(installment.url).status_code == 404
        assert reader.get(f"/api/v2/pages/{installment.pk}/").status_code == 404
    still_public = [
        "/",
        "/feed/",
        "/feed/json/",
        f"/themes/{scene.theme.slug}/feed/atom/",
        f"/people/{scene.person.slug}/",
        f"/places/{scene.place.slug}/feed/",
        f"/search/?q={SEARCH_WORD}",
        "/sitemap.xml",
        "/api/v2/pages/?type=series.InstallmentPage&fields=*",
    ]
    for url in still_public:
        response = reader.get(url)
        assert response.status_code == 200, url
        assert TITLE not in response.content.decode(), url
        assert "江阴制造的第一篇" not in response.content.decode(), url
