"""机审 speed: every rule over one long installment, without a database.

The text is 80 paragraphs (about 5,500 characters, a long 人民眼 page) of our own
writing, checked against 67 recorded names, 10 wording entries and 2 key figures.
Goal (issue #20): the whole installment in well under a second.

    .venv/bin/python benchmarks/bench_precheck.py
"""

import os
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")
os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")

import django

django.setup()

from series.proofing.findings import Piece  # noqa: E402
from series.proofing.names import NameIndex, check_names  # noqa: E402
from series.proofing.numbers import check_numbers  # noqa: E402
from series.proofing.numerals import check_numerals  # noqa: E402
from series.proofing.punctuation import check_punctuation  # noqa: E402
from series.proofing.wording import check_wording  # noqa: E402

PARAGRAPH = (
    "江阴人均地区生产总值是靖江的2.99倍，如今差距缩小到1.35倍。园区提供就业岗位"
    "66万余个，产值505.8亿元，“链主”企业带动上下游一起转型。"
)
ROUNDS = 20


def main() -> None:
    pieces = [Piece(f"正文第{n}段", PARAGRAPH) for n in range(1, 81)]
    people = {
        f"张{a}{b}": "person" for a in "明华军国雪青晓宇" for b in "川岚泽怡帆舟远军"
    }
    names = NameIndex(people | {"浏阳": "place", "江阴": "place", "靖江": "place"})
    rules = [
        SimpleNamespace(wrong=f"错写{n}", right=f"正写{n}", severity="error", note="")
        for n in range(10)
    ]
    figures = [
        {"value": "2.99", "unit": "倍", "label": "人均地区生产总值之比"},
        {"value": "505.8", "unit": "亿元", "label": "产值"},
    ]
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        check_numbers(pieces, figures)
        check_wording(pieces, rules)
        check_numerals(pieces)
        check_punctuation(pieces)
        check_names(pieces, names)
        timings.append((time.perf_counter() - started) * 1000)
    characters = sum(len(piece.text) for piece in pieces)
    print(
        f"机审 over {characters} characters, {len(people) + 3} names: "
        f"median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms "
        f"(goal: well under 1,000 ms)"
    )


if __name__ == "__main__":
    main()
