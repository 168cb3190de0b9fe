"""GB/T 15835 rules (series/proofing/numerals.py)."""

import pytest

from series.proofing.findings import ERROR
from series.proofing.numerals import check_numerals
from tests.proofing.helpers import marked, pieces

pytestmark = pytest.mark.single_pass


def test_yu_after_wan():
    findings = check_numerals(pieces("带动5余万人就业"))
    assert marked(findings) == ["5余万"]
    assert findings[0].severity == ERROR and "5万余" in findings[0].message


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("投资3千万元", "3千"),
        ("增速在3～5%之间", "3～5%"),
        ("07年建成", "07年"),
        ("二0二五年", "0"),
    ],
)
def test_fires(text, words):
    assert marked(check_numerals(pieces(text))) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "带动5万余人就业",
        "全长3千米，重5千克",
        "提高1.5个百分点",
        "增速在3%～5%之间",
        "2007年建成，历时30年",
        "二〇二五年",
    ],
)
def test_does_not_fire(text):
    assert check_numerals(pieces(text)) == []
