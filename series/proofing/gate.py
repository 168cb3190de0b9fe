"""机审 as a gate: errors block every approval until fixed or overridden.

The override belongs to whoever signs the workflow's last stage (值班总编 in
三审三校, the editors in the one-stage review). It is recorded for one revision:
a later change is checked again.
"""

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from series.models import InstallmentPage, PrecheckOverride
from series.proofing.checks import precheck
from series.proofing.findings import Report


def draft_of(page) -> InstallmentPage | None:
    """The installment as its latest revision would publish it, or None."""
    specific = page.specific
    if not isinstance(specific, InstallmentPage):
        return None
    return specific.get_latest_revision_as_object()


def draft_report(page) -> Report | None:
    draft = draft_of(page)
    return precheck(draft) if draft is not None else None


def override_for(page) -> PrecheckOverride | None:
    revision = page.get_latest_revision()
    if revision is None:
        return None
    return PrecheckOverride.objects.filter(page_id=page.pk, revision=revision).first()


def approval_refusal(page) -> str | None:
    """Why an approval of `page` must wait, or None if it may go ahead."""
    report = draft_report(page)
    if report is None or not report.errors or override_for(page) is not None:
        return None
    return _(
        "机审发现 %(count)d 处错误，改正后才能签发（或由终审编辑记录放行）：%(first)s"
    ) % {"count": len(report.errors), "first": report.errors[0].message}


def can_override(page, user) -> bool:
    """Members of the groups that sign the last stage of the page's workflow."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    workflow = page.get_workflow()
    if workflow is None:
        return False
    last = workflow.tasks.filter(active=True).order_by("-workflow_tasks__sort_order")
    task = last.specific().first()
    groups = getattr(task, "groups", None)
    return bool(groups is not None and groups.filter(user=user).exists())


@transaction.atomic
def precheck_override(*, page, user, reason: str) -> PrecheckOverride:
    """Record that `user` lets this revision's 机审 errors through, and why."""
    report = draft_report(page)
    revision = page.get_latest_revision()
    override = PrecheckOverride.objects.create(
        page_id=page.pk,
        revision=revision,
        user=user,
        reason=reason,
        findings=report.fingerprint() if report else [],
    )
    log(
        instance=page.specific,
        action="series.precheck.override",
        user=user,
        revision=revision,
        data={"reason": reason, "errors": len(override.findings)},
    )
    return override
