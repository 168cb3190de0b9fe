"""The newsroom's shared vocabulary: people, themes and places.

These are plain models registered as snippets (see wagtail_hooks.py). Installments refer
to them, so a person's page, a theme's page and a place's page read structure, never text.
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from series.slugs import person_slug, place_slug, unique_slug


class Role(models.TextChoices):
    """Roles in the order a newspaper prints them."""

    REPORTER = "reporter", _("本报记者")
    CORRESPONDENT = "correspondent", _("本报通讯员")
    PHOTOGRAPHER = "photographer", _("摄影")
    COMMENTATOR = "commentator", _("评论员")
    EDITOR = "editor", _("责编")
    DESIGNER = "designer", _("版式设计")


WRITING_ROLES = (Role.REPORTER, Role.CORRESPONDENT, Role.COMMENTATOR)
CREDIT_ROLES = (Role.EDITOR, Role.DESIGNER)


class SluggedModel(models.Model):
    """Fills a free slug from the name on first save, so editors may leave it blank."""

    class Meta:
        abstract = True

    def make_slug(self) -> str:
        raise NotImplementedError

    def save(self, *args, **kwargs):
        if not self.slug:
            manager = type(self)._default_manager
            # Leave room for a "-NN" suffix within the column.
            room = self._meta.get_field("slug").max_length - 4
            self.slug = unique_slug(
                self.make_slug()[:room].strip("-"),
                lambda s: manager.filter(slug=s).exclude(pk=self.pk).exists(),
            )
        super().save(*args, **kwargs)


class Person(index.Indexed, SluggedModel):
    name = models.CharField(_("姓名"), max_length=60)
    slug = models.SlugField(
        _("网址名"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("留空则按拼音生成，例如 姚雪青 → yao-xueqing。"),
    )
    default_role = models.CharField(
        _("常用身份"), max_length=20, choices=Role.choices, default=Role.REPORTER
    )
    bio = models.TextField(_("简介"), blank=True)
    photo = models.ForeignKey(
        "series.NewsImage",
        verbose_name=_("照片"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("default_role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("default_role"),
    ]

    class Meta:
        verbose_name = _("人员")
        verbose_name_plural = _("人员")
        # The slug is the name's pinyin (yao-xueqing): 陈, 何, 刘 … as editors
        # expect, not the code-point order of the characters.
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name

    def make_slug(self) -> str:
        return person_slug(self.name)

    def get_absolute_url(self) -> str:
        return reverse("series:person", args=[self.slug])


class Theme(index.Indexed, SluggedModel):
    name = models.CharField(_("主题"), max_length=40, unique=True)
    slug = models.SlugField(_("网址名"), max_length=60, unique=True)
    description = models.TextField(_("说明"), blank=True)
    aliases = models.TextField(
        _("其他标题"),
        blank=True,
        help_text=_("这个主题还可能用到的小标题，每行一个；导入稿件时据此匹配。"),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("description"),
        FieldPanel("aliases"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("主题")
        verbose_name_plural = _("主题")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def make_slug(self) -> str:
        return place_slug(self.name)

    def headings(self) -> list[str]:
        """Every section heading this theme answers to, its own name first."""
        aliases = [line.strip() for line in self.aliases.splitlines() if line.strip()]
        return [self.name, *aliases]

    def get_absolute_url(self) -> str:
        return reverse("series:theme", args=[self.slug])


class PlaceLevel(models.TextChoices):
    COUNTY = "county", _("县")
    COUNTY_CITY = "county_city", _("县级市")
    DISTRICT = "district", _("区")
    CITY = "city", _("市")


class Place(index.Indexed, SluggedModel):
    name = models.CharField(_("地名"), max_length=40)
    province = models.CharField(_("省份"), max_length=20)
    level = models.CharField(
        _("行政级别"),
        max_length=20,
        choices=PlaceLevel.choices,
        default=PlaceLevel.COUNTY,
    )
    slug = models.SlugField(
        _("网址名"),
        max_length=60,
        unique=True,
        blank=True,
        help_text=_("留空则按拼音生成，例如 江阴 → jiangyin。"),
    )
    latitude = models.DecimalField(
        _("纬度"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("经度"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    admin_code = models.CharField(
        _("行政区划代码"), max_length=12, blank=True, help_text=_("六位或十二位代码。")
    )

    panels = [
        FieldRowPanel(
            [FieldPanel("name"), FieldPanel("province"), FieldPanel("level")]
        ),
        FieldPanel("slug"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("admin_code"),
            ],
            heading=_("地理信息"),
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("province"),
        index.AutocompleteField("name"),
        index.FilterField("province"),
    ]

    class Meta:
        verbose_name = _("地点")
        verbose_name_plural = _("地点")
        # Within a province by pinyin (the slug), as for people.
        ordering = ["province", "slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "name"], name="series_place_unique_name"
            )
        ]

    def __str__(self) -> str:
        return f"{self.province}{self.name}"

    def make_slug(self) -> str:
        return place_slug(self.name)

    def get_absolute_url(self) -> str:
        return reverse("series:place", args=[self.slug])
