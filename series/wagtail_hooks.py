"""Admin registration: snippets as viewsets with useful columns and filters."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from series import (
    admin_i18n,  # noqa: F401  registers its hooks
    installment_hooks,  # noqa: F401  registers copy/move/publish rules
)
from series.desk import hooks as desk_hooks  # noqa: F401  registers its hooks
from series.desk.listing import installment_columns
from series.importer import views as copy_import
from series.models import (
    InstallmentPage,
    Person,
    Place,
    SeriesPage,
    SynonymGroup,
    Theme,
    WordingRule,
)
from series.proofing import hooks as proofing_hooks  # noqa: F401  registers its hooks
from series.services import installment_sort_siblings
from series.wechat import hooks as wechat_hooks  # noqa: F401  registers its hooks
from series.workflow import hooks as workflow_hooks  # noqa: F401  registers its hooks


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("人员")
    list_display = [
        "name",
        "slug",
        Column(
            "default_role", label=_("常用身份"), accessor="get_default_role_display"
        ),
    ]
    list_filter = ["default_role"]
    search_fields = ["name"]
    ordering = ["slug"]  # pinyin order: see Person.Meta


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("主题")
    list_display = ["name", "slug", "description"]
    search_fields = ["name"]


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = _("地点")
    list_display = [
        "name",
        "province",
        Column("level", label=_("行政级别"), accessor="get_level_display"),
        "slug",
    ]
    list_filter = ["province", "level"]
    search_fields = ["name", "province"]


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("搜索同义词")
    list_display = ["words", "note"]


class WordingRuleViewSet(SnippetViewSet):
    model = WordingRule
    icon = "warning"
    menu_label = _("规范表述")
    list_display = ["wrong", "right", "severity", "note", "active"]
    list_filter = ["severity", "active"]
    search_fields = ["wrong", "right", "note"]


class NewsroomSnippets(SnippetViewSetGroup):
    items = (
        PersonViewSet,
        ThemeViewSet,
        PlaceViewSet,
        SynonymGroupViewSet,
        WordingRuleViewSet,
    )
    menu_icon = "folder-open-inverse"
    menu_label = _("报道资料")
    menu_name = "newsroom"
    menu_order = 250


register_snippet(NewsroomSnippets)


def _series_choices(request):
    return SeriesPage.objects.order_by("title")


class InstallmentFilterSet(PageFilterSet):
    series = django_filters.ModelChoiceFilter(
        label=_("系列"), queryset=_series_choices, method="filter_series"
    )
    number = django_filters.NumberFilter(label=_("篇序"))
    live = django_filters.ChoiceFilter(
        label=_("状态"),
        choices=[("true", _("已发布")), ("false", _("未发布"))],
        method="filter_live",
        empty_label=_("全部"),
    )
    theme = django_filters.ModelChoiceFilter(
        label=_("主题"), queryset=Theme.objects.all(), method="filter_theme"
    )

    class Meta:
        model = InstallmentPage
        fields = []

    def filter_series(self, queryset, name, value):
        return queryset.child_of(value) if value else queryset

    def filter_live(self, queryset, name, value):
        return queryset.filter(live=value == "true") if value else queryset

    def filter_theme(self, queryset, name, value):
        return queryset.on_theme(value) if value else queryset


class InstallmentListingViewSet(PageListingViewSet):
    """All installments across series, filterable by series, theme and status."""

    model = InstallmentPage
    icon = "doc-full-inverse"
    menu_label = _("全部单篇")
    add_to_admin_menu = True
    menu_order = 150
    name = "installments"
    filterset_class = InstallmentFilterSet
    # Number first and in number order, status in the newsroom's words (series/desk).
    columns = installment_columns(
        Column("series", label=_("系列"), accessor="get_parent"),
    )
    ordering = "number"


installment_listing_viewset = InstallmentListingViewSet("installments")


@hooks.register("register_admin_viewset")
def register_installment_listing():
    return installment_listing_viewset


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def keep_installments_in_number_order(request, page):
    specific = page.specific
    if isinstance(specific, InstallmentPage) and specific.series is not None:
        installment_sort_siblings(series=specific.series)


# "导入稿件": copy import for series pages (series/importer/views.py).
@hooks.register("register_admin_urls")
def register_copy_import_urls():
    return copy_import.urlpatterns()


@hooks.register("register_page_header_buttons")
def copy_import_header_button(page, user, view_name, next_url=None):
    yield from copy_import.import_copy_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def copy_import_listing_button(page, user, next_url=None):
    yield from copy_import.import_copy_buttons(page, user)
