"""Chinese word segmentation for the search index and for readers' queries.

PostgreSQL and SQLite full-text search split text on spaces and punctuation, so an
unsegmented Chinese clause is one token and nobody can find 人才 inside it. We cut
text into words with jieba before it reaches the database and join the words with
spaces; the database then sees ordinary space-separated tokens.

Indexed text gets *every* dictionary word inside each longer word (汽车玻璃 is
indexed as 汽车玻璃, 汽车 and 玻璃), a superset of jieba's search mode, which only
adds two- and three-character parts. Queries are cut in precise mode: 汽车玻璃 stays
one term and finds the compound, 玻璃 finds both.

Everything here is a pure function; the jieba tokenizer (with the newsroom's names
loaded, see vocabulary.py) comes in as an argument.
"""

import re
import unicodedata
from collections.abc import Iterator

import opencc

MAX_QUERY_CHARS = 80
MAX_QUERY_TERMS = 8
# Parts of a long word worth indexing on their own never exceed this length.
MAX_SUBWORD_CHARS = 8

# Function words that would make "all words" queries needlessly strict. Dropped
# from a query only when it has other terms.
QUERY_STOPWORDS = frozenset("的了和与及是在之也就都而或等把被对从")

_to_simplified = opencc.OpenCC("t2s")
# Letters and digits, with inner dots kept so 505.8 stays one number.
_WORD_PART = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")
_HAN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
_SPACES = re.compile(r"\s+")


def strip_control(text: str) -> str:
    """Turn control and invisible format characters (NUL, zero-width, bidi) into spaces."""
    return "".join(
        " " if unicodedata.category(ch).startswith("C") else ch for ch in text
    )


def clean_query(raw: str) -> str:
    """What a reader typed, made safe to show and to search: bounded, one-line, visible."""
    text = _SPACES.sub(" ", strip_control(raw or "")).strip()
    return text[:MAX_QUERY_CHARS].strip()


def normalize(text: str) -> str:
    """Full-width to half-width, traditional to simplified, lower case.

    Applied to indexed text and to queries alike, so 數據 finds 数据 and ＡＩ finds ai.
    """
    return _to_simplified.convert(unicodedata.normalize("NFKC", text)).lower()


def word_parts(token: str) -> list[str]:
    """The searchable pieces of one jieba token; punctuation and symbols drop out."""
    return _WORD_PART.findall(token)


def is_han(word: str) -> bool:
    return bool(_HAN.match(word))


def dictionary_subwords(word: str, frequencies: dict) -> Iterator[str]:
    """Every dictionary word strictly inside `word`: 引进人才 -> 引进, 人才."""
    if len(word) < 3 or not is_han(word):
        return
    longest = min(len(word) - 1, MAX_SUBWORD_CHARS)
    for size in range(2, longest + 1):
        for start in range(len(word) - size + 1):
            part = word[start : start + size]
            if frequencies.get(part):
                yield part


def index_tokens(text: str, tokenizer) -> Iterator[str]:
    """Words of `text` as the index stores them: each word, then its inner words."""
    for token in tokenizer.cut(normalize(text), HMM=True):
        for word in word_parts(token):
            yield word
            yield from dictionary_subwords(word, tokenizer.FREQ)


def segment_for_index(text: str, tokenizer) -> str:
    """`text` as space-separated words, ready for the database's own tokenizer."""
    if not text or not text.strip():
        return ""
    return " ".join(index_tokens(text, tokenizer))


def query_terms(raw: str, tokenizer) -> list[str]:
    """The words to look for: precise cut, no punctuation, no repeats, at most 8.

    Function words (的, 和, ...) are dropped unless nothing else is left.
    """
    text = normalize(clean_query(raw))
    terms: list[str] = []
    for token in tokenizer.cut(text, HMM=True):
        for word in word_parts(token):
            if word not in terms:
                terms.append(word)
    meaningful = [term for term in terms if term not in QUERY_STOPWORDS]
    return (meaningful or terms)[:MAX_QUERY_TERMS]
