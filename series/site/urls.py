"""Reader URLs outside the page tree: theme, person and place pages (and their feeds)."""

from django.urls import path

from series.feeds.urls import urlpatterns as feed_urlpatterns
from series.search import views as search_views
from series.site import sitemaps, views

app_name = "series"

urlpatterns = [
    path("themes/<slug:slug>/", views.theme_detail, name="theme"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("places/<slug:slug>/", views.place_detail, name="place"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.sitemap_xml, name="sitemap"),
    path("news-sitemap.xml", sitemaps.news_sitemap_xml, name="news_sitemap"),
    path("search/", search_views.search, name="search"),
]

# RSS, Atom and JSON Feed: /themes/<slug>/feed/, …/feed/atom/, …/feed/json/
urlpatterns += feed_urlpatterns
