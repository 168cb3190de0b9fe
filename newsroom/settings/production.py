"""Production: everything from the environment; refuses to start without a secret."""

import os
import sys

from newsroom.jsonlog import json_logging

from .base import *  # noqa: F403
from .base import env_bool
from .storage import WHITENOISE_STATIC, media_origin, media_storage

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    # One clear line on stderr and exit status 1, not a traceback.
    sys.exit(
        "Refusing to start: DJANGO_SECRET_KEY must be set to a random string of at "
        "least 50 characters."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
# Load balancers probe /healthz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# WhiteNoise serves the collected static files straight from the app server.
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

STORAGES = {"default": media_storage(), "staticfiles": WHITENOISE_STATIC}
if _media_origin := media_origin():
    for _directives in (
        CONTENT_SECURITY_POLICY["DIRECTIVES"],  # noqa: F405
        ADMIN_CONTENT_SECURITY_POLICY,  # noqa: F405
    ):
        _directives["img-src"] = [*_directives["img-src"], _media_origin]
        _directives["media-src"] = [*_directives["media-src"], _media_origin]

# Templates are parsed once per process.
TEMPLATES[0]["APP_DIRS"] = False  # noqa: F405
TEMPLATES[0]["OPTIONS"]["loaders"] = [  # noqa: F405
    (
        "django.template.loaders.cached.Loader",
        [
            "django.template.loaders.filesystem.Loader",
            "django.template.loaders.app_directories.Loader",
        ],
    )
]

LOGGING = json_logging(os.environ.get("DJANGO_LOG_LEVEL", "INFO"))
