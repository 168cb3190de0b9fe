"""Newsroom roles and the 编辑审核 review workflow, so every install has them.

- Reporters (记者): admin access, upload and choose photos, browse snippets and add
  people. Page rights come per series, from a group "记者：<series title>" with
  add/change/lock on that series (created here for existing series, and by
  series.workflow.signals for new ones).
- Editors (编辑, Wagtail's own "Editors" group, extended): add/change/publish/lock/
  unlock pages anywhere, all photo rights, and manage people, themes and places.
- Workflow 编辑审核: one group approval task for Editors, assigned to the root
  page (so to every page), to the home page and to every series.

The names are repeated here rather than imported from series.workflow.roles:
a migration has to keep meaning what it meant when it was written.
"""

from django.db import migrations

REPORTERS = "Reporters"
EDITORS = "Editors"
WORKFLOW = "编辑审核"
SERIES_PREFIX = "记者："
SERIES_PAGE_PERMISSIONS = ("add", "change", "lock")
EDITOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
EDITOR_IMAGE_ACTIONS = ("add", "change", "delete", "choose")
REPORTER_IMAGE_ACTIONS = ("add", "choose")
SNIPPETS = ("person", "theme", "place")


def permission(apps, app_label, model, codename):
    # Django creates model permissions only after all migrations have run, so on
    # a fresh database they may not exist yet: create them the way Django would.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    action, _, _ = codename.partition("_")
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can {action.replace('_', ' ')} {model}"},
    )
    return perm


def grant_pages(apps, group, page_id, permission_types):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for permission_type in permission_types:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page_id=page_id,
            permission=permission(
                apps, "wagtailcore", "page", f"{permission_type}_page"
            ),
        )


def grant_images(apps, group, actions):
    # Wagtail checks image rights against wagtailimages.Image permissions, also
    # for a custom image model such as series.NewsImage.
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is None:
        return
    for action in actions:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root_collection,
            permission=permission(apps, "wagtailimages", "image", f"{action}_image"),
        )


def grant_snippets(apps, group, codenames):
    group.permissions.add(
        *[
            permission(apps, "series", codename.rsplit("_", 1)[1], codename)
            for codename in codenames
        ]
    )


def create_review_workflow(apps, editors):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=WORKFLOW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=WORKFLOW, content_type=task_type, active=True
        )
    task.groups.add(editors)
    workflow, _ = Workflow.objects.get_or_create(
        name=WORKFLOW, defaults={"active": True}
    )
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    return workflow


def assign_workflow(apps, workflow):
    Page = apps.get_model("wagtailcore", "Page")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        # Replaces Wagtail's default "Moderators approval" as the site default.
        WorkflowPage.objects.update_or_create(
            page_id=root.pk, defaults={"workflow": workflow}
        )
    for model_name in ("HomePage", "SeriesPage"):
        for page in apps.get_model("series", model_name).objects.all():
            WorkflowPage.objects.get_or_create(
                page_id=page.pk, defaults={"workflow": workflow}
            )


def create_series_groups(apps):
    Group = apps.get_model("auth", "Group")
    for series in apps.get_model("series", "SeriesPage").objects.all():
        name = f"{SERIES_PREFIX}{series.title}"[:150]
        if Group.objects.filter(name=name).exists():
            name = f"{SERIES_PREFIX}{series.title}（{series.pk}）"[:150]
        group, _ = Group.objects.get_or_create(name=name)
        grant_pages(apps, group, series.pk, SERIES_PAGE_PERMISSIONS)


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    access_admin = permission(apps, "wagtailadmin", "admin", "access_admin")

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(access_admin)
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        grant_pages(apps, editors, root.pk, EDITOR_PAGE_PERMISSIONS)
    grant_images(apps, editors, EDITOR_IMAGE_ACTIONS)
    grant_snippets(
        apps,
        editors,
        [
            f"{action}_{model}"
            for model in SNIPPETS
            for action in ("add", "change", "delete", "view")
        ],
    )

    reporters, _ = Group.objects.get_or_create(name=REPORTERS)
    reporters.permissions.add(access_admin)
    grant_images(apps, reporters, REPORTER_IMAGE_ACTIONS)
    grant_snippets(
        apps, reporters, [f"view_{model}" for model in SNIPPETS] + ["add_person"]
    )

    create_series_groups(apps)
    assign_workflow(apps, create_review_workflow(apps, editors))


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Task = apps.get_model("wagtailcore", "Task")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    Group.objects.filter(name=REPORTERS).delete()
    Group.objects.filter(name__startswith=SERIES_PREFIX).delete()
    # Editors is Wagtail's group: take back only what this migration added.
    GroupPagePermission.objects.filter(
        group__name=EDITORS,
        permission__codename__in=["publish_page", "lock_page", "unlock_page"],
    ).delete()
    Workflow.objects.filter(name=WORKFLOW).delete()
    Task.objects.filter(name=WORKFLOW).delete()
    moderators = Workflow.objects.filter(name="Moderators approval").first()
    root = Page.objects.filter(depth=1).first()
    if moderators is not None and root is not None:
        WorkflowPage.objects.get_or_create(
            page_id=root.pk, defaults={"workflow": moderators}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("series", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
