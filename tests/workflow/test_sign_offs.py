"""三审三校 at the HTTP level: three sign-offs by three people, separation of duties,
send-back on change with the diff, the 机审 gate and the 终审 override."""

import json

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, PageLogEntry
from wagtail.test.utils.form_data import rich_text, streamfield

from series.models import (
    InstallmentPage,
    PrecheckOverride,
    ReviewProcess,
    SignOff,
)
from series.workflow.approval import TASK_STATE_FIELD
from series.workflow.roles import (
    FINAL_REVIEWERS,
    FIRST_REVIEWERS,
    REVIEW_WORKFLOW,
    SECOND_REVIEWERS,
    SIGN_OFF_WORKFLOW,
)
from tests.workflow.conftest import make_user
from tests.workflow.helpers import (
    add_installment_url,
    edit_url,
    installment_form,
    workflow_action_url,
)

pytestmark = pytest.mark.django_db


# A ratio printed with the wrong unit: the key figure says 倍, the text says %.
def slip_body(ratio_text: str = "2.99%") -> dict:
    return streamfield(
        [
            (
                "section",
                {
                    "theme": "",
                    "heading": "需求导向",
                    "subheading": "",
                    "content": streamfield(
                        [
                            (
                                "paragraph",
                                rich_text(f"<p>城乡居民收入比缩小到{ratio_text}。</p>"),
                            ),
                            (
                                "key_figure",
                                {
                                    "value": "2.99",
                                    "unit": "倍",
                                    "label": "城乡居民收入比",
                                    "place": "",
                                    "year": "",
                                    "source": "",
                                },
                            ),
                        ]
                    ),
                },
            )
        ]
    )


SLIP_BODY = slip_body()


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def three_stage_series(series):
    series.review_process = ReviewProcess.THREE
    series.save()
    return series


@pytest.fixture
def first(db):
    return logged_in(make_user("chushen", FIRST_REVIEWERS))


@pytest.fixture
def second(db):
    return logged_in(make_user("fushen", SECOND_REVIEWERS))


@pytest.fixture
def final(db):
    return logged_in(make_user("zhongshen", FINAL_REVIEWERS))


def submit(client, series, **overrides) -> InstallmentPage:
    data = installment_form(**overrides) | {"action-submit": "1"}
    response = client.post(add_installment_url(series), data)
    assert response.status_code == 302, response.content.decode()[:1500]
    return InstallmentPage.objects.child_of(series).get(title=data["title"])


def approve(client, page):
    return client.post(workflow_action_url(page, "approve"))


def stage_of(page) -> str | None:
    page = InstallmentPage.objects.get(pk=page.pk)
    task = page.current_workflow_task
    return task.name if task else None


def assert_denied(response):
    """Wagtail's admin answers PermissionDenied with a redirect to its home page."""
    assert (response.status_code, response.get("Location")) in (
        (403, None),
        (302, "/admin/"),
    )


def messages_after(client, response) -> list[str]:
    return [
        str(m).strip() for m in client.get(response["Location"]).context["messages"]
    ]


def workflow_name(page) -> str:
    return Page.objects.get(pk=page.pk).get_workflow().name


def test_a_series_chooses_its_process(series):
    assert workflow_name(series) == REVIEW_WORKFLOW
    series.review_process = ReviewProcess.THREE
    series.save()
    assert workflow_name(series) == SIGN_OFF_WORKFLOW
    series.review_process = ReviewProcess.SINGLE
    series.save()
    assert workflow_name(series) == REVIEW_WORKFLOW


def test_series_settings_offer_the_process(series, editor_client):
    html = editor_client.get(edit_url(series)).content.decode()
    assert "审核流程" in html and "三审三校" in html


def test_three_people_sign_three_stages_and_only_then_it_is_published(
    three_stage_series, reporter_client, first, second, final
):
    page = submit(reporter_client, three_stage_series)
    assert stage_of(page) == "初审"

    # Only the stage's group may sign it.
    assert_denied(approve(second, page))
    assert_denied(approve(final, page))
    assert stage_of(page) == "初审"

    assert approve(first, page).status_code == 302
    assert stage_of(page) == "复审"
    assert_denied(approve(first, page))
    assert stage_of(page) == "复审"
    assert approve(second, page).status_code == 302
    assert stage_of(page) == "终审"
    assert not InstallmentPage.objects.get(pk=page.pk).live

    assert approve(final, page).status_code == 302
    page.refresh_from_db()
    assert page.live and stage_of(page) is None
    assert list(
        SignOff.objects.filter(workflow_state__object_id=str(page.pk)).values_list(
            "stage", "user__username"
        )
    ) == [(1, "chushen"), (2, "fushen"), (3, "zhongshen")]
    history = first.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert "初审" in history.content.decode() and "终审" in history.content.decode()


def test_one_person_cannot_sign_two_stages(three_stage_series, reporter_client):
    both = make_user("jianren", FIRST_REVIEWERS, SECOND_REVIEWERS)
    client = logged_in(both)
    page = submit(reporter_client, three_stage_series)
    assert approve(client, page).status_code == 302
    assert stage_of(page) == "复审"

    assert_denied(approve(client, page))
    edit_html = client.get(edit_url(page)).content.decode()
    assert 'name="workflow-action-name" value="approve"' not in edit_html
    assert stage_of(page) == "复审"
    # Nor does the desk name them as the one to act.
    dashboard = client.get("/admin/").content.decode()
    assert "复审，待 jianren" not in dashboard


def test_a_change_after_a_stage_sends_it_back_with_the_diff(
    three_stage_series, reporter_client, first, second
):
    page = submit(reporter_client, three_stage_series)
    approve(first, page)
    assert stage_of(page) == "复审"

    response = second.post(edit_url(page), installment_form(title="创新突围看县城"))
    assert response.status_code == 302
    assert stage_of(page) == "初审"
    entry = PageLogEntry.objects.get(page=page, action="series.signoff.send_back")
    assert entry.data["stage_label"] == "初审"

    # The 初审 editor is shown what changed, one link away.
    response = first.get(edit_url(page))
    shown = [str(m) for m in response.context["messages"]]
    assert any("已退回初审" in m for m in shown)
    compare = reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[page.pk, entry.data["from_revision"], entry.data["to_revision"]],
    )
    assert compare in response.content.decode()
    diff = first.get(compare)
    assert diff.status_code == 200
    assert "创新突围看县城" in diff.content.decode()

    # The first sign-off no longer counts: 初审 signs again, then 复审.
    assert approve(first, page).status_code == 302
    assert stage_of(page) == "复审"


def test_editing_and_approving_in_one_click_sends_it_back(
    three_stage_series, reporter_client, first, second
):
    page = submit(reporter_client, three_stage_series)
    approve(first, page)
    page = InstallmentPage.objects.get(pk=page.pk)
    data = installment_form(deck="改过的引题") | {
        "action-workflow-action": "1",
        "workflow-action-name": "approve",
        TASK_STATE_FIELD: str(page.current_workflow_task_state.pk),
    }
    response = second.post(edit_url(page), data)
    assert response.status_code == 302
    assert stage_of(page) == "初审"
    assert any("退回初审" in m for m in messages_after(second, response))
    assert not SignOff.objects.filter(stage=2).exists()


def test_precheck_errors_block_approval_until_the_final_editor_overrides(
    three_stage_series, reporter_client, first, second, final
):
    page = submit(reporter_client, three_stage_series, body=SLIP_BODY)
    editor_html = first.get(edit_url(page)).content.decode()
    assert "机审发现 1 处错误" in editor_html
    assert "<mark>2.99%</mark>" in editor_html

    response = approve(first, page)
    assert stage_of(page) == "初审"
    assert any("机审发现 1 处错误" in m for m in messages_after(first, response))

    override_url = reverse("series_precheck_override", args=[page.pk])
    assert_denied(second.post(override_url, {"reason": "核对无误"}))
    assert_denied(reporter_client.get(override_url))
    assert final.post(override_url, {"reason": ""}).status_code == 200  # re-shown
    assert not PrecheckOverride.objects.exists()

    response = final.post(override_url, {"reason": "原文引用统计公报写法"})
    assert response.status_code == 302
    override = PrecheckOverride.objects.get()
    assert override.user.username == "zhongshen"
    assert override.findings[0]["words"] == "2.99%"
    assert PageLogEntry.objects.filter(
        page=page, action="series.precheck.override"
    ).exists()

    assert approve(first, page).status_code == 302
    assert stage_of(page) == "复审"


def test_a_fix_clears_the_gate_without_an_override(
    three_stage_series, reporter_client, first
):
    page = submit(reporter_client, three_stage_series, body=SLIP_BODY)
    # The 初审 editor proofreads: the page is locked to everyone else meanwhile.
    first.post(edit_url(page), installment_form(body=slip_body("2.99倍")))
    assert approve(first, page).status_code == 302
    assert stage_of(page) == "复审"


def test_submitting_tells_the_reporter_what_precheck_found(
    three_stage_series, reporter_client
):
    data = installment_form(body=SLIP_BODY) | {"action-submit": "1"}
    response = reporter_client.post(add_installment_url(three_stage_series), data)
    assert any(
        "机审发现 1 处错误" in m for m in messages_after(reporter_client, response)
    )


def test_sign_off_record_is_for_editors_only(
    three_stage_series, reporter_client, first, second
):
    page = submit(reporter_client, three_stage_series)
    approve(first, page)
    url = reverse("series_sign_offs", args=[page.pk])

    data = json.loads(first.get(url).content)
    assert data["current_stage"] == "复审"
    assert [(s["stage_label"], s["user"]) for s in data["sign_offs"]] == [
        ("初审", "chushen")
    ]
    assert Client().get(url).status_code == 302  # to the login page
    outsider = logged_in(make_user("waibu"))
    assert outsider.get(url).status_code in (302, 403)
    public = Client().get(f"/api/v2/pages/{page.pk}/")
    assert "sign_off" not in public.content.decode()


def test_single_stage_series_keep_one_review(series, reporter_client, editor_client):
    page = submit(reporter_client, series)
    assert stage_of(page) == "编辑审核"
    assert approve(editor_client, page).status_code == 302
    assert InstallmentPage.objects.get(pk=page.pk).live


def test_stage_groups_exist_after_migrations(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert {FIRST_REVIEWERS, SECOND_REVIEWERS, FINAL_REVIEWERS} <= names
