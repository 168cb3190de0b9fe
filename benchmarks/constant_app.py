"""The ceiling: a WSGI app answering a constant body, by default CONSTANT_SIZE bytes.

Served by the same gunicorn as the site, it shows what the server and loopback
can do at all for a response of a given size (``/?bytes=N`` answers N bytes, so
each page is set against a constant of its own size); ``Cache-Control: public,
s-maxage`` lets Varnish keep it, which gives Varnish's own ceiling for a static
object of that size.
"""

import os
from urllib.parse import parse_qs

DEFAULT_SIZE = int(os.environ.get("CONSTANT_SIZE", "20000"))
_responses: dict[int, tuple[list, bytes]] = {}


def _response(size: int) -> tuple[list, bytes]:
    if size not in _responses:
        body = b"x" * size
        headers = [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "public, max-age=0, s-maxage=600"),
        ]
        _responses[size] = (headers, body)
    return _responses[size]


def application(environ, start_response):
    asked = parse_qs(environ.get("QUERY_STRING", "")).get("bytes", [""])[0]
    headers, body = _response(int(asked) if asked.isdigit() else DEFAULT_SIZE)
    start_response("200 OK", headers)
    return [body]
