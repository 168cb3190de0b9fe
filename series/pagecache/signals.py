"""Purge the page cache and the edge cache when what readers see changes.

Scheduled go-live and expiry need nothing extra: ``publish_scheduled`` publishes
through the same action (``page_published``) and expires pages by unpublishing
them (``page_unpublished``). A page's state before a publish is read in
``pre_save`` (the old row and its reference index are still in the database), so a
theme or person dropped from an installment has its page purged too.

The Django cache is purged at once and again after the transaction commits: the
second purge drops anything another process cached from the old rows meanwhile.
The edge cache is purged after commit only. Purging never breaks publishing.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from series.models import NewsImage, Person, Place, SeriesPage, Theme
from series.pagecache import store
from series.pagecache.urls import (
    absolute_urls,
    paths_for_object,
    paths_for_pages,
    referenced_objects,
    snippet_paths,
)

logger = logging.getLogger(__name__)

DISPATCH = "series.pagecache"
OBJECT_MODELS = (Person, Theme, Place, NewsImage)
BEFORE_ATTR = "_pagecache_paths_before"


def connect() -> None:
    page_published.connect(page_changed, dispatch_uid=f"{DISPATCH}.published")
    page_unpublished.connect(page_changed, dispatch_uid=f"{DISPATCH}.unpublished")
    page_slug_changed.connect(slug_changed, dispatch_uid=f"{DISPATCH}.slug")
    post_page_move.connect(page_moved, dispatch_uid=f"{DISPATCH}.moved")
    pre_save.connect(remember_before, dispatch_uid=f"{DISPATCH}.pre_save")
    pre_delete.connect(page_deleted, dispatch_uid=f"{DISPATCH}.deleted")
    for model in OBJECT_MODELS:
        uid = f"{DISPATCH}.{model.__name__}"
        post_save.connect(object_changed, sender=model, dispatch_uid=uid + ".save")
        post_delete.connect(object_changed, sender=model, dispatch_uid=uid + ".del")


def purge(paths) -> None:
    """Purge ``paths`` now and after commit (Django cache), after commit (edge)."""
    paths = set(paths)
    if not paths:
        return
    store.purge_paths(paths)

    def after_commit():
        store.purge_paths(paths)
        try:
            PurgeBatch(absolute_urls(paths)).purge()
        except Exception:  # an unreachable edge cache must not break publishing
            logger.exception("Edge cache purge failed")

    transaction.on_commit(after_commit)


def _guarded(compute) -> set[str]:
    # A savepoint: a failed query here must not abort the editor's transaction.
    try:
        with transaction.atomic():
            return compute()
    except Exception:
        logger.exception("Could not work out the URLs to purge")
        return set()


def page_changed(sender, instance, **kwargs) -> None:
    before = getattr(instance, BEFORE_ATTR, set())
    children = isinstance(instance.specific, SeriesPage)
    purge(
        before
        | _guarded(
            lambda: paths_for_pages([instance], neighbours=True, children=children)
        )
    )


def remember_before(sender, instance, update_fields=None, **kwargs) -> None:
    """Before a full save of a live page or a snippet, note what showed it."""
    if instance.pk is None or update_fields is not None:
        return
    if isinstance(instance, Page):
        old = Page.objects.filter(pk=instance.pk, live=True).first()
        if old is not None:
            paths = _guarded(lambda: _snippet_paths_of(old))
            setattr(instance, BEFORE_ATTR, paths)
    elif isinstance(instance, OBJECT_MODELS):
        old = type(instance).objects.filter(pk=instance.pk).first()
        if old is not None:
            setattr(instance, BEFORE_ATTR, _guarded(lambda: snippet_paths(old)))


def _snippet_paths_of(page) -> set[str]:
    return {path for obj in referenced_objects([page]) for path in snippet_paths(obj)}


def object_changed(sender, instance, **kwargs) -> None:
    before = getattr(instance, BEFORE_ATTR, set())
    purge(before | _guarded(lambda: paths_for_object(instance)))


def slug_changed(sender, instance, instance_before, **kwargs) -> None:
    purge(_guarded(lambda: paths_for_pages([instance_before], children=True)))


def page_moved(sender, instance, url_path_before, url_path_after, **kwargs) -> None:
    def compute():
        old = Page.objects.get(pk=instance.pk)
        old.url_path = url_path_before
        old.path = instance.path  # ancestors of the new place; old URL from url_path
        return paths_for_pages([old], children=True) | paths_for_pages([instance])

    purge(_guarded(compute))


def page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and instance.live:
        purge(_guarded(lambda: paths_for_pages([instance], neighbours=True)))
