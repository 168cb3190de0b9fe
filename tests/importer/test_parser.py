"""The copy parser on sample copy (tests/importer/samples/) and on each kind of damage.

Expected values come from the sample text itself: line numbers are looked up in the
file, paragraphs are compared with what the file says, so a change to a sample shows
up as a clear failure rather than a silent drift.
"""

import json

import pytest

from series.importer import (
    MAX_COPY_BYTES,
    CopyError,
    ThemeMatcher,
    parse_copy,
    parse_copy_bytes,
)
from tests.importer.helpers import (
    SAMPLE_NAMES,
    line_equal_to,
    line_of,
    prose_lines,
    sample_bytes,
    sample_text,
)

THEMES = {
    "创新驱动": "innovation",
    "人才为先": "talent",
    "需求导向": "demand",
    "协同协作": "cooperation",
    "协作共进": "cooperation",  # an alias the editors added
}


def parse_sample(name: str):
    return parse_copy_bytes(sample_bytes(name), themes=THEMES)


def warning_lines(parsed, fragment: str) -> list[int]:
    return [w.line for w in parsed.warnings if fragment in w.message]


# -- samples ----------------------------------------------------------------------


def test_first_installment_front_matter():
    parsed = parse_sample("jiangyin_01.txt")
    assert parsed.title == "一座县城的“冠军”密码"
    assert parsed.number == 1
    assert parsed.kicker == "人民眼·县域经济"
    assert parsed.deck == "204家企业产品市场占有率位居全国前三"
    assert parsed.subtitle == "——县域经济高质量发展观察之一"
    assert len(parsed.editors_note) == 1
    assert parsed.editors_note[0].startswith("编者按：")
    assert parsed.editors_note[0].endswith("敬请关注。")
    assert [(b.name, b.role) for b in parsed.bylines] == [
        ("林晓风", "reporter"),
        ("韩青禾", "reporter"),
    ]


def test_first_installment_sections_repair_broken_lines():
    parsed = parse_sample("jiangyin_01.txt")
    assert [(s.theme, s.heading) for s in parsed.sections] == [
        ("innovation", "创新驱动"),
        ("talent", "人才为先"),
    ]
    innovation, talent = parsed.sections
    assert innovation.subheading == "把研发中心建在车间旁边"
    # "……只能去上海、广" / blank line / "州等地……" is one paragraph again.
    assert "只能去上海、广州等地找实验室验证" in innovation.paragraphs[0]
    assert len(innovation.paragraphs) == 3
    assert talent.paragraphs[0].endswith("熟悉了真实的生产线。")
    assert not any(p == "线。" for p in talent.paragraphs)
    assert len(parsed.lead) == 2


def test_sidebar_author_printed_twice_is_kept_once():
    parsed = parse_sample("jiangyin_01.txt")
    (sidebar,) = parsed.sidebars
    assert sidebar.title == "县域创新的“三把钥匙”"
    assert sidebar.authors == ["苏望川"]
    assert len(sidebar.paragraphs) == 4
    assert sidebar.paragraphs[0] == "县域经济要往高处走，离不开三把钥匙。"
    second_author_line = line_of("jiangyin_01.txt", "苏望川") + 2
    assert warning_lines(parsed, "苏望川") == [second_author_line]
    # The author's name is structure, not a paragraph of the sidebar.
    assert "苏望川" not in parsed.all_paragraphs()


def test_photo_and_page_credits():
    parsed = parse_sample("jiangyin_01.txt")
    (photo,) = parsed.photo_credits
    assert photo.name == "林晓风"
    assert photo.caption == "年轻技术员在车间里调试一台数控机床。"
    assert [(c.role, c.names) for c in parsed.credits] == [
        ("editor", ["程一帆", "宋知远"]),
        ("designer", ["邹明朗"]),
    ]


def test_installment_twelve_with_correspondent():
    parsed = parse_sample("cixi_12.txt")
    assert parsed.number == 12
    assert parsed.subtitle.endswith("之十二")
    assert [(b.name, b.role) for b in parsed.bylines] == [
        ("葛映雪", "reporter"),
        ("邵南星", "correspondent"),
    ]
    assert parsed.editors_note == []


def test_unknown_heading_becomes_section_without_theme_and_warns():
    parsed = parse_sample("cixi_12.txt")
    assert [s.theme for s in parsed.sections] == ["demand", None, "cooperation"]
    unknown = parsed.sections[1]
    assert unknown.heading == "链式生长"
    assert unknown.subheading == "龙头带配套，配套成集群"
    expected = line_of("cixi_12.txt", "## 链式生长")
    (line,) = warning_lines(parsed, "链式生长")
    assert line == expected
    assert f"第 {expected} 行" in next(
        w.message for w in parsed.warnings if w.line == line
    )


def test_cut_paragraph_is_kept_and_reported():
    parsed = parse_sample("cixi_12.txt")
    demand = parsed.sections[0]
    assert demand.subheading == "从“卖产品”到“卖方案”"
    assert demand.paragraphs[-1].endswith("其中相当一部分瞄准的是")
    assert warning_lines(parsed, "断开") == [line_of("cixi_12.txt", "瞄准的是")]
    # The next section did not swallow the cut paragraph.
    assert not parsed.sections[1].paragraphs[0].startswith("现在")


def test_markup_characters_stay_text():
    parsed = parse_sample("cixi_12.txt")
    text = "\n".join(parsed.all_paragraphs())
    assert "功率<800瓦" in text
    assert "成本>售价" in text
    assert "“A&B”" in text
    assert "&lt;" not in text and "&amp;" not in text


def test_bare_name_at_the_end_is_a_photo_credit():
    parsed = parse_sample("cixi_12.txt")
    assert [(p.name, p.caption) for p in parsed.photo_credits] == [("蒋一帆", "")]
    assert "蒋一帆" not in parsed.all_paragraphs()
    assert [(c.role, c.names) for c in parsed.credits] == [
        ("editor", ["许清川"]),
        ("designer", ["邹明朗"]),
    ]


def test_gb18030_file():
    data = sample_bytes("fuqing_05_gb18030.txt")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    parsed = parse_copy_bytes(data, themes=THEMES)
    assert parsed.title == "一块玻璃连起一条产业链"
    assert parsed.number == 5
    # Bylines on two lines; 堃 is outside GB2312 but fine in GB18030.
    assert [(b.name, b.role) for b in parsed.bylines] == [
        ("陈可澄", "reporter"),
        ("林堃", "correspondent"),
        ("郑海潮", "correspondent"),
    ]
    # A heading listed as a theme alias finds its theme.
    assert parsed.sections[0].heading == "协作共进"
    assert parsed.sections[0].theme == "cooperation"


def test_unrecognised_lines_are_kept_and_reported():
    name = "fuqing_05_gb18030.txt"
    parsed = parse_sample(name)
    cooperation, innovation = parsed.sections
    # A "### " heading is not part of the format: kept as its own paragraph.
    assert "记者手记" in cooperation.paragraphs
    assert warning_lines(parsed, "记者手记") == [line_of(name, "### 记者手记")]
    # A stray name in mid-text is kept out of the text and listed as unplaced.
    assert "郑海潮" not in "".join(parsed.all_paragraphs())
    line = line_equal_to(name, "郑海潮")
    assert [(u.name, u.line) for u in parsed.unplaced_names] == [("郑海潮", line)]
    assert warning_lines(parsed, "郑海潮") == [line]
    # Decoration is skipped with a warning; an end mark (（完）) silently.
    assert warning_lines(parsed, "＊＊＊") == [line_of(name, "＊＊＊")]
    assert not any(p.strip("（）") == "完" for p in parsed.all_paragraphs())


def test_utf8_bom_crlf_without_kicker():
    name = "liuyang_23_bom_crlf.txt"
    assert sample_bytes(name).startswith(b"\xef\xbb\xbf")
    parsed = parse_sample(name)
    assert parsed.number == 23
    assert parsed.kicker == ""
    # Without a kicker, the short line before the headline is the deck.
    assert parsed.deck == "2025年花炮产业总产值达505.8亿元"
    assert parsed.editors_note == []
    assert [b.name for b in parsed.bylines] == ["黎春晓", "欧阳明远"]
    assert parsed.title_line == line_of(name, "# 一束烟花")


def test_sentence_broken_around_a_photo_caption_is_joined():
    parsed = parse_sample("liuyang_23_bom_crlf.txt")
    talent = parsed.sections[0]
    assert "有人学的是动画，有人学的是音乐，过去很难想象" in talent.paragraphs[0]
    assert parsed.photo_credits[0].caption == "焰火设计师在电脑上编排燃放程序。"


def test_commentator_sidebar():
    parsed = parse_sample("liuyang_23_bom_crlf.txt")
    (sidebar,) = parsed.sidebars
    assert sidebar.title == "“老产业”也能有新活法"
    assert sidebar.authors == ["贺清源"]
    assert sidebar.author_role == "commentator"
    assert "研发&设计" in sidebar.paragraphs[1]
    assert parsed.sections[1].theme is None
    assert [(c.role, c.names) for c in parsed.credits] == [
        ("editor", ["宋知远"]),
        ("designer", ["邹明朗"]),
    ]


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_no_prose_line_is_lost(name):
    """Every prose line of a sample ends up inside exactly one parsed paragraph."""
    parsed = parse_sample(name)
    paragraphs = parsed.all_paragraphs()
    for line in prose_lines(name, parsed):
        assert len([p for p in paragraphs if line in p]) == 1, line


def test_dry_run_json_shape():
    parsed = parse_sample("cixi_12.txt")
    data = json.loads(json.dumps(parsed.as_dict(), ensure_ascii=False))
    assert {
        "title",
        "number",
        "kicker",
        "deck",
        "subtitle",
        "editors_note",
        "bylines",
        "lead",
        "sections",
        "sidebars",
        "credits",
        "warnings",
    } <= set(data)
    assert data["sections"][1] == {
        "theme": None,
        "heading": "链式生长",
        "subheading": "龙头带配套，配套成集群",
        "paragraphs": parsed.sections[1].paragraphs,
    }
    assert data["sidebars"] == []
    assert data["bylines"][1] == {"name": "邵南星", "role": "correspondent"}
    assert all(
        set(w) == {"line", "message"} and f"第 {w['line']} 行" in w["message"]
        for w in data["warnings"]
    )


# -- damage, one kind at a time ---------------------------------------------------


def test_subtitle_numbers_beyond_ten():
    for number, numeral in [
        (23, "二十三"),
        (99, "九十九"),
        (101, "一百零一"),
        (7, "7"),
    ]:
        parsed = parse_copy(f"# 标题\n——某某观察之{numeral}\n正文。")
        assert parsed.number == number


def test_missing_number_warns():
    parsed = parse_copy("# 标题\n——县域经济高质量发展观察\n正文。")
    assert parsed.number is None
    assert warning_lines(parsed, "期数") == [2]
    parsed = parse_copy("# 标题\n正文。")
    assert parsed.number is None
    assert [w.line for w in parsed.warnings] == [None]


def test_broken_lines_join_without_blank_lines_too():
    parsed = parse_copy("# 标题\n\n他说，产业要往\n高处走。\n\n另起一段。")
    assert parsed.lead == ["他说，产业要往高处走。", "另起一段。"]


def test_cut_paragraph_at_end_of_copy():
    parsed = parse_copy("# 标题\n\n开头一段。\n\n结尾这段话没有说")
    assert parsed.lead[-1] == "结尾这段话没有说"
    assert warning_lines(parsed, "断开") == [5]


def test_cut_paragraph_before_credits_is_not_joined_to_them():
    parsed = parse_copy("# 标题\n\n这一段没有说完\n\n本版责编：甲乙")
    assert parsed.lead == ["这一段没有说完"]
    assert parsed.credits[0].names == ["甲乙"]
    assert warning_lines(parsed, "断开") == [3]


def test_heading_with_unknown_theme_and_theme_matching_ignores_quotes():
    matcher = ThemeMatcher({"人才为先": "talent"})
    assert matcher("“人才为先”") == "talent"
    assert matcher(" 人才 为先 ") == "talent"
    assert matcher("人才") is None
    parsed = parse_copy(
        "# 标题\n## “人才为先”\n副题一行\n正文。\n## 别的\n副题\n正文。", themes=matcher
    )
    assert [s.theme for s in parsed.sections] == ["talent", None]
    assert warning_lines(parsed, "别的") == [5]


def test_markup_and_entities_are_plain_text():
    copy = "# A<b>&amp;</b>\n\n<script>alert(1)</script>是文字。\n\nR&D投入>5%。"
    parsed = parse_copy(copy)
    assert parsed.title == "A<b>&amp;</b>"
    assert parsed.lead == ["<script>alert(1)</script>是文字。", "R&D投入>5%。"]


def test_multi_line_sidebar_authors_are_deduplicated():
    copy = "# 标题\n\n正文。\n\n## “三问”县域\n王甲 李乙\n\n王甲\n\n第一段。\n"
    parsed = parse_copy(copy)
    (sidebar,) = parsed.sidebars
    assert sidebar.authors == ["王甲", "李乙"]
    assert sidebar.paragraphs == ["第一段。"]


def test_second_headline_is_read_as_a_heading():
    parsed = parse_copy("# 标题\n正文。\n# 又一个\n副题\n正文二。", themes=THEMES)
    assert parsed.title == "标题"
    assert parsed.sections[0].heading == "又一个"
    assert 3 in warning_lines(parsed, "不止一行")


def test_preamble_deck_without_kicker():
    copy = "本报今起推出系列报道，敬请关注。\n\n一句引题\n# 标题\n正文。"
    parsed = parse_copy(copy)
    assert parsed.editors_note == ["本报今起推出系列报道，敬请关注。"]
    assert parsed.deck == "一句引题"


def test_byline_lookalike_prose_stays_prose():
    parsed = parse_copy("# 标题\n\n记者调查发现，企业订单排到了明年。")
    assert parsed.bylines == []
    assert parsed.lead == ["记者调查发现，企业订单排到了明年。"]


# -- input that cannot be imported ------------------------------------------------


@pytest.mark.parametrize("data", [b"", b"  \n\n\t ", b"\xef\xbb\xbf\r\n"])
def test_empty_copy_is_refused(data):
    with pytest.raises(CopyError, match="空"):
        parse_copy_bytes(data)


def test_no_headline_is_refused():
    with pytest.raises(CopyError, match="没有找到标题") as error:
        parse_copy("## 人民眼·县域经济\n\n一段正文。\n")
    assert "第 1 行到第 4 行" in str(error.value)


def test_empty_headline_names_its_line():
    with pytest.raises(CopyError, match="第 3 行") as error:
        parse_copy("引题\n\n# \n正文。")
    assert error.value.line == 3


def test_nul_byte_names_its_line():
    with pytest.raises(CopyError, match="第 2 行.*空字符") as error:
        parse_copy_bytes("# 标题\n正文\x00。".encode())
    assert error.value.line == 2


def test_binary_garbage_is_refused():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 4
    with pytest.raises(CopyError, match="不像是文本稿件") as error:
        parse_copy_bytes(png)
    # 0x80 is the first byte neither decoder accepts; lines end at \r\n, \n and \r.
    assert error.value.line == 5
    assert "第 5 行" in str(error.value)


def test_control_characters_are_refused():
    with pytest.raises(CopyError, match="第 3 行.*控制字符"):
        parse_copy_bytes("# 标题\r\n正文。\r\n坏\x07行".encode())


@pytest.mark.parametrize(
    "data",
    [
        "# Café crème\nÜber straße".encode("latin-1"),
        "# Title\n“smart quotes” — dashes".encode("cp1252"),
        "# 標題\n繁體中文的稿件，用的是臺灣常見的編碼。".encode("big5"),
        b"# \xff\xfe",
    ],
)
def test_other_encodings_are_refused(data):
    with pytest.raises(CopyError, match="UTF-8 或 GB18030"):
        parse_copy_bytes(data)


def test_utf16_is_refused():
    with pytest.raises(CopyError):
        parse_copy_bytes("# 标题\n正文。".encode("utf-16"))


def test_gb18030_and_utf8_give_the_same_result():
    text = sample_text("cixi_12.txt")
    from_utf8 = parse_copy_bytes(text.encode("utf-8"), themes=THEMES)
    from_gb = parse_copy_bytes(text.encode("gb18030"), themes=THEMES)
    assert from_gb.as_dict() == from_utf8.as_dict()


def test_oversize_copy_is_refused():
    line = "# 标题\n" + "这是一段很长的正文。" * 100 + "\n"
    data = line.encode() * (MAX_COPY_BYTES // len(line.encode()) + 1)
    assert len(data) > MAX_COPY_BYTES
    with pytest.raises(CopyError, match="2 MB"):
        parse_copy_bytes(data)
    with pytest.raises(CopyError, match="2 MB"):
        parse_copy(data.decode())


def test_copy_just_under_the_limit_parses():
    head = "# 标题\n".encode()
    filler = "正文。".encode()
    data = head + filler * ((MAX_COPY_BYTES - len(head)) // len(filler))
    assert len(data) <= MAX_COPY_BYTES
    assert parse_copy_bytes(data).title == "标题"


def test_bare_heading_marks_are_skipped_with_a_warning():
    parsed = parse_copy("# 标题\n\n正文。\n\n##\n\n又一段。", themes=THEMES)
    assert parsed.sections == []
    assert parsed.lead == ["正文。", "又一段。"]
    assert [w.line for w in parsed.warnings if "只有符号" in w.message] == [5]


def test_editors_note_label_is_not_taken_for_the_kicker():
    copy = "## 编者按\n本报今起推出系列报道，敬请关注。\n\n# 标题\n正文。"
    parsed = parse_copy(copy)
    assert parsed.kicker == ""
    assert parsed.editors_note == ["本报今起推出系列报道，敬请关注。"]
    assert parsed.warnings[0].line is None  # only the missing number


def test_text_between_kicker_and_headline_keeps_the_last_line_as_deck():
    copy = (
        "## 人民眼·县域经济\n\n县域是经济的基本单元。本报推出系列报道，敬请关注。\n\n"
        "约三成的单项冠军分布在县域\n\n# 标题\n正文。"
    )
    parsed = parse_copy(copy)
    assert parsed.kicker == "人民眼·县域经济"
    assert parsed.deck == "约三成的单项冠军分布在县域"
    assert parsed.deck_line == 5
    assert parsed.editors_note == ["县域是经济的基本单元。本报推出系列报道，敬请关注。"]
    assert 3 in warning_lines(parsed, "其余作为编者按")


def test_deck_broken_across_lines_is_one_deck():
    parsed = parse_copy("## 人民眼\n约三成的单项冠军\n\n分布在县域\n# 标题\n正文。")
    assert parsed.deck == "约三成的单项冠军分布在县域"
    assert parsed.editors_note == []
