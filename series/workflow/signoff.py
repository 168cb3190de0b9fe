"""三审三校 in motion: signing a stage, separation of duties, sending back on change.

- A stage is signed by approving its SignOffTask; the SignOff row records the
  revision the signer saw.
- One person signs at most one stage of a revision: a signer of an earlier stage
  gets no approve action on a later one (SignOffTask.get_actions).
- A change after a stage sends the page back to 初审: the workflow is cancelled
  and started again, so every stage signs the changed text. It happens when the
  change is saved (after_edit_page, series.workflow.hooks) and, for a reviewer
  who edits and approves in one click, at the approval itself.
"""

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import WorkflowState

from series.models import SignOff, SignOffTask, Stage

SEND_BACK_ACTION = "series.signoff.send_back"
OVERRIDE_ACTION = "series.precheck.override"


def active_state(page) -> WorkflowState | None:
    return (
        WorkflowState.objects.active()
        .for_instance(page)
        .select_related("current_task_state__task")
        .first()
    )


def signed_another_stage(page, user, *, stage: int) -> bool:
    state = active_state(page)
    if state is None:
        return False
    return (
        SignOff.objects.filter(workflow_state=state, user=user)
        .exclude(stage=stage)
        .exists()
    )


def stale_sign_offs(state: WorkflowState, latest_revision_id: int) -> list[SignOff]:
    """Sign-offs of this workflow made on a revision other than the latest."""
    return list(
        SignOff.objects.filter(workflow_state=state)
        .exclude(revision_id=latest_revision_id)
        .select_related("revision")
    )


def sign_off_approve(*, task, task_state, user, approve, **kwargs):
    """Approve one stage, unless the text changed since an earlier stage."""
    page = task_state.workflow_state.content_object.specific
    latest = page.get_latest_revision()
    stale = stale_sign_offs(task_state.workflow_state, latest.pk)
    if stale:
        return page_send_back(page=page, user=user, stale=stale, latest=latest)
    with transaction.atomic():
        result = approve(task_state, user, "approve", **kwargs)
        SignOff.objects.create(
            workflow_state=task_state.workflow_state,
            task_state=task_state,
            revision=latest,
            stage=task.stage,
            user=user,
            comment=kwargs.get("comment", ""),
        )
    return result


def send_back_if_changed(page, *, user) -> bool:
    """After a save: if an earlier stage signed another revision, restart at 初审."""
    state = active_state(page)
    if state is None or not SignOff.objects.filter(workflow_state=state).exists():
        return False
    latest = page.get_latest_revision()
    stale = stale_sign_offs(state, latest.pk)
    if not stale:
        return False
    page_send_back(page=page, user=user, stale=stale, latest=latest)
    return True


@transaction.atomic
def page_send_back(*, page, user, stale: list[SignOff], latest) -> None:
    """Cancel the workflow and start it again at its first stage, with a record
    of which signed revision the changes are measured from."""
    state = active_state(page)
    workflow = state.workflow
    signed = max(stale, key=lambda sign_off: sign_off.stage)
    state.cancel(user=user)
    workflow.start(page, user)
    log(
        instance=page,
        action=SEND_BACK_ACTION,
        user=user,
        revision=latest,
        data={
            "stage": signed.stage,
            "stage_label": str(Stage(signed.stage).label),
            "from_revision": signed.revision_id,
            "to_revision": latest.pk,
        },
    )


def last_send_back(page):
    from wagtail.models import PageLogEntry

    return (
        PageLogEntry.objects.filter(page_id=page.pk, action=SEND_BACK_ACTION)
        .order_by("-timestamp", "-pk")
        .first()
    )


def changes_url(page, entry) -> str:
    """Wagtail's comparison of the signed revision with the changed one."""
    return reverse(
        "wagtailadmin_pages:revisions_compare",
        args=[page.pk, entry.data["from_revision"], entry.data["to_revision"]],
    )


def send_back_message(page, entry) -> str:
    return _("%(stage)s签发后稿件有改动，已退回初审。") % {
        "stage": entry.data.get("stage_label", "")
    }


def sign_off_record(page) -> list[dict]:
    """Every sign-off of the page, oldest first, for the admin and the editors' API."""
    rows = (
        SignOff.objects.filter(workflow_state__in=_states(page))
        .select_related("user", "workflow_state")
        .order_by("signed_at", "pk")
    )
    from series.workflow.names import user_display_name

    return [
        {
            "stage": row.stage,
            "stage_label": str(Stage(row.stage).label),
            "user": user_display_name(row.user),
            "signed_at": row.signed_at,
            "revision": row.revision_id,
            "workflow_state": row.workflow_state_id,
            "current": row.workflow_state.status
            in (WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_APPROVED),
            "comment": row.comment,
        }
        for row in rows
    ]


def _states(page):
    return WorkflowState.objects.for_instance(page)


def uses_sign_offs(page) -> bool:
    workflow = page.get_workflow()
    return bool(
        workflow
        and SignOffTask.objects.filter(workflow_tasks__workflow=workflow).exists()
    )
