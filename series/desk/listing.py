"""The explorer and the installment listing in the newsroom's terms.

The number (之N) comes first and orders the list; the status column says 草稿, 审核中,
已定时, 已发布 or 已下线 (series.desk.status), not Wagtail's "live + draft".
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import ExplorableIndexView

from series.desk.status import installment_status
from series.models import InstallmentPage
from series.workflow.edit_views import NewsroomPageViewSet


class InstallmentStatusColumn(Column):
    cell_template_name = "series/desk/status_cell.html"

    def get_value(self, instance):
        return installment_status(instance)


def installment_columns(*extra: Column) -> list[Column]:
    """Columns of every installment listing: number first, then title, status, date."""
    return [
        BulkActionsColumn("bulk_actions"),
        Column(
            "number",
            label=_("篇序"),
            accessor="position_label",
            sort_key="number",
            width="8%",
        ),
        PageTitleColumn("title", label=_("标题"), sort_key="title", classname="title"),
        *extra,
        DateColumn(
            "latest_revision_created_at",
            label=_("最近修改"),
            sort_key="latest_revision_created_at",
            width="14%",
        ),
        InstallmentStatusColumn(
            "status", label=_("状态"), sort_key="live", width="12%"
        ),
    ]


class InstallmentExplorerView(ExplorableIndexView):
    """A series' children in the explorer: its installments in number order."""

    default_ordering = "number"


class InstallmentPageViewSet(NewsroomPageViewSet):
    """Wagtail routes the explorer of an installment's parent (a series) here.

    It extends the newsroom's page views, so installments keep the guarded edit and
    workflow-action views (series.workflow.edit_views) too.
    """

    model = InstallmentPage
    index_view_class = InstallmentExplorerView
    columns = installment_columns()


installment_page_viewset = InstallmentPageViewSet()
