"""An installment's first publication queues its newsletter, after the commit.

page_published fires for the edit view, workflow approval, bulk actions and
publish_scheduled alike, so a scheduled installment going live is mailed too.
"""

from django.db import transaction
from wagtail.signals import page_published

from series.models import InstallmentPage
from series.newsletters.services import issue_for_first_publication


def installment_published(sender, instance, revision=None, **kwargs):
    issue = issue_for_first_publication(instance)
    if issue is None:
        return
    from series.newsletters.tasks import send_issue

    transaction.on_commit(lambda: send_issue.delay(issue.pk))


def connect() -> None:
    page_published.connect(
        installment_published, sender=InstallmentPage, dispatch_uid="newsletters"
    )
