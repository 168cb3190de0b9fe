"""Reads: what readers, feeds and search may see, and how to load it in few queries."""

from django.db.models import Prefetch, Q
from django.utils import timezone
from wagtail.query import PageQuerySet


class InstallmentQuerySet(PageQuerySet):
    def published(self):
        """Live, under live parents, without view restrictions, not past expiry.

        `live` alone is not enough: an expired page stays live until the
        publish_scheduled job next runs, and an installment of an unpublished
        series is still marked live; readers must see neither.
        """
        now = timezone.now()
        return (
            self.live()
            .public()
            .under_live_ancestors()
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        )

    def under_live_ancestors(self):
        """Drop pages below an unpublished page (the same approach as `public()`)."""
        from wagtail.models import Page

        hidden = Page.objects.not_live().filter(depth__gt=1, numchild__gt=0)
        q = Q()
        for page in hidden.only("path", "depth"):
            q |= self.descendant_of_q(page, inclusive=False)
        return self.exclude(q) if q else self

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
