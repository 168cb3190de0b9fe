"""Workflow actions that stay correct when an editor clicks twice (or retries).

Wagtail's edit view loads the page, then acts. Two approvals of one page sent at
once both load the draft as "not live"; the first publishes, the second saves
its stale copy of the page (``form.save(commit=not page.live)`` with the old
``live=False``) and then fails with ``'NoneType' object has no attribute
'on_action'`` because the task is already done: the published page is silently
unpublished. So:

- every POST that changes a page through the admin runs in one transaction
  holding a row lock on the page: the second request waits, then sees the first
  one's result instead of its own stale copy;
- a workflow action whose task state is no longer in progress is not performed:
  the editor is told who already decided ("已由 某某 批准并发布").

Nothing here knows about a particular Task class: the guard compares task
states, which every Wagtail task has.
"""

from contextlib import contextmanager, nullcontext

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page, TaskState, WorkflowState

from series.workflow.names import user_display_name

# The edit form carries the task state its workflow buttons were drawn for
# (templates/wagtailadmin/pages/action_menu/workflow_menu_item.html).
TASK_STATE_FIELD = "workflow-task-state-id"


def page_lock(*, page_id: int) -> None:
    """Hold the page's row until the surrounding transaction ends."""
    list(Page.objects.select_for_update().filter(pk=page_id).values_list("pk"))


def posted_task_state_id(request) -> int | None:
    value = request.POST.get(TASK_STATE_FIELD, "")
    return int(value) if value.isdigit() else None


def task_state_is_current(page, task_state_id: int | None) -> bool:
    """Is the task the form was drawn for still waiting for a decision?"""
    current = page.current_workflow_task_state
    if current is None:
        return False
    return task_state_id is None or current.pk == task_state_id


def decided_task_state(page, task_state_id: int | None) -> TaskState | None:
    """The task state an outdated request meant to act on, or the page's last one."""
    states = TaskState.objects.filter(
        workflow_state__in=WorkflowState.objects.for_instance(page)
    ).select_related("finished_by")
    if task_state_id is not None:
        return states.filter(pk=task_state_id).first()
    return states.exclude(finished_at=None).order_by("-finished_at", "-pk").first()


def already_decided_message(page, task_state: TaskState | None) -> str:
    """Tell a late reviewer what became of the task they meant to decide."""
    if task_state is None or task_state.status == TaskState.STATUS_IN_PROGRESS:
        return _("这篇稿件目前不在审核中，未做任何改动。")
    name = user_display_name(task_state.finished_by) or _("其他编辑")
    if task_state.status == TaskState.STATUS_APPROVED:
        if page.current_workflow_task_state is not None:
            return _("这一步已由 %(name)s 批准，稿件已进入下一步审核。") % {
                "name": name
            }
        if page.live and not page.has_unpublished_changes:
            return _("已由 %(name)s 批准并发布。") % {"name": name}
        return _("已由 %(name)s 批准，将按计划时间发布。") % {"name": name}
    if task_state.status == TaskState.STATUS_REJECTED:
        return _("已由 %(name)s 退回修改。") % {"name": name}
    return _("这次审核已被取消，未做任何改动。")


def approved_message(page) -> str:
    """What an editor reads after deciding a task in the edit view."""
    title = page.get_admin_display_title()
    if page.current_workflow_task_state is not None:
        return _("《%(title)s》已批准，进入下一步审核。") % {"title": title}
    if page.live and not page.has_unpublished_changes:
        return _("《%(title)s》已发布。") % {"title": title}
    return _("《%(title)s》已批准，将按计划时间发布。") % {"title": title}


def rejected_message(page) -> str:
    title = page.get_admin_display_title()
    return _("《%(title)s》已退回作者修改。") % {"title": title}


def page_held_for(request, *, page_id: int):
    """For a POST: one transaction holding the page's row until the response.

    A GET changes nothing and holds nothing.
    """
    if request.method != "POST":
        return nullcontext()
    return _held(page_id)


@contextmanager
def _held(page_id: int):
    with transaction.atomic():
        page_lock(page_id=page_id)
        yield
