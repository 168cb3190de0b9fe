"""The ceiling: a WSGI app answering a constant body of CONSTANT_SIZE bytes.

Served by the same gunicorn as the site, it shows what the server and loopback
can do at all; ``Cache-Control: public, s-maxage`` lets Varnish keep it, which
gives Varnish's own ceiling for a static object.
"""

import os

BODY = b"x" * int(os.environ.get("CONSTANT_SIZE", "20000"))
HEADERS = [
    ("Content-Type", "text/html; charset=utf-8"),
    ("Content-Length", str(len(BODY))),
    ("Cache-Control", "public, max-age=0, s-maxage=600"),
]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
