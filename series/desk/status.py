"""The words an editor uses for where an installment stands: one owner for them.

The desk, the admin home panels and the explorer's status column all read
`installment_status`, so 草稿 means the same thing on every screen.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SlotStatus(models.TextChoices):
    EMPTY = "empty", _("空缺")
    PLANNED = "planned", _("计划中")
    DRAFT = "draft", _("草稿")
    IN_REVIEW = "in_review", _("审核中")
    SCHEDULED = "scheduled", _("已定时")
    PUBLISHED = "published", _("已发布")
    WITHDRAWN = "withdrawn", _("已下线")


def is_expired(page) -> bool:
    # A live page past expiry is off the site already (series.querysets.published);
    # publish_scheduled only catches up with the flag.
    return bool(page.expire_at and page.expire_at <= timezone.now()) or page.expired


def installment_status(page, *, has_body: bool = True) -> SlotStatus:
    """Where `page` stands, from fields Wagtail's listing querysets annotate.

    Reads `current_workflow_state` and `approved_schedule`, which are free after
    prefetch_workflow_states() and annotate_approved_schedule().
    """
    if is_expired(page):
        return SlotStatus.WITHDRAWN
    if page.live:
        return SlotStatus.PUBLISHED
    if page.approved_schedule:
        return SlotStatus.SCHEDULED
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_IN_PROGRESS:
        return SlotStatus.IN_REVIEW
    if page.first_published_at is not None:
        return SlotStatus.WITHDRAWN
    return SlotStatus.DRAFT if has_body else SlotStatus.PLANNED
