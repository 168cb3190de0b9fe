"""三审三校: sign-off stages, their record, 机审 overrides and the wording list.

Data: the groups 责任编辑 (初审), 部门主任 (复审) and 值班总编 (终审), each with admin
access and page rights; one SignOffTask per stage; the workflow 三审三校 (chosen per
series in its settings, the one-stage 编辑审核 staying the default); and a starting
wording list editors extend. Names are repeated here, not imported: a migration
keeps meaning what it meant when it was written.
"""

import importlib

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

roles = importlib.import_module("series.migrations.0002_editorial_roles")

WORKFLOW = "三审三校"
# (group, task, stage, page permissions)
STAGES = (
    ("责任编辑", "初审", 1, ("add", "change", "lock")),
    ("部门主任", "复审", 2, ("add", "change", "lock")),
    ("值班总编", "终审", 3, ("add", "change", "publish", "lock", "unlock")),
)
# Common misuses a proofreader marks (wrong, right, severity, note).
WORDING = (
    ("截止目前", "截至目前", "error", "“截至”指到某时为止"),
    ("一如继往", "一如既往", "error", ""),
    ("再接再励", "再接再厉", "error", ""),
    ("按步就班", "按部就班", "error", ""),
    ("迫不急待", "迫不及待", "error", ""),
    ("美仑美奂", "美轮美奂", "error", ""),
    ("出奇不意", "出其不意", "error", ""),
    ("既使", "即使", "warning", "表示假设用“即使”"),
    ("建国以来", "新中国成立以来", "warning", "规范表述"),
    ("两会期间", "全国两会期间", "warning", "首次出现时写全称"),
)


def create_sign_offs(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    SignOffTask = apps.get_model("series", "SignOffTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="series", model="signofftask"
    )
    access_admin = roles.permission(apps, "wagtailadmin", "admin", "access_admin")
    root = Page.objects.filter(depth=1).first()
    workflow, _ = Workflow.objects.get_or_create(
        name=WORKFLOW, defaults={"active": True}
    )
    for group_name, task_name, stage, page_permissions in STAGES:
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(access_admin)
        if root is not None:
            roles.grant_pages(apps, group, root.pk, page_permissions)
        roles.grant_images(apps, group, roles.REPORTER_IMAGE_ACTIONS)
        roles.grant_snippets(
            apps, group, [f"view_{model}" for model in roles.SNIPPETS]
        )
        task = SignOffTask.objects.filter(name=task_name).first()
        if task is None:
            task = SignOffTask.objects.create(
                name=task_name, stage=stage, content_type=task_type, active=True
            )
        task.groups.add(group)
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": stage - 1}
        )
    editors = Group.objects.filter(name=roles.EDITORS).first()
    if editors is not None:
        roles.grant_snippets(
            apps,
            editors,
            [f"{a}_wordingrule" for a in ("add", "change", "delete", "view")],
        )


def seed_wording(apps, schema_editor):
    WordingRule = apps.get_model("series", "WordingRule")
    for wrong, right, severity, note in WORDING:
        WordingRule.objects.get_or_create(
            wrong=wrong, defaults={"right": right, "severity": severity, "note": note}
        )


def remove_sign_offs(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Workflow.objects.filter(name=WORKFLOW).delete()
    Group.objects.filter(name__in=[stage[0] for stage in STAGES]).delete()

class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('series', '0006_search_vocabulary'),
        ('wagtailcore', '0098_apitoken'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='WordingRule',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('wrong', models.CharField(max_length=60, unique=True, verbose_name='不规范写法')),
                ('right', models.CharField(max_length=60, verbose_name='规范写法')),
                ('severity', models.CharField(choices=[('error', '错误（阻止签发）'), ('warning', '提示')], default='warning', max_length=10, verbose_name='级别')),
                ('note', models.CharField(blank=True, max_length=200, verbose_name='说明')),
                ('active', models.BooleanField(default=True, verbose_name='启用')),
            ],
            options={
                'verbose_name': '规范表述',
                'verbose_name_plural': '规范表述',
                'ordering': ['wrong'],
            },
        ),
        migrations.AddField(
            model_name='seriespage',
            name='review_process',
            field=models.CharField(choices=[('single', '一审（编辑审核）'), ('three', '三审三校（初审、复审、终审）')], default='single', help_text='三审三校：初审（责任编辑）、复审（部门主任）、终审（值班总编）。', max_length=10, verbose_name='审核流程'),
        ),
        migrations.CreateModel(
            name='PrecheckOverride',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('reason', models.TextField(verbose_name='放行理由')),
                ('findings', models.JSONField(default=list, verbose_name='放行的错误')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='放行时间')),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='precheck_overrides', to=settings.WAGTAIL_PAGE_MODEL)),
                ('revision', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.revision')),
                ('user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': '机审放行记录',
                'verbose_name_plural': '机审放行记录',
                'ordering': ['-created_at', '-pk'],
            },
        ),
        migrations.CreateModel(
            name='SignOff',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('stage', models.PositiveSmallIntegerField(choices=[(1, '初审'), (2, '复审'), (3, '终审')], verbose_name='审级')),
                ('signed_at', models.DateTimeField(auto_now_add=True, verbose_name='签发时间')),
                ('comment', models.TextField(blank=True, verbose_name='意见')),
                ('revision', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.revision')),
                ('task_state', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='sign_off', to='wagtailcore.taskstate')),
                ('user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('workflow_state', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sign_offs', to='wagtailcore.workflowstate')),
            ],
            options={
                'verbose_name': '签发记录',
                'verbose_name_plural': '签发记录',
                'ordering': ['signed_at', 'pk'],
            },
        ),
        migrations.CreateModel(
            name='SignOffTask',
            fields=[
                ('task_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.task')),
                ('stage', models.PositiveSmallIntegerField(choices=[(1, '初审'), (2, '复审'), (3, '终审')], verbose_name='审级')),
                ('groups', models.ManyToManyField(help_text='Pages/snippets at this step in a workflow will be moderated or approved by these groups of users', to='auth.group', verbose_name='groups')),
            ],
            options={
                'verbose_name': '三审签发',
                'verbose_name_plural': '三审签发',
            },
            bases=('wagtailcore.task',),
        ),
        migrations.RunPython(create_sign_offs, remove_sign_offs),
        migrations.RunPython(seed_wording, migrations.RunPython.noop),
    ]
