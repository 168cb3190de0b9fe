"""Punctuation rules (series/proofing/punctuation.py)."""

import pytest

from series.proofing.punctuation import check_punctuation
from tests.proofing.helpers import marked, pieces

pytestmark = pytest.mark.single_pass


def messages(text: str) -> list[str]:
    return [f.message for f in check_punctuation(pieces(text))]


def test_half_width_comma_between_chinese():
    findings = check_punctuation(pieces("园区建成后,企业纷纷入驻"))
    assert marked(findings) == [","]
    assert "，" in findings[0].message


def test_half_width_question_mark_and_brackets():
    found = marked(check_punctuation(pieces("为什么是这里?答案在(县城)里")))
    assert found == ["?", "(县城)"]


def test_unpaired_quote_and_bracket():
    assert marked(check_punctuation(pieces("他说：“要把花炮做成文化"))) == ["“"]
    assert marked(check_punctuation(pieces("见《县域经济报告"))) == ["《"]
    assert marked(check_punctuation(pieces("产值翻番）"))) == ["）"]


def test_mixed_ellipses():
    assert marked(check_punctuation(pieces("烟花、鞭炮、礼花..."))) == ["..."]
    assert marked(check_punctuation(pieces("等等…"))) == ["…"]
    assert marked(check_punctuation(pieces("等等。。。"))) == ["。。。"]


def test_space_inside_chinese():
    assert marked(check_punctuation(pieces("浏阳 花炮"))) == [" "]
    assert marked(check_punctuation(pieces("浏阳\u3000花炮"))) == ["\u3000"]


@pytest.mark.parametrize(
    "text",
    [
        "他说：“要把花炮做成文化。”",
        "《县域经济报告》（2025年版）",
        "烟花、鞭炮、礼花……",
        "会议在10:30开始，增速3.5%。",
        "Hello, world! 这是英文引文。",
        "网址 https://example.com/a,b 不检查",
        "“引语里有‘内层引号’。”",
    ],
)
def test_does_not_fire(text):
    assert messages(text) == []
