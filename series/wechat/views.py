"""Admin screen 导出公众号稿: the WeChat HTML, a phone-width preview and 复制."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from series.models import InstallmentPage
from series.wechat.render import wechat_html


class WeChatExportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "series/wechat/export.html"
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        self.page = get_object_or_404(InstallmentPage, pk=kwargs["page_id"])
        if not self.page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        # The draft as it would publish: editors export before publishing too.
        self.page = self.page.get_latest_revision_as_object()
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("导出公众号稿")

    def get_page_subtitle(self):
        return self.page.title

    def get_breadcrumbs_items(self):
        return []

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page, article=wechat_html(self.page), **kwargs
        )
