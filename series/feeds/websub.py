"""WebSub publisher side: tell the hub (settings.WEBSUB_HUB_URL) which feeds changed.

The ping runs after the publishing transaction commits, in a background thread
with a short timeout: a slow or broken hub must never hold up or break an
editor's publish. Failures are logged and otherwise ignored; readers still get
the update on their next poll.
"""

from __future__ import annotations

import logging
import threading
import urllib.error
import urllib.request
from collections.abc import Iterable
from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)

PING_TIMEOUT_SECONDS = 5


def hub_url() -> str:
    """The configured hub, or "" when WebSub is off."""
    return getattr(settings, "WEBSUB_HUB_URL", "") or ""


def hub_ping(*, hub: str, feed_urls: Iterable[str]) -> bool:
    """POST hub.mode=publish with every changed feed URL; True if the hub accepted.

    Synchronous; callers on a request path use ``hub_ping_after_commit``.
    """
    urls = sorted(set(feed_urls))
    if not hub.startswith(("http://", "https://")) or not urls:
        return False
    body = urlencode([("hub.mode", "publish")] + [("hub.url", url) for url in urls])
    # The scheme is checked above: only http(s), never file: or others.
    request = urllib.request.Request(  # noqa: S310
        hub,
        data=body.encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(  # noqa: S310
            request, timeout=PING_TIMEOUT_SECONDS
        ) as response:
            accepted = 200 <= response.status < 300
    except (urllib.error.URLError, OSError, ValueError) as error:
        logger.warning("WebSub ping to %s failed: %s", hub, error)
        return False
    if not accepted:
        logger.warning("WebSub hub %s answered %s", hub, response.status)
    return accepted


def hub_ping_after_commit(*, feed_urls: Iterable[str]) -> None:
    """Ping the hub in the background once the current transaction commits."""
    hub = hub_url()
    urls = list(feed_urls)
    if not hub or not urls:
        return

    def start():
        threading.Thread(
            target=_ping_quietly, args=(hub, urls), name="websub-ping", daemon=True
        ).start()

    transaction.on_commit(start)


def _ping_quietly(hub: str, urls: list[str]) -> None:
    try:
        hub_ping(hub=hub, feed_urls=urls)
    except Exception:  # a thread's exception would only reach stderr
        logger.exception("WebSub ping to %s crashed", hub)
