"""Reads: what readers, feeds and search may see, and how to load it in few queries."""

from django.db.models import IntegerField, Prefetch, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Left, Length
from django.utils import timezone
from wagtail.query import PageQuerySet


def not_expired_q() -> Q:
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def hidden_sections_q() -> Q:
    """Pages under a view restriction or an unpublished page, in one query.

    This is Wagtail's `public()` widened to unpublished ancestors (Wagtail routes
    through them). It stays a path/depth filter, not a subquery, so search
    backends can apply it too.
    """
    from wagtail.models import Page, PageViewRestriction

    restricted = PageViewRestriction.objects.order_by().values_list(
        "page__path", "page__depth"
    )
    unpublished = (
        Page.objects.filter(live=False, numchild__gt=0, depth__gt=1)
        .order_by()
        .values_list("path", "depth")
    )
    q = Q()
    for path, depth in restricted.union(unpublished):
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def published(pages):
    """What readers may see of any page queryset: the one rule for every surface.

    Live, outside private or unpublished sections, and not past expiry: an
    expired page stays live until publish_scheduled next runs, and an
    installment of an unpublished series is still marked live.
    """
    return pages.filter(published_q())


def parent_path():
    """Each row's parent's path (an installment's series), for grouping or ordering
    in the database: treebeard paths grow by one step per level."""
    from wagtail.models import Page

    # The step length is written into the SQL, not bound: with server-side
    # binding every parameter is its own $n, and PostgreSQL would no longer see
    # the same expression in a DISTINCT query's SELECT and ORDER BY.
    steps = RawSQL(str(int(Page.steplen)), ())  # noqa: S611 - an int constant, no input
    return Left("path", Length("path") - steps)


def published_q() -> Q:
    """The rule of `published` as one condition, to negate or annotate without a
    subquery over every published page."""
    return Q(live=True) & ~hidden_sections_q() & not_expired_q()


class InstallmentQuerySet(PageQuerySet):
    def published(self):
        return published(self)

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

    def on_theme(self, theme):
        """Installments with a section on `theme`, without loading any body."""
        return self.filter(pk__in=self.referencing_ids(theme, "body.section.theme"))

    def referencing_ids(self, obj, *model_paths: str):
        """Ids of installments whose saved row points at `obj` (bylines, body choosers).

        Wagtail's reference index records what each saved page row points at
        (e.g. path body.section.theme, bylines.item.person), so the pages that
        name a theme, person or place are found without loading any body; a
        `pk IN (…)` filter on it is also one that search backends pass through.
        """
        from django.contrib.contenttypes.models import ContentType
        from wagtail.models import ReferenceIndex

        references = ReferenceIndex.get_references_to(obj).filter(
            content_type=ContentType.objects.get_for_model(self.model)
        )
        if model_paths:
            references = references.filter(model_path__in=model_paths)
        return references.annotate(page_id=Cast("object_id", IntegerField())).values(
            "page_id"
        )

    def involving_person(self, person):
        return self.filter(bylines__person=person).distinct()

    def about_place(self, place):
        return self.filter(places=place).distinct()
