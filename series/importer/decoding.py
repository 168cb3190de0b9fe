"""Bytes to text: UTF-8 (with or without BOM) or GB18030, and nothing else.

Layout systems on newsroom PCs still export GB18030; everything newer writes UTF-8.
Anything that is neither (a Word file, a PDF, a photo, UTF-16) is refused here, with
the line where the trouble starts, before the parser sees a character of it.
"""

import re

from django.utils.translation import gettext as _

from series.importer.structure import CopyError

MAX_COPY_BYTES = 2 * 1024 * 1024
UTF8_BOM = b"\xef\xbb\xbf"
_LINE_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")
# Control characters (Unicode category Cc) other than tab, newlines and form feed:
# text never holds them, binary always does.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# GB18030 decodes some non-Chinese bytes (Latin-1 accents, odd binaries) into rare
# ideographs. Real copy is nearly all GB2312; above this share of rarities we refuse.
_MAX_RARE_SHARE = 0.2


def check_size(size: int) -> None:
    if size > MAX_COPY_BYTES:
        raise CopyError(
            _("稿件有 %(size)d KB，超过 2 MB（2048 KB）的上限；请分开导入。")
            % {"size": -(-size // 1024)}
        )


def _line_at(data: bytes, offset: int) -> int:
    """The line holding byte `offset`, counted as the parser counts (\r\n, \r, \n)."""
    return len(_LINE_BREAK_BYTES.findall(data, 0, offset)) + 1


def _line_in_text(text: str, index: int) -> int:
    return len(re.findall(r"\r\n|\r|\n", text[:index])) + 1


def _undecodable(line: int) -> CopyError:
    return CopyError(
        _(
            "第 %(line)d 行无法按 UTF-8 或 GB18030 读取，这不像是文本稿件；"
            "请另存为 UTF-8 文本后再导入。"
        )
        % {"line": line},
        line=line,
    )


def _rare_share(text: str) -> tuple[float, int]:
    """Share of non-ASCII characters outside GB2312, and where the first one is."""
    non_ascii = rare = 0
    first_rare = -1
    for index, char in enumerate(text):
        if ord(char) < 128:
            continue
        non_ascii += 1
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            rare += 1
            first_rare = index if first_rare < 0 else first_rare
    return (rare / non_ascii if non_ascii else 0.0), first_rare


def _decode_gb18030(data: bytes) -> str:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise _undecodable(_line_at(data, error.start)) from None
    share, first_rare = _rare_share(text)
    if share > _MAX_RARE_SHARE:
        raise _undecodable(_line_in_text(text, first_rare))
    return text


def decode_copy(data: bytes) -> str:
    """Decode uploaded copy; raise CopyError for oversize, binary or foreign bytes."""
    check_size(len(data))
    nul = data.find(b"\x00")
    if nul >= 0:
        line = _line_at(data, nul)
        raise CopyError(
            _("第 %(line)d 行含有空字符（NUL），这不是文本稿件。") % {"line": line},
            line=line,
        )
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM) :]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise _undecodable(_line_at(data, error.start)) from None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_gb18030(data)
    check_text(text)
    return text


def check_text(text: str) -> None:
    """Refuse text carrying control characters: binary that happened to decode."""
    check_size(len(text.encode("utf-8", errors="replace")))
    control = _CONTROL_RE.search(text)
    if control:
        line = _line_in_text(text, control.start())
        raise CopyError(
            _("第 %(line)d 行含有控制字符，这看起来不是文本稿件。") % {"line": line},
            line=line,
        )
