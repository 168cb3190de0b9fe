"""A burst of requests across page types against a running server; exit 1 on any error.

    BASE_URL=http://127.0.0.1:8000 REQUESTS=2000 CONCURRENCY=50 python deploy/burst.py

Page paths come from the site's own sitemap (home, series, installments, themes,
people, places) plus feeds, search, the API and /healthz. Each path gets its share of
the requests from one Apache Bench (`ab`, Debian's apache2-utils) process; all of them
run at once. Requests carry X-Forwarded-Proto: https, as a TLS-terminating proxy
would send, so production settings answer instead of redirecting.
"""

import os
import re
import subprocess
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

PROXY_HEADER = "X-Forwarded-Proto: https"
# The first path of each kind found in the sitemap, by its first path segment.
SITEMAP_KINDS = ("themes", "people", "places")
EXTRA_PATHS = ("/feed/", "/search/?q=%E5%8E%BF%E5%9F%9F", "/api/v2/pages/", "/healthz")


def fetch(base: str, path: str, timeout: float = 30) -> str:
    request = urllib.request.Request(
        base + path, headers={"X-Forwarded-Proto": "https"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read().decode("utf-8")


def page_paths(base: str) -> list[str]:
    """Home, a series, two installments and one theme, person and place page."""
    locations = re.findall(r"<loc>([^<]+)</loc>", fetch(base, "/sitemap.xml"))
    paths = [urlsplit(location).path for location in locations]
    chosen = ["/"]
    by_depth = [
        p for p in paths if p.count("/") == 2 and p.split("/")[1] not in SITEMAP_KINDS
    ]
    deeper = [
        p for p in paths if p.count("/") == 3 and p.split("/")[1] not in SITEMAP_KINDS
    ]
    chosen += by_depth[:1] + deeper[:2]
    for kind in SITEMAP_KINDS:
        chosen += [p for p in paths if p.startswith(f"/{kind}/")][:1]
    return chosen


def run_ab(base: str, path: str, requests: int, concurrency: int) -> dict:
    command = ["ab", "-q", "-n", str(requests), "-c", str(concurrency), "-s", "60"]
    command += ["-H", PROXY_HEADER, base + path]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    output = result.stdout
    return {
        "path": path,
        "complete": _count(output, "Complete requests"),
        # ab counts a body whose length differs from the first as "failed"; pages
        # with per-request nonces may differ legitimately, so only real failures count.
        "failed": _count(output, "Failed requests") - _count(output, r"\(.*Length"),
        "non_2xx": _count(output, "Non-2xx responses"),
        "ab_error": result.stderr.strip().splitlines()[-1:]
        if result.returncode
        else [],
    }


def _count(ab_output: str, label: str) -> int:
    """A number from ab's report; ab omits "Non-2xx responses" when there are none."""
    match = re.search(rf"{label}:\s*(\d+)", ab_output)
    return int(match[1]) if match else 0


def warm_up(base: str, paths: list[str]) -> None:
    """One request per path first: image renditions are made on a page's first view."""
    for path in paths:
        fetch(base, path, timeout=600)


def burst(base: str, total: int, concurrency: int) -> list[dict]:
    paths = page_paths(base) + list(EXTRA_PATHS)
    warm_up(base, paths)
    share, extra = divmod(total, len(paths))
    per_path = max(1, concurrency // len(paths))
    jobs = [(p, share + (1 if i < extra else 0)) for i, p in enumerate(paths)]
    with ThreadPoolExecutor(len(jobs)) as pool:
        return list(pool.map(lambda job: run_ab(base, job[0], job[1], per_path), jobs))


def main() -> int:
    base = os.environ.get("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
    total = int(os.environ.get("REQUESTS", "2000"))
    concurrency = int(os.environ.get("CONCURRENCY", "50"))
    results = burst(base, total, concurrency)
    for row in results:
        print(
            f"{row['path']}: {row['complete']} done, {row['failed']} failed, {row['non_2xx']} non-2xx"
        )
    done = sum(r["complete"] for r in results)
    errors = sum(r["failed"] + r["non_2xx"] for r in results)
    print(f"burst: {done} requests, {errors} errors")
    return 0 if done == total and errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
