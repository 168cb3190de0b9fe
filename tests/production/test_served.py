"""The production stack for real: gunicorn, production settings, PostgreSQL, the demo
site. Headers on HTTPS-proxied requests, plain HTTP redirected, /healthz, JSON logs,
and a burst through deploy/burst.py (the full 2,000-request burst is `make burst`)."""

import json
import os
import re
import subprocess
import sys
import time

import pytest

from tests.production.served import ROOT, get, gunicorn

# Its own PostgreSQL database and servers, whichever database the suite runs on:
# one pass of make test runs it.
pytestmark = pytest.mark.single_pass


@pytest.fixture(scope="module")
def served(demo_database):
    log = demo_database.root / "gunicorn-served.log"
    with gunicorn(demo_database.env, log) as base:
        yield base, log


def test_https_proxied_pages_carry_every_security_header(served):
    base, _ = served
    status, headers, body = get(base + "/")
    assert status == 200
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert '<script type="application/ld+json">' in body
    # Static files come from WhiteNoise with far-future caching.
    css = re.search(r'href="(/static/css/site\.[0-9a-f]+\.css)"', body)[1]
    status, headers, _ = get(base + css)
    assert status == 200 and "immutable" in headers["Cache-Control"]


def test_plain_http_is_redirected_but_healthz_is_not(served):
    base, _ = served
    status, headers, _ = get(base + "/", headers={})
    assert status == 301 and headers["Location"].startswith("https://")
    status, headers, body = get(base + "/healthz", headers={})
    assert status == 200 and json.loads(body)["status"] == "ok"
    assert "no-store" in headers["Cache-Control"]


def test_logs_are_json_lines(served):
    base, log = served
    get(base + "/no-such-page/")

    def access_logged(records) -> bool:
        return any(
            r["logger"] == "gunicorn.access" and "/no-such-page/" in r["message"]
            for r in records
        )

    # gunicorn writes the access line after the response has gone out.
    deadline = time.monotonic() + 10
    while True:
        lines = [line for line in log.read_text().splitlines() if line.strip()]
        records = [json.loads(line) for line in lines]
        if access_logged(records) or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert {"time", "level", "logger", "message"} <= set(records[-1])
    assert access_logged(records)


def test_a_burst_across_page_types_has_no_errors(served):
    base, _ = served
    result = subprocess.run(
        [sys.executable, "deploy/burst.py"],
        cwd=ROOT,
        env={**os.environ, "BASE_URL": base, "REQUESTS": "200", "CONCURRENCY": "20"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "burst: 200 requests, 0 errors" in result.stdout
