"""Local development: debug on, a throwaway secret, served on localhost."""

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = "django-insecure-dev-only-not-for-production"  # noqa: S105
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The demo series and the local admin account; production does not install them.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
