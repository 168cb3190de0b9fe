"""Admin forms that enforce the newsroom's rules where editors can see them.

The rules themselves (number range and uniqueness, slugs, what blocks publishing)
live in series/rules.py; these forms only show them.
"""

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from series import rules
from series.numerals import chinese_numeral
from series.rules import pinyin_slug

__all__ = ["InstallmentPageForm", "PinyinSlugPageForm", "pinyin_slug"]


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


class InstallmentPageForm(PinyinSlugPageForm):
    """Shows the series' existing numbers and refuses a duplicate or non-positive one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("number")
        series = self.series_page()
        if field is None or series is None:
            return
        field.min_value = rules.MIN_NUMBER
        field.widget.attrs.update(min=rules.MIN_NUMBER, max=rules.MAX_NUMBER)
        field.error_messages.update(rules.number_field_errors())
        taken = rules.taken_numbers(series, exclude_pk=self.instance.pk)
        # A page's own number is not free for it to "move to": count it as used.
        next_free = rules.next_free_number(series)
        if self.instance.number is None and not self.is_bound:
            self.initial["number"] = next_free
        field.help_text = self.numbers_help(
            taken, next_free, editing=self.instance.pk is not None
        )

    def series_page(self):
        parent = self.parent_page
        if parent is None and self.instance.pk:
            parent = self.instance.get_parent()
        return parent.specific if parent is not None else None

    @staticmethod
    def numbers_help(taken: dict[int, str], next_free: int, *, editing: bool) -> str:
        if not taken:
            if editing:
                return _("本系列还没有其他单篇。")
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
        problem = rules.number_problem(
            number, series=self.series_page(), exclude_pk=self.instance.pk
        )
        if problem:
            raise forms.ValidationError(problem)
        return number
