"""Roles and review set up out of the box, and how an editor hands out a series."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, Page, Workflow, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from series.models import InstallmentPage, SeriesPage
from series.workflow.services import series_reporters_group_find
from tests.factories import NewsImageFactory, PersonFactory, SeriesPageFactory
from tests.workflow.conftest import make_user
from tests.workflow.helpers import add_installment_url, installment_form

pytestmark = pytest.mark.django_db


def page_permissions(group) -> set[tuple[int, str]]:
    return {
        (perm.page_id, perm.permission.codename)
        for perm in group.page_permissions.select_related("permission")
    }


def test_migration_creates_both_roles(db):
    root = Page.get_first_root_node()
    editors = Group.objects.get(name="Editors")
    reporters = Group.objects.get(name="Reporters")

    assert {
        (root.pk, f"{action}_page")
        for action in ("add", "change", "publish", "lock", "unlock")
    } <= page_permissions(editors)
    assert page_permissions(reporters) == set()  # page rights come per series
    editor_codenames = set(editors.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_theme", "change_place", "delete_person"} <= (
        editor_codenames
    )
    reporter_codenames = set(reporters.permissions.values_list("codename", flat=True))
    assert {"access_admin", "view_theme", "add_person"} <= reporter_codenames
    assert not {"change_theme", "delete_person", "add_place"} & reporter_codenames
    reporter_images = set(
        reporters.collection_permissions.values_list("permission__codename", flat=True)
    )
    assert {"add_image", "choose_image"} <= reporter_images
    assert "delete_image" not in reporter_images


def test_migration_puts_the_whole_tree_under_review(db):
    workflow = Workflow.objects.get(name="编辑审核")
    tasks = [task.specific for task in workflow.tasks]
    assert [task.name for task in tasks] == ["编辑审核"]
    assert [group.name for group in tasks[0].groups.all()] == ["Editors"]
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow == workflow


def test_new_series_and_home_join_the_workflow(home):
    series = SeriesPageFactory(parent=home)
    for page in (home, series):
        assert WorkflowPage.objects.get(page=page).workflow.name == "编辑审核"


def test_new_series_gets_a_reporters_group(home):
    series = SeriesPageFactory(parent=home, title="创新驱动看县域")
    group = series_reporters_group_find(series=series)
    assert group.name == "记者：创新驱动看县域"
    assert page_permissions(group) == {
        (series.pk, "add_page"),
        (series.pk, "change_page"),
        (series.pk, "lock_page"),
    }

    series.title = "县域创新观察"
    series.save()
    group.refresh_from_db()
    assert group.name == "记者：县域创新观察"


def test_series_with_the_same_title_get_separate_groups(home):
    first = SeriesPageFactory(parent=home, title="同名系列")
    second = SeriesPageFactory(parent=home, title="同名系列")
    groups = {series_reporters_group_find(series=s) for s in (first, second)}
    assert len(groups) == 2
    assert f"记者：同名系列（{second.pk}）" in {group.name for group in groups}


def test_editor_hands_a_series_to_a_reporter(series, editor_client):
    newcomer = make_user("yangxun", "Reporters")
    url = reverse("series_reporters", args=[series.pk])

    form = editor_client.get(url)
    assert form.status_code == 200
    assert "yangxun" in form.content.decode()
    assert "名单来自“记者”（Reporters）用户组" in form.content.decode()
    response = editor_client.post(url, {"reporters": [newcomer.pk]})
    assert response.status_code == 302

    reporter = Client()
    reporter.force_login(newcomer)
    reporter.post(add_installment_url(series), installment_form())
    assert InstallmentPage.objects.child_of(series).get().owner == newcomer

    editor_client.post(url, {"reporters": []})
    assert not series_reporters_group_find(series=series).user_set.exists()


def test_only_editors_hand_out_series(series, reporter_client):
    url = reverse("series_reporters", args=[series.pk])
    assert reporter_client.get(url).status_code in (302, 403)


def test_series_reporters_button_is_for_editors(series, editor_client, reporter_client):
    url = reverse("series_reporters", args=[series.pk])
    explore = reverse("wagtailadmin_explore", args=[series.pk])
    assert url in editor_client.get(explore).content.decode()
    assert url not in reporter_client.get(explore).content.decode()


def test_reporter_chooses_and_uploads_images(reporter_client):
    # Uploads land in the root collection, where the roles hold their rights.
    image = NewsImageFactory(
        title="江阴港口", collection=Collection.get_first_root_node()
    )
    chooser = reporter_client.get(reverse("wagtailimages_chooser:choose"))
    assert chooser.status_code == 200
    assert "江阴港口" in chooser.json()["html"]
    assert reporter_client.get(reverse("wagtailimages:add")).status_code == 200
    chosen = reporter_client.get(
        reverse("wagtailimages_chooser:chosen", args=[image.pk])
    )
    assert chosen.status_code == 200


def test_reporter_chooses_people_but_editors_manage_themes(
    reporter_client, editor_client
):
    PersonFactory(name="姚雪青")
    chooser = reporter_client.get(
        reverse("wagtailsnippetchoosers_series_person:choose")
    )
    assert "姚雪青" in chooser.json()["html"]
    add_theme = reverse("wagtailsnippets_series_theme:add")
    assert reporter_client.get(add_theme).status_code in (302, 403)
    assert editor_client.get(add_theme).status_code == 200


def test_editor_creates_a_series_ready_for_reporters(home, editor_client):
    url = reverse("wagtailadmin_pages:add", args=["series", "seriespage", home.pk])
    data = nested_form_data(
        {
            "title": "乡村振兴看变化",
            "slug": "",
            "kicker": "人民眼·乡村",
            "strapline": "",
            "editors_note": rich_text(""),
            "series_themes": inline_formset([]),
            "planned_installments": "",
            "review_process": "single",
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "1",
        }
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    series = SeriesPage.objects.get(title="乡村振兴看变化")
    assert series.live
    assert series_reporters_group_find(series=series).name == "记者：乡村振兴看变化"
    assert WorkflowPage.objects.get(page=series).workflow.name == "编辑审核"
