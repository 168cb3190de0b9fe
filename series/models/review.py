"""三审三校: the sign-off stages, their record, the 机审 override and wording list.

- ``SignOffTask``: a group approval task that knows its stage (初审, 复审, 终审) and
  keeps one person from signing two stages of one revision. A data migration
  (0007_sign_offs) creates the three tasks, their groups and the workflow.
- ``SignOff``: who signed which stage, when, and which revision they saw.
- ``PrecheckOverride``: the 终审 editor's decision to publish despite 机审 errors.
- ``WordingRule``: the newsroom's 规范表述 list that 机审 checks against.

The behaviour (send-back, separation of duties, the gate) lives in
series.workflow.signoff and series.proofing.gate; these are the records.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask, Task


class ReviewProcess(models.TextChoices):
    SINGLE = "single", _("一审（编辑审核）")
    THREE = "three", _("三审三校（初审、复审、终审）")


class Stage(models.IntegerChoices):
    FIRST = 1, _("初审")
    SECOND = 2, _("复审")
    FINAL = 3, _("终审")


class SignOffTask(AbstractGroupApprovalTask):
    """One stage of 三审三校; its groups' members sign it off."""

    stage = models.PositiveSmallIntegerField(_("审级"), choices=Stage.choices)

    admin_form_fields = Task.admin_form_fields + ["groups", "stage"]
    admin_form_widgets = AbstractGroupApprovalTask.admin_form_widgets

    def get_actions(self, obj, user):
        from series.workflow.signoff import signed_another_stage

        if signed_another_stage(obj, user, stage=self.stage):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__sign_offs__user=user)

    def on_action(self, task_state, user, action_name, **kwargs):
        from series.workflow.signoff import sign_off_approve

        if action_name != "approve":
            return super().on_action(task_state, user, action_name, **kwargs)
        if not self.get_actions(task_state.workflow_state.content_object, user):
            raise PermissionDenied
        return sign_off_approve(
            task=self,
            task_state=task_state,
            user=user,
            approve=super().on_action,
            **kwargs,
        )

    @classmethod
    def get_description(cls):
        return _(
            "三审三校中的一级审核：所选用户组的成员签发，同一人不能签发同一稿的两级。"
        )

    class Meta:
        verbose_name = _("三审签发")
        verbose_name_plural = _("三审签发")


class SignOff(models.Model):
    """A stage signed: kept with the page's history, exported to editors."""

    workflow_state = models.ForeignKey(
        "wagtailcore.WorkflowState", on_delete=models.CASCADE, related_name="sign_offs"
    )
    task_state = models.OneToOneField(
        "wagtailcore.TaskState", on_delete=models.CASCADE, related_name="sign_off"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="+"
    )
    stage = models.PositiveSmallIntegerField(_("审级"), choices=Stage.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    signed_at = models.DateTimeField(_("签发时间"), auto_now_add=True)
    comment = models.TextField(_("意见"), blank=True)

    class Meta:
        ordering = ["signed_at", "pk"]
        verbose_name = _("签发记录")
        verbose_name_plural = _("签发记录")

    def __str__(self) -> str:
        return f"{Stage(self.stage).label} {self.signed_at:%Y-%m-%d %H:%M}"


class PrecheckOverride(models.Model):
    """机审 errors the 终审 editor let through for one revision, and why."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="precheck_overrides"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("放行理由"))
    findings = models.JSONField(_("放行的错误"), default=list)
    created_at = models.DateTimeField(_("放行时间"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("机审放行记录")
        verbose_name_plural = _("机审放行记录")

    def __str__(self) -> str:
        return f"{self.page_id} {self.created_at:%Y-%m-%d %H:%M}"


class Severity(models.TextChoices):
    ERROR = "error", _("错误（阻止签发）")
    WARNING = "warning", _("提示")


class WordingRule(models.Model):
    """A wording the newsroom does not print, and what it prints instead."""

    wrong = models.CharField(_("不规范写法"), max_length=60, unique=True)
    right = models.CharField(_("规范写法"), max_length=60)
    severity = models.CharField(
        _("级别"), max_length=10, choices=Severity.choices, default=Severity.WARNING
    )
    note = models.CharField(_("说明"), max_length=200, blank=True)
    active = models.BooleanField(_("启用"), default=True)

    panels = [
        FieldPanel("wrong"),
        FieldPanel("right"),
        FieldPanel("severity"),
        FieldPanel("note"),
        FieldPanel("active"),
    ]

    class Meta:
        ordering = ["wrong"]
        verbose_name = _("规范表述")
        verbose_name_plural = _("规范表述")

    def __str__(self) -> str:
        return f"{self.wrong} → {self.right}"
