"""Reader pages under load: PostgreSQL, production settings, gunicorn, wrk, Varnish.

For each archive size in BENCH_SIZES (default 100,1000,10000) the ``bench`` series
is built or extended with ``seed_bench`` in a throwaway database (newsroom_bench),
then per page type (home, series, installment, theme, person, place, feed, sitemap,
search) it measures:

- queries of an uncached request (in-process, page cache off);
- uncached median and p95 of one client against gunicorn with the page cache off;
- cached requests/s with wrk (-t2 -c8 -d5s) through gunicorn with the page cache on
  (Redis) and through Varnish (deploy/varnish/default.vcl) in front of it;

and in the same run the ceilings at each page's size (two significant digits): a
constant WSGI response of that size on the same gunicorn, and Varnish serving it as
a static object, with each page's cached req/s as a share of them;
plus gunicorn worker memory after 1,000 and after 10,000 cached requests.
Prints a table and writes benchmarks/results/<date>.json. Measures; asserts nothing.

    BENCH_SIZES=100,1000 .venv/bin/python benchmarks/bench_pages.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.pagecache import servers  # noqa: E402

BENCH_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsroom_bench"
)
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "100,1000,10000").split(",")]
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
WRK_ARGS = ["-t2", "-c8", os.environ.get("BENCH_WRK_DURATION", "-d5s")]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
TARGETS = {
    "installment_median_ms_at_1000": 25,
    "cached_vs_constant": 0.8,
    "varnish_vs_static": 0.8,
    "rss_growth": 0.10,
}


def page_urls(size: int) -> dict[str, str]:
    return {
        "home": "/",
        "series": "/bench/",
        "installment": f"/bench/part-{max(1, size // 2)}/",
        "theme": "/themes/bench-theme-1/",
        "person": "/people/bench-person-1/",
        "place": "/places/{place}/",
        "feed": "/bench/feed/",
        "sitemap": "/sitemap.xml",
        "search": "/search/?q=%E5%8E%BF%E5%9F%8E",
    }


def base_env(workdir: Path) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
        "DJANGO_SECRET_KEY": os.environ.get(
            "BENCH_SECRET_KEY", secrets.token_urlsafe(50)
        ),
        "DJANGO_ALLOWED_HOSTS": os.environ.get(
            "BENCH_ALLOWED_HOSTS", "127.0.0.1,localhost"
        ),
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": BENCH_URL,
        "DJANGO_STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "REDIS_URL": BENCH_REDIS_URL,
        "PYTHONPATH": str(ROOT),
    }


def manage(env, *args) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr}")
    sys.stderr.write(result.stderr)
    return result.stdout


def recreate_database() -> None:
    name = BENCH_URL.rsplit("/", 1)[1]
    admin = BENCH_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database() -> None:
    name = BENCH_URL.rsplit("/", 1)[1]
    admin = BENCH_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flush_redis() -> None:
    import redis

    redis.Redis.from_url(BENCH_REDIS_URL).flushdb()


def get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.read()


def timings(base: str, path: str) -> tuple[float, float]:
    get(base + path)
    samples = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        get(base + path)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def wrk(url: str) -> tuple[float, int]:
    """(requests/s, total requests) from wrk."""
    get(url)  # fill the caches first
    out = subprocess.run(
        ["wrk", *WRK_ARGS, url], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    return rate, total


def worker_rss_kb(server) -> int:
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
    total = 0
    for pid in children.read_text().split():
        status = Path(f"/proc/{pid}/status").read_text()
        total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    return total


def rss_after(server, path: str) -> dict[str, int]:
    url = server.url + path
    for _ in range(1000):
        get(url)
    after_1000 = worker_rss_kb(server)
    done = 1000
    while done < 10_000:
        done += wrk(url)[1]
    return {"after_1000_kb": after_1000, "after_10000_kb": worker_rss_kb(server)}


def measure_size(env, size: int, place: str) -> dict:
    manage(env, "seed_bench", "--installments", str(size))
    urls = {k: v.format(place=place) for k, v in page_urls(size).items()}
    queries = json.loads(
        manage(env, "shell", "-v0", "-c", _queries_script(urls)).splitlines()[-1]
    )
    flush_redis()
    uncached = servers.gunicorn({**env, "PAGE_CACHE_SECONDS": "0"}, workers=WORKERS)
    cached = servers.gunicorn(env, workers=WORKERS)
    edge = servers.varnish(cached.port) if shutil.which("varnishd") else None
    rows = {}
    try:
        for name, path in urls.items():
            try:
                rows[name] = measure_page(name, path, queries, uncached, cached, edge)
            except OSError as error:  # a page too slow to answer: record, go on
                rows[name] = {"queries": queries[name], "error": str(error)}
        memory = rss_after(cached, urls["installment"])
    finally:
        for server in (edge, cached, uncached):
            if server:
                server.stop()
    return {"pages": rows, "worker_rss": memory}


def measure_page(name, path, queries, uncached, cached, edge) -> dict:
    median, p95 = timings(uncached.url, path)
    return {
        "queries": queries[name],
        "uncached_median_ms": round(median, 1),
        "uncached_p95_ms": round(p95, 1),
        "cached_rps_gunicorn": wrk(cached.url + path)[0],
        "cached_rps_varnish": wrk(edge.url + path)[0] if edge else None,
        "bytes": len(get(cached.url + path)),
    }


def _queries_script(urls) -> str:
    return (
        "import json, runpy, sys; "
        f"sys.argv = ['page_queries', {json.dumps(json.dumps(urls))}]; "
        f"runpy.run_path({str(ROOT / 'benchmarks' / 'page_queries.py')!r}, "
        "run_name='__main__')"
    )


def size_class(size_bytes: int) -> int:
    """The size a page's ceiling is measured at: two significant digits."""
    digits = max(len(str(size_bytes)) - 2, 0)
    return round(size_bytes, -digits)


def ceilings(sizes: set[int]) -> dict[int, dict]:
    """Per response size: the constant response's req/s through the same gunicorn,
    and Varnish serving it as a static object."""
    env = {"PYTHONPATH": str(ROOT / "benchmarks")}
    constant = servers.gunicorn_app(
        "constant_app:application", env, workers=WORKERS, probe="/"
    )
    edge = servers.varnish(constant.port) if shutil.which("varnishd") else None
    try:
        return {
            size: {
                "constant_rps_gunicorn": wrk(f"{constant.url}/?bytes={size}")[0],
                "static_rps_varnish": (
                    wrk(f"{edge.url}/?bytes={size}")[0] if edge else None
                ),
            }
            for size in sorted(sizes)
        }
    finally:
        for server in (edge, constant):
            if server:
                server.stop()


def with_ratios(results: dict) -> None:
    """Each page's cached req/s as a share of the ceilings at its own size."""
    for data in results["sizes"].values():
        for row in data["pages"].values():
            if "error" in row:
                continue
            ceiling = results["ceilings"][size_class(row["bytes"])]
            row["vs_constant"] = round(
                row["cached_rps_gunicorn"] / ceiling["constant_rps_gunicorn"], 2
            )
            if row["cached_rps_varnish"] and ceiling["static_rps_varnish"]:
                row["vs_static"] = round(
                    row["cached_rps_varnish"] / ceiling["static_rps_varnish"], 2
                )


def print_table(results: dict) -> None:
    print("ceilings (constant WSGI response through gunicorn / static object")
    print("through Varnish, req/s) at each page size in this run:")
    for size, ceiling in sorted(results["ceilings"].items()):
        print(
            f"  {size} bytes: {ceiling['constant_rps_gunicorn']:.0f} / "
            f"{ceiling['static_rps_varnish'] or 0:.0f}"
        )
    print(
        "| size | page | bytes | queries | uncached median ms | p95 ms "
        "| cached req/s gunicorn (of constant) | cached req/s Varnish (of static) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for size, data in results["sizes"].items():
        for name, row in data["pages"].items():
            if "error" in row:
                print(f"| {size} | {name} | | {row['queries']} | {row['error']} ||||")
                continue
            print(
                f"| {size} | {name} | {row['bytes']} | {row['queries']} "
                f"| {row['uncached_median_ms']} | {row['uncached_p95_ms']} "
                f"| {row['cached_rps_gunicorn']:.0f} ({_percent(row, 'vs_constant')}) "
                f"| {row['cached_rps_varnish'] or 0:.0f} "
                f"({_percent(row, 'vs_static')}) |"
            )
        rss = data["worker_rss"]
        print(
            f"| {size} | worker RSS (all workers) after 1,000 / 10,000 requests "
            f"| | {rss['after_1000_kb'] // 1024} MB / "
            f"{rss['after_10000_kb'] // 1024} MB | | | | |"
        )


def _percent(row: dict, key: str) -> str:
    return f"{row[key]:.0%}" if key in row else "–"


def main() -> int:
    if not shutil.which("wrk"):
        print("wrk is not installed (apt-get install wrk)")
        return 1
    workdir = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    env = base_env(workdir)
    results = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} CPUs",
        "workers": WORKERS,
        "wrk": " ".join(WRK_ARGS),
        "targets": TARGETS,
        "sizes": {},
    }
    try:
        recreate_database()
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        # The demo app is installed in development only: load it with those settings.
        manage({**env, "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev"}, "load_demo")
        place = manage(env, "shell", "-v0", "-c", _PLACE).splitlines()[-1]
        for size in sorted(SIZES):
            print(f"== {size} installments ==", flush=True)
            results["sizes"][size] = measure_size(env, size, place)
            write_results(results)  # a later size failing keeps this one
        results["ceilings"] = ceilings(
            {
                size_class(row["bytes"])
                for data in results["sizes"].values()
                for row in data["pages"].values()
                if "bytes" in row
            }
        )
        with_ratios(results)
    finally:
        drop_database()
        shutil.rmtree(workdir, ignore_errors=True)
    print_table(results)
    print(f"written: {write_results(results).relative_to(ROOT)}")
    return 0


def write_results(results: dict) -> Path:
    out = ROOT / "benchmarks" / "results" / f"{dt.date.today().isoformat()}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return out


_PLACE = (
    "from series.models import Place; "
    "print(Place.objects.get(name='江阴', province='江苏').slug)"
)

if __name__ == "__main__":
    sys.exit(main())
