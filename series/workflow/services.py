"""Writes for roles and review: giving reporters a series, joining the workflow.

Keyword-only ``<entity>_<action>`` functions, as in series/services.py.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage

from series.workflow.roles import (
    REPORTERS,
    REVIEW_WORKFLOW,
    SERIES_REPORTER_PAGE_PERMISSIONS,
    SERIES_REPORTERS_PREFIX,
    SIGN_OFF_WORKFLOW,
    series_reporters_group_name,
)


def series_reporters_group_find(*, series: Page) -> Group | None:
    """The per-series reporters group: the prefixed group with rights on this page."""
    return (
        Group.objects.filter(
            name__startswith=SERIES_REPORTERS_PREFIX,
            page_permissions__page=series,
        )
        .order_by("pk")
        .first()
    )


def _free_group_name(series: Page, exclude_pk: int | None = None) -> str:
    name = series_reporters_group_name(series.title)
    taken = Group.objects.filter(name=name)
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    if taken.exists():
        # Two series with one title: the page id tells their groups apart.
        name = series_reporters_group_name(f"{series.title}（{series.pk}）")
    return name


@transaction.atomic
def series_reporters_group_ensure(*, series: Page) -> Group:
    """Create the series' reporters group, or rename it after the series' title."""
    group = series_reporters_group_find(series=series)
    if group is None:
        group = Group.objects.create(name=_free_group_name(series))
        for permission_type in SERIES_REPORTER_PAGE_PERMISSIONS:
            GroupPagePermission.objects.create(
                group=group, page=series, permission_type=permission_type
            )
    elif group.name != series_reporters_group_name(series.title):
        new_name = _free_group_name(series, exclude_pk=group.pk)
        if new_name != group.name:
            group.name = new_name
            group.save(update_fields=["name"])
    return group


def page_review_workflow_assign(*, page: Page) -> WorkflowPage | None:
    """Put a page (and so everything below it) under the 编辑审核 workflow.

    A page that already has a workflow of its own keeps it: an administrator
    who chose a different one for it meant to.
    """
    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW, active=True).first()
    if workflow is None:
        return None
    link, _ = WorkflowPage.objects.get_or_create(
        page_id=page.pk, defaults={"workflow": workflow}
    )
    return link


def series_review_process_apply(*, series) -> WorkflowPage | None:
    """Give a series the workflow its 审核流程 setting names.

    Only the newsroom's two workflows are swapped; a series an administrator gave
    another workflow in Wagtail's workflow screens keeps it.
    """
    from series.models import ReviewProcess

    name = (
        SIGN_OFF_WORKFLOW
        if series.review_process == ReviewProcess.THREE
        else REVIEW_WORKFLOW
    )
    workflow = Workflow.objects.filter(name=name, active=True).first()
    if workflow is None:
        return None
    link = WorkflowPage.objects.filter(page_id=series.pk).select_related("workflow")
    link = link.first()
    if link is None:
        return WorkflowPage.objects.create(page_id=series.pk, workflow=workflow)
    if link.workflow_id != workflow.pk and link.workflow.name in (
        REVIEW_WORKFLOW,
        SIGN_OFF_WORKFLOW,
    ):
        link.workflow = workflow
        link.save(update_fields=["workflow"])
    return link


@transaction.atomic
def reporter_grant_series(*, user, series: Page) -> Group:
    """Let a reporter create and edit installments in one series."""
    group = series_reporters_group_ensure(series=series)
    reporters, _ = Group.objects.get_or_create(name=REPORTERS)
    user.groups.add(reporters, group)
    return group


def reporter_revoke_series(*, user, series: Page) -> None:
    group = series_reporters_group_find(series=series)
    if group is not None:
        user.groups.remove(group)


@transaction.atomic
def series_reporters_set(*, series: Page, users) -> Group:
    """Make exactly these users the reporters of a series."""
    group = series_reporters_group_ensure(series=series)
    reporters, _ = Group.objects.get_or_create(name=REPORTERS)
    group.user_set.set(users)
    reporters.user_set.add(*users)
    return group
