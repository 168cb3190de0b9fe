"""New series and home pages join the review workflow the moment they exist.

post_save rather than Wagtail's after_create_page hook, because series are also
created by the importer, the demo loader and tests, not only in the admin.
"""

from django.db.models.signals import post_save

from series.models import HomePage, SeriesPage
from series.workflow.services import (
    page_review_workflow_assign,
    series_reporters_group_ensure,
    series_review_process_apply,
)


def series_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if created:
        page_review_workflow_assign(page=instance)
    if update_fields is None or "review_process" in update_fields:
        series_review_process_apply(series=instance)
    # save_revision() saves only bookkeeping fields while the instance holds
    # the unpublished draft title; rename the group only when the title is saved.
    if update_fields is None or "title" in update_fields:
        series_reporters_group_ensure(series=instance)


def home_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        page_review_workflow_assign(page=instance)


def connect() -> None:
    post_save.connect(series_saved, sender=SeriesPage, dispatch_uid="workflow_series")
    post_save.connect(home_saved, sender=HomePage, dispatch_uid="workflow_home")
