"""Across processes and through Varnish, on loopback: a publish is seen at once.

A throwaway SQLite file with the demo site, two gunicorn servers sharing one Redis
database (their page cache), and varnishd with deploy/varnish/default.vcl in front
of one of them. A third process publishes a new title, as an editor's publish or
the scheduler would; the other server and Varnish must serve it on the next request.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import pytest

from tests.pagecache import servers
from tests.pagecache.conftest import redis_available

REDIS_URL = "redis://127.0.0.1:6379/14"
NEW_TITLE = "跨进程发布后的新标题"

pytestmark = [
    pytest.mark.skipif(
        not redis_available(), reason="Redis is not answering on 127.0.0.1:6379"
    ),
    # Its servers use their own SQLite file, whichever database the suite runs on.
    pytest.mark.single_pass,
]


def manage(env, *args) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=servers.ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def fetch(url: str) -> tuple[str, dict]:
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.read().decode(), dict(response.headers)


READ_URLS = """
import json
from series.models import InstallmentPage
page = InstallmentPage.objects.live().order_by("number").first()
print(json.dumps([page.url, page.series.url, "/"]))
"""
PUBLISH = f"""
from series.models import InstallmentPage
page = InstallmentPage.objects.live().order_by("number").first()
page.title = "{NEW_TITLE}"
page.save_revision().publish()
"""


@pytest.fixture(scope="module")
def stack():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-loopback-"))
    env = {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "REDIS_URL": REDIS_URL,
        "PAGE_CACHE_SECONDS": "600",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    }
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo")
    started = []
    try:
        started.append(servers.gunicorn(env))
        started.append(servers.gunicorn(env))
        if shutil.which("varnishd"):
            started.append(servers.varnish(started[0].port))
        yield env, started
    finally:
        for server in started:
            server.stop()
        redis.Redis.from_url(REDIS_URL).flushdb()
        shutil.rmtree(workdir, ignore_errors=True)


def test_publish_through_one_process_is_served_by_the_others_at_once(stack):
    env, (first, second, *edge) = stack
    if not edge:
        pytest.skip("varnishd is not installed (apt-get install varnish)")
    varnish = edge[0]
    urls = json.loads(manage(env, "shell", "-v0", "-c", READ_URLS).splitlines()[-1])
    for front in (first, second, varnish):
        for url in urls:
            fetch(front.url + url)
            body, headers = fetch(front.url + url)
            assert NEW_TITLE not in body
            if front is varnish:
                assert headers["X-Varnish-Cache"] == "hit", url
            else:
                assert headers["X-Page-Cache"] == "hit", url
    manage({**env, "VARNISH_URL": varnish.url}, "shell", "-c", PUBLISH)
    for front in (second, first, varnish):
        for url in urls:
            body, _headers = fetch(front.url + url)
            assert NEW_TITLE in body, (front.url, url)
