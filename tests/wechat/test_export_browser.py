"""The 导出公众号稿 screen in Chromium: the phone-width preview, with a screenshot in
tests/artifacts/wechat/ for people to look at."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from series.models import InstallmentPage
from series.workflow.roles import EDITORS
from tests.workflow.conftest import make_user
from tests.workflow.test_submit_once_browser import session_cookie

ARTIFACTS = Path(settings.BASE_DIR) / "tests" / "artifacts" / "wechat"


@pytest.mark.browser
def test_phone_preview_screenshot(live_server, transactional_db, chromium):
    call_command("load_demo", stdout=None)
    page = InstallmentPage.objects.live().order_by("number").first()
    editor = make_user("bianji", EDITORS)
    context = chromium.new_context(
        viewport={"width": 1280, "height": 1400}, locale="zh-CN"
    )
    try:
        context.add_cookies([session_cookie(editor, live_server.url)])
        tab = context.new_page()
        tab.goto(live_server.url + reverse("series_wechat_export", args=[page.pk]))
        phone = tab.locator("[data-wechat-article]")
        assert phone.bounding_box()["width"] <= 375
        assert page.title in phone.inner_text()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        phone.screenshot(path=str(ARTIFACTS / "wechat-phone-preview.png"))
    finally:
        context.close()
