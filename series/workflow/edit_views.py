"""The admin's page edit and workflow action views, safe against repeated POSTs.

Registered for every page type by series.workflow.hooks (a PageViewSet for
``Page``); see series.workflow.approval for why and how.
"""

from django.shortcuts import redirect
from django.utils import timezone
from wagtail.admin import messages
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet

from series.proofing.gate import approval_refusal
from series.workflow.approval import (
    already_decided_message,
    approved_message,
    decided_task_state,
    page_held_for,
    posted_task_state_id,
    rejected_message,
    task_state_is_current,
)
from series.workflow.signoff import last_send_back, send_back_message


class SafeEditView(EditView):
    def dispatch(self, request, page_id, **kwargs):
        self.started_at = timezone.now()
        with page_held_for(request, page_id=page_id):
            return super().dispatch(request, page_id, **kwargs)

    def post(self, request, *args, **kwargs):
        if request.POST.get("action-workflow-action"):
            task_state_id = posted_task_state_id(request)
            if not task_state_is_current(self.page, task_state_id):
                task_state = decided_task_state(self.page, task_state_id)
                messages.warning(
                    request, already_decided_message(self.page, task_state)
                )
                return self.redirect_and_remain()
            if request.POST.get("workflow-action-name") == "approve":
                refusal = approval_refusal(self.page)
                if refusal:
                    messages.error(request, refusal)
                    return self.redirect_and_remain()
        return super().post(request, *args, **kwargs)

    def add_save_confirmation_message(self):
        if self.action_name != "perform_workflow_action":
            return super().add_save_confirmation_message()
        self.page.refresh_from_db()
        entry = last_send_back(self.page)
        if entry is not None and entry.timestamp >= self.started_at:
            messages.warning(self.request, send_back_message(self.page, entry))
        elif self.workflow_action == "approve":
            messages.success(self.request, approved_message(self.page))
        elif self.workflow_action == "reject":
            messages.success(self.request, rejected_message(self.page))
        else:
            super().add_save_confirmation_message()
        return None


class SafeWorkflowActionView(WorkflowActionView):
    """The dashboard's approve/reject buttons (the task state is in the URL)."""

    def dispatch(self, request, *args, **kwargs):
        with page_held_for(request, page_id=self.object.pk):
            if request.method == "POST" and not task_state_is_current(
                self.object, self.task_state.pk
            ):
                task_state = decided_task_state(self.object, self.task_state.pk)
                messages.warning(
                    request, already_decided_message(self.object, task_state)
                )
                return self.outdated_response(request)
            refusal = (
                approval_refusal(self.object)
                if request.method == "POST" and self.action_name == "approve"
                else None
            )
            if refusal:
                messages.error(request, refusal)
                return self.outdated_response(request)
            return super().dispatch(request, *args, **kwargs)

    def outdated_response(self, request):
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return self.render_modal_json(
                request, {"step": "success", "redirect": self.redirect_url}
            )
        return redirect(self.redirect_url)


class NewsroomPageViewSet(PageViewSet):
    """Wagtail's page views for every page type, with the two views above."""

    edit_view_class = SafeEditView
    workflow_action_view_class = SafeWorkflowActionView
