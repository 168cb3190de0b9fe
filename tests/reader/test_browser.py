"""The reader site in a real browser: Debian's Chromium driven by Playwright.

At phone (375 px) and desktop (1280 px) widths every page must fit without sideways
scrolling, load its images, and pass axe-core without serious or critical
violations; the table of contents and previous/next links must take readers where
they say. Screenshots land in tests/artifacts/reader/ for people to look at.

Needs: apt-get install chromium fonts-noto-cjk; npm ci (for node_modules/axe-core).
"""

from pathlib import Path

import pytest
from django.conf import settings

from tests.browser import CHROMIUM, CHROMIUM_ARGS  # noqa: F401 (shared names)
from tests.hostile import HOSTILE
from tests.reader.conftest import build_reader_site

pytestmark = pytest.mark.browser

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(settings.BASE_DIR) / "tests" / "artifacts" / "reader"
WIDTHS = [375, 1280]
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="module")
def browser(chromium):
    if not AXE.exists():
        pytest.fail("axe-core missing: run `npm ci` in the project root")
    return chromium


@pytest.fixture
def site(transactional_db):
    return build_reader_site()


@pytest.fixture(params=WIDTHS, ids=lambda width: f"{width}px")
def tab(request, browser):
    width = request.param
    context = browser.new_context(
        viewport={"width": width, "height": 800},
        locale="zh-CN",
        reduced_motion="reduce",
        device_scale_factor=1,
        # axe-core is injected as an inline script, which the site's CSP refuses.
        bypass_csp=True,
    )
    page = context.new_page()
    page.width = width
    yield page
    context.close()


def reader_pages(site) -> dict[str, str]:
    return {
        "home": "/",
        "series": site.series.url,
        "installment": site.first.url,
        "theme": site.themes[0].get_absolute_url(),
        "person": site.people.reporter.get_absolute_url(),
        "person-with-photo": site.people.editor.get_absolute_url(),
        "place": site.places[0].get_absolute_url(),
        "not-found": "/no-such-page/",
    }


def load_all_images(page) -> list[str]:
    """Load lazy images too (for the screenshot); return the ones that failed."""
    page.evaluate(
        "() => document.querySelectorAll('img[loading=lazy]')"
        ".forEach(img => { img.loading = 'eager'; })"
    )
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "() => [...document.images].every(img => img.complete)", timeout=15000
    )
    return page.evaluate(
        "() => [...document.images].filter(img => !img.naturalWidth)"
        ".map(img => img.currentSrc || img.src)"
    )


def horizontal_overflow(page) -> int:
    return page.evaluate(
        "() => document.documentElement.scrollWidth"
        " - document.documentElement.clientWidth"
    )


def serious_axe_violations(page) -> list[str]:
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async () => await axe.run(document, {resultTypes: ['violations']})"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in result["violations"]
        if v["impact"] in BLOCKING_IMPACTS
    ]


def test_every_page_fits_loads_and_passes_axe(site, live_server, tab):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    problems = []
    requested = []
    tab.on("request", lambda request: requested.append(request.url))
    for name, path in reader_pages(site).items():
        response = tab.goto(live_server.url + path)
        expected = 404 if name == "not-found" else 200
        if response.status != expected:
            problems.append(f"{name}: HTTP {response.status}")
        broken = load_all_images(tab)
        if broken:
            problems.append(f"{name}: images failed to load: {broken}")
        overflow = horizontal_overflow(tab)
        if overflow > 0:
            problems.append(f"{name}: scrolls sideways by {overflow}px")
        problems += [f"{name}: {v}" for v in serious_axe_violations(tab)]
        tab.screenshot(path=ARTIFACTS / f"{name}-{tab.width}.png", full_page=True)
    # No fonts, scripts or images from anywhere but the site itself.
    outside = [
        url
        for url in requested
        if not url.startswith((live_server.url, "data:", "blob:"))
    ]
    problems += [f"request left the site: {url}" for url in outside]
    assert not problems, "\n".join(problems)


def overflowing_pages(browser, live_server, site, width) -> dict[str, int]:
    context = browser.new_context(viewport={"width": width, "height": 740})
    page = context.new_page()
    overflowing = {}
    for name, path in reader_pages(site).items():
        page.goto(live_server.url + path)
        load_all_images(page)
        if horizontal_overflow(page) > 0:
            overflowing[name] = horizontal_overflow(page)
    context.close()
    return overflowing


def test_nothing_scrolls_sideways_at_360px(site, live_server, browser):
    """The narrowest phones still in wide use."""
    assert overflowing_pages(browser, live_server, site, 360) == {}


def test_long_unbroken_text_wraps_at_360px(transactional_db, live_server, browser):
    """Headlines, names and captions full of markup-like text without spaces."""
    site = build_reader_site(hostile=HOSTILE)
    assert overflowing_pages(browser, live_server, site, 360) == {}


def test_print_stylesheet_keeps_the_story_and_drops_navigation(
    site, live_server, browser
):
    context = browser.new_context(viewport={"width": 794, "height": 1123})
    page = context.new_page()
    page.goto(live_server.url + site.first.url)
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => ['.toc', '.pager', '.site-search', '.breadcrumbs', '.skip-link']
            .map(sel => document.querySelector(sel))
            .filter(el => el && getComputedStyle(el).display !== 'none')
            .map(el => el.className)"""
    )
    assert hidden == []
    assert page.locator("h1").is_visible()
    assert page.locator(".block-key-figure").first.is_visible()
    load_all_images(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=ARTIFACTS / "installment-print.png", full_page=True)
    context.close()


def test_table_of_contents_jumps_to_each_section(site, live_server, tab):
    tab.goto(live_server.url + site.first.url)
    links = tab.locator(".toc a")
    anchors = [
        href.lstrip("#")
        for href in links.evaluate_all("l => l.map(a => a.getAttribute('href'))")
    ]
    assert len(anchors) == 3
    for anchor in anchors:
        tab.click(f".toc a[href='#{anchor}']")
        tab.wait_for_function(f"() => location.hash === '#{anchor}'")
        position = tab.evaluate(
            """id => {
                const box = document.getElementById(id).getBoundingClientRect();
                const atBottom = Math.ceil(window.scrollY + window.innerHeight)
                    >= document.documentElement.scrollHeight - 1;
                return {top: box.top, atBottom, height: window.innerHeight};
            }""",
            anchor,
        )
        # The section starts at the top of the window, unless the page ran out
        # of room below it, in which case it must at least be on screen.
        at_top = 0 <= position["top"] <= 40
        on_screen = 0 <= position["top"] < position["height"]
        assert at_top or (position["atBottom"] and on_screen), (anchor, position)


def test_previous_next_and_back_to_series(site, live_server, tab):
    tab.goto(live_server.url + site.first.url)
    assert tab.locator("a[rel=prev]").count() == 0

    tab.click("a[rel=next]")
    tab.wait_for_url(f"**{site.second.url}")
    assert tab.locator("h1").inner_text() == site.second.title
    # Installments readers may not see are skipped: part 2 is the last one out.
    assert tab.locator("a[rel=next]").count() == 0

    tab.click("a[rel=prev]")
    tab.wait_for_url(f"**{site.first.url}")
    assert tab.locator("h1").inner_text() == site.first.title

    tab.click(".pager__series")
    tab.wait_for_url(f"**{site.series.url}")
    assert tab.locator("h1").inner_text() == site.series.title


def test_theme_matrix_links_land_on_sections(site, live_server, tab):
    tab.goto(live_server.url + site.series.url)
    hrefs = tab.locator(".matrix-mark").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    assert len(hrefs) == 4  # two themes in each of two installments
    for href in hrefs:
        tab.goto(live_server.url + href)
        anchor = href.split("#", 1)[1]
        assert tab.locator(f"section#{anchor}").count() == 1, href


def test_commentary_sits_beside_the_text_on_wide_screens(site, live_server, tab):
    tab.goto(live_server.url + site.first.url)
    body = tab.locator(".article-body").bounding_box()
    box = tab.locator(".article-sidebar .block-commentary").bounding_box()
    if tab.width >= 1280:
        assert box["x"] >= body["x"] + body["width"], (box, body)
        assert box["y"] < body["y"] + body["height"]
    else:
        assert box["y"] >= body["y"] + body["height"], (box, body)


def test_series_strip_marks_where_the_reader_is(site, live_server, tab):
    tab.goto(live_server.url + site.second.url)
    strip = tab.locator("nav.series-strip")
    assert strip.is_visible()
    current = strip.locator('[aria-current="page"]')
    assert current.inner_text() == site.second.position_label
    strip.get_by_role("link", name=site.first.position_label).click()
    tab.wait_for_url(live_server.url + site.first.url)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    strip.screenshot(path=ARTIFACTS / f"series-strip-{tab.width}.png")


def test_share_tools_copy_the_link(site, live_server, tab):
    tab.context.grant_permissions(
        ["clipboard-read", "clipboard-write"], origin=live_server.url
    )
    tab.goto(live_server.url + site.first.url)
    tools = tab.locator(".share-tools")
    assert tools.is_visible()
    assert tools.get_by_role("button", name="打印").is_visible()
    tools.get_by_role("button", name="复制链接").click()
    tab.wait_for_function(
        "() => document.querySelector('.share-tools__status').textContent !== ''"
    )
    assert tools.locator(".share-tools__status").inner_text() == "链接已复制"
    copied = tab.evaluate("() => navigator.clipboard.readText()")
    assert copied.endswith(site.first.url)
