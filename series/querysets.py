"""Reads: what readers, feeds and search may see, and how to load it in few queries."""

from django.db.models import Prefetch, Q
from django.utils import timezone
from wagtail.query import PageQuerySet


class InstallmentQuerySet(PageQuerySet):
    def published(self):
        """Live, without view restrictions, and not past an expiry time.

        `live` alone is not enough: an expired page stays live until the
        publish_scheduled job next runs, and readers must not see it meanwhile.
        """
        now = timezone.now()
        return (
            self.live()
            .public()
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        )

    def in_series(self, series):
        return self.child_of(series)

    def by_number(self):
        return self.order_by("number")

    def newest_first(self):
        return self.order_by("-first_published_at", "-number")

    def with_bylines(self):
        from series.models.pages import Byline

        bylines = Byline.objects.select_related("person").order_by("sort_order")
        return self.select_related("hero_image").prefetch_related(
            Prefetch("bylines", queryset=bylines), "places"
        )

    def involving_person(self, person):
        return self.filter(bylines__person=person).distinct()

    def about_place(self, place):
        return self.filter(places=place).distinct()
