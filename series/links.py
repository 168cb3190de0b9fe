"""The site's absolute URLs: the one rule for canonical links, og:url, sitemaps,
structured data, feeds, WebSub pings and review e-mails.

The root is the Wagtail Site serving the request (or holding the page), so a
site moved to a new domain only needs its Site record changed. Without any
Site, ``WAGTAILADMIN_BASE_URL`` (from the environment; by default what
``make run`` serves, http://127.0.0.1:8000) is the root, as it already is for
the links in Wagtail's own e-mails. ``load_demo`` gives the demo Site that
same host and port, so every link agrees with the address in the browser.
"""

from __future__ import annotations

from urllib.parse import quote, urljoin, urlsplit

from django.conf import settings
from wagtail.models import Site


def base_url() -> str:
    """WAGTAILADMIN_BASE_URL without a trailing slash."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def base_host_port() -> tuple[str, int]:
    """Hostname and port of WAGTAILADMIN_BASE_URL, as a Wagtail Site stores them."""
    parts = urlsplit(base_url())
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname or "localhost", parts.port or default_port


def site_root_url(request=None, page=None) -> str:
    """scheme://host[:port] of the site serving ``request`` (or holding ``page``)."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None and page is not None and page.pk:
        site = page.get_site()
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url.rstrip("/") if site else base_url()


def absolute_url(url: str, root_url: str) -> str:
    """``url`` joined to ``root_url``; an absolute ``url`` stays as it is."""
    if not url:
        return root_url.rstrip("/") + "/"
    return urljoin(root_url.rstrip("/") + "/", url)


def request_absolute_url(request, url: str) -> str:
    """``url`` on the site serving ``request``; empty stays empty."""
    return absolute_url(url, site_root_url(request)) if url else ""


def child_url(parent_url: str | None, slug: str) -> str | None:
    """The URL Wagtail gives a child page, from its parent's URL and its slug.

    What `Page.get_url` returns for it (Django's reverse percent-encodes a
    Unicode slug the same way), without a page row or a reverse() per child;
    None, as Wagtail says, when the parent has no URL (outside every site).
    """
    if parent_url is None:
        return None
    return f"{parent_url.rstrip('/')}/{quote(slug, safe='')}/"
