"""API v2 endpoints that never show drafts, private, scheduled or expired content.

Wagtail's own pages endpoint lets a visitor who has passed a page's password or
login restriction see that page; an app API must not, so we keep to
``public()`` pages outright and also drop pages whose expiry time has passed
(they stay ``live`` until the scheduler runs). Images are limited to those that
public content actually shows, so an embargoed photo uploaded for a draft is
not exposed before its story.
"""

from __future__ import annotations

from django.core.cache import cache
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from series.body_format import image_ids, raw_body
from series.feeds.cache import cache_key, feeds_version
from series.models import InstallmentPage, Person, SeriesPage
from series.querysets import published

IMAGE_IDS_TIMEOUT = 60 * 60


class PublicPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return published(super().get_base_queryset())

    def get_queryset(self):
        pages = super().get_queryset()
        if "search" in self.request.GET and not self.request.GET.get("type"):
            # A search backend filters only on indexed fields, and expiry and
            # hidden sections are not among them: hand it the published pages
            # as ids, as Wagtail itself does when a `type` is given.
            return Page.objects.filter(pk__in=pages.values_list("pk", flat=True))
        return pages


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    def get_queryset(self):
        return super().get_queryset().filter(pk__in=public_image_ids())


def public_image_ids() -> list[int]:
    """Ids of images shown by live, public, unexpired pages (cached per version)."""
    key = cache_key("api-image-ids", feeds_version())
    ids = cache.get(key)
    if ids is None:
        ids = sorted(_collect_public_image_ids())
        cache.set(key, ids, IMAGE_IDS_TIMEOUT)
    return ids


def _collect_public_image_ids() -> set[int]:
    installments = list(InstallmentPage.objects.published())
    series = published(SeriesPage.objects.all())
    ids = {page.hero_image_id for page in installments}
    ids |= set(series.values_list("cover_image_id", flat=True))
    for page in installments:
        ids |= set(image_ids(raw_body(page)))
    people = Person.objects.filter(bylines__page__in=[p.pk for p in installments])
    ids |= set(people.values_list("photo_id", flat=True))
    ids.discard(None)
    return ids


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)

__all__ = ["api_router", "public_image_ids"]
