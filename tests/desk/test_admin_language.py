"""No English on the screens editors and reporters use in the ordinary flow.

Walks login, dashboard, explorer, search, editor, history, workflow, listing, desk
and import screens as an editor and as a reporter, and looks for runs of ASCII
letters in what a person sees or hears (tests/desk/screens.py). Names that are
not English words (usernames, the host, keys, file formats) are allowed.
"""

import json
import re

import pytest

from tests.desk.helpers import make_installment
from tests.desk.screens import ordinary_screens, shown_text
from tests.factories import make_image

pytestmark = pytest.mark.django_db

LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:[ ]+[A-Za-z][A-Za-z'’\-]*)*")
# Not English: people's usernames and the test host, keyboard keys, formats.
ALLOWED = {
    "bianji",
    "yaoxueqing",
    "localhost",
    "testserver",
    "Ctrl",
    "Alt",
    "Shift",
    "Esc",
    "Cmd",
    "Option",
    "Enter",
    "URL",
    "UTF-",
    "GB",
    "MB",
    "txt",
    "JavaScript",
    "Tab",
    # The role groups' names (series/workflow/roles.py), shown so an editor can
    # find them under 设置 → 用户组; renaming them is not this test's business.
    "Reporters",
    "Editors",
}
# Wagtail's slug field shows an example address.
ALLOWED_PATTERNS = [re.compile(r"^(https?|domain|com|my-work|work|[A-Za-z])$")]


def english_runs(text: str) -> set[str]:
    runs = set()
    for run in LATIN_RUN.findall(text):
        for word in run.split():
            if word in ALLOWED or any(p.match(word) for p in ALLOWED_PATTERNS):
                continue
            runs.add(run)
            break
    return runs


def page_html(response) -> str:
    html = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        return json.loads(html).get("html", "")  # workflow action modals
    return html


def test_ordinary_screens_speak_chinese(series, editor, reporter):
    published = make_installment(series, 1, publish=True, hero=make_image())
    draft = make_installment(series, 2, owner=reporter)
    in_review = make_installment(series, 3, owner=reporter)
    in_review.get_workflow().start(in_review, reporter)

    found = {}
    screens = ordinary_screens(
        series=series,
        published=published,
        draft=draft,
        in_review=in_review,
        editor=editor,
        reporter=reporter,
    )
    for name, client, url in screens:
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        runs = english_runs(shown_text(page_html(response)))
        if runs:
            found[name] = sorted(runs)

    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
