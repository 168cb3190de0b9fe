"""The page tree: Home -> Series -> Installment.

The tree is explicit: every page type names its parents and children, so editors can
only build the shape the reader site, feeds and importer expect.
"""

from django import forms
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from series.api.fields import (
    HOME_API_FIELDS,
    INSTALLMENT_API_FIELDS,
    SERIES_API_FIELDS,
)
from series.blocks import InstallmentBodyBlock
from series.data.routes import DataRoutesMixin
from series.feeds.routes import FeedRoutesMixin
from series.forms import InstallmentPageForm, PinyinSlugPageForm
from series.models.installment_rules import InstallmentRulesMixin
from series.models.mixins import ReaderVisibilityMixin
from series.models.review import ReviewProcess
from series.models.snippets import Role
from series.numerals import position_label
from series.proofing.panels import PrecheckPanel
from series.querysets import InstallmentQuerySet, published_q
from series.routing import ChildRouteMixin
from series.workflow.permissions import (
    NewsroomPagePermissionTester,
    SeriesPermissionTester,
)
from series.workflow.previews import feed_preview, phone_preview


class HomePage(ReaderVisibilityMixin, FeedRoutesMixin, ChildRouteMixin, Page):
    """The site root: lists the series, newest installments and themes."""

    child_route_model = "series.SeriesPage"
    child_route_related = ("cover_image",)

    intro = RichTextField(_("导语"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["series.SeriesPage"]
    max_count = 1
    template = "pages/home_page.html"
    api_fields = HOME_API_FIELDS
    base_form_class = PinyinSlugPageForm

    class Meta:
        verbose_name = _("首页")
        verbose_name_plural = _("首页")

    def get_context(self, request, *args, **kwargs):
        # Imported here because series.site.contexts reads these models.
        from series.site.contexts import home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(home_context(self, request))
        return context


class SeriesStatus(models.TextChoices):
    ANNOUNCED = "announced", _("即将推出")
    RUNNING = "running", _("连载中")
    CONCLUDED = "concluded", _("已完结")


class SeriesPage(
    ReaderVisibilityMixin, DataRoutesMixin, FeedRoutesMixin, ChildRouteMixin, Page
):
    """A multi-part series under a newspaper column."""

    child_route_model = "series.InstallmentPage"
    child_route_related = ("hero_image",)

    kicker = models.CharField(
        _("栏目"), max_length=60, help_text=_("栏目名，例如“人民眼·县域经济”。")
    )
    strapline = models.CharField(_("一句话介绍"), max_length=200, blank=True)
    editors_note = RichTextField(
        _("编者按"), blank=True, features=["bold", "italic", "link"]
    )
    cover_image = models.ForeignKey(
        "series.NewsImage",
        verbose_name=_("封面图"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    planned_installments = models.PositiveSmallIntegerField(
        _("计划篇数"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("已知全系列篇数时填写，页面显示“第 N 篇，共 M 篇”。"),
    )
    concluded = models.BooleanField(
        _("已完结"),
        default=False,
        help_text=_("不再续写时勾选；达到计划篇数会自动视为完结。"),
    )
    review_process = models.CharField(
        _("审核流程"),
        max_length=10,
        choices=ReviewProcess.choices,
        default=ReviewProcess.SINGLE,
        help_text=_("三审三校：初审（责任编辑）、复审（部门主任）、终审（值班总编）。"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("kicker"),
        FieldPanel("strapline"),
        FieldPanel("editors_note"),
        FieldPanel("cover_image"),
        InlinePanel(
            "series_themes", label=_("主题"), heading=_("本系列的主题（按顺序）")
        ),
        FieldRowPanel([FieldPanel("planned_installments"), FieldPanel("concluded")]),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("review_process")]
    search_fields = Page.search_fields + [
        index.SearchField("kicker"),
        index.SearchField("strapline"),
        index.SearchField("editors_note"),
    ]

    parent_page_types = ["series.HomePage"]
    subpage_types = ["series.InstallmentPage"]
    template = "pages/series_page.html"
    api_fields = SERIES_API_FIELDS
    # Installments are kept in number order in the tree (services.installment_sort_siblings),
    # so the explorer's tree order is the series order.
    admin_default_ordering = "ord"
    base_form_class = PinyinSlugPageForm

    class Meta:
        verbose_name = _("系列")
        verbose_name_plural = _("系列")

    def get_context(self, request, *args, **kwargs):
        # Imported here because series.site.contexts reads these models.
        from series.site.contexts import series_context

        context = super().get_context(request, *args, **kwargs)
        context.update(series_context(self, request))
        return context

    def permissions_for_user(self, user):
        # Reporters add installments here; the series itself is the editors'.
        return SeriesPermissionTester(user, self)

    def installments(self):
        """What readers may see, in series order."""
        return InstallmentPage.objects.published().in_series(self).by_number()

    def coming_installments(self):
        """Installments not out yet that editors announced with a planned date.

        Only the number and date are public; the headline stays private until launch.
        """
        return (
            InstallmentPage.objects.in_series(self)
            .filter(planned_date__isnull=False)
            .exclude(published_q())
            .order_by("number")
        )

    def themes(self):
        return [link.theme for link in self.series_themes.select_related("theme")]

    @cached_property
    def published_count(self) -> int:
        return self.installments().count()

    def set_published_count(self, count: int) -> None:
        """Prime `published_count` when a listing has counted many series at once."""
        self.__dict__["published_count"] = count

    def readers_know_of(self):
        """Installments readers can see or that are announced with a planned date."""
        return InstallmentPage.objects.in_series(self).filter(
            models.Q(pk__in=self.installments().values("pk"))
            | models.Q(planned_date__isnull=False)
        )

    @cached_property
    def highest_number(self) -> int:
        """The highest number readers know of (之十二 out means at least 12 parts)."""
        found = self.readers_know_of().aggregate(highest=models.Max("number"))
        return found["highest"] or 0

    def set_highest_number(self, number: int) -> None:
        """Prime `highest_number` from numbers a page has already loaded."""
        self.__dict__["highest_number"] = number

    @property
    def total_installments(self) -> int:
        """共 N 篇: the plan, or more when the series has grown past it."""
        return max(self.planned_installments or 0, self.highest_number)

    @property
    def status(self) -> str:
        count = self.published_count
        planned = self.planned_installments and self.total_installments
        if self.concluded or (planned and count >= planned):
            return SeriesStatus.CONCLUDED
        return SeriesStatus.RUNNING if count else SeriesStatus.ANNOUNCED

    def get_status_display(self) -> str:
        return SeriesStatus(self.status).label


class SeriesTheme(Orderable):
    page = ParentalKey(
        SeriesPage, related_name="series_themes", on_delete=models.CASCADE
    )
    theme = models.ForeignKey(
        "series.Theme",
        verbose_name=_("主题"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("theme")]

    class Meta(Orderable.Meta):
        verbose_name = _("系列主题")
        constraints = [
            models.UniqueConstraint(fields=["page", "theme"], name="series_theme_once")
        ]


class InstallmentPage(InstallmentRulesMixin, ReaderVisibilityMixin, Page):
    """One installment of a series: headline, people, places and a structured body."""

    number = models.PositiveSmallIntegerField(
        _("篇序"),
        validators=[MinValueValidator(1)],
        help_text=_("本篇在系列中的序号，1 即“之一”。"),
    )
    subtitle_override = models.CharField(
        _("副题（手动）"),
        max_length=120,
        blank=True,
        help_text=_("留空则自动生成，例如“——县域经济高质量发展观察之一”。"),
    )
    deck = models.CharField(
        _("引题"), max_length=200, blank=True, help_text=_("标题上方的一行提要。")
    )
    standfirst = models.TextField(
        _("导语"), blank=True, help_text=_("列表、分享和订阅里显示的摘要。")
    )
    hero_image = models.ForeignKey(
        "series.NewsImage",
        verbose_name=_("题图"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    places = ParentalManyToManyField(
        "series.Place",
        verbose_name=_("涉及地点"),
        blank=True,
        related_name="installments",
    )
    body = StreamField(InstallmentBodyBlock(), verbose_name=_("正文"), blank=True)
    edition_date = models.DateField(_("见报日期"), null=True, blank=True)
    print_page = models.PositiveSmallIntegerField(_("版次"), null=True, blank=True)
    page_name = models.CharField(_("版名"), max_length=40, blank=True)
    planned_date = models.DateField(
        _("计划刊发日期"),
        null=True,
        blank=True,
        help_text=_("尚未刊发时填写，系列页会显示“即将推出”（只显示篇序和日期）。"),
    )
    # The series desk's plan for a slot (series/desk): who writes it, what it covers.
    assigned_reporters = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("负责记者"),
        blank=True,
        related_name="assigned_installments",
    )
    planned_themes = ParentalManyToManyField(
        "series.Theme",
        verbose_name=_("计划主题"),
        blank=True,
        related_name="planned_installments",
    )

    unplaced_names = models.TextField(
        _("待归属姓名"),
        blank=True,
        help_text=_(
            "导入时无法确定身份的姓名，每行一个。把他们加入上面的署名（摄影、作者等）"
            "后删去；这里还有姓名时不能发布。"
        ),
    )

    objects = PageManager.from_queryset(InstallmentQuerySet)()

    content_panels = [
        PrecheckPanel(heading=_("机审")),
        FieldRowPanel([FieldPanel("number"), FieldPanel("subtitle_override")]),
        FieldPanel("deck"),
        FieldPanel("title", heading=_("标题")),
        FieldPanel("standfirst"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    people_panels = [
        InlinePanel("bylines", label=_("署名"), heading=_("署名（按见报顺序）")),
        FieldPanel("unplaced_names"),
        # Checkboxes (in pinyin order), not a bare multi-select that needs Ctrl-click.
        FieldPanel("places", widget=forms.CheckboxSelectMultiple),
    ]
    print_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("edition_date"),
                        FieldPanel("print_page"),
                        FieldPanel("page_name"),
                    ]
                ),
            ],
            heading=_("报纸版面"),
        ),
        InlinePanel("corrections", label=_("更正"), heading=_("更正说明")),
        FieldPanel("planned_date"),
        FieldPanel("assigned_reporters"),
        FieldPanel("planned_themes"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("内容")),
            ObjectList(people_panels, heading=_("人员与地点")),
            ObjectList(print_panels, heading=_("版面")),
            ObjectList(Page.promote_panels, heading=_("推广")),
            ObjectList(Page.settings_panels, heading=_("设置")),
        ]
    )
    # Headline over deck over names over text: four boosts, which the PostgreSQL
    # backend maps onto tsvector weights A-D (SQLite: see series/search/backends).
    # The body covers every heading, subheading, paragraph, pull quote, key figure
    # and sidebar; search_references adds the names it holds only as ids.
    search_fields = Page.search_fields + [
        index.SearchField("title", boost=10),
        index.SearchField("deck", boost=3),
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.SearchField("search_references", boost=2),
        index.RelatedFields(
            "bylines",
            [index.RelatedFields("person", [index.SearchField("name", boost=2)])],
        ),
        index.RelatedFields("places", [index.SearchField("name", boost=2)]),
        index.FilterField("number"),
        index.FilterField("expire_at"),  # so published().search() may filter on it
    ]

    parent_page_types = ["series.SeriesPage"]
    subpage_types: list[str] = []
    template = "pages/installment_page.html"
    api_fields = INSTALLMENT_API_FIELDS
    base_form_class = InstallmentPageForm

    class Meta:
        verbose_name = _("单篇")
        verbose_name_plural = _("单篇")
        # The series strip and the pager look up installments by number around
        # the current one: without it they read the whole series (4 ms at 1,000).
        indexes = [
            models.Index(fields=["number"], name="installment_number_idx"),
            # Announced installments (home and series status, the desk): a few
            # rows among thousands.
            models.Index(
                fields=["planned_date"],
                condition=models.Q(planned_date__isnull=False),
                name="installment_announced_idx",
            ),
        ]

    def get_context(self, request, *args, **kwargs):
        # Imported here because series.site.contexts reads these models.
        from series.site.contexts import installment_context

        context = super().get_context(request, *args, **kwargs)
        context.update(installment_context(self, request))
        return context

    preview_modes = [
        ("", _("读者所见")),
        ("phone", _("手机（375 像素宽）")),
        ("feed", _("如订阅阅读器所见")),
    ]

    def __str__(self) -> str:
        return self.title

    def permissions_for_user(self, user):
        # Reporters edit drafts but may not delete or move them.
        return NewsroomPagePermissionTester(user, self)

    def serve_preview(self, request, mode_name):
        if mode_name == "phone":
            return phone_preview(self, request)
        if mode_name == "feed":
            return feed_preview(self, request)
        return super().serve_preview(request, mode_name)

    @cached_property
    def series(self) -> "SeriesPage | None":
        parent = self.get_parent()
        return parent.specific if parent is not None else None

    def set_series(self, series: "SeriesPage | None") -> None:
        """Prime `series` when the caller already holds the parent (no query per page)."""
        self.__dict__["series"] = series

    @property
    def kicker(self) -> str:
        return self.series.kicker if self.series else ""

    @property
    def position_label(self) -> str:
        return position_label(self.number)

    @property
    def subtitle(self) -> str:
        if self.subtitle_override:
            return self.subtitle_override
        series_title = self.series.title if self.series else ""
        return f"——{series_title}{self.position_label}"

    def grouped_bylines(self, roles=None) -> list[tuple[str, str, list]]:
        """[(role, label, [person, …])] in print order: 本报记者 A B  本报通讯员 C."""
        order = list(Role.values)
        groups: dict[str, list] = {}
        labels: dict[str, str] = {}
        for byline in self.bylines.all():
            if roles is None or byline.role in roles:
                groups.setdefault(byline.role, []).append(byline.person)
                # The label as printed (本版责编) wins over the role's name (责编).
                labels.setdefault(byline.role, byline.label or Role(byline.role).label)
        return [
            (role, labels[role], groups[role])
            for role in sorted(groups, key=order.index)
        ]

    def people_with_roles(self) -> list[tuple]:
        return [(b.person, b.role) for b in self.bylines.all()]

    def sections(self) -> list:
        return [block.value for block in self.body if block.block_type == "section"]

    def commentaries(self) -> list:
        return [block.value for block in self.body if block.block_type == "commentary"]

    def themes(self) -> list:
        seen: dict[int, object] = {}
        for section in self.sections():
            theme = section.get("theme")
            if theme is not None:
                seen.setdefault(theme.pk, theme)
        return list(seen.values())

    def search_references(self) -> str:
        """Names the body refers to by id: section themes, sidebar authors, places."""
        names = [theme.name for theme in self.themes()]
        names += [c["author"].name for c in self.commentaries() if c.get("author")]
        names += [
            figure["place"].name
            for section in self.sections()
            for figure in section.key_figures()
            if figure.get("place")
        ]
        return " ".join(names)

    def _sibling(self, **filters):
        if self.series is None:
            return None
        return self.series.installments().filter(**filters)

    def previous_installment(self):
        siblings = self._sibling(number__lt=self.number)
        return siblings.order_by("-number").first() if siblings is not None else None

    def next_installment(self):
        siblings = self._sibling(number__gt=self.number)
        return siblings.order_by("number").first() if siblings is not None else None


class Byline(Orderable):
    page = ParentalKey(
        InstallmentPage, related_name="bylines", on_delete=models.CASCADE
    )
    person = models.ForeignKey(
        "series.Person",
        verbose_name=_("人员"),
        on_delete=models.PROTECT,
        related_name="bylines",
    )
    role = models.CharField(
        _("身份"), max_length=20, choices=Role.choices, default=Role.REPORTER
    )
    label = models.CharField(
        _("见报写法"),
        max_length=20,
        blank=True,
        help_text=_("版面上印的称谓，例如“本版责编”；留空则用身份的名称。"),
    )

    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("role"), FieldPanel("label")])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("署名")
        verbose_name_plural = _("署名")

    def __str__(self) -> str:
        return f"{self.get_role_display()} {self.person}"


class Correction(Orderable):
    page = ParentalKey(
        InstallmentPage, related_name="corrections", on_delete=models.CASCADE
    )
    date = models.DateField(_("更正日期"))
    text = models.TextField(_("更正内容"))

    panels = [FieldPanel("date"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("更正")
        verbose_name_plural = _("更正")
        ordering = ["date", "sort_order"]

    def __str__(self) -> str:
        return f"{self.date}: {self.text[:30]}"
