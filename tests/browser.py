"""Debian's Chromium driven by Playwright: one launcher for every browser test.

Needs: apt-get install chromium fonts-noto-cjk (`.ci/run` installs both). Never a
downloaded browser: nothing in the tests fetches from the network.
"""

from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def launched_chromium():
    """A running Chromium; fails (not skips) the test when it is not installed."""
    if not CHROMIUM.exists():
        pytest.fail("Chromium missing: apt-get install -y chromium fonts-noto-cjk")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # tests make between browser steps are still synchronous and safe.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
            )
            try:
                yield browser
            finally:
                browser.close()
