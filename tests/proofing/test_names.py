"""Names one homophone off the records (series/proofing/names.py)."""

import pytest

from series.proofing.names import NameIndex, check_names, sounds_alike
from tests.proofing.helpers import marked, pieces

pytestmark = pytest.mark.single_pass

RECORDS = NameIndex(
    {"姚雪青": "person", "王书明": "person", "浏阳": "place", "昆山市": "place"}
)


def test_person_one_homophone_off():
    findings = check_names(pieces("本报记者 姚雪清"), RECORDS)
    assert marked(findings) == ["姚雪清"]
    assert "姚雪青" in findings[0].message and "人员" in findings[0].message


def test_place_one_homophone_off():
    assert marked(check_names(pieces("留阳的花炮"), RECORDS)) == ["留阳"]
    assert marked(check_names(pieces("昆珊市的园区"), RECORDS)) == ["昆珊市"]


@pytest.mark.parametrize(
    "text",
    [
        "姚雪青在浏阳采访",  # spelled as recorded
        "岳阳和益阳也在发展",  # other places sharing a character
        "王书记来到车间",  # shares two characters, sounds different
        "昆山市的园区",
    ],
)
def test_does_not_fire(text):
    assert check_names(pieces(text), RECORDS) == []


def test_sounds_alike_ignores_tones_and_knows_heteronyms():
    assert sounds_alike("青", "清")
    assert sounds_alike("行", "航")  # 行 reads xing and hang
    assert not sounds_alike("阳", "岳")
