"""In Chromium: once "批准并发布" is sent, the editor's action buttons are disabled,
so a double click cannot send the approval twice (static/js/submit-once.js)."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from series.models import InstallmentPage
from tests.workflow.helpers import add_installment_url, edit_url, installment_form

pytestmark = pytest.mark.browser


def session_cookie(user, live_server_url: str) -> dict:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    # The model backend signs users in; axes (first in the list) only counts failures.
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return {
        "name": django_settings.SESSION_COOKIE_NAME,
        "value": session.session_key,
        "url": live_server_url,
    }


def test_action_buttons_disable_themselves_on_submit(
    live_server, transactional_db, series, reporter_client, editor, chromium
):
    reporter_client.post(
        add_installment_url(series), installment_form() | {"action-submit": "1"}
    )
    page_id = InstallmentPage.objects.child_of(series).get().pk
    posts = []
    context = chromium.new_context(locale="zh-CN")
    try:
        context.add_cookies([session_cookie(editor, live_server.url)])
        tab = context.new_page()
        url = live_server.url + edit_url(InstallmentPage(pk=page_id))
        tab.goto(url)

        def hold_post(route):
            # Answer the POST with 204 No Content: the browser stays on the
            # sent form, so its buttons can be inspected.
            if route.request.method == "POST":
                posts.append(route.request.post_data)
                route.fulfill(status=204)
            else:
                route.continue_()

        tab.route(url, hold_post)
        approve = tab.locator(
            'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
        )
        if not approve.is_visible():
            tab.locator("footer [data-w-dropdown-target='toggle']").first.click()
        approve.click()
        tab.wait_for_function(
            "() => document.querySelector("
            "'button[data-workflow-action-name=approve]').disabled"
        )
    finally:
        context.close()
    assert len(posts) == 1 and "workflow-action-name" in posts[0]
