"""The queue for real: a Celery worker process on Redis sends an installment's
newsletter through the local SMTP server. PostgreSQL only: the worker must see
the test's committed rows, and SQLite's test database lives in this process."""

import os
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from newsroom.celery import app
from series.models import Follower, Following
from tests.newsletters.test_newsletters import new_draft

pytestmark = pytest.mark.django_db(transaction=True)
BROKER = "redis://127.0.0.1:6379/13"


@pytest.fixture
def worker(smtp_server):
    if connection.vendor != "postgresql":
        pytest.skip("a worker process shares the test database only on PostgreSQL")
    controller, handler = smtp_server
    handler.messages.clear()
    queue = f"newsroom-test-{os.getpid()}"
    db = settings.DATABASES["default"]
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "CELERY_BROKER_URL": BROKER,
        "CELERY_QUEUE": queue,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": controller.hostname,
        "EMAIL_PORT": str(controller.port),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "newsroom",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--without-mingle",
            "--without-gossip",
            "-l",
            "warning",
        ],
        env=env,
        cwd=settings.BASE_DIR,
    )
    saved = dict(app.conf)
    app.conf.update(
        task_always_eager=False, broker_url=BROKER, task_default_queue=queue
    )
    _drop_connections()
    try:
        yield handler.messages
    finally:
        app.conf.update(
            task_always_eager=saved["task_always_eager"],
            broker_url=saved["broker_url"],
            task_default_queue=saved["task_default_queue"],
        )
        _drop_connections()
        process.terminate()
        process.wait(timeout=20)


def _drop_connections():
    """Make Celery look up its producer pool again, for the broker now configured.

    Celery keeps the pool for the app's life, and even eager tasks acquire from
    it. The old pool stays open in kombu's registry for when the settings return.
    """
    app._pool = None
    app.amqp._producer_pool = None


def test_a_worker_sends_the_newsletter(series, worker):
    follower = Follower.objects.create(email="reader@example.com")
    Following.objects.create(
        follower=follower, series=series, confirmed_at=timezone.now()
    )
    page = new_draft(series, 1, "创新突围看县域")
    page.save_revision().publish()  # commits: the issue goes to the queue

    deadline = time.monotonic() + 60
    while not worker and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [m["To"] for m in worker] == ["reader@example.com"]
    assert "创新突围看县域" in str(worker[0]["Subject"])
