"""Writes for newsletters, keyword-only as in series/services.py."""

import json

from django.db import IntegrityError, transaction
from django.utils import timezone

from series.models import Delivery, Follower, Following, NewsletterIssue


def normalized_email(email: str) -> str:
    local, _, domain = email.strip().rpartition("@")
    return f"{local}@{domain.lower()}"


@transaction.atomic
def follow_request(*, email: str, series=None) -> Following | None:
    """Record a wish to follow; returns the following to confirm, or None when it
    is already confirmed (the reader is told the same either way)."""
    follower, _ = Follower.objects.get_or_create(email=normalized_email(email))
    following, _ = Following.objects.get_or_create(follower=follower, series=series)
    return None if following.confirmed_at else following


def follow_confirm(*, following_id: int, key: str) -> Following | None:
    following = (
        Following.objects.select_related("follower", "series")
        .filter(pk=following_id, follower__key=key)
        .first()
    )
    if following is not None and following.confirmed_at is None:
        following.confirmed_at = timezone.now()
        following.save(update_fields=["confirmed_at"])
    return following


def follower_for(*, follower_id: int, key: str) -> Follower | None:
    return Follower.objects.filter(pk=follower_id, key=key).first()


def unfollow(*, follower: Follower, series_id: int | None) -> None:
    """Stop one series' messages; a site-wide message stops everything."""
    followings = follower.followings.all()
    if series_id is not None:
        followings = followings.filter(series_id=series_id)
    followings.delete()


def followings_set(*, follower: Follower, series_ids: list[int], everything: bool):
    """The preferences page: exactly these confirmed followings."""
    now = timezone.now()
    with transaction.atomic():
        follower.followings.all().delete()
        if everything:
            Following.objects.create(follower=follower, series=None, confirmed_at=now)
        for series_id in series_ids:
            Following.objects.create(
                follower=follower, series_id=series_id, confirmed_at=now
            )


def follower_export(*, follower: Follower) -> str:
    """Everything kept about the reader, as JSON."""
    data = {
        "email": follower.email,
        "created_at": follower.created_at.isoformat(),
        "followings": [
            {
                "series": f.series.title if f.series else "全部系列",
                "created_at": f.created_at.isoformat(),
                "confirmed_at": f.confirmed_at.isoformat() if f.confirmed_at else None,
            }
            for f in follower.followings.select_related("series")
        ],
        "messages_sent": [
            {
                "installment": d.issue.installment.title,
                "sent_at": d.sent_at.isoformat() if d.sent_at else None,
            }
            for d in follower.deliveries.select_related("issue__installment")
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def follower_erase(*, follower: Follower) -> None:
    follower.delete()


def issue_for_first_publication(page) -> NewsletterIssue | None:
    """The installment's issue if this publication is its first, else None.

    A republish (a correction) or a page published before newsletters existed
    has first_published_at earlier than last_published_at: no issue.
    """
    # Scheduling also sends page_published, with the page not live yet.
    if not page.live or page.first_published_at is None:
        return None
    if page.first_published_at != page.last_published_at:
        return None
    try:
        with transaction.atomic():
            return NewsletterIssue.objects.create(installment=page)
    except IntegrityError:
        return None  # this installment already had its issue


def recipients(issue: NewsletterIssue):
    """Followers of the installment's series or of everything, confirmed, not yet sent."""
    series_id = issue.installment.get_parent().pk
    return (
        Follower.objects.filter(
            followings__confirmed_at__isnull=False,
            followings__series_id__in=[series_id],
        )
        .union(
            Follower.objects.filter(
                followings__confirmed_at__isnull=False,
                followings__series__isnull=True,
            )
        )
        .values_list("pk", flat=True)
    )


def delivery_claim(*, issue_id: int, follower_id: int) -> Delivery | None:
    """The delivery row to send, or None when this follower has had it."""
    delivery, created = Delivery.objects.get_or_create(
        issue_id=issue_id, follower_id=follower_id
    )
    if not created and delivery.sent_at is not None:
        return None
    return delivery


def delivery_done(delivery: Delivery) -> None:
    delivery.sent_at = timezone.now()
    delivery.save(update_fields=["sent_at"])
