"""Who may do what to a page: roles, the review workflow, scheduling and previews.

- ``roles``: group names and what each role may touch (read this first).
- ``permissions``: page permission testers that keep deleting, moving and a
  series' own settings with editors.
- ``services``: giving a reporter a series, setting a new series up for review.
- ``signals``: new series and home pages join the review workflow on creation.
- ``previews``: the phone-width and feed-reader preview modes of an installment.
- ``views`` / ``hooks``: the admin screen where an editor assigns reporters.
"""
