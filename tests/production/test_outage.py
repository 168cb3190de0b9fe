"""A real database outage: a throwaway PostgreSQL cluster (initdb + pg_ctl on its own
port, in a temp dir) holding the demo site, gunicorn pointed at it; the cluster is
stopped mid-run (every page not in the page cache 503 with the Chinese page, cached
ones still served) and started again (200).
The machine's own PostgreSQL is only read from (pg_dump of the demo database)."""

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.production.served import database_url, free_port, get, gunicorn, wait_until

# Its own PostgreSQL database and servers, whichever database the suite runs on:
# one pass of make test runs it.
pytestmark = pytest.mark.single_pass

PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1:] or [""]
PAGES = [
    "/",
    "/xianyu-jingji/",
    "/themes/innovation/",
    "/feed/",
    "/search/?q=%E5%8E%BF%E5%9F%9F",
]
# Never requested before the outage, so never in the page cache.
UNVISITED = ["/themes/talent/", "/search/?q=%E4%BA%BA%E6%89%8D"]


def as_postgres(*command: str) -> list[str]:
    # initdb refuses to run as root; the cluster then belongs to the postgres user.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return list(command)


def pg(tool: str, *args: str, timeout=120) -> None:
    result = subprocess.run(
        as_postgres(os.path.join(PG_BIN[0], tool), *args),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def throwaway_cluster(demo_database):
    if not os.path.exists(os.path.join(PG_BIN[0], "initdb")):
        pytest.fail("PostgreSQL server binaries missing (apt-get install postgresql)")
    # Directly under /tmp: pytest's own temp folders are closed to the postgres user.
    root = Path(tempfile.mkdtemp(prefix="newsroom-outage-"))
    data, sockets = root / "data", root / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    port = free_port()
    pg("initdb", "-D", str(data), "--auth=trust", "-U", "postgres", "-E", "UTF8")
    options = f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
    cluster = {"data": str(data), "options": options, "log": str(root / "pg.log")}
    start(cluster)
    url = database_url(f"postgres://postgres@127.0.0.1:{port}/postgres", "newsroom")
    dump = root / "demo.dump"
    subprocess.run(
        [
            "pg_dump",
            "-Fc",
            "-f",
            str(dump),
            database_url(demo_database.server, demo_database.name),
        ],
        check=True,
        timeout=120,
    )
    subprocess.run(
        ["createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "newsroom"],
        check=True,
    )
    subprocess.run(
        ["pg_restore", "--no-owner", "-d", url, str(dump)], check=True, timeout=300
    )
    yield cluster, url
    subprocess.run(
        as_postgres(
            os.path.join(PG_BIN[0], "pg_ctl"),
            "-D",
            str(data),
            "-m",
            "immediate",
            "stop",
        ),
        capture_output=True,
    )
    shutil.rmtree(root, ignore_errors=True)


def start(cluster) -> None:
    pg(
        "pg_ctl",
        "-D",
        cluster["data"],
        "-o",
        cluster["options"],
        "-l",
        cluster["log"],
        "-w",
        "start",
    )


def stop(cluster) -> None:
    pg("pg_ctl", "-D", cluster["data"], "-m", "fast", "-w", "stop")


def test_pages_answer_503_while_the_database_is_down_and_recover(
    throwaway_cluster, demo_database
):
    cluster, url = throwaway_cluster
    env = {**demo_database.env, "DATABASE_URL": url}
    with gunicorn(env, demo_database.root / "gunicorn-outage.log") as base:
        for path in PAGES:
            assert get(base + path)[0] == 200, path

        stop(cluster)
        # A page already in the page cache is still served from it: for its
        # readers there is no outage. Everything else gets the 503 page.
        for path in [*PAGES, *UNVISITED]:
            status, headers, body = get(base + path)
            if status == 200 and path in PAGES:
                assert headers.get("X-Page-Cache") == "hit", path
                continue
            assert status == 503, (path, status)
            assert "网站暂时无法访问" in body and '<html lang="zh-Hans">' in body
            for leak in (
                "Traceback",
                "psycopg",
                "OperationalError",
                "5432",
                "connection",
            ):
                assert leak not in body, (path, leak)
            assert "no-store" in headers["Cache-Control"]
        assert get(base + "/healthz", headers={})[0] == 503

        start(cluster)
        # Kept connections are health-checked and replaced: no restart needed.
        wait_until(lambda: get(base + "/healthz", headers={})[0] == 200, 30)
        for path in [*PAGES, *UNVISITED]:
            assert get(base + path)[0] == 200, path
