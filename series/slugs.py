"""Pinyin slugs for people and places: 姚雪青 -> yao-xueqing, 江阴 -> jiangyin."""

import re

from django.utils.text import slugify
from pypinyin import lazy_pinyin

# Two-character surnames that must stay together in a person slug.
COMPOUND_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "令狐",
        "端木",
        "西门",
    ]
)


def _ascii(parts: list[str]) -> str:
    return re.sub(r"[^a-z0-9]+", "", "".join(parts).lower())


def person_slug(name: str) -> str:
    """Surname, hyphen, given name: the order a Chinese byline reads."""
    name = name.strip()
    if not name:
        return ""
    if not re.search(r"[\u4e00-\u9fff]", name):
        return slugify(name)
    surname_len = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    surname = _ascii(lazy_pinyin(name[:surname_len]))
    given = _ascii(lazy_pinyin(name[surname_len:]))
    return f"{surname}-{given}" if given else surname


def place_slug(name: str) -> str:
    return _ascii(lazy_pinyin(name.strip())) or slugify(name)


def unique_slug(base: str, taken) -> str:
    """First of base, base-2, base-3 … for which taken(slug) is False."""
    base = base or "item"
    candidate, n = base, 1
    while taken(candidate):
        n += 1
        candidate = f"{base}-{n}"
    return candidate
