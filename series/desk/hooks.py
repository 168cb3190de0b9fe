"""Admin hooks of the series desk (imported by series/wagtail_hooks.py)."""

from django.urls import path
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from series.admin_buttons import register_page_menu_button
from series.desk.listing import installment_page_viewset
from series.desk.panels import newsroom_home_panels
from series.desk.views import (
    DeskReportersView,
    DeskView,
    PlanInstallmentView,
    desk_role,
)
from series.models import SeriesPage


@hooks.register("register_admin_urls")
def register_desk_urls():
    return [
        path("series-desk/<int:series_id>/", DeskView.as_view(), name="series_desk"),
        path(
            "series-desk/<int:series_id>/plan/",
            PlanInstallmentView.as_view(),
            name="series_desk_plan",
        ),
        path(
            "series-desk/<int:series_id>/reporters/",
            DeskReportersView.as_view(),
            name="series_desk_reporters",
        ),
    ]


@hooks.register("register_admin_viewset")
def register_installment_explorer():
    return installment_page_viewset


class SeriesDeskButton(PageMenuItem):
    label = gettext_lazy("系列看板")
    icon_name = "list-ol"
    url_name = "series_desk"

    def is_shown(self, user):
        return (
            self.page.specific_class is SeriesPage
            and desk_role(self.page.specific, user) is not None
        )


register_page_menu_button(SeriesDeskButton, header_priority=5, listing_priority=5)


@hooks.register("construct_homepage_panels")
def desk_home_panels(request, panels):
    newsroom_home_panels(request, panels)


# Last, after Wagtail's own apps have added their counters.
@hooks.register("construct_homepage_summary_items", order=1000)
def hide_wagtail_counters(request, summary_items):
    # "6 Pages, 10 Images, 0 Documents" tell an editor nothing; the desk panels do.
    summary_items.clear()
