"""Highlighting: escaped copy, marked words (passages: test_passages.py)."""

from series.search.highlight import highlight


def test_highlight_marks_every_occurrence():
    assert highlight("人才引进，人才留住", ["人才"]) == (
        "<mark>人才</mark>引进，<mark>人才</mark>留住"
    )


def test_highlight_escapes_copy_but_not_marks():
    marked = highlight("<b>汽车玻璃</b> & 配件", ["玻璃"])
    assert marked == "&lt;b&gt;汽车<mark>玻璃</mark>&lt;/b&gt; &amp; 配件"


def test_highlight_prefers_the_longest_term():
    assert highlight("汽车玻璃", ["汽车", "汽车玻璃"]) == "<mark>汽车玻璃</mark>"


def test_highlight_finds_traditional_and_upper_case_copy():
    assert highlight("數據與AI", ["数据", "ai"]) == "<mark>數據</mark>與<mark>AI</mark>"


def test_terms_with_regex_characters_are_literal():
    assert (
        highlight("C++ 与 C.", ["c++", "c."]) == "<mark>C++</mark> 与 <mark>C.</mark>"
    )
