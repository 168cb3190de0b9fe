"""The page cache's fast path: cached pages replayed before Django's request handling.

A hit through PageCacheMiddleware still costs Django's whole request cycle (the
handler, signals, the response object). Here the same entries (stored by the
middleware, first in MIDDLEWARE, so with every final header) are replayed straight
from WSGI: one cache round trip and a few microseconds of Python. Everything the
middleware would not serve from the cache goes to Django unchanged: POSTs, the admin,
requests with a session cookie or credentials, plain HTTP where HTTPS is enforced, an
unknown host, a miss, a cache outage.
"""

from http import HTTPStatus

from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.utils.http import parse_etags

from series.pagecache import store
from series.pagecache.middleware import HIT_HEADER, cacheable_request

# What a 304 keeps of the cached response (RFC 9110 §15.4.5).
NOT_MODIFIED_HEADERS = {
    "cache-control",
    "content-location",
    "date",
    "etag",
    "expires",
    "vary",
}


class PageCacheApp:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        entry = self._hit(environ)
        if entry is None:
            return self.application(environ, start_response)
        headers = [(name, value) for name, value in entry.headers]
        headers.append((HIT_HEADER, "hit"))
        if _not_modified(environ, entry):
            kept = [(n, v) for n, v in headers if n.lower() in NOT_MODIFIED_HEADERS]
            start_response("304 Not Modified", kept)
            return [b""]
        start_response(_status_line(entry.status), headers)
        return [b"" if environ.get("REQUEST_METHOD") == "HEAD" else entry.content]

    @staticmethod
    def _hit(environ):
        request = WSGIRequest(environ)
        try:
            if not cacheable_request(request):
                return None
            host = request.get_host()
        except DisallowedHost:
            return None  # Django answers 400, as it would
        query = environ.get("QUERY_STRING", "")
        return store.lookup(host, request.path, query)[1]


def _not_modified(environ, entry) -> bool:
    etag = dict((n.lower(), v) for n, v in entry.headers).get("etag")
    wanted = environ.get("HTTP_IF_NONE_MATCH")
    if not etag or not wanted:
        return False
    tags = parse_etags(wanted)
    return "*" in tags or etag.removeprefix("W/") in {
        t.removeprefix("W/") for t in tags
    }


def _status_line(status: int) -> str:
    return f"{status} {HTTPStatus(status).phrase}"
