"""Where uploads live: the local disk, or an S3-compatible bucket through
django-storages when DJANGO_MEDIA_S3_BUCKET is set (docs/deploy.md, "Media")."""

import os

WHITENOISE_STATIC = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
LOCAL_MEDIA = {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def _env(name: str) -> str:
    return os.environ.get(f"DJANGO_MEDIA_S3_{name}", "").strip()


def s3_options() -> dict | None:
    """django-storages options from DJANGO_MEDIA_S3_*, or None for the local disk."""
    bucket = _env("BUCKET")
    if not bucket:
        return None
    options = {
        "bucket_name": bucket,
        "region_name": _env("REGION") or None,
        "endpoint_url": _env("ENDPOINT_URL") or None,
        "access_key": _env("ACCESS_KEY_ID") or None,
        "secret_key": _env("SECRET_ACCESS_KEY") or None,
        "custom_domain": _env("CUSTOM_DOMAIN") or None,
        # Public, unsigned URLs: pages are cached, and a signed URL would expire in them.
        "querystring_auth": False,
        "default_acl": None,
        "file_overwrite": False,
    }
    return {key: value for key, value in options.items() if value is not None}


def media_storage() -> dict:
    options = s3_options()
    if options is None:
        return LOCAL_MEDIA
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def media_origin() -> str | None:
    """The origin images come from when they are not on this site (for the CSP)."""
    options = s3_options()
    if options is None:
        return None
    if "custom_domain" in options:
        return f"https://{options['custom_domain']}"
    if "endpoint_url" in options:
        return options["endpoint_url"].rstrip("/")
    region = options.get("region_name", "us-east-1")
    return f"https://{options['bucket_name']}.s3.{region}.amazonaws.com"
