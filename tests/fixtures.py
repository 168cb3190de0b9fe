"""Read-only test data built once per module instead of once per test.

A module-scoped fixture builds the data inside a transaction that stays open for the
module; each test runs in a savepoint inside it (pytest-django's `db`), so what a test
writes is undone before the next test, and the whole build is rolled back at the end.
Tests get `fresh_copy` of the objects, so no test sees another's in-memory edits.

Not for modules with transactional tests (live_server, threads): those flush tables.
"""

import dataclasses
from collections.abc import Callable
from contextlib import contextmanager
from types import SimpleNamespace

from django.db import models, transaction
from django.test import TestCase, override_settings


@contextmanager
def built_once(django_db_blocker, build: Callable, **setting_overrides):
    with (
        django_db_blocker.unblock(),
        override_settings(**setting_overrides),
        transaction.atomic(),
    ):
        # What would run once the build commits (search vocabulary and reindexing,
        # cache purges) runs when it ends, as it would for an editor.
        with TestCase.captureOnCommitCallbacks(execute=True):
            built = build()
        yield built
        transaction.set_rollback(True)


def fresh_copy(value):
    """The same objects read again from the database."""
    if isinstance(value, models.Model):
        return type(value).objects.get(pk=value.pk)
    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(**{k: fresh_copy(v) for k, v in vars(value).items()})
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        return dataclasses.replace(
            value, **{f.name: fresh_copy(getattr(value, f.name)) for f in fields}
        )
    if isinstance(value, list):
        return [fresh_copy(item) for item in value]
    return value
