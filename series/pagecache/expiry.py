"""The next moment a live page expires: no cached copy may outlive it."""

from __future__ import annotations

from django.utils import timezone
from wagtail.models import Page


def seconds_until_next_expiry() -> int | None:
    now = timezone.now()
    next_expiry = (
        Page.objects.filter(live=True, expire_at__gt=now)
        .order_by("expire_at")
        .values_list("expire_at", flat=True)
        .first()
    )
    if next_expiry is None:
        return None
    return max(1, int((next_expiry - now).total_seconds()) + 1)
