"""import_installment FILE --series SLUG [--number N] [--dry-run] [--json]

Turns newspaper copy into a draft installment. Bad input stops with a message naming
the line and a non-zero exit, and writes nothing.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils.translation import gettext as _

from series.importer import MAX_COPY_BYTES, CopyError, ParsedCopy, parse_copy_bytes
from series.importer.decoding import check_size
from series.importer.mapping import installment_import_preview, theme_matcher
from series.models import SeriesPage
from series.services import installment_import


class Command(BaseCommand):
    help = _("把报纸稿件（UTF-8 或 GB18030 文本）导入为系列下的一篇草稿。")

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("稿件文件路径"))
        parser.add_argument("--series", required=True, help=_("系列的网址名（slug）"))
        parser.add_argument(
            "--number", type=int, help=_("篇序，优先于稿件副题里的“之几”")
        )
        parser.add_argument(
            "--dry-run", action="store_true", help=_("只解析和检查，不写入")
        )
        parser.add_argument("--json", action="store_true", help=_("输出 JSON"))

    def handle(self, *args, **options):
        series = self.find_series(options["series"])
        data = self.read(Path(options["file"]))
        try:
            parsed = parse_copy_bytes(data, themes=theme_matcher())
            if options["dry_run"]:
                installment_import_preview(
                    series=series, parsed=parsed, number=options["number"]
                )
                self.report_dry_run(parsed, as_json=options["json"])
                return
            page, warnings = installment_import(
                series=series, parsed=parsed, number=options["number"]
            )
        except CopyError as error:
            raise CommandError(str(error)) from error
        self.report_created(page, warnings, as_json=options["json"])

    def find_series(self, slug: str) -> SeriesPage:
        series = SeriesPage.objects.filter(slug=slug).first()
        if series is None:
            known = "、".join(SeriesPage.objects.values_list("slug", flat=True)) or "—"
            raise CommandError(
                _("找不到网址名为“%(slug)s”的系列。现有系列：%(known)s")
                % {"slug": slug, "known": known}
            )
        return series.specific

    def read(self, path: Path) -> bytes:
        try:
            # Refuse an oversize file before reading it into memory.
            check_size(path.stat().st_size)
            with path.open("rb") as handle:
                return handle.read(MAX_COPY_BYTES + 1)
        except CopyError as error:
            raise CommandError(str(error)) from error
        except OSError as error:
            raise CommandError(
                _("无法读取文件 %(path)s：%(reason)s")
                % {"path": path, "reason": error.strerror or error}
            ) from error

    def report_dry_run(self, parsed: ParsedCopy, *, as_json: bool) -> None:
        if as_json:
            self.stdout.write(json.dumps(parsed.as_dict(), ensure_ascii=False))
            return
        values = {"title": parsed.title, "number": parsed.number}
        self.stdout.write(_("标题：%(title)s（第 %(number)d 篇）") % values)
        for section in parsed.sections:
            theme = section.theme or _("无主题")
            self.stdout.write(
                f"  ## {section.heading} [{theme}] ×{len(section.paragraphs)}"
            )
        for sidebar in parsed.sidebars:
            self.stdout.write(f"  ## {sidebar.title} — {'、'.join(sidebar.authors)}")
        self.write_warnings(parsed.warnings)
        self.stdout.write(_("试运行：没有写入任何内容。"))

    def report_created(self, page, warnings, *, as_json: bool) -> None:
        admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "wagtailadmin_pages:edit", args=[page.pk]
        )
        if as_json:
            result = {
                "page_id": page.pk,
                "admin_url": admin_url,
                "warnings": [warning.as_dict() for warning in warnings],
            }
            self.stdout.write(json.dumps(result, ensure_ascii=False))
            return
        self.write_warnings(warnings)
        self.stdout.write(
            self.style.SUCCESS(
                _("已创建草稿《%(title)s》（第 %(number)d 篇，未发布）：%(url)s")
                % {"title": page.title, "number": page.number, "url": admin_url}
            )
        )

    def write_warnings(self, warnings) -> None:
        for warning in warnings:
            self.stderr.write(self.style.WARNING(warning.message))
