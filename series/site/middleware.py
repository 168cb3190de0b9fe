"""Reader-site middleware."""

from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Site


class RouteBelowSiteRootMiddleware:
    """Route pages below the site root without loading the root's specific row.

    Wagtail's page view routes from ``site.root_page.localized.specific``: one
    query for the home page's own fields, which finding a series or an
    installment below it never reads (children are found by path). For those
    requests the root routes with its specific fields deferred, and the result
    goes where Wagtail keeps it (``request._wagtail_route_for_request``). A
    request for the root itself, or one of its own routes (the site feed),
    finds nothing primed and is routed by Wagtail as before.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and view_args:
            _route_below_root(request, view_args[0])


def _route_below_root(request, path: str) -> None:
    components = [component for component in path.split("/") if component]
    site = Site.find_for_request(request) if components else None
    if site is None or hasattr(request, "_wagtail_route_for_request"):
        return
    root = site.root_page.localized.specific_deferred
    try:
        route = root.route(request, components)
    except Http404:
        route = None
    if route is None or route[0] is not root:
        request._wagtail_route_for_request = route
