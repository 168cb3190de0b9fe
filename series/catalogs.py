"""Compile the project's gettext catalogs (locale/**/*.po -> .mo) in pure Python.

The .mo files are build output and stay out of git; `make run`, `make test`, the
production build (`manage.py compile_translations`) and the test session
(tests/conftest.py) compile them, so no machine needs GNU gettext. Imports nothing
from Django, so it can run before settings load.
"""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def compile_catalogs(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Write each catalog's .mo beside its .po when missing or older; return those written."""
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        written.append(mo_path)
    return written
