"""Admin hooks of the WeChat export (imported by series/wagtail_hooks.py)."""

from django.urls import path
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from series.admin_buttons import register_page_menu_button
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


register_page_menu_button(WeChatExportButton, header_priority=70, listing_priority=60)
