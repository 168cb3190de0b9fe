"""Site and admin search that finds Chinese words.

segment.py cuts text and queries into words; vocabulary.py keeps the newsroom's names
whole; backends/ plugs both into Wagtail's database search; query.py and views.py
serve /search/ to readers; highlight.py marks the words found.
"""
