"""Admin hooks of 机审 (imported by series/wagtail_hooks.py).

- /admin/precheck/<id>/override/ (the 终审 editor's override) and
  /admin/sign-offs/<id>.json (the sign-off record for editors' tools);
- on submitting, the reporter is told what 机审 found;
- the panel's styles in the editor.
"""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin import messages

from series.proofing.gate import draft_report
from series.proofing.views import PrecheckOverrideView, sign_offs_json


@hooks.register("register_admin_urls")
def register_precheck_urls():
    return [
        path(
            "precheck/<int:page_id>/override/",
            PrecheckOverrideView.as_view(),
            name="series_precheck_override",
        ),
        path("sign-offs/<int:page_id>.json", sign_offs_json, name="series_sign_offs"),
    ]


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def report_precheck_on_submit(request, page):
    if not request.POST.get("action-submit"):
        return None
    report = draft_report(page)
    if report:
        level = messages.warning if report.errors else messages.info
        level(request, report.summary() + "，详见编辑页顶部的“机审”。")
    return None


@hooks.register("insert_global_admin_css")
def precheck_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/desk.css"))
