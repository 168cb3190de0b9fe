"""Queries per uncached page, in-process (run by bench_pages.py with its settings).

Prints {name: queries} as JSON on the last line. Each URL is requested once first,
as a warm server would have its image renditions.
"""

import json
import sys

import django
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def main() -> None:
    django.setup()
    settings.PAGE_CACHE_SECONDS = 0
    urls = json.loads(sys.argv[1])
    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        counts[name] = len(captured)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
