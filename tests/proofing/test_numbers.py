"""Numbers in the text against the key figures (series/proofing/numbers.py)."""

import pytest

from series.proofing.findings import ERROR
from series.proofing.numbers import check_numbers
from tests.proofing.helpers import marked, pieces

pytestmark = pytest.mark.single_pass

OUTPUT = {"value": "505.8", "unit": "亿元", "label": "花炮产业总产值"}
RATIO = {"value": "2.99", "unit": "倍", "label": "城乡居民收入比"}


def test_same_value_with_another_unit_is_an_error():
    findings = check_numbers(pieces("城乡收入比缩小到2.99%，差距继续收窄。"), [RATIO])
    assert marked(findings) == ["2.99%"]
    assert findings[0].severity == ERROR
    assert "2.99倍" in findings[0].message and "城乡居民收入比" in findings[0].message


def test_swapped_digits_with_the_same_unit_are_an_error():
    findings = check_numbers(pieces("去年全县花炮产值达到508.5亿元。"), [OUTPUT])
    assert marked(findings) == ["508.5亿元"]
    assert "数字不一致" in findings[0].message


def test_one_digit_changed_is_an_error():
    findings = check_numbers(pieces("产值为505.3亿元"), [OUTPUT])
    assert marked(findings) == ["505.3亿元"]


@pytest.mark.parametrize(
    "text",
    [
        "花炮产值505.8亿元，收入比2.99倍。",  # agrees with both figures
        "新建园区投资3.2亿元。",  # another number altogether
        "带动就业1.5万人。",  # a unit no figure uses
        "产值增长12%，比上年高出1.3个百分点。",
        "全县有505家花炮企业。",  # the same digits as nothing in the figures
    ],
)
def test_does_not_fire(text):
    assert check_numbers(pieces(text), [OUTPUT, RATIO]) == []


def test_short_numbers_are_not_read_as_slips():
    # 12 → 13 is one digit changed, but short numbers are far more often others.
    figure = {"value": "12", "unit": "个", "label": "重点园区"}
    assert check_numbers(pieces("13个乡镇"), [figure]) == []


def test_a_unit_with_qualifiers_agrees_when_the_text_prints_it():
    jobs = {"value": "66", "unit": "万余个", "label": "就业岗位"}
    assert check_numbers(pieces("提供就业岗位66万余个。"), [jobs]) == []
    assert marked(check_numbers(pieces("提供就业岗位66%。"), [jobs])) == ["66%"]


def test_no_key_figures_no_findings():
    assert check_numbers(pieces("产值2.99%"), []) == []


def test_full_width_percent_counts_as_percent():
    figure = {"value": "6.5", "unit": "%", "label": "增速"}
    assert check_numbers(pieces("增速为6.5％。"), [figure]) == []
