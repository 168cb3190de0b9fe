"""Error pages that must render without the database.

A database outage is not a bug of ours: readers get 503 and a Chinese page that
says so, with Retry-After, and nothing is cached. The page is a static template
(templates/503.html) so rendering it touches neither the database nor the session.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views import defaults

logger = logging.getLogger("newsroom.outage")

RETRY_AFTER_SECONDS = 30
DATABASE_ERRORS = (OperationalError, InterfaceError)


def database_unavailable(request, exception):
    # One line, no traceback: the outage is logged, the driver's words stay out of the page.
    logger.error(
        "database unavailable: %s %s (%s)",
        request.method,
        request.path,
        type(exception).__name__,
    )
    response = HttpResponse(
        loader.render_to_string("503.html"), status=503, content_type="text/html"
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name=defaults.ERROR_500_TEMPLATE_NAME):
    """handler500: a database error raised outside a view still answers 503."""
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_ERRORS):
        return database_unavailable(request, exception)
    return defaults.server_error(request, template_name=template_name)
