"""Admin hooks of the editorial workflow (imported by series/wagtail_hooks.py).

- /admin/series-reporters/<id>/ and a "记者分工" button on series pages, for editors.
- Page edit and workflow action views that survive a double click
  (series/workflow/edit_views.py).
- The author of a story sent back for changes sees the editor's comment at the
  top of the editor, not only in the workflow history.
- 三审三校: history entries for a send-back and a 机审 override; a change saved
  after a signed stage restarts at 初审, and the editor shows what changed.
"""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter
from wagtail.models import Page, WorkflowState

from series.admin_buttons import register_page_menu_button
from series.models import SeriesPage
from series.workflow.edit_views import NewsroomPageViewSet
from series.workflow.signoff import (
    OVERRIDE_ACTION,
    SEND_BACK_ACTION,
    active_state,
    changes_url,
    last_send_back,
    send_back_if_changed,
    send_back_message,
)
from series.workflow.views import SeriesReportersView


# After Wagtail's own base page viewset (order 0), so ours is the one for Page.
@hooks.register("register_admin_viewset", order=100)
def register_newsroom_page_viewset():
    return NewsroomPageViewSet("newsroom_pages", model=Page)


@hooks.register("register_admin_urls")
def register_series_reporters_url():
    return [
        path(
            "series-reporters/<int:series_id>/",
            SeriesReportersView.as_view(),
            name="series_reporters",
        )
    ]


class SeriesReportersButton(PageMenuItem):
    label = gettext_lazy("记者分工")
    icon_name = "user"
    url_name = "series_reporters"

    def is_shown(self, user):
        return (
            self.page.specific_class is SeriesPage
            and self.page.permissions_for_user(user).can_publish()
        )


register_page_menu_button(
    SeriesReportersButton, header_priority=68, listing_priority=55
)


def changes_requested_comment(page) -> str:
    """The reviewer's comment if the page's workflow is waiting on changes."""
    state = (
        WorkflowState.objects.for_instance(page)
        .filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
        .select_related("current_task_state")
        .first()
    )
    if state is None or state.current_task_state is None:
        return ""
    return state.current_task_state.specific.get_comment()


@hooks.register("before_edit_page")
def show_changes_requested(request, page):
    if request.method != "GET":
        return None
    comment = changes_requested_comment(page)
    if comment:
        messages.warning(request, _("编辑要求修改：%(comment)s") % {"comment": comment})
    return None


@hooks.register("insert_editor_js")
def submit_once_js():
    return format_html('<script src="{}" defer></script>', static("js/submit-once.js"))


# -- 三审三校 ---------------------------------------------------------------------


@hooks.register("register_log_actions")
def register_sign_off_log_actions(actions):
    @actions.register_action(SEND_BACK_ACTION)
    class SendBackFormatter(LogFormatter):
        label = gettext_lazy("三审三校：改动后退回初审")

        def format_message(self, log_entry):
            return _("%(stage)s签发后稿件有改动，退回初审重新签发") % {
                "stage": log_entry.data.get("stage_label", "")
            }

    @actions.register_action(OVERRIDE_ACTION)
    class OverrideFormatter(LogFormatter):
        label = gettext_lazy("机审放行")

        def format_message(self, log_entry):
            return _("终审放行 %(errors)s 处机审错误") % {
                "errors": log_entry.data.get("errors", 0)
            }

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")


@hooks.register("after_edit_page")
def send_back_changed_copy(request, page):
    """A change saved after a stage has been signed restarts the sign-offs."""
    if send_back_if_changed(page, user=request.user):
        entry = last_send_back(page)
        messages.warning(request, send_back_message(page, entry))
    return None


@hooks.register("before_edit_page")
def show_what_changed_since_sign_off(request, page):
    """The reviewer at 初审 after a send-back sees what changed, one click away."""
    if request.method != "GET":
        return None
    state = active_state(page)
    entry = last_send_back(page) if state is not None else None
    if entry is None or entry.timestamp < state.created_at:
        return None
    messages.warning(
        request,
        send_back_message(page, entry),
        buttons=[messages.button(changes_url(page, entry), _("查看改动"))],
    )
    return None
