"""The series desk (系列看板): plan and track every installment slot of a series.

queries.py computes the desk in a fixed number of queries, views.py serves it,
panels.py puts it in brief on the admin home, listing.py gives the explorer its
number column and status words, hooks.py registers all of it with Wagtail.
"""
