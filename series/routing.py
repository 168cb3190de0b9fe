"""Route to a child page in one query, with what its page needs already joined.

Wagtail's ``Page.route`` loads a child as a base ``Page`` and then its specific
row: two queries per level. Home's children are series and a series' children
are installments, so each level asks that model directly (falling back to
Wagtail's generic lookup for anything else). Routed pages remember their
ancestors, so the reader-visibility check needs no query of its own.

``series.site.middleware.RouteBelowSiteRootMiddleware`` saves one more: Wagtail
starts from the site root's specific row, which routing below it never reads.
"""

from __future__ import annotations

from django.apps import apps

ANCESTORS_ATTR = "_reader_ancestors"


class ChildRouteMixin:
    child_route_model = ""  # "app_label.Model" of the usual child type
    child_route_related: tuple[str, ...] = ()

    def route(self, request, path_components):
        if path_components and self.child_route_model:
            model = apps.get_model(self.child_route_model)
            child = (
                model.objects.child_of(self)
                .filter(slug=path_components[0])
                .select_related(*self.child_route_related)
                .first()
            )
            if child is not None:
                child._cached_parent_obj = self
                setattr(child, ANCESTORS_ATTR, [*routed_ancestors(self), self])
                return child.route(request, path_components[1:])
        return super().route(request, path_components)


def routed_ancestors(page) -> list:
    """Ancestors below the tree root that routing loaded, [] for the site root."""
    return getattr(page, ANCESTORS_ATTR, [])


def ancestors_known(page) -> bool:
    # The site's root page sits at depth 2; every level below it was routed.
    return len(routed_ancestors(page)) == page.depth - 2
