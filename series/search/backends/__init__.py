"""Wagtail search backends that cut Chinese into words, chosen by database vendor.

    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "series.search.backends"}}

Like modelsearch.backends.database, this picks the PostgreSQL backend, the SQLite FTS5
backend or the substring fallback for the default database; each is the upstream
backend with segmentation added (see base.py).
"""

from functools import cache

from django.db import connection


@cache
def sqlite_fts_ready() -> bool:
    from modelsearch.backends.database.sqlite.utils import (
        fts5_available,
        fts_table_exists,
    )

    return fts5_available() and fts_table_exists()


def SearchBackend(params):  # CamelCase: the name modelsearch looks up
    if connection.vendor == "postgresql":
        from series.search.backends.postgres import ChinesePostgresSearchBackend

        return ChinesePostgresSearchBackend(params)
    if connection.vendor == "sqlite" and sqlite_fts_ready():
        from series.search.backends.sqlite import ChineseSQLiteSearchBackend

        return ChineseSQLiteSearchBackend(params)
    from series.search.backends.fallback import ChineseFallbackSearchBackend

    return ChineseFallbackSearchBackend(params)
