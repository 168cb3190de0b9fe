"""The wording list (series/proofing/wording.py) with the editors' snippet."""

from types import SimpleNamespace

import pytest

from series.proofing.findings import ERROR, WARNING
from series.proofing.wording import check_wording
from tests.proofing.helpers import marked, pieces

pytestmark = pytest.mark.single_pass

RULES = [
    SimpleNamespace(wrong="截止目前", right="截至目前", severity=ERROR, note=""),
    SimpleNamespace(
        wrong="建国以来", right="新中国成立以来", severity=WARNING, note="规范表述"
    ),
]


def test_each_occurrence_with_its_severity():
    findings = check_wording(
        pieces("截止目前，建国以来最多。截止目前仍在增长。"), RULES
    )
    assert marked(findings) == ["截止目前", "截止目前", "建国以来"]
    assert [f.severity for f in findings] == [ERROR, ERROR, WARNING]
    assert findings[2].message == "“建国以来”应为“新中国成立以来”（规范表述）"


def test_right_forms_do_not_fire():
    assert check_wording(pieces("截至目前，新中国成立以来最多。"), RULES) == []
