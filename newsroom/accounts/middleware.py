"""With settings.EDITOR_TWO_FACTOR on, a signed-in admin user must pass a TOTP check.

Users without a confirmed authenticator are sent to enrol one, the others to type a
code; until then every other /admin/ URL redirects there. Readers are untouched.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

# Sign-in, sign-out and the 2FA pages themselves stay reachable.
OPEN_ADMIN_PATHS = ("/admin/login/", "/admin/logout/", "/admin/2fa/", "/admin/jsi18n/")


class EditorTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._needs_check(request):
            name = "setup" if not user_has_device(request.user) else "verify"
            return redirect(f"{reverse(f'two_factor:{name}')}?next={request.path}")
        return self.get_response(request)

    @staticmethod
    def _needs_check(request) -> bool:
        path = request.path_info
        if not settings.EDITOR_TWO_FACTOR or not path.startswith("/admin/"):
            return False
        if path.startswith(OPEN_ADMIN_PATHS):
            return False
        user = request.user
        return user.is_authenticated and not user.is_verified()
