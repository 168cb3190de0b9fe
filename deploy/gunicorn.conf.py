"""gunicorn settings for `make serve` and production (docs/deploy.md).

Every value can be overridden from the environment, so the same file serves a
laptop and an app server behind a load balancer.
"""

import multiprocessing
import os
import sys
from pathlib import Path

# The config is read before the app is imported: make the project importable.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsroom.jsonlog import json_logging

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# Sync workers: Django's ORM is synchronous; threads let a worker overlap slow clients.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Import Django and the app once in the master: workers fork ready, boot fast, share memory.
preload_app = True
graceful_timeout = 20
keepalive = 5
# Recycling workers bounds the damage of a slow leak.
max_requests = 2000
max_requests_jitter = 200
# The load balancer or proxy in front sets X-Forwarded-*; trust it only from here.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# No runtime control socket: several servers may share a machine (tests, blue/green).
control_socket_disable = True
wsgi_app = "newsroom.wsgi:application"
raw_env = [
    "DJANGO_SETTINGS_MODULE="
    + os.environ.get("DJANGO_SETTINGS_MODULE", "newsroom.settings.production")
]

# Logs to stdout, one JSON object a line like the application's (newsroom/jsonlog.py).
accesslog = "-"
errorlog = "-"
# The JSON formatter wraps this line in its "message".
access_log_format = '%(h)s "%(r)s" %(s)s %(B)sB %(M)sms "%(a)s"'
# The application's LOGGING shape, plus gunicorn's own loggers.
logconfig_dict = json_logging()
logconfig_dict["loggers"].update(
    {
        name: {"handlers": ["stdout"], "level": "INFO", "propagate": False}
        for name in ("gunicorn.error", "gunicorn.access")
    }
)
