"""Behaviour shared by the reader-facing page types."""

from django.http import Http404
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from series.routing import ancestors_known, routed_ancestors


class ReaderVisibilityMixin:
    """Readers get a 404 for a page Wagtail would still serve but we hide.

    Past its expiry a page stays live until publish_scheduled next runs, and
    Wagtail routes through unpublished parents: neither may reach a reader.
    Previews go through serve_preview and are unaffected.
    """

    def is_hidden_from_readers(self) -> bool:
        if self.expire_at and self.expire_at <= timezone.now():
            return True
        # Below the site root, an unpublished ancestor hides the whole branch.
        if ancestors_known(self):  # routing loaded them already
            return any(not page.live for page in routed_ancestors(self))
        return self.depth > 2 and (
            self.get_ancestors().filter(depth__gt=1, live=False).exists()
        )

    def get_view_restrictions(self):
        """Wagtail's rule (this page and its ancestors), without loading the ancestors.

        Routing loaded every ancestor below the tree root already, so the
        restrictions are found by path, the tree root's included. Aliases keep
        Wagtail's lookup: an alias has its source page's restrictions.
        """
        chain = [*routed_ancestors(self), self]
        if not ancestors_known(self) or any(page.alias_of_id for page in chain):
            return super().get_view_restrictions()
        paths = [self.path[: Page.steplen], *(page.path for page in chain)]
        return PageViewRestriction.objects.filter(page__path__in=paths)

    def serve(self, request, *args, **kwargs):
        if self.is_hidden_from_readers():
            raise Http404
        return super().serve(request, *args, **kwargs)
