"""Admin home panels: each running series' desk in brief, my stories, recently published.

Wagtail's own "your pages in a workflow" panel gives way to "我的稿件", which shows
a reporter's drafts from the first save on, not only once they are submitted.
"""

from django.db.models import Q
from django.urls import reverse
from wagtail.admin.ui.components import Component

from series.desk.queries import series_desk
from series.desk.status import SlotStatus, installment_status
from series.desk.views import desk_role
from series.models import InstallmentPage, SeriesPage, SeriesStatus

MY_STORIES_LIMIT = 10
RECENTLY_PUBLISHED_LIMIT = 5
REPLACED_WAGTAIL_PANELS = {"user_objects_in_workflow_moderation"}


class SeriesDeskPanel(Component):
    template_name = "series/desk/panels/series_desk.html"
    order = 50

    def __init__(self, series: SeriesPage):
        self.series = series

    def get_context_data(self, parent_context):
        desk = series_desk(self.series, parent_context["request"])
        slots = [s for s in desk.slots if s.status != SlotStatus.EMPTY]
        upcoming = [
            s for s in slots if s.status in (SlotStatus.PLANNED, SlotStatus.DRAFT)
        ]
        return {
            "desk": desk,
            "next_slot": upcoming[0] if upcoming else None,
            "desk_url": reverse("series_desk", args=[self.series.pk]),
            "panel_id": f"series-desk-{self.series.pk}",
            "heading": f"系列看板：《{self.series.title}》",
        }


def _with_status(pages) -> list[tuple]:
    return [(page, installment_status(page)) for page in pages]


class MyStoriesPanel(Component):
    template_name = "series/desk/panels/my_stories.html"
    order = 205

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        mine = Q(owner=user) | Q(assigned_reporters=user)
        own_ids = InstallmentPage.objects.filter(mine).values("pk")
        pages = (
            InstallmentPage.objects.filter(pk__in=own_ids)
            .exclude(live=True)
            .specific()
            .prefetch_workflow_states()
            .annotate_approved_schedule()
            .order_by("-latest_revision_created_at", "-pk")[:MY_STORIES_LIMIT]
        )
        return {"stories": _with_status(pages)}


class RecentlyPublishedPanel(Component):
    template_name = "series/desk/panels/recently_published.html"
    order = 260

    def get_context_data(self, parent_context):
        pages = InstallmentPage.objects.published().order_by(
            "-last_published_at", "-pk"
        )[:RECENTLY_PUBLISHED_LIMIT]
        return {"pages": pages}


def running_series_for(user) -> list[SeriesPage]:
    series_list = SeriesPage.objects.order_by("title")
    return [
        series
        for series in series_list
        if series.status != SeriesStatus.CONCLUDED
        and desk_role(series, user) is not None
    ]


def newsroom_home_panels(request, panels: list) -> None:
    """construct_homepage_panels: the newsroom's panels in, Wagtail's replaced ones out."""
    panels[:] = [
        p for p in panels if getattr(p, "name", "") not in REPLACED_WAGTAIL_PANELS
    ]
    panels.extend(
        SeriesDeskPanel(series) for series in running_series_for(request.user)
    )
    panels.extend([MyStoriesPanel(), RecentlyPublishedPanel()])
