"""The admin screens an editor or reporter uses in the ordinary flow, and their text.

`ordinary_screens` builds a series with a published, a draft and an in-review
installment and yields (name, client, url) for login, dashboard, explorer, editor,
listing, history, workflow and desk screens. `shown_text` is what a person sees or
hears there: text outside scripts and styles, tab titles, placeholders, tooltips and
labels for screen readers.
"""

from html.parser import HTMLParser

from django.test import Client
from django.urls import reverse

SHOWN_ATTRIBUTES = {
    "placeholder",
    "title",
    "aria-label",
    "alt",
    "data-w-tooltip-content-value",
}
SILENT_TAGS = {"script", "style", "noscript", "svg"}


VOID_TAGS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class _ShownText(HTMLParser):
    """Collects text outside silent elements (scripts, styles, `hidden` ones)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open: list[tuple[str, bool]] = []
        self.silent = 0

    def handle_starttag(self, tag, attrs):
        shown = dict(attrs)
        if tag not in VOID_TAGS:
            silent = tag in SILENT_TAGS or "hidden" in shown
            self.open.append((tag, silent))
            self.silent += silent
        if self.silent:
            return
        # A submit button's value is its label.
        if tag == "input" and shown.get("type") in {"submit", "button"}:
            self.parts.append(shown.get("value") or "")
        self.parts.extend(v or "" for k, v in attrs if k in SHOWN_ATTRIBUTES)

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                self.silent -= sum(silent for _tag, silent in self.open[index:])
                del self.open[index:]
                return

    def handle_data(self, data):
        if not self.silent:
            self.parts.append(data)


def shown_text(html: str) -> str:
    parser = _ShownText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def login_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def ordinary_screens(*, series, published, draft, in_review, editor, reporter):
    editor_client, reporter_client = login_client(editor), login_client(reporter)
    explore = lambda page: reverse("wagtailadmin_explore", args=[page.pk])  # noqa: E731
    edit = lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk])  # noqa: E731
    add = reverse(
        "wagtailadmin_pages:add", args=["series", "installmentpage", series.pk]
    )
    yield "login", Client(), reverse("wagtailadmin_login")
    for who, client in (("editor", editor_client), ("reporter", reporter_client)):
        yield f"dashboard/{who}", client, reverse("wagtailadmin_home")
        yield f"series explorer/{who}", client, explore(series)
        yield f"series search/{who}", client, explore(series) + "?q=nothing-matches"
        yield f"edit published/{who}", client, edit(published)
        yield f"edit draft/{who}", client, edit(draft)
        yield f"edit in review/{who}", client, edit(in_review)
        yield f"add installment/{who}", client, add
        yield (
            f"history/{who}",
            client,
            reverse("wagtailadmin_pages:history", args=[draft.pk]),
        )
        yield f"desk/{who}", client, reverse("series_desk", args=[series.pk])
        yield f"import/{who}", client, reverse("series_import_copy", args=[series.pk])
    yield "home explorer/editor", editor_client, explore(series.get_parent())
    yield "root explorer/editor", editor_client, reverse("wagtailadmin_explore_root")
    yield "installment listing/editor", editor_client, "/admin/installments/"
    yield (
        "reporters/editor",
        editor_client,
        reverse("series_reporters", args=[series.pk]),
    )
    task_state = in_review.current_workflow_task_state
    for action in ("approve", "reject"):
        url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[in_review.pk, action, task_state.pk],
        )
        yield f"workflow {action}/editor", editor_client, url
    yield (
        "workflow history/editor",
        editor_client,
        reverse("wagtailadmin_pages:workflow_history", args=[in_review.pk]),
    )
    yield (
        "preview draft/editor",
        editor_client,
        reverse(
            "wagtailadmin_pages:revisions_compare", args=[draft.pk, "live", "latest"]
        )
        if draft.live_revision
        else edit(draft),
    )
