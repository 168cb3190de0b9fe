"""Celery tasks: fan an installment's issue out, then one message per follower.

Sending is at most once per follower and issue (the Delivery row), retried with
backoff when the mail relay fails, and rate-limited per worker
(NEWSLETTER_RATE_LIMIT). The fan-out queues one small task per follower, so more
workers mean more throughput: the path to hundreds of thousands of followers.
"""

from smtplib import SMTPException

from celery import shared_task
from django.conf import settings

from series.models import Follower, InstallmentPage, NewsletterIssue
from series.newsletters import services
from series.newsletters.messages import confirmation_message, installment_message


@shared_task(autoretry_for=(SMTPException, OSError), retry_backoff=True, max_retries=5)
def send_confirmation(following_id: int) -> None:
    from series.models import Following

    following = (
        Following.objects.select_related("follower", "series")
        .filter(pk=following_id)
        .first()
    )
    if following is not None and following.confirmed_at is None:
        confirmation_message(following).send()


@shared_task
def send_issue(issue_id: int) -> int:
    """Queue one message per follower; returns how many were queued."""
    issue = NewsletterIssue.objects.select_related("installment").get(pk=issue_id)
    follower_ids = list(services.recipients(issue))
    for follower_id in follower_ids:
        send_installment.delay(issue_id, follower_id)
    return len(follower_ids)


@shared_task(
    autoretry_for=(SMTPException, OSError),
    retry_backoff=True,
    max_retries=5,
    rate_limit=settings.NEWSLETTER_RATE_LIMIT,
)
def send_installment(issue_id: int, follower_id: int) -> bool:
    delivery = services.delivery_claim(issue_id=issue_id, follower_id=follower_id)
    if delivery is None:
        return False
    follower = Follower.objects.filter(pk=follower_id).first()
    issue = NewsletterIssue.objects.filter(pk=issue_id).first()
    if follower is None or issue is None:
        return False  # erased meanwhile
    page = InstallmentPage.objects.live().with_bylines().get(pk=issue.installment_id)
    installment_message(page, follower).send()
    services.delivery_done(delivery)
    return True
