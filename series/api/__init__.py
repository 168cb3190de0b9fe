"""Read-only JSON API for apps (Wagtail API v2 at /api/v2/): pages and images.

``fields`` holds the APIField lists the page models declare; ``views`` the
endpoints and router. Only live, public, unexpired content is ever served.
"""
