"""Feeds of themes, people and places; pages route theirs through FeedRoutesMixin."""

from django.urls import path

from series.feeds import views

FEED_SUFFIXES = {"rss": "feed/", "atom": "feed/atom/", "json": "feed/json/"}
SNIPPET_PREFIXES = {"theme": "themes", "person": "people", "place": "places"}

urlpatterns = [
    path(
        f"{prefix}/<slug:slug>/{suffix}",
        views.snippet_feed,
        {"owner": owner, "kind": kind},
        name=f"{owner}_feed_{kind}",
    )
    for owner, prefix in SNIPPET_PREFIXES.items()
    for kind, suffix in FEED_SUFFIXES.items()
]
