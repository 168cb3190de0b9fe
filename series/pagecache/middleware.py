"""Serve anonymous readers from the page cache; store what is safe to share.

Sits first in MIDDLEWARE, so what it stores carries every header the other
middleware add (CSP, HSTS, Permissions-Policy …) and a hit skips sessions,
authentication and the page tree. In production the WSGI fast path
(series/pagecache/wsgi.py) replays the same entries before Django is entered. A request is served or stored only when it is a
GET or HEAD outside the admin, carries no session cookie and no Authorization
header. A response is stored only when it is a 200 that sets no cookie and does
not say ``private``/``no-store``/``no-cache``. Stored responses tell shared caches
(Varnish, a CDN) to keep them ``s-maxage`` seconds and browsers to revalidate, so
a purge takes effect at once everywhere.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)

from series.pagecache import store
from series.pagecache.expiry import seconds_until_next_expiry

HIT_HEADER = "X-Page-Cache"
UNCACHED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/newsletters/",
)
UNSHARED_DIRECTIVES = ("private", "no-store", "no-cache")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable_request(request):
            response = self.get_response(request)
            return _mark_private(request, response)
        where, entry = store.lookup(request.get_host(), request.path, _query(request))
        if entry is not None:
            return _replay(request, entry)
        response = self.get_response(request)
        if request.method == "GET" and _cacheable_response(response):
            seconds = _lifetime()
            _share(response, seconds)
            if seconds > 0:
                store.store_entry(where, _entry_of(response), seconds)
            response.headers[HIT_HEADER] = "miss"
        return response


def cacheable_request(request) -> bool:
    """A GET or HEAD outside the admin, without a session or credentials.

    Shared with the WSGI fast path (series/pagecache/wsgi.py). Where HTTPS is
    enforced, a plain-HTTP request goes through Django to be redirected.
    """
    if store.page_cache_seconds() <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(UNCACHED_PREFIXES):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def _cacheable_response(response) -> bool:
    if response.status_code != 200 or response.cookies or response.streaming:
        return False
    control = response.headers.get("Cache-Control", "").lower()
    return not any(word in control for word in UNSHARED_DIRECTIVES)


def _lifetime() -> int:
    # Expiry by time fires no signal until publish_scheduled runs: no entry may
    # outlive the next page expiry.
    seconds = store.page_cache_seconds()
    until_expiry = seconds_until_next_expiry()
    return seconds if until_expiry is None else min(seconds, until_expiry)


def _share(response, seconds: int) -> None:
    control = response.headers.get("Cache-Control", "")
    if "max-age" not in control:
        patch_cache_control(response, public=True, max_age=0)
    patch_cache_control(response, s_maxage=max(seconds, 0))
    # The cached copy is the cookieless one; Varnish strips reader cookies.
    patch_vary_headers(response, ("Cookie",))


def _mark_private(request, response):
    # Pages built for a signed-in editor must never land in a shared cache.
    if settings.SESSION_COOKIE_NAME in request.COOKIES and not response.has_header(
        "Cache-Control"
    ):
        patch_cache_control(response, private=True, no_cache=True)
    return response


def _query(request) -> str:
    return request.META.get("QUERY_STRING", "")


def _entry_of(response) -> store.Entry:
    headers = tuple(
        (name, value)
        for name, value in response.headers.items()
        if name.lower() != HIT_HEADER.lower()
    )
    return store.Entry(response.status_code, headers, bytes(response.content))


def _replay(request, entry: store.Entry) -> HttpResponse:
    headers = dict(entry.headers)
    conditional = get_conditional_response(
        request,
        etag=headers.get("ETag"),
        last_modified=None,
    )
    response = conditional or HttpResponse(entry.content, status=entry.status)
    for name, value in entry.headers:
        if conditional is None or name.lower() != "content-length":
            response.headers[name] = value
    response.headers[HIT_HEADER] = "hit"
    return response
