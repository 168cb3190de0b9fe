"""Admin form data and URLs for driving the editorial workflow over HTTP."""

import datetime as dt
from contextlib import contextmanager
from types import SimpleNamespace
from unittest import mock

from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import (
    rich_text,
    streamfield,
)

from tests.forms import installment_form  # noqa: F401  (re-exported for workflow tests)

PASSWORD = "correct horse battery staple"


def body_with_every_block(*, image, theme, place, person, words: str) -> dict:
    """StreamField form data using each block type, `words` in every text."""
    figure = {"image": image.pk, "caption": f"图说{words}", "credit": ""}
    section_content = streamfield(
        [
            ("paragraph", rich_text(f"<p>段落{words}</p>")),
            ("image", figure),
            ("pull_quote", {"text": f"引语{words}", "attribution": "陈明", "role": ""}),
            (
                "key_figure",
                {
                    "value": "505.8",
                    "unit": "亿元",
                    "label": f"产值{words}",
                    "place": place.pk,
                    "year": "2025",
                    "source": "统计公报",
                },
            ),
        ]
    )
    return streamfield(
        [
            ("paragraph", rich_text(f"<p>开头{words}</p>")),
            ("image", figure),
            (
                "section",
                {
                    "theme": theme.pk,
                    "heading": f"小标题{words}",
                    "subheading": "",
                    "content": section_content,
                },
            ),
            (
                "commentary",
                {
                    "title": f"评论{words}",
                    "author": person.pk,
                    "body": rich_text(f"<p>评论正文{words}</p>"),
                },
            ),
        ]
    )


def add_installment_url(series) -> str:
    return reverse(
        "wagtailadmin_pages:add", args=["series", "installmentpage", series.pk]
    )


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def workflow_action_url(page, action: str) -> str:
    task_state = page.current_workflow_task_state
    return reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk]
    )


def local_input(moment: dt.datetime) -> str:
    """A datetime as the admin's date-time widget submits it (local time)."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


@contextmanager
def clock_at(moment: dt.datetime):
    """Make Django, Wagtail and the cache believe it is `moment`.

    The cache keeps its own clock (time.time); it moves too, or entries set
    to expire with some content would outlive the jump in time.
    """
    cache_clock = SimpleNamespace(time=moment.timestamp)
    with (
        mock.patch("django.utils.timezone.now", return_value=moment),
        mock.patch("django.core.cache.backends.base.time", cache_clock),
        mock.patch("django.core.cache.backends.locmem.time", cache_clock),
    ):
        yield
