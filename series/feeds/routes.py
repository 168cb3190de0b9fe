"""Feed routes on pages: `feed/`, `feed/atom/` and `feed/json/` under home and series."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page


class FeedRoutesMixin(RoutablePageMixin):
    """`feed/`, `feed/atom/` and `feed/json/` under a page, served by series.feeds."""

    @path("feed/", name="feed_rss")
    def feed_rss(self, request):
        return self.serve_feed(request, "rss")

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return self.serve_feed(request, "atom")

    @path("feed/json/", name="feed_json")
    def feed_json(self, request):
        return self.serve_feed(request, "json")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return Page.serve(self, request, *args, **kwargs)

    def serve_feed(self, request, kind: str):
        # Imported when served: series.feeds.views reads the page models that use this
        # mixin. A broken import fails loudly here rather than hiding every feed as a 404.
        from series.feeds.views import page_feed

        return page_feed(request, self, kind)
