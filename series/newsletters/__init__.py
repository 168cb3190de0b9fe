"""Follow a series by e-mail: double opt-in, one message per installment, one-click
unsubscribe (RFC 8058), readers' own export and erasure. docs/newsletters.md.

- ``tokens``: the signed links (confirm expires, unsubscribe and preferences do not).
- ``services``: follow, confirm, unfollow, erase, export; the issue of an installment.
- ``messages``: the e-mails, HTML and plain text.
- ``tasks``: Celery tasks that fan an issue out and send one message each.
- ``signals``: a first publication (also a scheduled one) queues its issue.
- ``views`` / ``urls``: the reader-facing pages under /newsletters/.
"""
