import pytest

from series.numerals import chinese_numeral, parse_chinese_numeral

KNOWN = {
    1: "一",
    2: "二",
    9: "九",
    10: "十",
    11: "十一",
    12: "十二",
    19: "十九",
    20: "二十",
    23: "二十三",
    30: "三十",
    45: "四十五",
    99: "九十九",
    100: "一百",
    101: "一百零一",
    110: "一百一十",
    111: "一百一十一",
    230: "二百三十",
    1000: "一千",
    1005: "一千零五",
    1010: "一千零一十",
    2024: "二千零二十四",
    9999: "九千九百九十九",
    # Past 之九千九百九十九 (the bench's 10,000-part series reaches them).
    10_000: "一万",
    10_005: "一万零五",
    10_012: "一万零一十二",
    10_100: "一万零一百",
    11_000: "一万一千",
    120_000: "十二万",
    100_010: "十万零一十",
    99_999_999: "九千九百九十九万九千九百九十九",
}


@pytest.mark.parametrize(("number", "text"), KNOWN.items())
def test_known_numerals(number, text):
    assert chinese_numeral(number) == text


def test_every_number_round_trips():
    for number in [*range(1, 20_001), *range(99_990_000, 100_000_000, 997)]:
        assert parse_chinese_numeral(chinese_numeral(number)) == number


def test_one_to_ninety_nine_have_no_leading_one_ten():
    for number in range(10, 20):
        assert not chinese_numeral(number).startswith("一")


@pytest.mark.parametrize("bad", [0, -1, 100_000_000])
def test_out_of_range_is_refused(bad):
    with pytest.raises(ValueError):
        chinese_numeral(bad)


@pytest.mark.parametrize(("text", "number"), [("两百", 200), ("12", 12), ("十", 10)])
def test_parse_variants(text, number):
    assert parse_chinese_numeral(text) == number


@pytest.mark.parametrize("bad", ["", "abc", "十x", "零"])
def test_parse_rejects_non_numerals(bad):
    with pytest.raises(ValueError):
        parse_chinese_numeral(bad)
