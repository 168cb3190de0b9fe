"""The admin "导入稿件" action, over HTTP: paste or upload, preview, create a draft."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission, Revision

from series.importer import MAX_COPY_BYTES
from series.models import InstallmentPage
from tests.factories import InstallmentPageFactory, SeriesPageFactory
from tests.importer.helpers import SAMPLES, line_of, row_counts

pytestmark = pytest.mark.django_db


def import_url(series) -> str:
    return reverse("series_import_copy", args=[series.pk])


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def staff_client(*, can_add_under=None) -> Client:
    """A logged-in admin user, allowed to add pages under `can_add_under` only."""
    user = get_user_model().objects.create_user(username="bianji", password="x")
    group = Group.objects.create(name="导入测试")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    if can_add_under is not None:
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.create(
                group=group,
                page=can_add_under,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    user.groups.add(group)
    client = Client()
    client.force_login(user)
    return client


# -- the button and the form -------------------------------------------------------


def test_series_explorer_offers_import(admin_client, series):
    html = admin_client.get(reverse("wagtailadmin_explore", args=[series.pk])).content
    assert "导入稿件" in html.decode()
    assert import_url(series) in html.decode()


def test_home_listing_offers_import_per_series(admin_client, home, series):
    html = admin_client.get(reverse("wagtailadmin_explore", args=[home.pk])).content
    assert import_url(series) in html.decode()


def test_form_page(admin_client, series):
    response = admin_client.get(import_url(series))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="text"' in html and 'name="upload"' in html
    assert series.title in html
    assert "创建草稿" not in html  # only after a preview


# -- preview -----------------------------------------------------------------------


def test_paste_preview_shows_outline_warnings_and_original(
    admin_client, series, themes
):
    before = row_counts()
    response = admin_client.post(
        import_url(series), {"text": sample("cixi_12.txt"), "action": "preview"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert row_counts() == before
    assert "小家电里的大市场" in html
    assert "主题“需求导向”" in html
    assert "无主题" in html
    # The warning names its line and links to it in the numbered original.
    n = line_of("cixi_12.txt", "## 链式生长")
    assert f'href="#line-{n}">第 {n} 行：小标题“链式生长”' in html
    assert f'<li id="line-{n}" value="{n}" class="has-warning">## 链式生长</li>' in html
    assert '<li id="line-1" value="1">## 人民眼·县域经济</li>' in html
    # People who do not exist yet are marked as new.
    assert "本报记者 葛映雪<small>（新建）</small>" in html
    assert 'value="create"' in html


def test_preview_escapes_copy(admin_client, series):
    copy = "# 标题<b>粗</b>\n\n<script>alert(1)</script>是正文。\n\nR&D投入>5%。"
    response = admin_client.post(
        import_url(series), {"text": copy, "action": "preview"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "标题&lt;b&gt;粗&lt;/b&gt;" in html
    assert "R&amp;D投入&gt;5%" in html


def test_upload_gb18030_preview_decodes_into_the_text_box(admin_client, series, themes):
    upload = SimpleUploadedFile(
        "fuqing.txt", (SAMPLES / "fuqing_05_gb18030.txt").read_bytes(), "text/plain"
    )
    response = admin_client.post(
        import_url(series), {"upload": upload, "text": "", "action": "preview"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "一块玻璃连起一条产业链" in html
    textarea = re.search(r'<textarea name="text"[^>]*>(.*?)</textarea>', html, re.S)
    assert "本报通讯员 林堃 郑海潮" in textarea.group(1)


# -- create --------------------------------------------------------------------------


def test_create_makes_a_draft_and_opens_its_editor(
    admin_client, admin_user, series, themes
):
    response = admin_client.post(
        import_url(series), {"text": sample("cixi_12.txt"), "action": "create"}
    )
    page = InstallmentPage.objects.child_of(series).get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live
    assert page.number == 12
    revision = Revision.objects.get(object_id=str(page.pk))
    assert revision.user == admin_user
    edit = admin_client.get(response["Location"])
    assert edit.status_code == 200
    assert "已从稿件创建草稿《小家电里的大市场》" in edit.content.decode()


def test_number_field_overrides_the_copy(admin_client, series, themes):
    admin_client.post(
        import_url(series),
        {"text": sample("cixi_12.txt"), "number": "7", "action": "create"},
    )
    assert InstallmentPage.objects.child_of(series).get().number == 7


# -- bad input: a message on the form, nothing written --------------------------------


def post_bad(client, series, data) -> str:
    before = row_counts()
    response = client.post(import_url(series), data)
    assert response.status_code == 200
    assert row_counts() == before
    assert 'value="create"' not in response.content.decode()
    return response.content.decode()


@pytest.mark.parametrize("action", ["preview", "create"])
def test_empty_copy(admin_client, series, action):
    html = post_bad(admin_client, series, {"text": " \n", "action": action})
    assert "稿件是空的" in html


def test_no_headline(admin_client, series):
    html = post_bad(admin_client, series, {"text": "只有正文。\n", "action": "create"})
    assert "没有找到标题：第 1 行到第 2 行" in html


def test_binary_upload(admin_client, series):
    upload = SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(1, 256)))
    html = post_bad(admin_client, series, {"upload": upload, "action": "create"})
    assert "第 1 行无法按 UTF-8 或 GB18030 读取" in html


def test_oversize_upload(admin_client, series):
    upload = SimpleUploadedFile("big.txt", b"# a\n" + b"x" * MAX_COPY_BYTES)
    html = post_bad(admin_client, series, {"upload": upload, "action": "create"})
    assert "超过 2 MB" in html


def test_duplicate_number(admin_client, series, themes):
    InstallmentPageFactory(parent=series, number=12, title="已有的一篇")
    data = {"text": sample("cixi_12.txt"), "action": "create"}
    html = post_bad(admin_client, series, data)
    subtitle_line = line_of("cixi_12.txt", "——县域经济")
    assert f"第 {subtitle_line} 行：本系列已有第 12 篇（之十二）《已有的一篇》" in html


# -- who may import -------------------------------------------------------------------


def test_anonymous_is_sent_to_login(client, series):
    response = client.get(import_url(series))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_user_without_add_permission_is_turned_away(home, series):
    client = staff_client(can_add_under=None)
    before = row_counts()
    for response in (
        client.get(import_url(series)),
        client.post(
            import_url(series), {"text": sample("cixi_12.txt"), "action": "create"}
        ),
    ):
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert row_counts() == before
    explorer = client.get(reverse("wagtailadmin_explore", args=[series.pk]))
    assert import_url(series) not in explorer.content.decode()


def test_permission_is_per_series(home, series, themes):
    other = SeriesPageFactory(parent=home, title="乡村振兴看变化")
    client = staff_client(can_add_under=other)
    assert client.get(import_url(series)).status_code == 302
    assert client.get(import_url(other)).status_code == 200
    response = client.post(
        import_url(other), {"text": sample("cixi_12.txt"), "action": "create"}
    )
    assert response.status_code == 302
    assert InstallmentPage.objects.child_of(other).get().title == "小家电里的大市场"
    assert not InstallmentPage.objects.child_of(series).exists()


def test_unknown_series_is_404(admin_client, home):
    assert (
        admin_client.get(reverse("series_import_copy", args=[99999])).status_code == 404
    )


def test_oversize_paste(admin_client, series, settings):
    text = "# 标题\n" + "正文。" * (MAX_COPY_BYTES // 3)
    assert len(text.encode()) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    html = post_bad(admin_client, series, {"text": text, "action": "create"})
    assert "超过 2 MB" in html
    assert "稿件是空的" not in html
