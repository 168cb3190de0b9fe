from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from newsroom.accounts import urls as accounts_urls
from newsroom.health import healthz
from series.api.views import api_router

handler500 = "newsroom.errors.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    # Before Wagtail's admin URLs: the optional TOTP enrolment and check.
    path("admin/2fa/", include(accounts_urls)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Read-only JSON for apps: live, public pages and the images they show.
    path("api/v2/", api_router.urls),
    path("", include("series.newsletters.urls")),
    path("", include("series.site.urls")),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Uploads served by Django for development and browser tests (live_server runs
    # with DEBUG off); production serves MEDIA_URL from the web server or storage.
    import re

    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Wagtail's page tree answers everything the routes above do not.
urlpatterns += [path("", include(wagtail_urls))]
