"""Admin: "导入稿件" on a series — paste or upload copy, check the outline, create a draft.

Only users who may add pages under the series get the button or the view. The preview
runs every check the import runs (series/importer/mapping.py), so what the editor sees
is what will be written; creating the draft is one transaction.
"""

from django import forms
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button

from series import rules
from series.importer import MAX_COPY_BYTES, CopyError, decode_copy, parse_copy
from series.importer.decoding import check_size
from series.importer.lines import split_lines
from series.importer.mapping import (
    installment_import_preview,
    people_in,
    theme_matcher,
)
from series.importer.structure import ParsedCopy
from series.models import InstallmentPage, Person, Role, SeriesPage, Theme
from series.services import installment_import

URL_NAME = "series_import_copy"


def can_import(series: SeriesPage, user) -> bool:
    return InstallmentPage.can_create_at(series) and (
        series.permissions_for_user(user).can_add_subpage()
    )


def import_copy_buttons(page, user):
    """The "导入稿件" button for series pages the user may add installments to."""
    if page.specific_class is SeriesPage and can_import(page.specific, user):
        yield Button(
            _("导入稿件"),
            reverse(URL_NAME, args=[page.pk]),
            icon_name="upload",
            priority=16,
        )


def urlpatterns():
    return [
        path(
            "series/<int:series_id>/import/",
            ImportCopyView.as_view(),
            name=URL_NAME,
        )
    ]


class ImportCopyForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("粘贴稿件"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "spellcheck": "false"}),
    )
    upload = forms.FileField(
        label=gettext_lazy("或上传文本文件"),
        required=False,
        help_text=gettext_lazy("UTF-8 或 GB18030 编码的 .txt，不超过 2 MB。"),
    )
    number = forms.IntegerField(
        label=gettext_lazy("篇序"),
        required=False,
        min_value=rules.MIN_NUMBER,
        max_value=rules.MAX_NUMBER,
        help_text=gettext_lazy("留空则使用稿件副题里的“之几”。"),
    )

    def __init__(self, *args, series: SeriesPage, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["number"].error_messages.update(rules.number_field_errors())
        self.series = series
        self.parsed: ParsedCopy | None = None
        self.source_text = ""

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        try:
            self.parsed = self._parse(cleaned.get("upload"), cleaned.get("text") or "")
            installment_import_preview(
                series=self.series, parsed=self.parsed, number=cleaned.get("number")
            )
        except CopyError as error:
            raise forms.ValidationError(str(error)) from error
        return cleaned

    def _parse(self, upload, text: str) -> ParsedCopy:
        if upload is not None:
            check_size(upload.size)  # before reading it into memory
            # From here on the decoded text travels in the text field.
            text = decode_copy(upload.read(MAX_COPY_BYTES + 1))
        self.source_text = text
        return parse_copy(text, themes=theme_matcher())


class ImportCopyView(WagtailAdminTemplateMixin, FormView):
    template_name = "series/admin/import_copy.html"
    form_class = ImportCopyForm
    header_icon = "upload"

    def dispatch(self, request, series_id: int, *args, **kwargs):
        self.series = get_object_or_404(SeriesPage, pk=series_id)
        if not can_import(self.series, request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        try:
            request.POST  # noqa: B018  parsing the body is what may fail
        except RequestDataTooBig:
            # Pasted text beyond Django's request limit: answer like any oversize copy.
            error = _("稿件超过 2 MB 的上限；请分开导入。")
            form = ImportCopyForm(series=self.series)
            context = self.get_context_data(form=form, request_error=error)
            return self.render_to_response(context)
        return super().post(request, *args, **kwargs)

    def get_page_title(self):
        # The series' title is the header's subtitle; saying it twice read "导入稿件：X: X".
        return _("导入稿件")

    def get_page_subtitle(self):
        return self.series.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_explore", args=[self.series.pk]),
                "label": self.series.title,
            },
            {"url": "", "label": _("导入稿件")},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "series": self.series}

    def get_initial(self):
        # The series desk links here with ?number=N for an empty slot.
        number = self.request.GET.get("number", "")
        return {"number": int(number)} if number.isdigit() else {}

    def form_valid(self, form):
        if self.request.POST.get("action") != "create":
            return self.render_preview(form)
        try:
            page, warnings = installment_import(
                series=self.series,
                parsed=form.parsed,
                number=form.cleaned_data.get("number"),
                user=self.request.user,
            )
        except CopyError as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        for hook in hooks.get_hooks("after_create_page"):
            hook(self.request, page)
        messages.success(
            self.request,
            _("已从稿件创建草稿《%(title)s》（未发布），有 %(count)d 条提示请核对。")
            % {"title": page.title, "count": len(warnings)},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)

    def render_preview(self, form):
        # Re-bind with the decoded text so "创建草稿" posts exactly what was previewed.
        data = {
            "text": form.source_text,
            "number": form.cleaned_data.get("number") or "",
        }
        shown = ImportCopyForm(data, series=self.series)
        shown.is_valid()
        return self.render_to_response(
            self.get_context_data(
                form=shown,
                parsed=form.parsed,
                people=_people_outline(form.parsed),
                sections=_sections_outline(form.parsed),
                source_lines=_numbered(form.source_text),
                warning_lines={w.line for w in form.parsed.warnings if w.line},
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["series"] = self.series
        return context


def _people_outline(parsed: ParsedCopy) -> list[tuple[str, str, bool]]:
    """(name, role label, already a Person?) for everyone the import will credit."""
    pairs = people_in(parsed)
    known = set(
        Person.objects.filter(name__in=[n for n, _r in pairs]).values_list(
            "name", flat=True
        )
    )
    return [(name, Role(role).label, name in known) for name, role in pairs]


def _sections_outline(parsed: ParsedCopy) -> list[tuple[object, str]]:
    names = dict(Theme.objects.values_list("slug", "name"))
    return [(section, names.get(section.theme, "")) for section in parsed.sections]


def _numbered(text: str) -> list[tuple[int, str]]:
    return list(enumerate(split_lines(text.removeprefix("\ufeff")), start=1))
