"""Test data builders. Pages are created under the real tree: root -> home -> series."""

import factory
import wagtail_factories
from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from series.body_format import (
    commentary,
    figure,
    key_figure,
    paragraph,
    pull_quote,
    section,
)
from series.models import (
    Byline,
    HomePage,
    InstallmentPage,
    NewsImage,
    Person,
    Place,
    Role,
    SeriesPage,
    Theme,
)


class NewsImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"图片{n}")
    credit = "本报记者 刘军国摄"
    default_caption = "江阴一家企业的生产线"

    class Meta:
        model = NewsImage


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Iterator(["姚雪青", "刘军国", "杨迅", "刘晓宇", "王甲", "李乙"])
    default_role = Role.REPORTER

    class Meta:
        model = Person


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"主题{n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")

    class Meta:
        model = Theme


class PlaceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"测试县{n}")
    province = "江苏"

    class Meta:
        model = Place


class HomePageFactory(wagtail_factories.PageFactory):
    title = "县域观察"

    class Meta:
        model = HomePage


class SeriesPageFactory(wagtail_factories.PageFactory):
    title = "县域经济高质量发展观察"
    slug = factory.Sequence(lambda n: f"series-{n}")
    kicker = "人民眼·县域经济"

    class Meta:
        model = SeriesPage


class InstallmentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"第{n}篇报道")
    slug = factory.Sequence(lambda n: f"installment-{n}")
    number = factory.Sequence(lambda n: n + 1)
    deck = "县域产业集群里的创新故事"

    class Meta:
        model = InstallmentPage


class BylineFactory(factory.django.DjangoModelFactory):
    person = factory.SubFactory(PersonFactory)
    role = Role.REPORTER

    class Meta:
        model = Byline


def ensure_tree_root() -> Page:
    """The default locale and root page that Wagtail's migrations create.

    Transactional tests (live_server, threads) flush every table after each test,
    migration data included; the tests that run after them need both back.
    """
    locale, _ = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def make_site() -> HomePage:
    """A HomePage as the default site's root, replacing Wagtail's welcome page."""
    root = ensure_tree_root()
    # Wagtail's migrations leave a "Welcome" page at depth 2 with slug "home".
    for welcome in root.get_children().filter(content_type__model="page"):
        welcome.delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


# Reader site: photos, rich bodies and whole installments -------------------------


def picture_file(*, width=1000, height=625, seed=0, name="photo.jpg"):
    """A JPEG drawn locally with Pillow: sky, fields and a row of workshop roofs."""
    from io import BytesIO

    from django.core.files.base import ContentFile
    from PIL import Image, ImageDraw

    hue = (seed * 47) % 120
    image = Image.new("RGB", (width, height), (120 + hue // 2, 170, 210))
    draw = ImageDraw.Draw(image)
    horizon = int(height * 0.55)
    draw.rectangle((0, horizon, width, height), fill=(70 + hue // 3, 130, 60))
    for i in range(8):
        left = int(width * (0.05 + i * 0.115))
        top = horizon - int(height * (0.12 + 0.04 * ((i + seed) % 3)))
        draw.rectangle(
            (left, top, left + int(width * 0.09), horizon), fill=(200, 90, 60)
        )
        draw.polygon(
            [
                (left, top),
                (left + int(width * 0.045), top - 40),
                (left + int(width * 0.09), top),
            ],
            fill=(150, 60, 50),
        )
    for row in range(horizon + 30, height, 45):
        draw.line((0, row, width, row - 60), fill=(90, 150, 70), width=6)
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return ContentFile(buffer.getvalue(), name=name)


def make_image(*, seed=0, width=1000, height=625, **kwargs) -> NewsImage:
    kwargs.setdefault("title", f"县域风貌{seed}")
    return NewsImageFactory(
        file=picture_file(width=width, height=height, seed=seed), **kwargs
    )


def rich_body(*, themes, places, images, commentator, hostile="") -> str:
    """A body using every block type, as stored JSON (the form the importer writes).

    `hostile` is appended to captions, quotes and headings to test escaping.
    """
    import json

    body = [
        paragraph(
            "清晨六点，县城东边的工业园已经亮起灯。装配线旁，"
            "技术员正把最后一批零件送进检测台，再过两小时，这些设备就要装车出发。"
        ),
        figure(images[0], caption="工业园里的装配车间" + hostile),
        section(
            "把链条拉长" + hostile,
            paragraph(
                "十年前，这里的工厂大多只做来料加工。如今，研发、制造、"
                "售后都留在了县里，配套企业也跟着落了户。"
            ),
            pull_quote(
                "链条长了，抗风险的底气才足。" + hostile,
                attribution="周明" + hostile,
                role="园区管委会负责人",
            ),
            key_figure("1286.4", "亿元", "规上工业总产值", places[0], 2024, "县统计局"),
            paragraph(
                "园区把闲置厂房改成共享车间，小企业不必再为一台设备"
                "单独建厂，省下的钱投进了研发。"
            ),
            subheading="从一个零件到一条产业链",
            theme=themes[0],
        ),
        section(
            "人才回流",
            paragraph(
                "职业学校与企业合办的订单班，学生还没毕业就进了车间。"
                "县里的人才公寓，让外地工程师也能安心住下。"
            ),
            figure(
                images[1],
                caption="实训基地里的学员在调试设备" + hostile,
                credit="本报记者 王甲摄",
            ),
            key_figure(
                "3.2", "万人", "近三年返乡就业人数", places[-1], 2023, "县人社局"
            ),
            subheading="年轻人为什么愿意回来",
            theme=themes[1],
        ),
        section(
            "尾声",
            paragraph("傍晚下班时，园区门口的小吃街热闹起来，这是县城新的烟火气。"),
        ),
        commentary(
            "县域发展要下“绣花功夫”" + hostile,
            "产业的根扎得深，县城才能留得住人。因地制宜、久久为功，比一时的热闹更要紧。",
            author=commentator,
        ),
    ]
    return json.dumps(body, ensure_ascii=False)


def make_installment(
    *, series, number, people=None, themes, places, images, hostile="", **kwargs
) -> InstallmentPage:
    """A live installment with bylines, places, a rich body and print details.

    people: {role: [Person]}; the first commentator (if any) signs the sidebar.
    """
    from datetime import date, timedelta

    from django.utils import timezone

    people = people or {}
    published = kwargs.pop("published_at", timezone.now() - timedelta(days=number))
    commentators = people.get(Role.COMMENTATOR) or [None]
    kwargs.setdefault("hero_image", images[0])
    kwargs.setdefault("title", f"县城工业园的第{number}个春天")
    kwargs.setdefault(
        "standfirst", "一座县城如何把产业链留在本地，让年轻人回得来、留得住。"
    )
    page = InstallmentPageFactory(
        parent=series,
        number=number,
        slug=kwargs.pop("slug", f"part-{number}"),
        first_published_at=published,
        last_published_at=published + timedelta(hours=2),
        edition_date=kwargs.pop(
            "edition_date", date(2025, 7, 14) + timedelta(days=number)
        ),
        print_page=kwargs.pop("print_page", 10),
        page_name=kwargs.pop("page_name", "人民眼"),
        body=rich_body(
            themes=themes,
            places=places,
            images=images,
            commentator=commentators[0],
            hostile=hostile,
        ),
        **kwargs,
    )
    order = 0
    for role, persons in people.items():
        for person in persons:
            BylineFactory(page=page, person=person, role=role, sort_order=order)
            order += 1
    page.places.set(places)
    page.save()
    return page
