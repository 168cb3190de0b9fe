"""The installment rules (series/rules.py) on every write path of the model.

clean() (so full_clean, save, save_revision), publish() (workflow approval,
publish_scheduled, bulk actions, the shell), copy() and move(): whatever calls them,
the number stays unique in its series and unfinished copy stays unpublished.
"""

import logging

from django.core.exceptions import ValidationError

from series import rules

logger = logging.getLogger(__name__)
# treebeard positions that put a page under the target rather than beside it.
CHILD_POSITIONS = ("first-child", "last-child", "sorted-child")


class InstallmentRulesMixin:
    """Mixed into InstallmentPage, before Page."""

    def clean(self):
        super().clean()
        series = rules.parent_series(self)
        problem = rules.number_problem(self.number, series=series, exclude_pk=self.pk)
        if problem:
            raise ValidationError({"number": problem})

    def publish(self, revision, *args, **kwargs):
        # Every publish path but the edit view's own button ends here: workflow
        # approval, publish_scheduled, bulk actions, the shell.
        problems = rules.publish_blockers(revision.as_object())
        if not problems:
            return super().publish(revision, *args, **kwargs)
        message = rules.publish_refusal(problems)
        if kwargs.get("log_action") == "wagtail.publish.scheduled":
            # A cron job has nobody to tell: log, leave it scheduled, go on.
            logger.error("Installment %s not published: %s", self.pk, message)
            return None
        raise rules.InstallmentRefused(message, page_id=self.pk)

    publish.alters_data = True

    def copy(self, recursive=False, to=None, update_attrs=None, **kwargs):
        # A copy takes the target series' next free number when its own is taken.
        # Copying a whole series copies its installments by another path and keeps
        # their numbers.
        update_attrs = dict(update_attrs or {})
        update_attrs.setdefault("number", rules.copy_number(self, to=to))
        return super().copy(
            recursive=recursive, to=to, update_attrs=update_attrs, **kwargs
        )

    copy.alters_data = True

    def move(self, target, pos=None, user=None):
        parent_after = target if pos in CHILD_POSITIONS else target.get_parent()
        problem = rules.move_problem(self, destination=parent_after)
        if problem:
            raise rules.InstallmentRefused(problem, page_id=self.pk)
        return super().move(target, pos=pos, user=user)

    move.alters_data = True
