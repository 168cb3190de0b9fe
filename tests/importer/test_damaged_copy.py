"""E-paper copy damaged in the usual ways becomes a draft with warnings, never a refusal;
the draft cannot be published (on any path) until the editor has fixed it.
"""

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, streamfield

from series.importer import parse_copy
from series.importer.mapping import theme_matcher
from series.models import Byline, InstallmentPage
from series.rules import InstallmentRefused
from series.services import installment_import, person_get_or_create
from series.workflow.roles import REVIEW_WORKFLOW
from tests.forms import installment_form

pytestmark = pytest.mark.django_db

SIDEBAR_WITHOUT_BODY = (
    "# 小城大链\n"  # 1
    "本报记者 王甲\n"  # 2
    "开头一段。\n"  # 3
    "\n"  # 4
    "## “三问”县域\n"  # 5
    "李乙\n"  # 6
    "李乙\n"  # 7
    "周丙\n"  # 8
)
SECTION_WITHOUT_BODY = (
    "# 小城大链\n"  # 1
    "开头一段。\n"  # 2
    "## 创新驱动\n"  # 3
    "从跟跑到领跑\n"  # 4
    "## 人才为先\n"  # 5
    "引得来留得住\n"  # 6
    "技工学校一年培养上千人。\n"  # 7
)
STRAY_NAME_IN_TEXT = (
    "# 小城大链\n"  # 1
    "开头一段。\n"  # 2
    "\n"  # 3
    "郑海潮\n"  # 4
    "\n"  # 5
    "第二段写的是车间。\n"  # 6
)


def import_copy(series, text: str, **kwargs) -> tuple[InstallmentPage, list[str]]:
    parsed = parse_copy(text, themes=theme_matcher())
    page, warnings = installment_import(series=series, parsed=parsed, **kwargs)
    return page, [w.message for w in warnings]


def latest_draft(page: InstallmentPage) -> InstallmentPage:
    return InstallmentPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def fix_sidebar(page: InstallmentPage) -> None:
    draft = latest_draft(page)
    raw = draft.body.get_prep_value()
    for block in raw:
        if block["type"] == "commentary":
            block["value"]["body"] = "<p>方框里的文字补上了。</p>"
        if block["type"] == "section" and not block["value"]["content"]:
            block["value"]["content"] = [
                {"type": "paragraph", "value": "<p>补上的正文。</p>"}
            ]
    draft.body = raw
    draft.save_revision()


def assign_unplaced(page: InstallmentPage) -> None:
    draft = latest_draft(page)
    for name in draft.unplaced_names.split():
        person, _new = person_get_or_create(name=name, role="photographer")
        draft.bylines.add(Byline(person=person, role="photographer"))
    draft.unplaced_names = ""
    draft.save_revision()


def publish_latest(page: InstallmentPage) -> InstallmentPage:
    InstallmentPage.objects.get(pk=page.pk).get_latest_revision().publish()
    return InstallmentPage.objects.get(pk=page.pk)


def test_sidebar_without_body_is_a_draft_with_warnings(series, themes):
    page, warnings = import_copy(series, SIDEBAR_WITHOUT_BODY)
    (commentary,) = page.commentaries()
    assert commentary["title"] == "“三问”县域"
    assert commentary["author"].name == "李乙"
    assert commentary["body"].source == ""
    assert any("第 5 行" in m and "没有正文" in m for m in warnings)
    # The author line printed twice counts once; the next bare name is unplaced.
    assert any("第 7 行" in m and "重复署名" in m for m in warnings)
    assert any("第 8 行" in m and "周丙" in m and "待归属" in m for m in warnings)
    assert page.unplaced_names == "周丙"
    assert not page.live


def test_section_without_body_is_a_draft_with_a_warning(series, themes):
    page, warnings = import_copy(series, SECTION_WITHOUT_BODY)
    innovation, talent = page.sections()
    assert innovation["theme"] == themes["innovation"]
    assert innovation["subheading"] == "从跟跑到领跑"
    assert len(innovation["content"]) == 0
    assert len(talent["content"]) == 1
    assert any(m.startswith("第 3 行：小节“创新驱动”下面没有正文") for m in warnings), (
        warnings
    )


def test_stray_name_stays_out_of_the_text(series, themes):
    page, warnings = import_copy(series, STRAY_NAME_IN_TEXT)
    assert page.unplaced_names == "郑海潮"
    text = " ".join(block.render_as_block() for block in page.body)
    assert "郑海潮" not in text
    assert "第二段写的是车间。" in text
    assert any(m.startswith("第 4 行：单独一行的姓名“郑海潮”") for m in warnings)


def test_warnings_name_their_lines_in_dry_run_json(series, themes, tmp_path):
    path = tmp_path / "copy.txt"
    path.write_text(SIDEBAR_WITHOUT_BODY, encoding="utf-8")
    out = StringIO()
    call_command(
        "import_installment",
        str(path),
        "--series",
        series.slug,
        "--dry-run",
        "--json",
        stdout=out,
    )
    result = json.loads(out.getvalue())
    assert result["unplaced_names"] == [{"name": "周丙", "line": 8}]
    assert result["sidebars"][0]["paragraphs"] == []
    assert {w["line"] for w in result["warnings"]} >= {5, 7, 8}
    assert not InstallmentPage.objects.exists()


def test_publish_is_refused_until_the_draft_is_fixed(series, themes):
    page, _warnings = import_copy(series, SIDEBAR_WITHOUT_BODY)
    with pytest.raises(InstallmentRefused) as refused:
        publish_latest(page)
    message = refused.value.message
    assert "评论栏““三问”县域”没有正文" in message
    assert "周丙" in message
    assert not InstallmentPage.objects.get(pk=page.pk).live

    fix_sidebar(page)
    with pytest.raises(InstallmentRefused, match="周丙"):
        publish_latest(page)
    assign_unplaced(page)
    assert publish_latest(page).live


def test_empty_section_blocks_publishing_then_publishes(series, themes):
    page, _warnings = import_copy(series, SECTION_WITHOUT_BODY)
    with pytest.raises(InstallmentRefused, match="小节“创新驱动”没有正文"):
        publish_latest(page)
    fix_sidebar(page)
    assert publish_latest(page).live


def edit_post(page, **overrides) -> dict:
    """The edit form as the admin would post it, from the page's latest draft."""
    draft = latest_draft(page)
    fields = {
        "title": draft.title,
        "slug": draft.slug,
        "number": str(draft.number),
        "deck": "",
        "standfirst": "",
        "body": streamfield([]),
        "unplaced_names": draft.unplaced_names,
    }
    return installment_form(**(fields | overrides))


def test_admin_publish_button_is_refused_with_the_message(admin_client, series):
    page, _warnings = import_copy(series, STRAY_NAME_IN_TEXT)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    html = admin_client.get(url).content.decode()
    # The editor sees what blocks publishing as soon as the draft opens.
    assert "本篇暂不能发布" in html and "郑海潮" in html
    assert 'name="unplaced_names"' in html

    response = admin_client.post(url, {**edit_post(page), "action-publish": "1"})
    assert response.status_code == 302
    assert response.url == url
    follow = admin_client.get(url).content.decode()
    assert "本篇暂不能发布：还有未归属的姓名：郑海潮" in follow
    assert not InstallmentPage.objects.get(pk=page.pk).live

    # The editor credits the photographer and clears the list: now it publishes.
    person, _new = person_get_or_create(name="郑海潮", role="photographer")
    fixed = edit_post(
        page,
        unplaced_names="",
        bylines=inline_formset([{"person": person.pk, "role": "photographer"}]),
    )
    response = admin_client.post(url, {**fixed, "action-publish": "1"})
    assert response.status_code == 302
    page = InstallmentPage.objects.get(pk=page.pk)
    assert page.live and page.unplaced_names == ""
    assert [b.person.name for b in page.bylines.all()] == ["郑海潮"]


def start_review(page, user) -> None:
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
    WorkflowPage.objects.get_or_create(page=page.get_parent(), workflow=workflow)
    page = InstallmentPage.objects.get(pk=page.pk)
    page.get_workflow().start(page, user)


def test_workflow_approval_is_refused_with_the_message(
    admin_client, admin_user, series
):
    page, _warnings = import_copy(series, STRAY_NAME_IN_TEXT)
    start_review(page, admin_user)
    page = InstallmentPage.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    response = admin_client.post(url, {"comment": ""})
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert response.status_code == 302 and response.url == edit
    assert "本篇暂不能发布" in admin_client.get(edit).content.decode()
    page = InstallmentPage.objects.get(pk=page.pk)
    assert not page.live
    # Nothing of the approval was written: the task still waits for a reviewer.
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_IN_PROGRESS

    assign_unplaced(page)
    page = InstallmentPage.objects.get(pk=page.pk)
    page.current_workflow_state.refresh_from_db()
    response = admin_client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", page.current_workflow_task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code == 302
    assert InstallmentPage.objects.get(pk=page.pk).live


def test_publish_scheduled_leaves_a_blocked_revision_unpublished(series, caplog):
    page, _warnings = import_copy(series, STRAY_NAME_IN_TEXT)
    revision = page.get_latest_revision()
    revision.approved_go_live_at = timezone.now() - dt.timedelta(minutes=5)
    revision.save()
    call_command("publish_scheduled", stdout=StringIO())
    assert not InstallmentPage.objects.get(pk=page.pk).live
    assert "郑海潮" in caplog.text

    assign_unplaced(page)
    revision = InstallmentPage.objects.get(pk=page.pk).get_latest_revision()
    revision.approved_go_live_at = timezone.now() - dt.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled", stdout=StringIO())
    assert InstallmentPage.objects.get(pk=page.pk).live
