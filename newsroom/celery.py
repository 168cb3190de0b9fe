"""The task queue: Celery on Redis (or RabbitMQ), for work that leaves the request.

Today that is newsletters (series/newsletters/tasks.py). A worker runs beside
gunicorn:

    celery -A newsroom worker --concurrency 2 --loglevel info

Broker from CELERY_BROKER_URL, else REDIS_URL. Without either (a quick local
run), tasks run in the process that queues them (settings: CELERY_TASK_ALWAYS_EAGER).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")

app = Celery("newsroom")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["series.newsletters"])
