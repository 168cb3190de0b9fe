"""Security settings every environment shares: CSP, login throttling, sessions, 2FA.

Imported by base.py; production.py adds the HTTPS-only parts (HSTS, secure cookies).
The policy for readers is strict (scripts only from this site or with the request's
nonce); the admin gets a looser one because Wagtail 8's editor still renders inline
<script> blocks and style attributes (docs/deploy.md, "Content-Security-Policy").
"""

import os
from datetime import timedelta

from csp.constants import NONE, SELF, UNSAFE_INLINE

# Extra origins allowed to serve images and media (an S3 bucket or CDN), comma-separated.
_MEDIA_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("DJANGO_CSP_MEDIA_ORIGINS", "").split(",")
    if origin.strip()
]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # Reader pages run no inline script (JSON-LD is data, which CSP leaves alone),
        # so 'self' is the whole policy. No nonce: the page cache and Varnish serve one
        # rendering to many readers, and a nonce shared by every reader would be no
        # nonce at all; a policy without one stays true for every cached copy.
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *_MEDIA_ORIGINS],
        "media-src": [SELF, *_MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Wagtail's live preview shows reader pages in a same-origin frame.
        "frame-ancestors": [SELF],
    },
}

# /admin/: Wagtail's own templates carry inline scripts (date pickers, inline panels)
# and style attributes; a nonce cannot be threaded through them, so the admin allows
# inline code but still only from this origin, with no plugins and no foreign frames
# around it. Embeds previewed in the editor come from HTTPS providers.
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:", *_MEDIA_ORIGINS],
    "media-src": [SELF, *_MEDIA_ORIGINS],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF, "https:"],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
ADMIN_PATH_PREFIX = "/admin/"
# No Gravatar: the admin policy allows no third-party images, and editors' e-mail
# hashes stay in the newsroom. Wagtail shows its default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Wagtail's live preview renders the page in a same-origin iframe; DENY would break it
# (and would contradict frame-ancestors 'self' above).
X_FRAME_OPTIONS = "SAMEORIGIN"

# Browser features no page of the site uses.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)

# django-axes: lock a username from one address out after repeated failed logins.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("DJANGO_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(
    minutes=int(os.environ.get("DJANGO_LOCKOUT_MINUTES", "30"))
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# Behind N trusted proxies the client address is the Nth from the right of
# X-Forwarded-For; 0 (the default) trusts REMOTE_ADDR only.
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0")) or None
if AXES_IPWARE_PROXY_COUNT:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# Sessions live in the database (never cache-only: a Redis outage must not log
# editors out) and expire after a working day.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = int(os.environ.get("DJANGO_SESSION_SECONDS", str(10 * 3600)))
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# Optional TOTP two-factor for everyone who uses the admin (newsroom/accounts).
EDITOR_TWO_FACTOR = os.environ.get("DJANGO_EDITOR_2FA", "").strip().lower() in {
    "1",
    "true",
    "yes",
    "on",
}
OTP_TOTP_ISSUER = "县域观察"
