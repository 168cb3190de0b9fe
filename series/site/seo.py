"""What search engines and social cards read: canonical URLs, OpenGraph and Twitter tags.

Every reader page hands its template a `PageMeta`; includes/meta.html turns it into
<link rel="canonical"> and <meta> tags. URLs are absolute and built from the Wagtail
site's root URL, so they match the sitemap rather than whatever Host a request used.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator

from series.links import request_absolute_url
from series.site.pictures import shared_filter

# The search helper names its route; accept the names it may choose.
SEARCH_ROUTE_NAMES = ("series:search", "search")
SHARE_IMAGE_SPEC = "fill-1200x675-c80|format-jpeg"
DESCRIPTION_CHARS = 120


@dataclass
class PageMeta:
    """One page's metadata, absolute URLs only."""

    title: str
    canonical: str
    description: str = ""
    og_type: str = "website"
    image_url: str = ""
    image_width: int | None = None
    image_height: int | None = None
    image_alt: str = ""
    published: datetime | None = None
    modified: datetime | None = None
    section: str = ""
    author_urls: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def site_name(self) -> str:
        return str(settings.WAGTAIL_SITE_NAME)

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image_url else "summary"


def page_canonical(page, request) -> str:
    return request_absolute_url(request, page.get_url(request=request) or "")


def plain_description(*candidates: str) -> str:
    """The first non-empty text, without markup, cut to a search snippet's length."""
    for text in candidates:
        text = strip_tags(text or "").strip()
        if text:
            return Truncator(" ".join(text.split())).chars(DESCRIPTION_CHARS)
    return ""


def share_rendition(image):
    """The 16:9 JPEG every card and JSON-LD image uses, or None."""
    if image is None:
        return None
    # get_renditions, unlike get_rendition, does not write a rendition it found
    # prefetched or cached back to the cache on every call.
    return image.get_renditions(shared_filter(SHARE_IMAGE_SPEC))[SHARE_IMAGE_SPEC]


def with_image(meta: PageMeta, image, request, alt: str = "") -> PageMeta:
    rendition = share_rendition(image)
    if rendition is not None:
        meta.image_url = request_absolute_url(request, rendition.url)
        meta.image_width = rendition.width
        meta.image_height = rendition.height
        meta.image_alt = alt or image.alt_text
    return meta


def search_path() -> str:
    """Where the reader search lives, or "" while there is none."""
    for name in SEARCH_ROUTE_NAMES:
        try:
            return reverse(name)
        except NoReverseMatch:
            continue
    return ""
