"""Security headers in-process: a strict CSP on reader pages (no inline script at all,
so one policy is true for every cached copy), a looser policy for the admin,
Permissions-Policy and the rest. HSTS needs production settings
and is checked through gunicorn (test_served.py)."""

import re

import pytest

from tests.reader.conftest import build_reader_site

SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)


@pytest.fixture
def site(db):
    return build_reader_site()


def test_every_script_on_reader_pages_is_external_or_json_ld_data(client, site):
    urls = [site.home.url, site.series.url, site.first.url, "/themes/industry/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = response["Content-Security-Policy"]
        assert "script-src 'self';" in policy + ";", policy
        assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
        assert "nonce-" not in policy
        assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
        tags = SCRIPT_TAG.findall(response.content.decode())
        assert any("application/ld+json" in attrs for attrs in tags), url
        for attrs in tags:
            # CSP blocks inline scripts; a data block is never run.
            assert "src=" in attrs or 'type="application/ld+json"' in attrs, attrs


def test_a_cached_page_keeps_a_policy_that_matches_it(client, site, settings):
    settings.PAGE_CACHE_SECONDS = 60
    first, second = client.get(site.first.url), client.get(site.first.url)
    assert second["X-Page-Cache"] == "hit"
    assert first.content == second.content
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]


def test_reader_pages_carry_the_other_security_headers(client, site):
    response = client.get(site.first.url)
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    assert "camera=()" in permissions and "geolocation=()" in permissions


def test_the_admin_gets_its_own_policy_without_a_nonce(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    # A nonce would make browsers ignore 'unsafe-inline' and break Wagtail's scripts.
    assert "nonce-" not in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
    assert "Permissions-Policy" in response
