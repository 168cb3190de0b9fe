"""The demo series: one call builds (or confirms) the whole demo site.

`demo_load()` is what `manage.py load_demo` runs. It is idempotent: everything is
matched by slug, title or name and compared before writing, so a second run changes
nothing. It runs in one transaction; images written during a failed run are removed.

Modules: content.py (all demo copy, as data), images.py (pictures drawn with Pillow),
snippets.py (images, themes, places, people), pages.py (site, home, series, installments).
"""

from django.core.files.storage import default_storage
from django.db import transaction

from demo import content
from demo.pages import (
    Refs,
    home_sync,
    installment_sync,
    series_sync,
    site_sync,
)
from demo.snippets import images_sync, people_sync, places_sync, themes_sync
from demo.summary import DemoSummary

__all__ = ["DemoSummary", "demo_load"]


def demo_load(*, stdout=None) -> DemoSummary:
    summary = DemoSummary()
    try:
        with transaction.atomic():
            demo_build(summary=summary)
    except Exception:
        files_discard(summary.files_written)
        raise
    if stdout is not None:
        for line in summary.lines():
            stdout.write(line)
    return summary


def demo_build(*, summary: DemoSummary) -> None:
    images = images_sync(summary=summary)
    refs = Refs(
        images=images,
        themes=themes_sync(summary=summary),
        places=places_sync(summary=summary),
        people=people_sync(images=images, summary=summary),
    )
    home = home_sync(summary=summary)
    site_sync(home=home, summary=summary)
    series = series_sync(home=home, refs=refs, summary=summary)
    for data in content.INSTALLMENTS:
        installment_sync(series=series, data=data, refs=refs, summary=summary)


def files_discard(names: list[str]) -> None:
    """The database rolled back; files it referred to would be orphans."""
    for name in names:
        if name and default_storage.exists(name):
            default_storage.delete(name)
