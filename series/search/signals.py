"""Keep the search index in step with publishing and with the newsroom's names.

Wagtail indexes a page in post_save, before its bylines and places are written, so
a published installment is indexed once more when `page_published` fires.

When a person, place, theme or series gains, changes or loses a name, every process
must reload its dictionary, and pages that mention the old or new name must be indexed
again: they were cut with the old dictionary (姚 / 雪青), queries now look for 姚雪青.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.search import index
from wagtail.search.backends import get_search_backends
from wagtail.signals import page_published

from series.search import copy_terms, synonyms, vocabulary

_PREVIOUS_WORDS = "_search_vocabulary_words"


def _names(instance) -> list[str]:
    if hasattr(instance, "headings"):  # Theme: its name and every alias
        return instance.headings()
    if hasattr(instance, "kicker"):  # SeriesPage
        return [instance.title, instance.kicker]
    return [instance.name]


def stored_words(model, pk) -> set[str]:
    """The words the saved row contributes, as the database has it now."""
    stored = model._default_manager.filter(pk=pk).first() if pk else None
    return vocabulary.words_from_names(_names(stored)) if stored else set()


def reindex_mentioning(words: set[str]) -> int:
    """Index again every object whose indexed text contains one of `words`."""
    keys = set()
    for backend in get_search_backends(with_auto_update=True):
        for search_index in backend.all_indexes():
            if hasattr(search_index, "object_keys_mentioning"):
                keys |= search_index.object_keys_mentioning(words)
    for content_type_id, object_id in keys:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        obj = model and model._default_manager.filter(pk=object_id).first()
        if obj is not None:
            index.insert_or_update_object(obj)
    return len(keys)


def vocabulary_changed(words: set[str]) -> None:
    vocabulary.bump_version()
    if words:
        reindex_mentioning(words)


def remember_words(sender, instance, raw=False, **kwargs):
    if not raw:
        setattr(instance, _PREVIOUS_WORDS, stored_words(sender, instance.pk))


def words_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, _PREVIOUS_WORDS, set())

    def check():
        changed = before ^ stored_words(sender, instance.pk)
        if changed:
            vocabulary_changed(changed)

    transaction.on_commit(check)


def words_deleted(sender, instance, **kwargs):
    words = vocabulary.words_from_names(_names(instance))
    transaction.on_commit(lambda: vocabulary_changed(words))


def reindex_published(sender, instance, **kwargs):
    index.insert_or_update_object(instance)
    # New unit words from the copy: once committed, every process reloads its
    # dictionary and the pages printing them (this one included) are cut again.
    new_terms = copy_terms.store_terms(copy_terms.copy_terms(instance.body.raw_data))
    if new_terms:
        transaction.on_commit(lambda: vocabulary_changed(new_terms))


def synonyms_changed(sender, instance, **kwargs):
    transaction.on_commit(synonyms.forget)


def connect() -> None:
    from series.models import (
        InstallmentPage,
        Person,
        Place,
        SeriesPage,
        SynonymGroup,
        Theme,
    )

    page_published.connect(
        reindex_published, sender=InstallmentPage, dispatch_uid="search-published"
    )

    for model in (Person, Place, Theme, SeriesPage):
        uid = f"search-vocabulary-{model.__name__}"
        pre_save.connect(remember_words, sender=model, dispatch_uid=uid)
        post_save.connect(words_saved, sender=model, dispatch_uid=uid)
        post_delete.connect(words_deleted, sender=model, dispatch_uid=uid)

    post_save.connect(synonyms_changed, sender=SynonymGroup, dispatch_uid="synonyms")
    post_delete.connect(synonyms_changed, sender=SynonymGroup, dispatch_uid="synonyms")
