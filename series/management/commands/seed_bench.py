"""python manage.py seed_bench --installments N: the ``bench`` series with N parts.

Deterministic and idempotent: a second run with the same N changes nothing, a
larger N extends the series. Progress goes to stderr. Works under production
settings (``make bench`` uses it).
"""

from __future__ import annotations

import sys
import time
from types import SimpleNamespace

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from series.bench import vocabulary
from series.bench.installments import children_of, installments_extend
from series.models import HomePage, Role, SeriesPage

MAX_INSTALLMENTS = 30_000  # the number field is a small integer


class Command(BaseCommand):
    help = "Build or extend the benchmark series (slug 'bench') to N installments."

    def add_arguments(self, parser):
        parser.add_argument("--installments", type=int, required=True)
        parser.add_argument("--chunk", type=int, default=500)

    def handle(self, *args, installments: int, chunk: int, **options):
        if not 1 <= installments <= MAX_INSTALLMENTS:
            raise CommandError(f"--installments 必须在 1 到 {MAX_INSTALLMENTS} 之间。")
        home = HomePage.objects.first()
        if home is None:
            raise CommandError("没有首页：请先运行 migrate 和 load_demo。")
        series = series_ensure(home)
        refs = refs_ensure()
        have = children_of(series).count()
        bar = ProgressBar(total=max(installments - have, 0))
        installments_extend(
            series=series, upto=installments, refs=refs, chunk=chunk, tick=bar.tick
        )
        bar.done()
        if connection.vendor == "postgresql":
            # After a bulk load, as PostgreSQL's manual advises: planner statistics
            # for the new rows (autovacuum would get there later, after the bench).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        total = children_of(series).count()
        self.stdout.write(f"bench: {total} installments ({total - have} new)")


def series_ensure(home) -> SeriesPage:
    series = SeriesPage.objects.child_of(home).filter(slug="bench").first()
    if series is None:
        series = SeriesPage(
            title="基准测试系列",
            slug="bench",
            kicker="基准测试",
            strapline="性能测试用",
        )
        home.add_child(instance=series)
        series.save_revision().publish()
    return SeriesPage.objects.get(pk=series.pk)


def refs_ensure() -> SimpleNamespace:
    people = vocabulary.people_ensure()
    return SimpleNamespace(
        reporters=[p for p in people if p.default_role == Role.REPORTER],
        commentators=[p for p in people if p.default_role == Role.COMMENTATOR],
        editors=people[:3],
        themes=vocabulary.themes_ensure(),
        places=vocabulary.places_ensure(),
        images=vocabulary.images_ensure(),
    )


class ProgressBar:
    """A one-line bar on stderr: `[#####     ] 5000/10000  12.3 s`."""

    WIDTH = 30

    def __init__(self, total: int):
        self.total, self.count, self.started = total, 0, time.monotonic()

    def tick(self, count: int) -> None:
        self.count += count
        filled = self.WIDTH * self.count // max(self.total, 1)
        elapsed = time.monotonic() - self.started
        sys.stderr.write(
            f"\r[{'#' * filled}{' ' * (self.WIDTH - filled)}] "
            f"{self.count}/{self.total}  {elapsed:.1f} s"
        )
        sys.stderr.flush()

    def done(self) -> None:
        if self.total:
            sys.stderr.write("\n")
