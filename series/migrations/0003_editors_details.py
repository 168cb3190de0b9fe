"""Editors' details: people and places in pinyin order; Wagtail's default
"Moderators" group and "Moderators approval" workflow removed.

The newsroom reviews with its own roles and workflow (0002_editorial_roles); the
defaults only confuse editors choosing a group or a workflow. Anything already
used (a workflow or task with history, a group with members) is left alone: that
was someone's decision, and deleting it would take history or access with it.
"""

from django.db import migrations

MODERATORS = "Moderators"
MODERATORS_WORKFLOW = "Moderators approval"


def drop_moderators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")

    for workflow in Workflow.objects.filter(name=MODERATORS_WORKFLOW):
        if not WorkflowState.objects.filter(workflow=workflow).exists():
            workflow.delete()  # its WorkflowTask and WorkflowPage rows go with it
    for task in Task.objects.filter(name=MODERATORS_WORKFLOW):
        if not TaskState.objects.filter(task=task).exists():
            task.delete()
    Group.objects.filter(name=MODERATORS, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("series", "0002_editorial_roles"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="person",
            options={
                "ordering": ["slug"],
                "verbose_name": "人员",
                "verbose_name_plural": "人员",
            },
        ),
        migrations.AlterModelOptions(
            name="place",
            options={
                "ordering": ["province", "slug"],
                "verbose_name": "地点",
                "verbose_name_plural": "地点",
            },
        ),
        migrations.RunPython(drop_moderators, migrations.RunPython.noop),
    ]
