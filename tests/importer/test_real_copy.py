"""Real e-paper copy (issue #19): sidebar authors, unplaced names in the admin preview,
the series' introduction, number warnings, slugs by word and the import page's title.
"""

import re

import pytest
from django.urls import reverse

from series.importer import CopyError, parse_copy
from series.models import InstallmentPage, SeriesPage
from series.services import installment_import
from tests.factories import InstallmentPageFactory, SeriesPageFactory

pytestmark = pytest.mark.django_db

SIDEBAR_WITH_BODY = (
    "# 小城大链\n"  # 1
    "开头一段。\n"  # 2
    "## 县域创新的“三把钥匙”\n"  # 3
    "苏望川\n"  # 4
    "苏望川\n"  # 5
    "第一把是专注。\n"  # 6
    "林晓风\n"  # 7
)
SIDEBAR_WITHOUT_BODY = (
    "# 小城大链\n"  # 1
    "开头一段。\n"  # 2
    "## 县域创新的“三把钥匙”\n"  # 3
    "苏望川\n"  # 4
    "苏望川\n"  # 5
    "林晓风\n"  # 6
)
INTRODUCTION = (
    "编者按：县城里藏着许多隐形冠军。本报推出系列报道，记录它们的成长。\n"
    "\n"
    "## 人民眼·县域经济\n"
    "引题一行\n"
    "# 数字赋能看县域\n"
    "——县域经济高质量发展观察之一\n"
    "开头一段。\n"
)


def import_url(series) -> str:
    return reverse("series_import_copy", args=[series.pk])


@pytest.mark.parametrize(
    ("copy", "name_line"), [(SIDEBAR_WITH_BODY, 7), (SIDEBAR_WITHOUT_BODY, 6)]
)
def test_sidebar_author_is_the_line_under_its_title(copy, name_line):
    parsed = parse_copy(copy)
    (sidebar,) = parsed.sidebars
    assert sidebar.authors == ["苏望川"]
    assert [(u.name, u.line) for u in parsed.unplaced_names] == [("林晓风", name_line)]
    assert "林晓风" not in "".join(parsed.all_paragraphs())
    assert "苏望川" not in "".join(parsed.all_paragraphs())
    messages = {w.line: w.message for w in parsed.warnings}
    assert "重复署名" in messages[5]
    assert "待归属姓名" in messages[name_line]


def test_preview_lists_unplaced_names_and_empty_parts(admin_client, series):
    response = admin_client.post(
        import_url(series), {"text": SIDEBAR_WITHOUT_BODY, "action": "preview"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "待归属姓名（未放进正文，发布前须指定身份）" in html
    assert '<a href="#line-6">林晓风</a>（第 6 行）' in html
    assert "没有正文（发布前须补上）" in html
    assert '<li id="line-6" value="6" class="has-warning">林晓风</li>' in html
    # Creating the draft keeps the names on it, for the editor.
    response = admin_client.post(
        import_url(series), {"text": SIDEBAR_WITHOUT_BODY, "action": "create"}
    )
    page = InstallmentPage.objects.child_of(series).get()
    assert response.status_code == 302
    assert page.unplaced_names == "林晓风"


def test_series_introduction_goes_to_an_empty_editors_note(admin_client, series):
    assert not series.editors_note
    response = admin_client.post(
        import_url(series), {"text": INTRODUCTION, "action": "preview"}
    )
    assert "编者按（写入系列的编者按）" in response.content.decode()
    admin_client.post(import_url(series), {"text": INTRODUCTION, "action": "create"})
    page = InstallmentPage.objects.child_of(series).get()
    assert page.standfirst == ""
    assert page.deck == "引题一行"
    draft = SeriesPage.objects.get(pk=series.pk).get_latest_revision_as_object()
    assert draft.editors_note.startswith("<p>编者按：县城里藏着许多隐形冠军。")


def test_series_with_a_note_keeps_the_introduction_as_standfirst(admin_client, home):
    series = SeriesPageFactory(parent=home, editors_note="<p>已有的编者按。</p>")
    admin_client.post(import_url(series), {"text": INTRODUCTION, "action": "create"})
    page = InstallmentPage.objects.child_of(series).get()
    assert page.standfirst.startswith("编者按：县城里藏着许多隐形冠军。")
    assert SeriesPage.objects.get(pk=series.pk).editors_note == "<p>已有的编者按。</p>"


def test_imported_slug_is_cut_by_word(admin_client, series):
    admin_client.post(import_url(series), {"text": INTRODUCTION, "action": "create"})
    assert InstallmentPage.objects.child_of(series).get().slug == (
        "shuzi-funeng-kan-xianyu"
    )


def test_number_beyond_the_plan_or_after_a_gap_is_a_warning(admin_client, home):
    series = SeriesPageFactory(parent=home, planned_installments=2)
    InstallmentPageFactory(parent=series, number=1)
    copy = INTRODUCTION.replace("观察之一", "观察之四")
    html = admin_client.post(
        import_url(series), {"text": copy, "action": "preview"}
    ).content.decode()
    assert "第 4 篇超出本系列计划的 2 篇" in html
    assert "编号 4 前面还缺第 2、3 篇" in html
    response = admin_client.post(import_url(series), {"text": copy, "action": "create"})
    assert response.status_code == 302
    assert sorted(
        InstallmentPage.objects.child_of(series).values_list("number", flat=True)
    ) == [1, 4]


def test_import_page_title_names_the_series_once(admin_client, series):
    html = admin_client.get(import_url(series)).content.decode()
    title = re.search(r"<title>(.*?)</title>", html, re.S)[1]
    assert title.count(series.title) <= 1
    assert f"导入稿件：{series.title}: {series.title}" not in html
    assert "导入稿件" in title


def test_credit_labels_are_kept_as_printed(client, series):
    copy = "# 小城大链\n开头一段。\n\n本版责编：许清川  版式设计：邹明朗\n"
    parsed = parse_copy(copy)
    assert [(c.role, c.label, c.names) for c in parsed.credits] == [
        ("editor", "本版责编", ["许清川"]),
        ("designer", "版式设计", ["邹明朗"]),
    ]
    page, _warnings = installment_import(series=series, parsed=parsed)
    assert [(b.role, b.label) for b in page.bylines.all()] == [
        ("editor", "本版责编"),
        ("designer", ""),  # the role's own name: nothing to keep
    ]
    page.get_latest_revision().publish()
    html = client.get(InstallmentPage.objects.get(pk=page.pk).url).content.decode()
    assert re.search(r"本版责编</span>：\s*<a[^>]*>许清川", html), html[-3000:]


DISPLACED = (
    "# 小城大链\n"  # 1
    "本报记者 王甲\n"  # 2
    "县里的招聘会开了一整天。\n"  # 3
    "招聘会开场。求职者早早排起了长队。\n"  # 4
    "企业带来了三千多个岗位。\n"  # 5
    "\n"  # 6
    "## 人才为先\n"  # 7
    "引得来留得住\n"  # 8
    "技工学校一年培养上千人。\n"  # 9
    "今年春天，县里举办了今年规模最大的一场\n"  # 10
    "\n"  # 11
    "## 创新驱动\n"  # 12
    "从跟跑到领跑\n"  # 13
    "企业研发投入连年增长。\n"  # 14
)


def test_displaced_continuation_is_joined_and_moved_back():
    parsed = parse_copy(DISPLACED, themes={"人才为先": "talent", "创新驱动": "x"})
    talent, innovation = parsed.sections
    assert parsed.lead == ["县里的招聘会开了一整天。"]
    assert talent.paragraphs == [
        "技工学校一年培养上千人。",
        "今年春天，县里举办了今年规模最大的一场招聘会开场。求职者早早排起了长队。",
        "企业带来了三千多个岗位。",
    ]
    assert innovation.paragraphs == ["企业研发投入连年增长。"]
    (warning,) = [w for w in parsed.warnings if w.line == 10]
    assert "第 10 行" in warning.message and "第 4 行“招聘会开场。" in warning.message
    assert "移回小节“人才为先”" in warning.message


def test_cut_paragraph_without_a_continuation_stays_cut():
    copy = DISPLACED.replace("招聘会开场。求职者", "求职者从清晨开始就")
    parsed = parse_copy(copy)
    assert parsed.sections[0].paragraphs[-1].endswith("规模最大的一场")
    assert len(parsed.lead) == 3
    (warning,) = [w for w in parsed.warnings if w.line == 10]
    assert "断开" in warning.message and "移回" not in warning.message


def test_headline_limit_is_the_models_own():
    limit = InstallmentPage._meta.get_field("title").max_length
    assert parse_copy("# " + "长" * limit + "\n正文。").title == "长" * limit
    with pytest.raises(CopyError, match=f"第 1 行：标题超过 {limit} 个字"):
        parse_copy("# " + "长" * (limit + 1) + "\n正文。")
