"""Segmentation: what the index stores and what a query looks for."""

import jieba
import pytest

from series.search.segment import (
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    clean_query,
    index_tokens,
    normalize,
    query_terms,
    segment_for_index,
    strip_control,
)


def _tokenizer():
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@pytest.fixture(scope="module")
def tokenizer():
    return _tokenizer()


@pytest.fixture
def own_tokenizer():
    """A tokenizer this test may add words to."""
    return _tokenizer()


def test_index_keeps_compounds_and_their_parts(tokenizer):
    tokens = list(index_tokens("江阴的汽车玻璃产业引进人才", tokenizer))
    for word in ["汽车玻璃", "汽车", "玻璃", "引进人才", "人才", "江阴"]:
        assert word in tokens


def test_index_adds_parts_longer_than_jieba_search_mode(tokenizer):
    # jieba's own search mode adds only 2- and 3-character parts.
    assert "高质量" in index_tokens("高质量发展观察", tokenizer)
    tokenizer.add_word("县域经济高质量发展")
    tokens = list(index_tokens("县域经济高质量发展", tokenizer))
    assert "县域经济高质量发展" in tokens
    assert "县域经济" in tokens or {"县域", "经济"} <= set(tokens)
    assert "高质量" in tokens


def test_index_drops_punctuation_and_keeps_numbers(tokenizer):
    text = "“烟花”与‘焰火’！产值505.8亿元……"
    assert segment_for_index(text, tokenizer).split() == [
        "烟花",
        "与",
        "焰火",
        "产值",
        "505.8",
        "亿元",
    ]


def test_index_of_blank_text_is_empty(tokenizer):
    assert segment_for_index("  \n ", tokenizer) == ""


def test_query_is_cut_in_precise_mode(tokenizer):
    assert query_terms("汽车玻璃", tokenizer) == ["汽车玻璃"]
    assert query_terms("烟花 焰火", tokenizer) == ["烟花", "焰火"]


def test_query_traditional_and_full_width_become_simplified(tokenizer):
    assert query_terms("數據", tokenizer) == ["数据"]
    assert query_terms("ＡＧ６００", tokenizer) == ["ag600"]
    assert normalize("臺灣汽車") == "台湾汽车"


def test_query_drops_function_words_unless_alone(tokenizer):
    assert query_terms("江阴的人才", tokenizer) == ["江阴", "人才"]
    assert query_terms("的", tokenizer) == ["的"]


def test_query_drops_markup_and_sql_punctuation(tokenizer):
    assert query_terms("<script>alert(1)</script>", tokenizer) == [
        "script",
        "alert",
        "1",
    ]
    assert query_terms("' OR 1=1; --", tokenizer) == ["or", "1"]
    assert query_terms("！？。，", tokenizer) == []


def test_query_is_bounded(tokenizer):
    assert len(clean_query("人才" * 1000)) == MAX_QUERY_CHARS
    many = " ".join(f"词{n}" for n in range(30))
    assert len(query_terms(many, tokenizer)) == MAX_QUERY_TERMS


def test_control_characters_become_spaces():
    assert strip_control("人\x00才\u200b引\x1b进\u202e") == "人 才 引 进 "
    assert clean_query("  人才\n\t引进\x00 ") == "人才 引进"


def test_user_words_stay_whole(own_tokenizer):
    assert "姚雪青" not in query_terms("记者姚雪青报道", own_tokenizer)
    own_tokenizer.add_word("姚雪青")
    assert query_terms("记者姚雪青报道", own_tokenizer) == ["记者", "姚雪青", "报道"]
    assert "姚雪青" in index_tokens("本报记者姚雪青", own_tokenizer)
