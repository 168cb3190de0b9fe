"""Desk forms: plan a slot, give a reporter the series or take it back."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from series import rules
from series.models import Theme


class PlanInstallmentForm(forms.Form):
    number = forms.IntegerField(
        label=_("篇序"),
        min_value=rules.MIN_NUMBER,
        max_value=rules.MAX_NUMBER,
        error_messages=rules.number_field_errors(),
    )
    title = forms.CharField(
        label=_("暂定标题"),
        max_length=rules.field_limit("title"),
        error_messages={"required": _("请填写暂定标题。")},
    )
    planned_date = forms.DateField(
        label=_("计划刊发日期"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("日期格式应为 2026-12-31。")},
    )
    reporters = forms.ModelMultipleChoiceField(
        label=_("负责记者"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("计划主题"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, reporters, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reporters"].queryset = reporters
        self.fields["themes"].queryset = themes
        self.fields["title"].widget.attrs["placeholder"] = _("例如：创新突围看县域")


class ReporterForm(forms.Form):
    ADD, REMOVE = "add", "remove"

    action = forms.ChoiceField(choices=[(ADD, ADD), (REMOVE, REMOVE)])
    user = forms.ModelChoiceField(
        label=_("记者"),
        queryset=get_user_model().objects.filter(is_active=True).order_by("username"),
        error_messages={
            "required": _("请选择一位记者。"),
            "invalid_choice": _("没有这位用户。"),
        },
    )
