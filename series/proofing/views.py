"""Admin views of 机审 and the sign-offs.

- ``PrecheckOverrideView``: the 终审 editor reads the errors and records why they
  may be published anyway.
- ``sign_offs_json``: the sign-off record and overrides of one installment, for
  editors' tools (never on the public API).
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from series.models import PrecheckOverride
from series.proofing.gate import can_override, draft_report, precheck_override
from series.workflow.names import user_display_name
from series.workflow.signoff import active_state, sign_off_record


class OverrideForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("放行理由"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("例如：原文引用统计公报写法，核对无误。"),
    )


class PrecheckOverrideView(WagtailAdminTemplateMixin, FormView):
    form_class = OverrideForm
    template_name = "series/proofing/override.html"
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if not can_override(self.page, request.user):
            raise PermissionDenied
        self.report = draft_report(self.page)
        if self.report is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("机审放行")

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return []

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            report=self.report,
            page=self.page,
            action_url=self.request.path,
            submit_button_label=_("记录放行"),
            **kwargs,
        )

    def form_valid(self, form):
        if not self.report.errors:
            messages.info(self.request, _("机审没有错误，无需放行。"))
        else:
            precheck_override(
                page=self.page,
                user=self.request.user,
                reason=form.cleaned_data["reason"],
            )
            messages.success(self.request, _("已记录终审放行，稿件可以继续签发。"))
        return redirect("wagtailadmin_pages:edit", self.page.pk)


def sign_offs_json(request, page_id: int):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    state = active_state(page)
    task = state.current_task_state.task if state and state.current_task_state else None
    overrides = PrecheckOverride.objects.filter(page_id=page.pk).select_related("user")
    return JsonResponse(
        {
            "id": page.pk,
            "title": page.title,
            "in_review": state is not None,
            "current_stage": task.name if task else None,
            "sign_offs": sign_off_record(page),
            "precheck_overrides": [
                {
                    "user": user_display_name(o.user),
                    "at": o.created_at,
                    "revision": o.revision_id,
                    "reason": o.reason,
                    "errors": o.findings,
                }
                for o in overrides
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
