"""Snippets and highlighting: escaped copy, marked words, a window around the match."""

from series.search.highlight import ELLIPSIS, highlight, snippet


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


def test_snippet_is_a_window_around_the_first_match():
    text = "开头" * 100 + "引进人才的故事" + "结尾" * 100
    result = snippet(text, ["人才"], width=40)
    assert result.startswith(ELLIPSIS) and result.endswith(ELLIPSIS)
    assert "引进<mark>人才</mark>的故事" in result
    assert len(result.replace("<mark>", "").replace("</mark>", "")) <= 42


def test_snippet_without_match_is_the_opening():
    result = snippet("第一句。" * 50, ["不存在"], width=20)
    assert result == "第一句。" * 5 + ELLIPSIS


def test_snippet_of_short_text_has_no_ellipsis_and_is_escaped():
    assert snippet("<i>焰火</i>", ["焰火"]) == "&lt;i&gt;<mark>焰火</mark>&lt;/i&gt;"
