"""Full-page cache for anonymous readers, purged by exactly the URLs a change shows on.

- ``store``: keys and entries in Django's cache (Redis when ``REDIS_URL`` is set).
- ``middleware``: serves and stores anonymous GET/HEAD responses.
- ``urls``: the one function that lists every URL showing a page or snippet.
- ``signals``: on publish, unpublish, move, delete and snippet/image saves, purges
  those URLs from Django's cache and, through Wagtail's frontend-cache
  ``PurgeBatch``, from Varnish or a CDN, once the transaction commits.
"""
