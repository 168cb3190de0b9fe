"""Test data builders. Pages are created under the real tree: root -> home -> series."""

import factory
import wagtail_factories
from wagtail.models import Page, Site

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


def make_site() -> HomePage:
    """A HomePage as the default site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    # Wagtail's migrations leave a "Welcome" page at depth 2 with slug "home".
    for welcome in root.get_children().filter(content_type__model="page"):
        welcome.delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home
