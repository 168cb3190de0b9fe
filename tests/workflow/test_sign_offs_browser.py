"""The 机审 panel in a real browser (Debian's Chromium via Playwright): a 初审 editor
opens an installment whose text disagrees with its key figure, sees the finding
with the words marked, and approving is refused. A screenshot lands in
tests/artifacts/proofing/ for people to look at.
"""

from pathlib import Path

import pytest
from django.conf import settings

from series.models import ReviewProcess
from series.workflow.roles import FIRST_REVIEWERS
from tests.workflow.conftest import make_user
from tests.workflow.helpers import edit_url
from tests.workflow.test_sign_offs import SLIP_BODY, submit
from tests.workflow.test_submit_once_browser import session_cookie

pytestmark = pytest.mark.browser

ARTIFACTS = Path(settings.BASE_DIR) / "tests" / "artifacts" / "proofing"


def test_precheck_panel_shows_the_slip(
    live_server, transactional_db, series, reporter_client, chromium
):
    series.review_process = ReviewProcess.THREE
    series.save()
    page = submit(reporter_client, series, body=SLIP_BODY)
    first = make_user("chushen", FIRST_REVIEWERS)
    context = chromium.new_context(
        viewport={"width": 1280, "height": 1000}, locale="zh-CN"
    )
    try:
        context.add_cookies([session_cookie(first, live_server.url)])
        tab = context.new_page()
        tab.goto(live_server.url + edit_url(page))
        panel = tab.locator("[data-precheck]")
        assert "机审发现 1 处错误" in panel.inner_text()
        finding = panel.locator(".precheck__finding--error")
        assert finding.locator("mark").inner_text() == "2.99%"
        assert "小节“需求导向”第1段" in finding.inner_text()
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        panel.scroll_into_view_if_needed()
        tab.screenshot(path=str(ARTIFACTS / "precheck-panel.png"))

        approve = tab.locator(
            'button[data-workflow-action-name="approve"]'
            ":not([data-workflow-action-modal-url])"
        )
        if not approve.is_visible():
            tab.locator("footer [data-w-dropdown-target='toggle']").first.click()
        approve.click()
        tab.wait_for_load_state()
        assert "改正后才能签发" in tab.locator(".messages").inner_text()
    finally:
        context.close()
