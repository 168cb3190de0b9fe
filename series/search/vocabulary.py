"""The newsroom's own words, kept whole by the segmenter.

jieba does not know our reporters or every county: it cuts 姚雪青 into 姚 / 雪青. The
names of people, places and themes (with their aliases), the titles and kickers of
series and the unit words of published copy (copy_terms.py: headings, key-figure labels,
quoted names, numbers with units) go into a user dictionary, so they are indexed and
searched as single words.

The dictionary lives in one jieba tokenizer per process. It is loaded on first use
and reloaded when the vocabulary version in the cache changes (signals.py bumps it
when a snippet or series changes; with Redis every process sees the bump) or, as a
safety net for per-process caches, when it is older than RELOAD_AFTER_SECONDS.
"""

import logging
import re
import threading
import time
import uuid

import jieba
from django.core.cache import cache
from django.db import DatabaseError, transaction

from series.search.segment import normalize

VERSION_CACHE_KEY = "series:search:vocabulary-version"
RELOAD_AFTER_SECONDS = 300
MIN_WORD_CHARS, MAX_WORD_CHARS = 2, 20

logger = logging.getLogger(__name__)
# jieba announces every dictionary load on stderr at DEBUG level.
jieba.setLogLevel(logging.WARNING)

_NON_WORD = re.compile(r"[^\w]+")
_HAN = re.compile(r"[\u3400-\u9fff]")


def words_from_names(names) -> set[str]:
    """Dictionary words from names and titles: 人民眼·县域经济 -> 人民眼, 县域经济."""
    words = set()
    for name in names:
        for part in _NON_WORD.split(normalize(name or "")):
            if MIN_WORD_CHARS <= len(part) <= MAX_WORD_CHARS and _HAN.search(part):
                words.add(part)
    return words


def newsroom_names() -> list[str]:
    """Every name and title the newsroom has set up, read from the database."""
    from series.models import Person, Place, SeriesPage, Theme

    names = list(Person.objects.values_list("name", flat=True))
    names += Place.objects.values_list("name", flat=True)
    for theme in Theme.objects.only("name", "aliases"):
        names += theme.headings()
    for title, kicker in SeriesPage.objects.values_list("title", "kicker"):
        names += [title, kicker]
    return names


def current_version():
    return cache.get(VERSION_CACHE_KEY, 0)


def bump_version() -> None:
    """Tell every process to reload the vocabulary before its next cut.

    A fresh random token rather than a counter: a cleared or restarted cache can
    never bring back a version some process already holds.
    """
    cache.set(VERSION_CACHE_KEY, uuid.uuid4().hex, timeout=None)


class Vocabulary:
    """A jieba tokenizer plus the newsroom words loaded into it."""

    def __init__(self):
        self._lock = threading.Lock()
        self._tokenizer = None
        self.words: frozenset[str] = frozenset()
        self._version = None
        self._loaded_at = 0.0

    def tokenizer(self) -> jieba.Tokenizer:
        version = current_version()
        stale = time.monotonic() - self._loaded_at > RELOAD_AFTER_SECONDS
        if self._tokenizer is None or version != self._version or stale:
            with self._lock:
                self._load(version)
        return self._tokenizer

    def _load(self, version) -> None:
        words = self._read_words()
        if words is None:  # database not ready (migrations): plain jieba for now
            words, version = frozenset(), None
        # jieba can add words but not cleanly forget them: start afresh on removals.
        if self._tokenizer is None or not self.words <= words:
            self._tokenizer = jieba.Tokenizer()
            self._tokenizer.initialize()
            self.words = frozenset()
        for word in sorted(words - self.words):
            self._tokenizer.add_word(word)
        self.words = words
        self._version, self._loaded_at = version, time.monotonic()

    @staticmethod
    def _read_words() -> frozenset[str] | None:
        from series.models import CopyTerm

        try:
            with transaction.atomic():  # a failure must not poison the caller's
                words = words_from_names(newsroom_names())
                words |= set(CopyTerm.objects.values_list("term", flat=True))
                return frozenset(words)
        except DatabaseError:
            logger.warning("Search vocabulary not loaded: database not ready")
            return None


vocabulary = Vocabulary()


def tokenizer() -> jieba.Tokenizer:
    """The process's tokenizer with the current newsroom words."""
    return vocabulary.tokenizer()


def known_words() -> frozenset[str]:
    """The dictionary's newsroom words (for suggestions)."""
    vocabulary.tokenizer()
    return vocabulary.words
