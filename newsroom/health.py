"""/healthz for load balancers and monitors: 200 when the database (and Redis, when
configured) answer, 503 otherwise. Two round trips at most, never cached, no session."""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger("newsroom.health")


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError as error:
        logger.warning("healthz: database check failed (%s)", type(error).__name__)
        return False


def _redis_ok() -> bool | None:
    """None when the cache is not Redis; otherwise whether it answers PING."""
    client = getattr(cache, "client", None)
    if client is None or not hasattr(client, "get_client"):
        return None
    try:
        return bool(client.get_client(write=False).ping())
    except Exception as error:  # any redis-py/connection error means "down"
        logger.warning("healthz: redis check failed (%s)", type(error).__name__)
        return False


@never_cache
def healthz(request):
    checks = {"database": _database_ok()}
    redis = _redis_ok()
    if redis is not None:
        checks["redis"] = redis
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "unavailable", "checks": checks}
    return JsonResponse(body, status=200 if healthy else 503)
