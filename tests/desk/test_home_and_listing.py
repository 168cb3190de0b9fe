"""The admin home's newsroom panels, and installment listings in number order."""

import re

import pytest
from django.urls import reverse

from series.models import InstallmentPage
from tests.desk.helpers import make_installment, visible_text
from tests.factories import SeriesPageFactory, make_image
from tests.workflow.helpers import add_installment_url, installment_form

pytestmark = pytest.mark.django_db


def dashboard(client) -> str:
    return client.get(reverse("wagtailadmin_home")).content.decode()


def test_editor_home_has_a_panel_per_running_series(
    home, series, editor_client, editor
):
    concluded = SeriesPageFactory(parent=home, title="已经写完的系列", concluded=True)
    make_installment(series, 1, publish=True, hero=make_image())
    review = make_installment(series, 2, title="等人审的第二篇")
    review.get_workflow().start(review, editor)
    make_installment(series, 3, body=False, credits=False, title="计划的第三篇")

    html = dashboard(editor_client)
    text = visible_text(html)

    assert f"系列看板：《{series.title}》" in text
    assert f"《{concluded.title}》" not in text
    assert "下一篇：之三《计划的第三篇》（计划中）" in text
    assert (
        f"审核中：之二《等人审的第二篇》 · 编辑审核，待 {editor.username} 处理" in text
    )
    assert reverse("series_desk", args=[series.pk]) in html
    assert "最近发布" in text and "第1篇标题" in text
    assert "等待我审核" in text


def test_wagtail_counters_and_workflow_panel_are_gone(series, editor_client):
    text = visible_text(dashboard(editor_client))
    assert "created in" not in text and "个页面" not in text
    assert "Your pages and snippets in a workflow" not in text


def test_reporter_sees_my_stories_from_the_first_save(
    series, reporter_client, other_series
):
    response = reporter_client.post(
        add_installment_url(series), installment_form(title="刚存的草稿")
    )
    assert response.status_code == 302

    text = visible_text(dashboard(reporter_client))

    assert "我的稿件" in text and "之一 刚存的草稿 草稿" in text
    assert f"系列看板：《{series.title}》" in text
    assert f"《{other_series.title}》" not in text  # not their series


def test_series_explorer_lists_by_number_with_newsroom_status(series, editor_client):
    make_installment(series, 3, title="第三篇", publish=True, hero=make_image())
    make_installment(series, 1, title="第一篇")
    second = make_installment(series, 2, title="第二篇")
    second.get_workflow().start(second, None)
    # Tree order and number order differ on purpose here.
    assert list(
        InstallmentPage.objects.child_of(series)
        .order_by("path")
        .values_list("number", flat=True)
    ) == [3, 1, 2]

    html = editor_client.get(
        reverse("wagtailadmin_explore", args=[series.pk])
    ).content.decode()
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", html, flags=re.S)
    cells = [visible_text(row) for row in rows if "<td" in row]
    body = [text for text in cells if text.startswith("之")]

    assert [row.split()[0] for row in body] == ["之一", "之二", "之三"]
    assert "草稿" in body[0] and "审核中" in body[1] and "已发布" in body[2]
    listing = html[html.index('<table class="listing') :]
    thead = listing.split("<thead", 1)[1].split("</thead>", 1)[0]
    headings = [visible_text(th) for th in re.findall(r"<th\b.*?</th>", thead, re.S)]
    assert [h for h in headings if h][0].startswith("篇序")


def test_installment_listing_is_in_number_order(series, editor_client):
    # Created in number order: Wagtail's default (newest edit first) would reverse them.
    for number in (1, 2):
        make_installment(series, number, title=f"列表第{number}篇")
    html = editor_client.get(reverse("installments:index")).content.decode()
    assert html.index("列表第1篇") < html.index("列表第2篇")
    assert "之一" in html and "草稿" in html
