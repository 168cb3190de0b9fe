"""Admin views of the desk: /admin/series-desk/<series id>/ and its two forms.

Editors (who may publish the series) see and do everything; reporters given the
series see the desk with the editor, preview and import actions; anyone else gets 403.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from series.desk.forms import PlanInstallmentForm, ReporterForm
from series.desk.queries import series_desk
from series.desk.services import installment_plan
from series.importer.views import URL_NAME as IMPORT_URL_NAME
from series.importer.views import can_import
from series.models import SeriesPage, Theme
from series.workflow.services import (
    reporter_grant_series,
    reporter_revoke_series,
    series_reporters_group_find,
)

EDITOR, REPORTER = "editor", "reporter"


def desk_role(series: SeriesPage, user) -> str | None:
    permissions = series.permissions_for_user(user)
    if permissions.can_publish():
        return EDITOR
    if permissions.can_add_subpage():
        return REPORTER
    return None


def desk_url(series) -> str:
    return reverse("series_desk", args=[series.pk])


class DeskView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "series/desk/desk.html"
    header_icon = "list-ol"
    editor_only = False

    def dispatch(self, request, series_id: int, *args, **kwargs):
        self.series = get_object_or_404(SeriesPage, pk=series_id)
        self.role = desk_role(self.series, request.user)
        if self.role is None or (self.editor_only and self.role != EDITOR):
            # A real 403: Wagtail would turn PermissionDenied into a redirect home.
            return render(request, "series/desk/forbidden.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("系列看板")

    def get_page_subtitle(self):
        return self.series.title

    def get_breadcrumbs_items(self):
        return []

    def plan_form(self, data=None) -> PlanInstallmentForm:
        group = series_reporters_group_find(series=self.series)
        users = get_user_model().objects.filter(groups=group) if group else None
        themes = Theme.objects.filter(pk__in=self.series.series_themes.values("theme"))
        return PlanInstallmentForm(
            data,
            reporters=(users or get_user_model().objects.none()).order_by("username"),
            themes=themes.order_by("name"),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        desk = series_desk(self.series, self.request)
        is_editor = self.role == EDITOR
        if is_editor and "plan_form" not in kwargs:
            form = self.plan_form()
            form.initial["number"] = self.request.GET.get("number") or desk.next_number
            context["plan_form"] = form
        context.update(
            desk=desk,
            is_editor=is_editor,
            can_import=can_import(self.series, self.request.user),
            import_url=reverse(IMPORT_URL_NAME, args=[self.series.pk]),
            reporter_candidates=self.candidates(desk) if is_editor else [],
            explore_url=reverse("wagtailadmin_explore", args=[self.series.pk]),
        )
        return context

    def candidates(self, desk):
        assigned = [user.pk for user in desk.reporters]
        users = get_user_model().objects.filter(is_active=True, is_superuser=False)
        return users.exclude(pk__in=assigned).order_by("username")


class PlanInstallmentView(DeskView):
    """POST: create a planned installment (editors)."""

    editor_only = True
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = self.plan_form(request.POST)
        if form.is_valid():
            try:
                page = installment_plan(
                    series=self.series, user=request.user, **form.cleaned_data
                )
            except ValidationError as error:
                form.add_error("number", error)
            else:
                messages.success(
                    request,
                    _("已计划之%(n)d《%(title)s》。")
                    % {"n": page.number, "title": page.title},
                )
                return redirect(desk_url(self.series))
        return self.render_to_response(self.get_context_data(plan_form=form))


class DeskReportersView(DeskView):
    """POST: give a reporter the series or take it back (editors)."""

    editor_only = True
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = ReporterForm(request.POST)
        if not form.is_valid():
            for errors in form.errors.values():
                messages.error(request, " ".join(errors))
            return redirect(desk_url(self.series))
        user = form.cleaned_data["user"]
        name = user.get_full_name() or user.get_username()
        if form.cleaned_data["action"] == ReporterForm.ADD:
            reporter_grant_series(user=user, series=self.series)
            messages.success(request, _("%(name)s 已加入本系列记者。") % {"name": name})
        else:
            reporter_revoke_series(user=user, series=self.series)
            messages.success(request, _("%(name)s 已不再负责本系列。") % {"name": name})
        return redirect(desk_url(self.series))
