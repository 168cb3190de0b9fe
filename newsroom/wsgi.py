import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")

django_application = get_wsgi_application()

# Imported once Django is set up: it reads models. Cached pages for anonymous readers
# are replayed before Django's request handling (series/pagecache/wsgi.py).
from series.pagecache.wsgi import PageCacheApp  # noqa: E402

application = PageCacheApp(django_application)
