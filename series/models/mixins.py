"""Behaviour shared by the reader-facing page types."""

from django.http import Http404
from django.utils import timezone

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

    def serve(self, request, *args, **kwargs):
        if self.is_hidden_from_readers():
            raise Http404
        return super().serve(request, *args, **kwargs)
