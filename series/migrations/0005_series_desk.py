"""The series desk's plan fields, and Chinese names for Wagtail's "Root" page and collection.

Wagtail's migrations name the tree's root page and the root collection "Root" in
the database, so the explorer's breadcrumbs and tab titles showed English whatever
the translations said. Only rows still called "Root" are renamed.
"""

import modelcluster.fields
from django.conf import settings
from django.db import migrations


ROOT_NAMES = {"page": "全部站点", "collection": "全部图片与文档"}


def rename_roots(apps, schema_editor, forward=True):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    page_old, page_new = "Root", ROOT_NAMES["page"]
    coll_old, coll_new = "Root", ROOT_NAMES["collection"]
    if not forward:
        page_old, page_new, coll_old, coll_new = page_new, page_old, coll_new, coll_old
    Page.objects.filter(depth=1, title=page_old).update(
        title=page_new, draft_title=page_new
    )
    Collection.objects.filter(depth=1, name=coll_old).update(name=coll_new)


def restore_roots(apps, schema_editor):
    rename_roots(apps, schema_editor, forward=False)


class Migration(migrations.Migration):
    dependencies = [
        ("series", "0004_installment_rules"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="installmentpage",
            name="assigned_reporters",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                related_name="assigned_installments",
                to=settings.AUTH_USER_MODEL,
                verbose_name="负责记者",
            ),
        ),
        migrations.AddField(
            model_name="installmentpage",
            name="planned_themes",
            field=modelcluster.fields.ParentalManyToManyField(
                blank=True,
                related_name="planned_installments",
                to="series.theme",
                verbose_name="计划主题",
            ),
        ),
        migrations.RunPython(rename_roots, restore_roots),
    ]
