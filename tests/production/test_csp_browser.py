"""The Content-Security-Policy in a real browser: reader pages and the Wagtail admin
load in Chromium without one violation, so nothing the site needs is blocked, and
an inline script really is refused."""

import pytest

from tests.reader.conftest import build_reader_site

pytestmark = pytest.mark.browser


def violations_on(chromium, urls: list[str], prepare=None) -> list[str]:
    context = chromium.new_context()
    page = context.new_page()
    found = []
    page.on(
        "console",
        lambda message: (
            found.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    if prepare:
        prepare(page)
    for url in urls:
        page.goto(url, wait_until="networkidle")
    context.close()
    return found


def test_reader_pages_run_under_the_policy(transactional_db, live_server, chromium):
    site = build_reader_site()
    urls = [
        live_server.url + path
        for path in ["/", site.series.url, site.first.url, "/themes/industry/"]
    ]
    assert violations_on(chromium, urls) == []


def test_an_injected_inline_script_is_refused(transactional_db, live_server, chromium):
    build_reader_site()
    context = chromium.new_context()
    page = context.new_page()
    page.goto(live_server.url + "/")
    ran = page.evaluate(
        """() => { window.injected = false;
        const s = document.createElement('script');
        s.textContent = 'window.injected = true';
        document.head.appendChild(s);
        return window.injected; }"""
    )
    context.close()
    assert ran is False


def test_the_admin_runs_under_its_policy(
    transactional_db, live_server, chromium, django_user_model
):
    django_user_model.objects.create_superuser(
        "csp-editor", "e@example.com", "x-pass-12345!"
    )
    build_reader_site()

    def sign_in(page):
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", "csp-editor")
        page.fill("#id_password", "x-pass-12345!")
        page.click("button[type=submit]")
        page.wait_for_url(live_server.url + "/admin/")

    urls = [live_server.url + p for p in ["/admin/", "/admin/pages/", "/admin/images/"]]
    assert violations_on(chromium, urls, prepare=sign_in) == []
