"""Benchmark content: a series with slug ``bench`` of N installments (``seed_bench``)."""
