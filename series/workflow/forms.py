"""The form an editor uses to choose who reports for a series."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from series.workflow.roles import REPORTERS, ROLE_LABELS


def _display_name(user) -> str:
    full_name = user.get_full_name()
    return f"{full_name}（{user.get_username()}）" if full_name else user.get_username()


class ReporterChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return _display_name(obj)


class SeriesReportersForm(forms.Form):
    reporters = ReporterChoiceField(
        label=_("本系列的记者"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=format_lazy(
            _(
                "勾选的记者可以在本系列新建、修改单篇并提交审核；发布仍须编辑审核。"
                "名单来自“{label}”（{name}）用户组。"
            ),
            label=ROLE_LABELS[REPORTERS],
            name=REPORTERS,
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reporters"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, groups__name=REPORTERS)
            .distinct()
            .order_by("last_name", "first_name", "username")
        )
