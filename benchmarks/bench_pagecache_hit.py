"""The page cache's fast path in one process: microseconds per cached hit.

A cached page stored under production settings with Redis (db 12), then replayed
by series.pagecache.wsgi.PageCacheApp 5,000 times, as gunicorn would call it. This
is the Python cost a hit adds to the server's own per-request cost; compare with
bench_pages.py's end-to-end ratio against a constant WSGI response.

    .venv/bin/python benchmarks/bench_pagecache_hit.py
"""

import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-" + "x" * 50)
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/12")
os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")

import django

django.setup()

from series.pagecache import store  # noqa: E402
from series.pagecache.wsgi import PageCacheApp  # noqa: E402

HOST, PATH, HITS = "127.0.0.1:8000", "/bench-hit/", 5000


def main() -> None:
    store.purge_paths([PATH])
    where, _ = store.lookup(HOST, PATH, "")
    headers = (("Content-Type", "text/html; charset=utf-8"), ("ETag", '"bench"'))
    store.store_entry(where, store.Entry(200, headers, b"x" * 30000), 600)
    app = PageCacheApp(lambda environ, start_response: [b"miss"])
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": PATH,
        "QUERY_STRING": "",
        "HTTP_HOST": HOST,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "wsgi.url_scheme": "https",
        "HTTP_X_FORWARDED_PROTO": "https",
        "wsgi.input": io.BytesIO(b""),
    }
    statuses = []

    def start_response(status, headers):
        statuses.append(status)

    for _ in range(200):
        app(dict(environ), start_response)
    started = time.perf_counter()
    for _ in range(HITS):
        app(dict(environ), start_response)
    per_hit = (time.perf_counter() - started) / HITS * 1e6
    hits = sum(status.startswith("200") for status in statuses)
    print(
        f"page cache hit in process: {per_hit:.0f} µs ({hits} of {len(statuses)} hits)"
    )


if __name__ == "__main__":
    main()
