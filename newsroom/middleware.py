"""Site-wide response rules: security headers and the database-outage page.

SecurityHeadersMiddleware: django-csp's middleware with a second, looser policy for
the Wagtail admin (settings.ADMIN_CONTENT_SECURITY_POLICY), plus Permissions-Policy.
HSTS, nosniff, Referrer-Policy and COOP come from Django's SecurityMiddleware and frame
protection from XFrameOptionsMiddleware.

DatabaseOutageMiddleware: a view that fails because the database is unreachable
answers 503 with a static Chinese page (newsroom.errors). Errors raised before the
view (sessions, login) reach newsroom.errors.server_error, which does the same.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.db import InterfaceError, OperationalError

from newsroom.errors import database_unavailable


class SecurityHeadersMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin = request.path_info.startswith(settings.ADMIN_PATH_PREFIX)
        if admin and not report_only and parts.config is None:
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class DatabaseOutageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError | InterfaceError):
            return database_unavailable(request, exception)
        return None
