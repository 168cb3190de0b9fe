"""The demo series: `load_demo` builds a complete site, and running it again changes nothing."""

import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.utils import timezone
from django.utils.html import escape
from PIL import Image
from wagtail.models import Page, Revision, Site

from demo import content
from demo.images import SCENES, render_scene
from demo.load import demo_load
from series.blocks import InstallmentBodyBlock, SectionContentBlock
from series.links import base_host_port
from series.models import (
    HomePage,
    InstallmentPage,
    NewsImage,
    Person,
    Place,
    Role,
    SeriesPage,
    Theme,
)

SERIES_URL = f"/{content.SERIES['slug']}/"
FIRST_URL = f"{SERIES_URL}{content.INSTALLMENT_ONE['slug']}/"

pytestmark = pytest.mark.django_db


def load_demo() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def installment(number: int) -> InstallmentPage:
    return InstallmentPage.objects.get(number=number)


def site_state(client) -> dict:
    """Everything a second run must leave as it is, down to the rendered pages."""
    # The CSP nonce is new on every request (issue #14); everything else must match.
    pages = {
        url: re.sub(r'nonce="[^"]*"', "", client.get(url).content.decode())
        for url in ("/", SERIES_URL, FIRST_URL)
    }
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "page_rows": sorted(
            Page.objects.values_list(
                "pk", "latest_revision_id", "live", "go_live_at", "last_published_at"
            )
        ),
        "schedules": sorted(Revision.objects.values_list("pk", "approved_go_live_at")),
        "planned": sorted(
            InstallmentPage.objects.values_list("number", "planned_date")
        ),
        "images": sorted(NewsImage.objects.values_list("pk", "file", "file_hash")),
        "people": sorted(Person.objects.values_list("pk", "slug", "bio", "photo")),
        "places": Place.objects.count(),
        "themes": Theme.objects.count(),
        "sites": list(Site.objects.values_list("hostname", "port", "root_page_id")),
        "html": pages,
    }


def test_second_run_changes_nothing(client):
    first_output = load_demo()
    before = site_state(client)
    out = io.StringIO()
    summary = demo_load(stdout=out)
    assert [row for row in summary.rows if row[0] != "unchanged"] == []
    after = site_state(client)
    for key in before:
        assert after[key] == before[key], key
    assert "新建" in first_output
    assert "无需改动" in out.getvalue()


def test_an_edited_installment_is_restored_with_one_revision():
    load_demo()
    page = installment(1)
    page.deck = "编辑改过的引题"
    page.save_revision().publish()
    revisions = Revision.objects.count()

    summary = demo_load()

    page.refresh_from_db()
    assert [row for row in summary.rows if row[0] != "unchanged"] == [
        ("updated", "单篇", content.INSTALLMENT_ONE["title"])
    ]
    assert page.deck == content.INSTALLMENT_ONE["deck"]
    assert Revision.objects.count() == revisions + 1


def test_failed_run_writes_nothing(monkeypatch):
    def fail(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("demo.load.installment_sync", fail)
    pages = Page.objects.count()
    files = stored_originals()
    with pytest.raises(RuntimeError):
        demo_load()
    assert Page.objects.count() == pages
    assert not Person.objects.exists()
    assert not NewsImage.objects.exists()
    assert stored_originals() == files


def stored_originals() -> set[str]:
    if not default_storage.exists("original_images"):
        return set()
    return set(default_storage.listdir("original_images")[1])


# ---------------------------------------------------------------- what readers see
# Loading is slow (every save is indexed for search), so each test below loads once
# and checks one concern thoroughly.


def test_readers_see_home_series_and_installment_one(client):
    load_demo()
    assert_home_replaces_welcome_page(client)
    assert_series_page(client)
    assert_installment_one_page(client)
    for number in (2, 3, 4):
        page = installment(number)
        assert not page.live
        assert client.get(f"{SERIES_URL}{page.slug}/").status_code == 404


def assert_home_replaces_welcome_page(client):
    root = Page.get_first_root_node()
    assert [type(p.specific) for p in root.get_children()] == [HomePage]
    site = Site.objects.get(is_default_site=True)
    # The Site is where WAGTAILADMIN_BASE_URL says the site runs (issue 19).
    assert (site.hostname, site.port) == base_host_port()
    assert site.root_page.specific_class is HomePage
    for host in ("localhost", "127.0.0.1"):
        response = client.get("/", HTTP_HOST=host)
        assert response.status_code == 200
        assert content.SERIES["title"] in response.content.decode()


def assert_series_page(client):
    response = client.get(SERIES_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert content.SERIES["kicker"] in html
    assert escape(content.SERIES["editors_note"][1]) in html
    assert content.INSTALLMENT_ONE["title"] in html
    # Unpublished headlines stay private; only the coming numbers and dates show.
    for data in (content.INSTALLMENT_TWO, content.INSTALLMENT_THREE):
        assert data["title"] not in html
    assert "之三" in html and "之四" in html
    planned = installment(4).planned_date
    assert planned > timezone.localdate()
    assert f"{planned:%Y-%m-%d}" in html


def assert_installment_one_page(client):
    response = client.get(FIRST_URL)
    html = response.content.decode()
    assert response.status_code == 200
    data = content.INSTALLMENT_ONE
    expected = [data["title"], data["deck"], "——县域经济高质量发展观察之一"]
    expected += [name for name, role in data["bylines"] if role == "reporter"]
    for kind, value in data["body"]:
        if kind == "section":
            expected += [value["heading"], value["subheading"]]
            expected += [v["text"] for k, v in value["content"] if k == "pull_quote"]
            expected += [v["label"] for k, v in value["content"] if k == "key_figure"]
        if kind == "commentary":
            expected.append(value["title"])
    expected += [text for _date, text in data["corrections"]]
    for text in expected:
        assert escape(text) in html, text
    assert "505.8" in html and "本报记者 林晓岚摄" in html


def test_editorial_states_draft_and_scheduled():
    load_demo()
    draft = installment(2)
    assert not draft.live and draft.latest_revision_id is not None
    assert draft.first_published_at is None
    assert draft.scheduled_revision is None

    scheduled = installment(3)
    revision = scheduled.scheduled_revision
    assert not scheduled.live
    assert revision is not None
    assert revision.approved_go_live_at > timezone.now() + timedelta(days=1)
    go_live_day = timezone.localtime(revision.approved_go_live_at).date()
    assert scheduled.planned_date == go_live_day

    published = installment(1)
    assert published.live and not published.has_unpublished_changes


# ---------------------------------------------------------------- every field and block


def used_blocks(stream) -> dict[str, list]:
    """block type -> values, through sections into their content."""
    found: dict[str, list] = {}
    for child in stream:
        found.setdefault(child.block_type, []).append(child.value)
        if child.block_type == "section":
            for inner, values in used_blocks(child.value["content"]).items():
                found.setdefault(inner, []).extend(values)
    return found


def own_fields(model) -> list:
    return [
        field
        for field in model._meta.get_fields()
        if getattr(field, "model", None) is model
        and not field.auto_created
        and field.name != "page_ptr"
    ]


def is_used(obj, field) -> bool:
    value = getattr(obj, field.name)
    return value.exists() if field.many_to_many else bool(value)


def test_demo_uses_every_field_and_block():
    load_demo()
    assert_installment_one_uses_every_block()
    assert_installment_one_is_complete()
    # unplaced_names is for imported drafts: a published installment has it empty.
    # The desk's plan fields (series/desk): the demo has no user accounts to assign,
    # and its installments are written, so nothing is left to plan.
    optional = {
        SeriesPage: {"concluded"},
        InstallmentPage: {"unplaced_names", "assigned_reporters", "planned_themes"},
    }
    for model in (InstallmentPage, SeriesPage, Person, Place, Theme):
        objects = list(model.objects.all())
        assert len(objects) >= 1, model
        for field in own_fields(model):
            if field.name not in optional.get(model, set()):
                used = any(is_used(obj, field) for obj in objects)
                assert used, f"{model.__name__}.{field.name}"
    series = SeriesPage.objects.get()
    assert [t.slug for t in series.themes()] == content.SERIES["themes"]
    assert series.status == "running"
    assert Person.objects.get(name="姚雪青").slug == "yao-xueqing"


def test_editors_can_open_and_validate_every_demo_page(client, django_user_model):
    load_demo()
    editor = django_user_model.objects.create_superuser("editor", "e@example.com", "pw")
    client.force_login(editor)
    for page in [SeriesPage.objects.get(), *InstallmentPage.objects.all()]:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.title
    for page in InstallmentPage.objects.all():
        latest = page.get_latest_revision_as_object()
        # The same validation the editor's form runs: required fields, limits.
        latest.body.stream_block.clean(latest.body)
        latest.full_clean()


def assert_installment_one_uses_every_block():
    used = used_blocks(installment(1).body)
    blocks = {
        **InstallmentBodyBlock().child_blocks,
        **SectionContentBlock().child_blocks,
    }
    assert set(used) == set(blocks)
    for name, block in blocks.items():
        for field in getattr(block, "child_blocks", {}):
            assert any(value[field] for value in used[name]), f"{name}.{field}"
    sections = installment(1).sections()
    assert [s["theme"].slug for s in sections] == content.SERIES["themes"]
    for section in sections:
        kinds = [child.block_type for child in section["content"]]
        assert kinds.count("pull_quote") >= 1
        assert kinds.count("key_figure") >= 3
        assert kinds.count("paragraph") >= 3
        assert kinds.count("image") >= 1


def assert_installment_one_is_complete():
    page = installment(1)
    assert page.subtitle == "——县域经济高质量发展观察之一"
    assert not page.subtitle_override
    for name in (
        "deck",
        "standfirst",
        "hero_image",
        "edition_date",
        "print_page",
        "page_name",
        "search_description",
    ):
        assert getattr(page, name), name
    assert {b.role for b in page.bylines.all()} == set(Role.values)
    assert page.places.count() == len(content.PLACES)
    assert page.corrections.count() == 1
    assert page.commentaries()[0]["author"].default_role == Role.COMMENTATOR


# ---------------------------------------------------------------- images


@pytest.mark.parametrize("scene", sorted(SCENES))
def test_scenes_are_reproducible_jpegs(scene):
    data = render_scene(scene, seed=7)
    assert data == render_scene(scene, seed=7)
    picture = Image.open(io.BytesIO(data))
    assert picture.format == "JPEG"
    assert len(picture.getcolors(maxcolors=1_000_000) or []) > 50


def test_demo_images_are_stored_and_redrawn_when_missing():
    load_demo()
    for image in NewsImage.objects.all():
        assert default_storage.exists(image.file.name)
        assert image.width > 0 and image.file_size > 0 and image.file_hash
        assert image.credit and image.default_caption
    image = NewsImage.objects.get(title=content.IMAGES[0]["title"])
    default_storage.delete(image.file.name)
    demo_load()
    image.refresh_from_db()
    assert default_storage.exists(image.file.name)


# ---------------------------------------------------------------- ensure_dev_admin


@pytest.fixture
def dev_settings(settings, tmp_path):
    settings.DEBUG = True
    settings.DEV_ADMIN_PASSWORD_FILE = tmp_path / ".dev-admin-password"
    return settings


def ensure_dev_admin() -> str:
    out = io.StringIO()
    call_command("ensure_dev_admin", stdout=out)
    return out.getvalue()


def test_ensure_dev_admin_creates_once_and_repeats_password(dev_settings):
    first = ensure_dev_admin()
    password = dev_settings.DEV_ADMIN_PASSWORD_FILE.read_text().strip()
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)
    assert "admin" in first and password in first

    second = ensure_dev_admin()
    assert password in second
    assert get_user_model().objects.count() == 1
    user.refresh_from_db()
    assert user.check_password(password)


def test_ensure_dev_admin_without_saved_password(dev_settings):
    get_user_model().objects.create_superuser("admin", "a@example.com", "secret-pw")
    output = ensure_dev_admin()
    assert "此前设置" in output
    assert not dev_settings.DEV_ADMIN_PASSWORD_FILE.exists()


def test_ensure_dev_admin_ignores_a_stale_password_file(dev_settings):
    get_user_model().objects.create_superuser("admin", "a@example.com", "secret-pw")
    dev_settings.DEV_ADMIN_PASSWORD_FILE.write_text("not-the-password\n")
    output = ensure_dev_admin()
    assert "not-the-password" not in output and "此前设置" in output


def test_ensure_dev_admin_refuses_without_debug(settings, tmp_path):
    settings.DEBUG = False
    settings.DEV_ADMIN_PASSWORD_FILE = tmp_path / ".dev-admin-password"
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("ensure_dev_admin")
    assert not get_user_model().objects.exists()
    assert not settings.DEV_ADMIN_PASSWORD_FILE.exists()
