"""Security headers in-process: CSP with a per-request nonce on reader pages, a looser
policy for the admin, Permissions-Policy and the rest. HSTS needs production settings
and is checked through gunicorn (test_served.py)."""

import re

import pytest

from tests.reader.conftest import build_reader_site

NONCE_IN_POLICY = re.compile(r"script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'")
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)


def policy_nonce(response) -> str:
    match = NONCE_IN_POLICY.search(response["Content-Security-Policy"])
    assert match, response["Content-Security-Policy"]
    return match[1]


@pytest.fixture
def site(db):
    return build_reader_site()


def test_every_script_on_reader_pages_is_external_or_carries_the_nonce(client, site):
    urls = [site.home.url, site.series.url, site.first.url, "/themes/industry/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        nonce = policy_nonce(response)
        policy = response["Content-Security-Policy"]
        assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
        assert "object-src 'none'" in policy and "frame-ancestors 'self'" in policy
        tags = SCRIPT_TAG.findall(response.content.decode())
        assert any("application/ld+json" in attrs for attrs in tags), url
        for attrs in tags:
            assert f'nonce="{nonce}"' in attrs, (url, attrs)


def test_the_nonce_is_new_for_every_request(client, site):
    first, second = (policy_nonce(client.get(site.first.url)) for _ in range(2))
    assert first != second and len(first) >= 16


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
