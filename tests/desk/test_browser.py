"""The desk of the demo series in a real browser (Debian's Chromium via Playwright).

An editor signs in through the Chinese login page, opens the desk from its panel
on the admin home, plans the next slot through the form and sees it as 计划中. A
screenshot lands in tests/artifacts/desk/ for people to look at.

Needs: apt-get install chromium fonts-noto-cjk.
"""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from series.models import InstallmentPage, SeriesPage
from series.workflow.roles import EDITORS
from tests.desk.conftest import make_user
from tests.workflow.helpers import PASSWORD

pytestmark = pytest.mark.browser

ARTIFACTS = Path(settings.BASE_DIR) / "tests" / "artifacts" / "desk"


@pytest.fixture
def tab(chromium):
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900}, locale="zh-CN"
    )
    yield context.new_page()
    context.close()


def test_editor_plans_a_slot_on_the_demo_desk(transactional_db, live_server, tab):
    call_command("load_demo", stdout=io.StringIO())
    series = SeriesPage.objects.get()
    editor = make_user("bianji", EDITORS)
    next_number = 1 + max(
        InstallmentPage.objects.child_of(series).values_list("number", flat=True)
    )

    tab.goto(f"{live_server.url}/admin/login/")
    assert tab.locator("label[for=id_password]").inner_text().startswith("密码")
    tab.fill("#id_username", editor.username)
    tab.fill("#id_password", PASSWORD)
    tab.locator("form button[type=submit]").first.click()
    tab.wait_for_url(f"{live_server.url}/admin/")
    assert tab.get_by_text(f"系列看板：《{series.title}》").is_visible()

    tab.get_by_role("link", name="打开系列看板").first.click()
    tab.wait_for_url(f"**/series-desk/{series.pk}/")
    assert tab.locator("tr.desk__slot--published").count() >= 1

    tab.fill("#id_number", str(next_number))
    tab.fill("#id_title", "县城里的新职业")
    tab.fill("#id_planned_date", "2030-03-01")
    tab.get_by_role("button", name="创建计划稿").click()
    tab.wait_for_url(f"**/series-desk/{series.pk}/")
    planned = tab.locator(f'tr[data-number="{next_number}"]')
    assert "计划中" in planned.inner_text() and "县城里的新职业" in planned.inner_text()
    assert "2030-03-01" in planned.inner_text()

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "demo-series-desk.png"), full_page=True)
