"""Helpers for tests that run the real production stack: a PostgreSQL database with
the demo site, and gunicorn with production settings (deploy/gunicorn.conf.py)."""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import dj_database_url
import psycopg
import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
SECRET = "served-test-" + "k7Q" * 20
HTTPS = {"X-Forwarded-Proto": "https"}


def server_url() -> str:
    """The PostgreSQL server these tests make their own databases on.

    They never touch the test database, so make test runs them in the SQLite pass
    and names the server in TEST_POSTGRES_URL; run alone, DATABASE_URL does.
    """
    url = os.environ.get("TEST_POSTGRES_URL") or os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        pytest.skip("needs a PostgreSQL server (TEST_POSTGRES_URL=postgres://…)")
    return url


def database_url(server: str, name: str) -> str:
    parts = dj_database_url.parse(server)
    auth = parts["USER"] + (f":{parts['PASSWORD']}" if parts["PASSWORD"] else "")
    return f"postgres://{auth}@{parts['HOST']}:{parts['PORT'] or 5432}/{name}"


def recreate_database(server: str, name: str) -> str:
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return database_url(server, name)


def drop_database(server: str, name: str) -> None:
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_env(database: str, media: Path, static: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings.production",
        DJANGO_SECRET_KEY=SECRET,
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=database,
        MEDIA_ROOT=str(media),
        DJANGO_STATIC_ROOT=str(static),
        WEB_CONCURRENCY="2",
        GUNICORN_THREADS="4",
        GUNICORN_TIMEOUT="120",
    )
    env.pop("REDIS_URL", None)
    return env


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return result.stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, headers=None, timeout=60) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, headers=HTTPS if headers is None else headers)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@contextlib.contextmanager
def gunicorn(env: dict, log: Path, port: int | None = None):
    """gunicorn on `port` (or a free one); yields its base URL once /healthz answers."""
    port = port or free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"],
            cwd=ROOT,
            env={**env, "PORT": str(port)},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _answers(base), 120, log)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=60)


def _answers(base: str) -> bool:
    try:
        return get(base + "/healthz", timeout=10)[0] in (200, 503)
    except OSError:
        return False


def wait_until(condition, seconds: float, log: Path | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    tail = log.read_text()[-3000:] if log else ""
    raise AssertionError(f"not ready after {seconds}s\n{tail}")
