"""What one line of copy is, judged on its own: heading, byline, credit, name or prose.

The parser (parser.py) then reads these kinds in context; a name-like line, for
instance, is a sidebar author, a photo credit or the tail of a broken sentence
depending on where it stands.
"""

import re
from dataclasses import dataclass, field
from enum import Enum

from series.numerals import parse_chinese_numeral
from series.slugs import COMPOUND_SURNAMES


class Kind(Enum):
    BLANK = "blank"
    HEADLINE = "headline"  # "# " line
    HEADING = (
        "heading"  # "## " line: kicker before the headline, section or sidebar after
    )
    DEEP_HEADING = "deep_heading"  # "### " and deeper: not part of the format
    SUBTITLE = "subtitle"  # ——……之十二
    BYLINE = "byline"  # 本报记者 王甲 李乙  本报通讯员 赵丙
    CREDIT = "credit"  # 本版责编：甲  版式设计：乙
    CAPTION = "caption"  # ……（本报记者 某某摄）
    NAMES = "names"  # a bare name (or names) on its own line
    END_MARK = "end_mark"  # （完） and the like: layout, not copy
    DECORATION = "decoration"  # only symbols: ***, ■■■
    TEXT = "text"


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as the editor's text editor counts
    text: str  # stripped of surrounding (also full-width) whitespace
    kind: Kind
    names: tuple[tuple[str, str], ...] = field(default=())  # (name, role) pairs
    number_in_subtitle: int | None = None


# Sentence-final punctuation: a paragraph ending in anything else was broken off.
CLOSING = tuple("。！？!?…”’」』）)；：》")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HEADING_RE = re.compile(r"^([#＃]+)\s*(.*?)\s*$")
_SUBTITLE_RE = re.compile(r"^(?:——|--|－－|──|—)\s*(.+?)\s*$")
_SUBTITLE_NUMBER_RE = re.compile(
    r"之\s*([零〇一二两三四五六七八九十百千0-9０-９]+)\s*$"
)
_ROLE_WORDS = {
    "记者": "reporter",
    "通讯员": "correspondent",
    "评论员": "commentator",
}
_BYLINE_ROLE_RE = re.compile(r"(?:本报|人民日报)?(记者|通讯员|评论员)[:：]?")
_CREDIT_LABELS = {
    "本版责编": "editor",
    "责任编辑": "editor",
    "责编": "editor",
    "版式设计": "designer",
    "版面设计": "designer",
    "美编": "designer",
}
_CREDIT_LABEL_RE = re.compile(
    r"(" + "|".join(sorted(_CREDIT_LABELS, key=len, reverse=True)) + r")\s*[:：]\s*"
)
_PHOTOGRAPHER = (
    r"(?:(?:本报|新华社|人民日报)?(?:记者|通讯员))?\s*(?P<names>[^（）()]+?)\s*摄"
)
_CAPTION_RE = re.compile(rf"^(?P<caption>.*?)[（(]\s*{_PHOTOGRAPHER}\s*[）)]\s*$")
# A credit line on its own, without brackets: 本报记者 王甲摄
_BARE_PHOTO_CREDIT_RE = re.compile(rf"^(?P<caption>){_PHOTOGRAPHER}$")
_NAME_SEPARATORS = re.compile(r"[\s、，,；;]+")
_AUTHOR_MARKS = "□■◆◇●○◎★☆"
_END_MARKS = frozenset(["（完）", "(完)", "（待续）", "(待续)", "【完】", "（全文完）"])

# Common surnames: a bare line of two or three characters is taken for a person's
# name only when it starts with one, so short phrases stay prose.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
    "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱"
    "江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安"
    "齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时"
    "穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
    "苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘查麻苑迟邝封谈匡鞠惠荆"
)
_HAN_ONLY_RE = re.compile(rf"^[{_HAN}]+$")
_MINORITY_NAME_RE = re.compile(rf"^[{_HAN}]{{1,8}}(?:[·•・][{_HAN}]{{1,8}})+$")


def ends_sentence(text: str) -> bool:
    return text.endswith(CLOSING)


def is_person_name(token: str, *, strict: bool = True) -> bool:
    """A Chinese personal name; strict also asks for a known surname."""
    if _MINORITY_NAME_RE.match(token):
        return len(token) <= 16
    if not _HAN_ONLY_RE.match(token) or not 2 <= len(token) <= 4:
        return False
    if not strict:
        return True
    if token[:2] in COMPOUND_SURNAMES:
        return len(token) >= 3
    return token[0] in SURNAMES and len(token) <= 3


def split_names(text: str) -> list[str]:
    return [token for token in _NAME_SEPARATORS.split(text) if token]


def bare_names(text: str) -> list[str]:
    """The names on a line holding nothing but names (sidebar author, photographer)."""
    names = split_names(text.lstrip(_AUTHOR_MARKS).strip())
    if names and all(is_person_name(name) for name in names):
        return names
    return []


def byline_names(text: str) -> list[tuple[str, str]]:
    """(name, role) pairs of a 本报记者 … 本报通讯员 … line; [] if it is not one."""
    text = text.lstrip(_AUTHOR_MARKS).strip()
    parts = _BYLINE_ROLE_RE.split(text)
    # split() leaves any text before the first role word in parts[0]: not a byline.
    if len(parts) < 3 or parts[0].strip():
        return []
    pairs: list[tuple[str, str]] = []
    for role_word, names_text in zip(parts[1::2], parts[2::2], strict=True):
        names = split_names(names_text)
        if not names or not all(is_person_name(n, strict=False) for n in names):
            return []
        pairs.extend((name, _ROLE_WORDS[role_word]) for name in names)
    return pairs


def credit_names(text: str) -> list[tuple[str, str]]:
    """(name, role) pairs of a 本版责编：… 版式设计：… line; [] if it is not one."""
    parts = _CREDIT_LABEL_RE.split(text)
    if len(parts) < 3 or parts[0].strip():
        return []
    pairs = []
    for label, names_text in zip(parts[1::2], parts[2::2], strict=True):
        pairs.extend((name, _CREDIT_LABELS[label]) for name in split_names(names_text))
    return pairs


def credit_labels(text: str) -> dict[str, str]:
    """{role: label as printed} of a credit line: 本版责编 stays 本版责编."""
    parts = _CREDIT_LABEL_RE.split(text)
    return {_CREDIT_LABELS[label]: label for label in parts[1::2]}


def caption_credit(text: str) -> tuple[str, list[str]] | None:
    """(caption, photographers) of a line ending in （本报记者 某某摄）."""
    match = _CAPTION_RE.match(text) or _BARE_PHOTO_CREDIT_RE.match(text)
    if not match:
        return None
    names = split_names(match["names"])
    if not names or not all(is_person_name(name, strict=False) for name in names):
        return None
    return match["caption"].strip(), names


def subtitle_number(text: str) -> int | None:
    match = _SUBTITLE_NUMBER_RE.search(text)
    if not match:
        return None
    digits = match[1].translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    try:
        return parse_chinese_numeral(digits)
    except ValueError:
        return None


def _is_decoration(text: str) -> bool:
    return not re.search(rf"[{_HAN}A-Za-z0-9]", text)


def classify(number: int, raw: str) -> Line:
    """Judge one line on its own."""
    text = raw.strip()
    if not text:
        return Line(number, "", Kind.BLANK)
    heading = _HEADING_RE.match(text)
    if heading:
        level = len(heading[1])
        if level > 1 and not heading[2]:
            return Line(number, text, Kind.DECORATION)  # a bare "##": nothing to keep
        kind = {1: Kind.HEADLINE, 2: Kind.HEADING}.get(level, Kind.DEEP_HEADING)
        return Line(number, heading[2], kind)
    return _classify_content(number, text)


def _classify_content(number: int, text: str) -> Line:
    subtitle = _SUBTITLE_RE.match(text)
    if subtitle and not _is_decoration(subtitle[1]):
        return Line(
            number, text, Kind.SUBTITLE, number_in_subtitle=subtitle_number(text)
        )
    if text in _END_MARKS:
        return Line(number, text, Kind.END_MARK)
    if _is_decoration(text):
        return Line(number, text, Kind.DECORATION)
    if pairs := credit_names(text):
        return Line(number, text, Kind.CREDIT, names=tuple(pairs))
    if caption := caption_credit(text):
        caption_text, names = caption
        pairs = tuple((name, "photographer") for name in names)
        return Line(number, caption_text, Kind.CAPTION, names=pairs)
    if pairs := byline_names(text):
        return Line(number, text, Kind.BYLINE, names=tuple(pairs))
    if names := bare_names(text):
        return Line(number, text, Kind.NAMES, names=tuple((n, "") for n in names))
    return Line(number, text, Kind.TEXT)


def split_lines(text: str) -> list[str]:
    """Lines as an editor counts them: \\r\\n, \\r and \\n each end one."""
    return re.split(r"\r\n|\r|\n", text)
