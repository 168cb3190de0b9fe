"""Signed tokens in the links readers get by e-mail.

A token carries the follower's id and key (and, for confirming, which following);
rotating the key (erasure does more: it deletes the row) voids every old link.
"""

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "newsletters.confirm"
READER_SALT = "newsletters.reader"
CONFIRM_MAX_AGE = getattr(settings, "NEWSLETTER_CONFIRM_SECONDS", 3 * 24 * 3600)


def confirm_token(following) -> str:
    return signing.dumps(
        {"f": following.pk, "k": following.follower.key}, salt=CONFIRM_SALT
    )


def read_confirm_token(token: str) -> dict | None:
    """The payload, or None when the link is forged, damaged or expired."""
    try:
        return signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        return None


def reader_token(follower, series_id: int | None = None) -> str:
    """For unsubscribe (with the series the message was about) and preferences."""
    return signing.dumps(
        {"r": follower.pk, "k": follower.key, "s": series_id}, salt=READER_SALT
    )


def read_reader_token(token: str) -> dict | None:
    try:
        return signing.loads(token, salt=READER_SALT)
    except signing.BadSignature:
        return None
