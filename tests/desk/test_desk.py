"""The series desk over HTTP: what an editor and a reporter see and may do."""

import pytest
from django.urls import reverse

from series.models import InstallmentPage, SeriesTheme
from tests.desk.helpers import desk_url, make_installment, slot_rows
from tests.factories import ThemeFactory, make_image

pytestmark = pytest.mark.django_db


def plan_url(series) -> str:
    return reverse("series_desk_plan", args=[series.pk])


def reporters_url(series) -> str:
    return reverse("series_desk_reporters", args=[series.pk])


def test_editor_sees_every_slot_with_actions(series, editor_client, reporter):
    series.planned_installments = 4
    series.save()
    first = make_installment(series, 1, publish=True, hero=make_image())
    second = make_installment(series, 2)

    html = editor_client.get(desk_url(series)).content.decode()
    rows = slot_rows(html)

    assert list(rows) == [1, 2, 3, 4]
    assert "已发布" in rows[1] and "读者所见" in rows[1]
    assert "草稿" in rows[2]
    assert "空缺" in rows[3] and "计划这一篇" in rows[3] and "导入稿件" in rows[3]
    assert reverse("wagtailadmin_pages:edit", args=[first.pk]) in html
    assert reverse("wagtailadmin_pages:view_draft", args=[second.pk]) in html
    assert "import/?number=3" in html
    assert 'id="plan"' in html and "创建计划稿" in html
    assert reporter.username in html and "移出" in html and "增加记者" in html


def test_reporter_sees_the_desk_with_only_their_actions(series, reporter_client):
    make_installment(series, 2)

    html = reporter_client.get(desk_url(series)).content.decode()

    assert "之一" in html and "草稿" in html
    assert "编辑" in slot_rows(html)[2] and "预览" in slot_rows(html)[2]
    assert "导入稿件" in slot_rows(html)[1]
    assert "计划这一篇" not in html and 'id="plan"' not in html
    assert "移出" not in html and "增加记者" not in html
    refused = reporter_client.post(plan_url(series), {"number": 3, "title": "x"})
    assert refused.status_code == 403
    assert not InstallmentPage.objects.filter(number=3).exists()


def test_others_get_403(series, other_series, outsider_client, editor):
    from series.workflow.services import reporter_grant_series
    from tests.desk.conftest import make_user

    assert outsider_client.get(desk_url(series)).status_code == 403
    elsewhere = make_user("bieren")
    reporter_grant_series(user=elsewhere, series=other_series)
    outsider_client.force_login(elsewhere)
    assert outsider_client.get(desk_url(other_series)).status_code == 200
    assert outsider_client.get(desk_url(series)).status_code == 403
    assert outsider_client.post(reporters_url(series), {}).status_code == 403


def test_anonymous_is_sent_to_login(client, series):
    response = client.get(desk_url(series))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editor_plans_an_installment(series, editor_client, reporter):
    theme = ThemeFactory(name="人才")
    SeriesTheme.objects.create(page=series, theme=theme)
    response = editor_client.post(
        plan_url(series),
        {
            "number": 3,
            "title": "人才回流看县城",
            "planned_date": "2030-01-15",
            "reporters": [reporter.pk],
            "themes": [theme.pk],
        },
    )
    assert response.status_code == 302

    page = InstallmentPage.objects.child_of(series).get(number=3)
    assert not page.live and page.latest_revision is not None
    row = slot_rows(editor_client.get(desk_url(series)).content.decode())[3]
    assert "计划中" in row and "人才回流看县城" in row
    assert "2030-01-15" in row and reporter.username in row and "人才" in row


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"number": "", "title": "标题"}, "请填写篇序"),
        ({"number": "abc", "title": "标题"}, "篇序必须是整数"),
        ({"number": "0", "title": "标题"}, "正整数"),
        ({"number": "2", "title": ""}, "请填写暂定标题"),
        ({"number": "2", "title": "标题", "planned_date": "明天"}, "日期格式"),
        ({"number": "1", "title": "标题"}, "本系列已有第 1 篇"),
    ],
)
def test_bad_plans_explain_and_write_nothing(series, editor_client, data, message):
    make_installment(series, 1)
    response = editor_client.post(plan_url(series), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert InstallmentPage.objects.child_of(series).count() == 1


def test_titles_are_escaped(series, editor_client):
    make_installment(series, 1, title="<script>alert(1)</script>")
    html = editor_client.get(desk_url(series)).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_editor_assigns_and_removes_reporters(series, editor_client, db):
    from series.workflow.services import series_reporters_group_find
    from tests.desk.conftest import make_user

    newcomer = make_user("xinren")
    html = editor_client.get(desk_url(series)).content.decode()
    assert f'value="{newcomer.pk}"' in html

    editor_client.post(reporters_url(series), {"action": "add", "user": newcomer.pk})
    group = series_reporters_group_find(series=series)
    assert newcomer in group.user_set.all()
    assert (
        "xinren 已加入本系列记者"
        in editor_client.get(desk_url(series)).content.decode()
    )

    editor_client.post(reporters_url(series), {"action": "remove", "user": newcomer.pk})
    assert newcomer not in group.user_set.all()

    editor_client.post(reporters_url(series), {"action": "add", "user": "99999"})
    assert "没有这位用户" in editor_client.get(desk_url(series)).content.decode()


def test_theme_matrix_with_uncovered_themes(series, editor_client):
    covered, untouched, outside = (
        ThemeFactory(name=n) for n in ("产业", "生态", "文旅")
    )
    for theme in (covered, untouched):
        SeriesTheme.objects.create(page=series, theme=theme)
    make_installment(series, 1, themes=[covered])
    make_installment(series, 2, themes=[covered, outside])
    planned = make_installment(series, 3, body=False)
    planned.planned_themes = [untouched]
    planned.save_revision()

    html = editor_client.get(desk_url(series)).content.decode()
    matrix = html.split('id="desk-themes"')[1]

    assert matrix.count("desk__cell--written") == 3
    assert matrix.count("desk__cell--planned") == 1
    assert "文旅" in matrix  # covered by a section though not a series theme
    assert "尚未覆盖的主题：生态" in matrix


def test_import_view_takes_the_slot_number(series, editor_client):
    url = reverse("series_import_copy", args=[series.pk]) + "?number=7"
    html = editor_client.get(url).content.decode()
    assert 'name="number"' in html and 'value="7"' in html


def test_desk_is_reachable_from_the_explorer(series, editor_client, reporter_client):
    # Editors: the series' row in its parent's listing and the series' own header.
    home = reverse("wagtailadmin_explore", args=[series.get_parent().pk])
    assert desk_url(series) in editor_client.get(home).content.decode()
    for client in (editor_client, reporter_client):
        inside = client.get(reverse("wagtailadmin_explore", args=[series.pk]))
        assert desk_url(series) in inside.content.decode()


# Series themes, installments, their bylines, planned people and themes, workflow
# states, schedules, tasks (+1 per task type), task groups and members, named users
# and themes, the reporters' group and its members.
QUERIES = 16


def test_fixed_number_of_queries(series, editor, django_assert_num_queries):
    """Two sizes, one count: nothing is loaded per installment."""
    from django.test import RequestFactory

    from series.desk.queries import series_desk

    def desk():
        request = RequestFactory().get("/admin/")
        request.user = editor
        return series_desk(type(series).objects.get(pk=series.pk), request)

    def add(first, count):
        for number in range(first, first + count):
            page = make_installment(
                series, number, publish=number % 3 == 0, themes=[theme]
            )
            if number % 3 == 1:
                page.get_workflow().start(page, editor)

    theme = ThemeFactory()
    SeriesTheme.objects.create(page=series, theme=theme)
    add(1, 3)
    desk()  # warms the per-process caches (content types, site root paths)
    with django_assert_num_queries(QUERIES) as small:
        assert len(desk().slots) == 3
    add(4, 20)
    with django_assert_num_queries(QUERIES):
        assert len(desk().slots) == 23
    assert len(small.captured_queries) == QUERIES
