"""The admin at the HTTP level: add and edit forms for every page type and snippet."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from series.models import InstallmentPage, Person, Place, SeriesPage, Theme
from tests.factories import (
    InstallmentPageFactory,
    PersonFactory,
    PlaceFactory,
    ThemeFactory,
)
from tests.forms import installment_form

pytestmark = pytest.mark.django_db


def add_installment_url(series):
    return reverse(
        "wagtailadmin_pages:add", args=["series", "installmentpage", series.pk]
    )


def test_add_installment_saves_a_draft_with_pinyin_slug(admin_client, series):
    response = admin_client.post(add_installment_url(series), installment_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    page = InstallmentPage.objects.child_of(series).get()
    assert page.number == 1
    assert page.slug == "chuangxin-tuwei-kan-xianyu"
    assert not page.live
    assert page.subtitle == "——县域经济高质量发展观察之一"


def test_add_installment_with_body_and_bylines(admin_client, series):
    person = PersonFactory(name="姚雪青")
    theme = ThemeFactory(name="人才为先", slug="talent")
    body = streamfield(
        [
            ("paragraph", rich_text("<p>开头一段</p>")),
            (
                "section",
                {
                    "theme": theme.pk,
                    "heading": "人才为先",
                    "subheading": "靶向引才",
                    "content": streamfield(
                        [
                            ("paragraph", rich_text("<p>段落</p>")),
                            (
                                "pull_quote",
                                {"text": "引语", "attribution": "某人", "role": ""},
                            ),
                            (
                                "key_figure",
                                {
                                    "value": "204",
                                    "unit": "家",
                                    "label": "单项冠军",
                                    "place": "",
                                    "year": "2025",
                                    "source": "",
                                },
                            ),
                        ]
                    ),
                },
            ),
        ]
    )
    bylines = inline_formset([{"person": person.pk, "role": "reporter"}])
    post = installment_form(body=body, bylines=bylines)
    response = admin_client.post(add_installment_url(series), post)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = InstallmentPage.objects.child_of(series).get()
    assert [b.person.name for b in page.bylines.all()] == ["姚雪青"]
    assert page.themes() == [theme]


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("0", "编号必须是正整数"),
        ("-3", "编号必须是正整数"),
        ("abc", "篇序必须是整数"),
        ("", "请填写篇序"),
    ],
)
def test_bad_numbers_are_form_errors_and_save_nothing(
    admin_client, series, number, message
):
    response = admin_client.post(
        add_installment_url(series), installment_form(number=number)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not InstallmentPage.objects.exists()


def test_duplicate_number_is_refused_with_the_title(admin_client, series):
    InstallmentPageFactory(parent=series, number=1, title="创新突围看县域")
    response = admin_client.post(
        add_installment_url(series), installment_form(title="另一篇", number="1")
    )
    assert response.status_code == 200
    assert "本系列已有第 1 篇（之一）《创新突围看县域》" in response.content.decode()
    assert InstallmentPage.objects.count() == 1


def test_add_form_shows_sibling_numbers_and_suggests_next(admin_client, series):
    InstallmentPageFactory(parent=series, number=1)
    InstallmentPageFactory(parent=series, number=2)
    response = admin_client.get(add_installment_url(series))
    html = response.content.decode()
    assert response.status_code == 200
    assert "之一（1）、之二（2）" in html
    assert "下一个可用编号：3" in html
    assert re.search(r'<input[^>]*name="number"[^>]*value="3"', html)


def test_edit_installment_keeps_its_own_number(admin_client, series):
    page = InstallmentPageFactory(parent=series, number=4, title="旧标题")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url, installment_form(title="新标题", number="4", slug=page.slug)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert (
        InstallmentPage.objects.get(pk=page.pk).get_latest_revision_as_object().title
        == "新标题"
    )


def test_add_and_edit_series(admin_client, home):
    theme = ThemeFactory(name="创新驱动", slug="innovation")
    url = reverse("wagtailadmin_pages:add", args=["series", "seriespage", home.pk])
    assert admin_client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "县域经济高质量发展观察",
            "slug": "",
            "kicker": "人民眼·县域经济",
            "strapline": "",
            "editors_note": rich_text(""),
            "planned_installments": "5",
            "review_process": "single",
            "series_themes": inline_formset([{"theme": theme.pk}]),
            "seo_title": "",
            "search_description": "",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    series = SeriesPage.objects.get()
    assert series.themes() == [theme]
    edit = reverse("wagtailadmin_pages:edit", args=[series.pk])
    assert admin_client.get(edit).status_code == 200


def test_edit_home(admin_client, home):
    url = reverse("wagtailadmin_pages:edit", args=[home.pk])
    assert admin_client.get(url).status_code == 200


def test_installment_edit_has_the_newsroom_tabs(admin_client, series):
    page = InstallmentPageFactory(parent=series)
    html = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[page.pk])
    ).content.decode()
    for tab in ("内容", "人员与地点", "版面", "推广"):
        assert tab in html


SNIPPETS = [
    (
        Person,
        {"name": "刘晓宇", "slug": "", "default_role": "photographer", "bio": ""},
        "liu-xiaoyu",
    ),
    (
        Theme,
        {
            "name": "需求导向",
            "slug": "demand",
            "description": "",
            "aliases": "市场导向",
        },
        "demand",
    ),
    (
        Place,
        {
            "name": "慈溪",
            "province": "浙江",
            "level": "county_city",
            "slug": "",
            "latitude": "30.17",
            "longitude": "121.27",
            "admin_code": "330282",
        },
        "cixi",
    ),
]


@pytest.mark.parametrize(("model", "data", "slug"), SNIPPETS)
def test_snippet_add_and_edit(admin_client, model, data, slug):
    opts = model._meta
    add_url = reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:add")
    assert admin_client.get(add_url).status_code == 200
    response = admin_client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    obj = model.objects.get()
    assert obj.slug == slug
    edit_url = reverse(
        f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[obj.pk]
    )
    assert admin_client.get(edit_url).status_code == 200
    response = admin_client.post(
        edit_url, {**data, "slug": slug, "name": data["name"] + "新"}
    )
    assert response.status_code == 302
    assert model.objects.get().name.endswith("新")


def test_snippet_listings_and_filters(admin_client):
    PlaceFactory(name="江阴", province="江苏")
    PlaceFactory(name="慈溪", province="浙江")
    url = reverse("wagtailsnippets_series_place:list")
    html = admin_client.get(url, {"province": "浙江"}).content.decode()
    assert "慈溪" in html and "江阴" not in html


def test_installment_listing_filters_by_series_and_number(admin_client, home, series):
    from tests.factories import SeriesPageFactory

    other = SeriesPageFactory(parent=home, title="另一个系列")
    InstallmentPageFactory(parent=series, number=1, title="甲篇")
    InstallmentPageFactory(parent=other, number=2, title="乙篇")
    url = reverse("installments:index")
    html = admin_client.get(url, {"series": series.pk}).content.decode()
    assert "甲篇" in html and "乙篇" not in html
    html = admin_client.get(url, {"number": 2}).content.decode()
    assert "乙篇" in html and "甲篇" not in html


def test_installment_listing_filters_by_theme(admin_client, series):
    talent = ThemeFactory(name="人才为先", slug="talent")
    on_theme = {"theme": talent, "heading": "人才为先", "content": []}
    InstallmentPageFactory(
        parent=series, number=1, title="谈人才", body=[("section", on_theme)]
    )
    InstallmentPageFactory(parent=series, number=2, title="谈市场")
    html = admin_client.get(
        reverse("installments:index"), {"theme": talent.pk}
    ).content.decode()
    assert "谈人才" in html and "谈市场" not in html


def test_admin_requires_login(client, series):
    response = client.get(add_installment_url(series))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_admin_speaks_chinese_whatever_the_browser_asks(admin_client, series):
    page = InstallmentPageFactory(parent=series)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    html = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="zh-hans"' in html
    assert "保存草稿" in html and "Save draft" not in html


def test_an_editor_may_still_choose_english(admin_user, client, series):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    page = InstallmentPageFactory(parent=series)
    html = client.get(
        reverse("wagtailadmin_pages:edit", args=[page.pk])
    ).content.decode()
    assert "Save draft" in html


def test_tree_follows_numbers_after_admin_edits(admin_client, series):
    third = InstallmentPageFactory(parent=series, number=3, title="第三")
    first = InstallmentPageFactory(parent=series, number=1, title="第一")
    response = admin_client.post(
        add_installment_url(series), installment_form(number="2")
    )
    assert response.status_code == 302
    titles = list(
        InstallmentPage.objects.child_of(series)
        .order_by("path")
        .values_list("title", flat=True)
    )
    assert titles == ["第一", "创新突围看县域", "第三"]
    explore = reverse("wagtailadmin_explore", args=[series.pk])
    admin_client.get(explore)  # consumes the "page created" message naming the page
    listing = admin_client.get(explore).content.decode()
    assert (
        listing.index("第一") < listing.index("创新突围看县域") < listing.index("第三")
    )
    assert first.pk and third.pk
