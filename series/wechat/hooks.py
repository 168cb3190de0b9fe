"""Admin hooks of the WeChat export (imported by series/wagtail_hooks.py)."""

from django.urls import path
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from series.models import InstallmentPage
from series.wechat.views import WeChatExportView


@hooks.register("register_admin_urls")
def register_wechat_url():
    return [
        path(
            "wechat-export/<int:page_id>/",
            WeChatExportView.as_view(),
            name="series_wechat_export",
        )
    ]


class WeChatExportButton(PageMenuItem):
    label = gettext_lazy("导出公众号稿")
    icon_name = "doc-full"
    url_name = "series_wechat_export"

    def is_shown(self, user):
        return (
            self.page.specific_class is InstallmentPage
            and self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def wechat_header_button(page, user, view_name, next_url=None):
    yield WeChatExportButton(page=page, priority=70)


@hooks.register("register_page_listing_more_buttons")
def wechat_listing_button(page, user, next_url=None):
    yield WeChatExportButton(page=page, priority=60)
