"""The page cache's fast path: cached pages replayed before Django's request handling.

A hit through PageCacheMiddleware still costs Django's whole request cycle (the
handler, signals, the response object). Here the same entries (stored by the
middleware, first in MIDDLEWARE, so with every final header) are replayed straight
from WSGI: one cache round trip and a few microseconds of Python. Everything the
middleware would not serve from the cache goes to Django unchanged: POSTs, the admin,
requests with a session cookie or credentials, plain HTTP where HTTPS is enforced, an
unknown host, a miss, a cache outage.
"""

from functools import lru_cache
from http import HTTPStatus

from django.conf import settings
from django.core.handlers.wsgi import get_path_info, get_script_name
from django.core.signals import setting_changed
from django.http.cookie import parse_cookie
from django.http.request import split_domain_port, validate_host
from django.utils.http import parse_etags

from series.pagecache import store
from series.pagecache.middleware import HIT_HEADER, UNCACHED_PREFIXES

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
        """The cached entry for this request, or None when Django must answer.

        The same rules as PageCacheMiddleware's cacheable_request, read straight
        from the WSGI environ: building a WSGIRequest and reading lazy settings
        cost more than the cache lookup itself.
        """
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        if "HTTP_AUTHORIZATION" in environ:
            return None
        conf = _conf()
        if conf.seconds <= 0 or _has_session(environ, conf.session_cookie):
            return None
        path = get_script_name(environ) + get_path_info(environ)
        if path.startswith(UNCACHED_PREFIXES):
            return None
        if conf.ssl_redirect and not _is_secure(environ, conf.proxy_ssl_header):
            return None
        host = _allowed_host(_raw_host(environ, conf.forwarded_host))
        if host is None:
            return None  # Django answers 400, as it would
        return store.lookup(host, path, environ.get("QUERY_STRING", ""))[1]


class _Conf:
    """The settings the fast path reads, read once (and again when tests change them)."""

    def __init__(self):
        self.seconds = store.page_cache_seconds()
        self.session_cookie = settings.SESSION_COOKIE_NAME
        self.ssl_redirect = settings.SECURE_SSL_REDIRECT
        self.proxy_ssl_header = settings.SECURE_PROXY_SSL_HEADER
        self.forwarded_host = settings.USE_X_FORWARDED_HOST
        self.allowed_hosts = list(settings.ALLOWED_HOSTS)
        if settings.DEBUG and not self.allowed_hosts:
            self.allowed_hosts = [".localhost", "127.0.0.1", "[::1]"]


@lru_cache(maxsize=1)
def _conf() -> _Conf:
    return _Conf()


def _settings_changed(**kwargs):
    _conf.cache_clear()
    _allowed_host.cache_clear()


setting_changed.connect(_settings_changed, dispatch_uid="pagecache_wsgi_conf")


def _has_session(environ, cookie_name: str) -> bool:
    cookies = environ.get("HTTP_COOKIE", "")
    return cookie_name in cookies and cookie_name in parse_cookie(cookies)


def _is_secure(environ, proxy_ssl_header) -> bool:
    """As HttpRequest.is_secure."""
    if proxy_ssl_header:
        header, secure_value = proxy_ssl_header
        value = environ.get(header)
        if value is not None:
            return value.split(",", 1)[0].strip() == secure_value
    return environ.get("wsgi.url_scheme") == "https"


def _raw_host(environ, use_forwarded_host: bool) -> str:
    """As HttpRequest._get_raw_host."""
    if use_forwarded_host and "HTTP_X_FORWARDED_HOST" in environ:
        return environ["HTTP_X_FORWARDED_HOST"]
    if "HTTP_HOST" in environ:
        return environ["HTTP_HOST"]
    host = environ["SERVER_NAME"]
    port = str(environ["SERVER_PORT"])
    secure = environ.get("wsgi.url_scheme") == "https"
    if port != ("443" if secure else "80"):
        host = f"{host}:{port}"
    return host


@lru_cache(maxsize=64)
def _allowed_host(host: str) -> str | None:
    """As HttpRequest.get_host, without the exception: the host, or None."""
    domain, _port = split_domain_port(host)
    if domain and validate_host(domain, _conf().allowed_hosts):
        return host
    return None


def _not_modified(environ, entry) -> bool:
    wanted = environ.get("HTTP_IF_NONE_MATCH")
    if not wanted:
        return False
    etag = dict((n.lower(), v) for n, v in entry.headers).get("etag")
    if not etag:
        return False
    tags = parse_etags(wanted)
    return "*" in tags or etag.removeprefix("W/") in {
        t.removeprefix("W/") for t in tags
    }


@lru_cache(maxsize=16)
def _status_line(status: int) -> str:
    return f"{status} {HTTPStatus(status).phrase}"
