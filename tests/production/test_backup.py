"""`make backup` then `make restore` into a fresh database and media folder: the
restored site, served by gunicorn, answers the same pages as the original."""

import os
import re
import subprocess

import pytest

from tests.production.served import (
    ROOT,
    drop_database,
    free_port,
    get,
    gunicorn,
    recreate_database,
)

# Its own PostgreSQL database and servers, whichever database the suite runs on:
# one pass of make test runs it.
pytestmark = pytest.mark.single_pass

PAGES = [
    "/",
    "/xianyu-jingji/",
    "/xianyu-jingji/chuangxin-tuwei/",
    "/themes/innovation/",
    "/people/yao-xueqing/",
    "/places/jiangyin/",
    "/feed/",
    "/sitemap.xml",
    "/api/v2/pages/?limit=20",
]


def make(target: str, env: dict) -> str:
    result = subprocess.run(
        ["make", "--no-print-directory", target],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def comparable(body: str) -> str:
    # Per-request values: the CSP nonce.
    return re.sub(r'nonce="[^"]+"', 'nonce=""', body)


def snapshot(base: str) -> dict[str, str]:
    pages = {}
    for path in PAGES:
        status, _, body = get(base + path)
        assert status == 200, path
        pages[path] = comparable(body)
    return pages


def files_under(folder) -> dict[str, int]:
    return {
        str(path.relative_to(folder)): path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file()
    }


def test_backup_then_restore_serves_the_same_pages(demo_database):
    original = demo_database.env
    backups = demo_database.root / "backups"
    make("backup", {**original, "BACKUP_DIR": str(backups)})
    assert (backups / "latest" / "db.dump").stat().st_size > 0

    name = demo_database.name + "_restored"
    restored_url = recreate_database(demo_database.server, name)
    restored_media = demo_database.root / "restored-media"
    restored = {
        **original,
        "DATABASE_URL": restored_url,
        "MEDIA_ROOT": str(restored_media),
    }
    try:
        make("restore", {**restored, "BACKUP_DIR": str(backups)})
        media = demo_database.root / "media"
        assert files_under(restored_media) == files_under(media)
        assert files_under(media), "the demo wrote no media to back up"
        # One port for both: pages carry absolute URLs.
        port = free_port()
        with gunicorn(original, demo_database.root / "gunicorn-a.log", port) as base:
            before = snapshot(base)
        with gunicorn(restored, demo_database.root / "gunicorn-b.log", port) as base:
            after = snapshot(base)
        for path in PAGES:
            assert after[path] == before[path], path
    finally:
        drop_database(demo_database.server, name)


def test_restore_without_a_backup_says_so(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://nowhere/none",
        "BACKUP_DIR": str(tmp_path),
    }
    result = subprocess.run(
        ["make", "--no-print-directory", "restore"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "No backup at" in result.stderr
