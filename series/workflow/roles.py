"""The newsroom's roles, as Django groups, and the review workflow's name.

Reporters draft and submit; editors approve, publish, schedule and manage the
reference data. A data migration (series/migrations/0002_editorial_roles.py)
creates both groups and the workflow on every install; these constants are the
names the running code looks them up by.

A reporter works only in the series an editor gives them: each series has its
own group, "记者：<series title>", holding page permissions on that series. A
reporter belongs to "Reporters" (admin access, images, snippets) and to one such
group per series.
"""

from django.utils.translation import gettext_lazy as _

REPORTERS = "Reporters"
EDITORS = "Editors"
ROLE_LABELS = {REPORTERS: _("记者"), EDITORS: _("编辑")}

REVIEW_WORKFLOW = "编辑审核"
REVIEW_TASK = "编辑审核"

# 三审三校 (series/migrations/0007_sign_offs.py): one group per stage.
SIGN_OFF_WORKFLOW = "三审三校"
FIRST_REVIEWERS = "责任编辑"
SECOND_REVIEWERS = "部门主任"
FINAL_REVIEWERS = "值班总编"

SERIES_REPORTERS_PREFIX = "记者："
# add: create installments and edit one's own; change: edit colleagues'
# installments in the same series; lock: hold a page while rewriting it.
# Never publish: that is what the review workflow is for.
SERIES_REPORTER_PAGE_PERMISSIONS = ("add", "change", "lock")


def series_reporters_group_name(series_title: str) -> str:
    return f"{SERIES_REPORTERS_PREFIX}{series_title}"[:150]
