"""Bounded fuzzing of the copy parser (Hypothesis) and a replayed corpus.

Whatever bytes or text arrive, the parser returns a ParsedCopy or raises CopyError
(the documented import error, shown to the editor): never anything else. Inputs that
once broke it, and hand-made edge cases, live in tests/importer/fuzz_corpus/ and are
replayed on every run; add a file there when Hypothesis finds something.
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from series.importer import CopyError, parse_copy, parse_copy_bytes
from tests.importer.helpers import SAMPLE_NAMES, sample_bytes

CORPUS = sorted((Path(__file__).parent / "fuzz_corpus").iterdir())
THEMES = {"创新驱动": "innovation", "人才为先": "talent", "协作共进": "cooperation"}

# The pieces copy is made of: markers, headings, numerals, CJK text, odd whitespace.
FRAGMENTS = [
    "## ",
    "# ",
    "——",
    "之",
    "之一",
    "之十二",
    "之9999",
    "之0",
    "编者按：",
    "本报记者",
    "通讯员",
    "【评论】",
    "短评",
    "图片说明：",
    "摄",
    "责任编辑：",
    "“",
    "”",
    "：",
    "人民眼·县域经济",
    "创新驱动",
    "人才为先",
    "协作共进",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\u3000",
    "\t",
    "\ufeff",
    "\u200b",
    "\u202e",
    "\x00",
    "\x0c",
    "\ufffd",
    "2024年",
    "1286.4亿元",
    "县域经济高质量发展观察",
    "江阴",
    "<script>",
    "&amp;",
    "……",
]
copy_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60
).map("".join)


def parse_or_copy_error(parse, value) -> None:
    try:
        parse(value, themes=THEMES)
    except CopyError as error:
        assert str(error)  # the editor sees a message


FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


@FUZZ
@given(copy_text)
def test_any_text_parses_or_raises_copy_error(text):
    parse_or_copy_error(parse_copy, text)


@FUZZ
@given(
    st.binary(max_size=400)
    | copy_text.map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_any_bytes_parse_or_raise_copy_error(data):
    parse_or_copy_error(parse_copy_bytes, data)


@FUZZ
@given(
    st.sampled_from(SAMPLE_NAMES),
    st.lists(
        st.tuples(st.integers(0, 10_000), st.integers(0, 400), st.binary(max_size=8)),
        max_size=6,
    ),
)
def test_damaged_samples_parse_or_raise_copy_error(name, cuts):
    """Real copy with bytes cut out and spliced in: truncation, stray bytes, torn lines."""
    data = bytearray(sample_bytes(name))
    for start, length, insert in cuts:
        start %= len(data) or 1
        data[start : start + length] = insert
    parse_or_copy_error(parse_copy_bytes, bytes(data))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_corpus_replays_clean(path):
    parse_or_copy_error(parse_copy_bytes, path.read_bytes())
