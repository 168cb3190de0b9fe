"""Long reader listings in pages: a series' installments, a theme's sections, a
person's or a place's installments. Every reader page stays bounded in size and
work however large the archive grows (issue #13).
"""

from django.core.paginator import Page, Paginator


def paginated(request, items, per_page: int) -> Page:
    """The requested page (?page=N) of `items`; a bad or too-high N gives the nearest."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def paginated_url(url: str, listing: Page) -> str:
    """Page 1 is the listing's own URL; later pages are their own canonical URLs."""
    return url if listing.number == 1 else f"{url}?page={listing.number}"
