"""Admin hooks that hold the installment rules (series/rules.py) on Wagtail's own
actions: copy, move, bulk move, publish, and the edit page's warnings.

Imported by series/wagtail_hooks.py. The model enforces the same rules for the shell
and any other path (InstallmentPage.clean/publish/copy/move); these hooks make the
admin say so in Chinese before anything is written.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.actions.copy_page import CopyPageAction
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.copy import CopyView

from series import rules
from series.models import InstallmentPage
from series.numerals import chinese_numeral


def _installment(page) -> InstallmentPage | None:
    specific = page.specific
    return specific if isinstance(specific, InstallmentPage) else None


# -- copy ------------------------------------------------------------------------------


class InstallmentCopyView(CopyView):
    """Wagtail's copy view, giving the copy a free number in the target series."""

    def form_valid(self, form):
        self.parent_page = form.cleaned_data["new_parent_page"] or self.parent_page
        page = self.page.specific
        if form.cleaned_data.get("alias"):
            problem = rules.move_problem(page, destination=self.parent_page)
            if problem:
                form.add_error(None, _("不能在这里创建别名：") + problem)
                return self.form_invalid(form)
            return super().form_valid(form)
        number = rules.copy_number(page, to=self.parent_page)
        new_page = self._copy(form, number)
        self._say_copied(page, new_page, number)
        for fn in hooks.get_hooks("after_copy_page"):
            result = fn(self.request, self.page, new_page)
            if hasattr(result, "status_code"):
                return result
        if self.next_url:
            return redirect(self.next_url)
        return redirect("wagtailadmin_explore", self.parent_page.id)

    def _copy(self, form, number: int):
        """Wagtail's copy, as its view does it, with the number among the new values."""
        perms = self.parent_page.permissions_for_user(self.request.user)
        return CopyPageAction(
            page=self.page,
            to=self.parent_page,
            update_attrs={
                "title": form.cleaned_data["new_title"],
                "slug": form.cleaned_data["new_slug"],
                "number": number,
            },
            keep_live=perms.can_publish_subpage()
            and form.cleaned_data.get("publish_copies"),
            user=self.request.user,
        ).execute()

    def _say_copied(self, page, new_page, number: int) -> None:
        values = {
            "title": page.title,
            "number": number,
            "numeral": chinese_numeral(number),
        }
        if number == page.number:
            message = _("已复制《%(title)s》，副本篇序为 %(number)d（之%(numeral)s）。")
        else:
            message = _(
                "已复制《%(title)s》。目标系列已有这个篇序，副本改用下一个可用编号 "
                "%(number)d（之%(numeral)s）。"
            )
        edit = messages.button(
            reverse("wagtailadmin_pages:edit", args=(new_page.id,)), _("编辑")
        )
        messages.success(self.request, message % values, buttons=[edit])


@hooks.register("before_copy_page")
def copy_installment_with_a_free_number(request, page):
    if request.method != "POST" or getattr(request, "_installment_copy", False):
        return None
    if _installment(page) is None:
        return None
    request._installment_copy = True  # the view below runs this hook again
    return InstallmentCopyView.as_view()(request, page_id=page.pk)


# -- move ------------------------------------------------------------------------------


@hooks.register("before_move_page")
def refuse_move_onto_a_taken_number(request, page, destination):
    installment = _installment(page)
    if installment is None:
        return None
    problem = rules.move_problem(installment, destination=destination)
    if problem is None:
        return None
    messages.error(request, problem)
    return redirect("wagtailadmin_pages:move", page.id)


@hooks.register("before_bulk_action")
def refuse_bulk_move_onto_taken_numbers(request, action_type, objects, action):
    form = getattr(action, "cleaned_form", None)
    if action_type != "move" or form is None:
        return None
    destination = form.cleaned_data.get("chooser")
    problems = _bulk_move_problems(objects, destination)
    if not problems:
        return None
    for problem in problems:
        messages.error(request, problem)
    # Back where the editor chose the pages (the bulk view's own URL needs its ids).
    next_url = get_valid_next_url_from_request(request)
    return redirect(
        next_url or reverse("wagtailadmin_explore", args=[objects[0].get_parent().pk])
    )


def _bulk_move_problems(objects, destination) -> list[str]:
    problems, numbers = [], {}
    for page in objects:
        installment = _installment(page)
        if installment is None or destination is None:
            continue
        problem = rules.move_problem(installment, destination=destination)
        other = numbers.setdefault(installment.number, installment)
        if problem is None and other is not installment:
            problem = _("《%(a)s》和《%(b)s》篇序都是 %(number)d，不能移到同一个系列。")
            problem %= {
                "a": other.title,
                "b": installment.title,
                "number": other.number,
            }
        if problem:
            problems.append(problem)
    return problems


# -- publish ---------------------------------------------------------------------------


@hooks.register("before_publish_page")
def refuse_publishing_unfinished_copy(request, page):
    installment = _installment(page)
    if installment is None:
        return None
    problems = rules.publish_blockers(installment)
    if not problems:
        return None
    messages.error(request, rules.publish_refusal(problems) + _("（草稿已保存。）"))
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_edit_page")
def show_what_blocks_publishing(request, page):
    installment = _installment(page)
    if request.method != "GET" or installment is None:
        return None
    draft = installment.get_latest_revision_as_object()
    problems = rules.publish_blockers(draft)
    if problems:
        messages.warning(request, rules.publish_refusal(problems))
    return None


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_number_gaps(request, page):
    installment = _installment(page)
    series = rules.parent_series(page) if installment else None
    if series is None:
        return None
    for warning in rules.number_warnings(
        installment.number, series=series, exclude_pk=installment.pk
    ):
        messages.warning(request, warning)
    return None
