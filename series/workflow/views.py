"""Admin view: an editor chooses which reporters work on a series."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from series.models import SeriesPage
from series.workflow.forms import SeriesReportersForm
from series.workflow.services import (
    series_reporters_group_find,
    series_reporters_set,
)


class SeriesReportersView(WagtailAdminTemplateMixin, FormView):
    form_class = SeriesReportersForm
    template_name = "workflow/series_reporters.html"
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        self.series = get_object_or_404(SeriesPage, pk=kwargs["series_id"])
        # Handing out a series is an editor's call: those who may publish it.
        if not self.series.permissions_for_user(request.user).can_publish():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("记者分工")

    def get_page_subtitle(self):
        return self.series.title

    def get_breadcrumbs_items(self):
        return []

    def get_initial(self):
        group = series_reporters_group_find(series=self.series)
        return {"reporters": list(group.user_set.all()) if group else []}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            series=self.series,
            action_url=self.request.path,
            submit_button_label=_("保存记者名单"),
            submit_button_active_label=_("正在保存…"),
        )
        return context

    def form_valid(self, form):
        reporters = form.cleaned_data["reporters"]
        series_reporters_set(series=self.series, users=reporters)
        messages.success(
            self.request,
            _("《%(series)s》现有 %(count)d 位记者。")
            % {"series": self.series.title, "count": len(reporters)},
        )
        return redirect(reverse("wagtailadmin_explore", args=[self.series.pk]))
