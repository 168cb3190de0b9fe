"""The simpler search used when the search backend fails (issue #14, "Faults").

A broken index or backend must not cost readers the search page: the view falls back
to a plain substring match on headline and deck, newest first, and says so. If the
database itself is down this raises too, and the site's 503 page answers.
"""

import logging

from django.db.models import Q

from series.search.query import TieredResults

logger = logging.getLogger("series.search")


def simple_search(terms: list[str], scope) -> TieredResults:
    """Installments in `scope` whose title or deck contains every term."""
    pages = scope
    for term in terms:
        pages = pages.filter(Q(title__icontains=term) | Q(deck__icontains=term))
    return TieredResults([pages.order_by("-first_published_at", "pk")])


def log_failure(error: Exception) -> None:
    logger.exception(
        "search backend failed (%s); using simple search", type(error).__name__
    )
