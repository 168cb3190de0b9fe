"""Test settings: fast hashing, in-memory cache, throwaway media, one test DB per run.

DATABASE_URL picks the database under test (SQLite by default, PostgreSQL in CI).
TEST_DB_TAG keeps concurrent runs on one PostgreSQL server out of each other's way.
"""

import os
import tempfile
from pathlib import Path

import dj_database_url

from .base import *  # noqa: F403

DEBUG = False
# The demo app is under test too; production does not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Most tests create content without publishing signals; page cache tests turn it on.
PAGE_CACHE_SECONDS = 0
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend"
)
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="newsroom-test-media-"))
# Browser tests load images from live_server, which runs with DEBUG off.
SERVE_MEDIA = True
WAGTAILADMIN_BASE_URL = "http://testserver"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

_url = os.environ.get("DATABASE_URL", "sqlite:///:memory:")
DATABASES = {"default": dj_database_url.parse(_url)}
_tag = os.environ.get("TEST_DB_TAG", "")
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"]["OPTIONS"] = postgresql_options()  # noqa: F405
    DATABASES["default"]["TEST"] = {
        "NAME": f"test_newsroom{'_' + _tag if _tag else ''}"
    }

# Login throttling is exercised by tests/test_accounts.py, which turns it on; elsewhere
# the test client's login() (no request) must keep working.
AXES_ENABLED = False

# Newsletters run their tasks inline; the one end-to-end test starts a real worker.
CELERY_TASK_ALWAYS_EAGER = True
# Never a real broker by accident (RabbitMQ's default URL answers on this machine kind).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "memory://")
