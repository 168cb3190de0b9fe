"""Admin forms that enforce the newsroom's rules where editors can see them."""

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from pypinyin import lazy_pinyin
from wagtail.admin.forms import WagtailAdminPageForm

from series.numerals import chinese_numeral, first_free_number

SLUG_MAX_LENGTH = 60


def pinyin_slug(text: str) -> str:
    """A readable ASCII slug for a Chinese title: 创新突围看县域 -> chuangxintuweikanxianyu."""
    return slugify("".join(lazy_pinyin(text)))[:SLUG_MAX_LENGTH].strip("-")


class PinyinSlugPageForm(WagtailAdminPageForm):
    """Chinese titles slugify to nothing; fill the slug from the title's pinyin instead."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False

    def clean_slug(self):
        slug = self.cleaned_data.get("slug")
        if slug:
            return slug
        return pinyin_slug(self.data.get("title", "")) or "page"


NUMBER_ERRORS = {
    "required": _lazy("请填写篇序：本篇是系列的第几篇（1、2、3……）。"),
    "invalid": _lazy("篇序必须是整数，例如 1、2、3。"),
    "min_value": _lazy("编号必须是正整数（1、2、3……）。"),
}


class InstallmentPageForm(PinyinSlugPageForm):
    """Shows the series' existing numbers and refuses a duplicate or non-positive one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("number")
        series = self.series_page()
        if field is None or series is None:
            return
        field.min_value = 1
        field.widget.attrs["min"] = 1
        field.error_messages.update(NUMBER_ERRORS)
        taken = self.sibling_numbers(series)
        next_free = first_free_number(taken)
        if self.instance.number is None and not self.is_bound:
            self.initial["number"] = next_free
        field.help_text = self.numbers_help(taken, next_free)

    def series_page(self):
        parent = self.parent_page
        if parent is None and self.instance.pk:
            parent = self.instance.get_parent()
        return parent.specific if parent is not None else None

    def sibling_numbers(self, series) -> dict[int, str]:
        from series.models import InstallmentPage

        siblings = InstallmentPage.objects.child_of(series)
        if self.instance.pk:
            siblings = siblings.exclude(pk=self.instance.pk)
        return dict(siblings.order_by("number").values_list("number", "title"))

    @staticmethod
    def numbers_help(taken: dict[int, str], next_free: int) -> str:
        if not taken:
            return _("这是本系列的第一篇，建议编号 1。")
        used = "、".join(f"之{chinese_numeral(n)}（{n}）" for n in taken)
        return _("本系列已有：%(used)s。下一个可用编号：%(next)s。") % {
            "used": used,
            "next": next_free,
        }

    def clean_number(self):
        number = self.cleaned_data.get("number")
        if number is None:
            return number
        if number < 1:
            raise forms.ValidationError(_("编号必须是正整数（1、2、3……）。"))
        if number > 9999:
            raise forms.ValidationError(_("编号不能超过 9999。"))
        series = self.series_page()
        if series is not None:
            taken = self.sibling_numbers(series)
            if number in taken:
                raise forms.ValidationError(
                    _("本系列已有第 %(number)s 篇《%(title)s》，请换一个编号。")
                    % {"number": number, "title": taken[number]}
                )
        return number
