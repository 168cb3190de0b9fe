"""`manage.py import_installment`: drafts from copy files, and refusals that write nothing."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Revision

from series.importer import MAX_COPY_BYTES
from series.management.commands.import_installment import Command
from series.models import InstallmentPage, Person, SeriesPage
from tests.factories import InstallmentPageFactory, PersonFactory, SeriesPageFactory
from tests.importer.helpers import SAMPLE_NAMES, SAMPLES, line_of, row_counts

pytestmark = pytest.mark.django_db


def run(*args) -> tuple[str, str]:
    """call_command with output captured; returns (stdout, stderr)."""
    out, err = StringIO(), StringIO()
    call_command("import_installment", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_creates_a_draft_with_people_and_body(series, themes):
    existing = PersonFactory(name="邹明朗", default_role="designer")
    out, _err = run(str(SAMPLES / "cixi_12.txt"), "--series", series.slug, "--json")
    result = json.loads(out)
    page = InstallmentPage.objects.get(pk=result["page_id"])
    assert page.get_parent().pk == series.pk
    assert not page.live and page.has_unpublished_changes
    assert Revision.objects.filter(object_id=str(page.pk)).count() == 1
    assert result["admin_url"].endswith(f"/admin/pages/{page.pk}/edit/")
    assert page.title == "小家电里的大市场"
    assert page.number == 12
    assert page.subtitle == "——县域经济高质量发展观察之十二"
    assert page.subtitle_override == ""
    assert page.deck == "13家制造业单项冠军从这里走出"
    roles = [(b.person.name, b.role) for b in page.bylines.all()]
    assert roles == [
        ("葛映雪", "reporter"),
        ("邵南星", "correspondent"),
        ("蒋一帆", "photographer"),
        ("许清川", "editor"),
        ("邹明朗", "designer"),
    ]
    # Linked by name, not duplicated; new people get pinyin slugs.
    assert Person.objects.filter(name="邹明朗").get() == existing
    assert Person.objects.get(name="葛映雪").slug == "ge-yingxue"
    assert Person.objects.get(name="邵南星").default_role == "correspondent"
    sections = page.sections()
    assert [s["theme"] for s in sections] == [
        themes["demand"],
        None,
        themes["cooperation"],
    ]
    assert sections[1]["heading"] == "链式生长"
    messages = [w["message"] for w in result["warnings"]]
    line = line_of("cixi_12.txt", "## 链式生长")
    assert any("链式生长" in m and f"第 {line} 行" in m for m in messages)


def test_markup_in_copy_is_stored_escaped(series, themes):
    out, _err = run(str(SAMPLES / "cixi_12.txt"), "--series", series.slug, "--json")
    page = InstallmentPage.objects.get(pk=json.loads(out)["page_id"])
    stored = json.dumps(list(page.body.raw_data), ensure_ascii=False)
    assert "功率&lt;800瓦" in stored
    assert "成本&gt;售价" in stored
    assert "“A&amp;B”" in stored
    assert "<800" not in stored


def test_sidebar_becomes_commentary_with_author(series, themes):
    run(str(SAMPLES / "jiangyin_01.txt"), "--series", series.slug)
    page = InstallmentPage.objects.child_of(series).get()
    (commentary,) = page.commentaries()
    assert commentary["title"] == "县域创新的“三把钥匙”"
    assert commentary["author"].name == "苏望川"
    assert commentary["body"].source.count("<p>") == 4
    assert ("苏望川", "commentator") in [
        (b.person.name, b.role) for b in page.bylines.all()
    ]
    # The series had no editor's note: the copy's introduction becomes its draft one.
    assert page.standfirst == ""
    series = SeriesPage.objects.get(pk=series.pk)
    assert not series.editors_note  # a draft of the series: an editor publishes it
    note = series.get_latest_revision_as_object().editors_note
    assert note.startswith("<p>编者按：")


def test_number_option_overrides_the_copy(series, themes):
    run(str(SAMPLES / "cixi_12.txt"), "--series", series.slug, "--number", "30")
    page = InstallmentPage.objects.child_of(series).get()
    assert page.number == 30
    assert page.subtitle == "——县域经济高质量发展观察之三十"


def test_gb18030_and_bom_files_import(series, themes):
    run(str(SAMPLES / "fuqing_05_gb18030.txt"), "--series", series.slug)
    run(str(SAMPLES / "liuyang_23_bom_crlf.txt"), "--series", series.slug)
    pages = InstallmentPage.objects.child_of(series).order_by("number")
    assert [(p.number, p.title) for p in pages] == [
        (5, "一块玻璃连起一条产业链"),
        (23, "一束烟花照亮一座城"),
    ]
    assert Person.objects.get(name="林堃").slug == "lin-kun"
    assert Person.objects.get(name="欧阳明远").slug == "ouyang-mingyuan"


def test_copy_without_number_takes_the_next_free_one(series, tmp_path):
    InstallmentPageFactory(parent=series, number=1)
    copy = tmp_path / "copy.txt"
    copy.write_text("# 没有期数的一篇\n\n正文一段。\n", encoding="utf-8")
    out, _err = run(str(copy), "--series", series.slug, "--json")
    page = InstallmentPage.objects.get(pk=json.loads(out)["page_id"])
    assert page.number == 2
    assert any("下一个可用编号 2" in w["message"] for w in json.loads(out)["warnings"])


def test_other_series_title_is_kept_as_subtitle_override(home, tmp_path):
    series = SeriesPageFactory(parent=home, title="另一个系列")
    copy = tmp_path / "copy.txt"
    copy.write_text("# 标题\n——县域经济高质量发展观察之三\n正文。", encoding="utf-8")
    run(str(copy), "--series", series.slug, "--number", "4")
    page = InstallmentPage.objects.child_of(series).get()
    assert page.subtitle == "——县域经济高质量发展观察之四"


def test_dry_run_json_writes_nothing(series, themes):
    before = row_counts()
    out, _err = run(
        str(SAMPLES / "cixi_12.txt"), "--series", series.slug, "--dry-run", "--json"
    )
    assert row_counts() == before
    data = json.loads(out)
    assert data["title"] == "小家电里的大市场"
    assert data["number"] == 12
    assert data["sections"][0]["theme"] == "demand"
    assert data["sections"][1]["theme"] is None
    assert data["bylines"][1] == {"name": "邵南星", "role": "correspondent"}
    assert data["credits"] == [
        {"role": "editor", "label": "本版责编", "names": ["许清川"]},
        {"role": "designer", "label": "版式设计", "names": ["邹明朗"]},
    ]
    assert data["lead"][0].startswith("杭州湾南岸的慈溪")


def test_dry_run_without_json_summarises(series, themes):
    before = row_counts()
    out, err = run(str(SAMPLES / "cixi_12.txt"), "--series", series.slug, "--dry-run")
    assert row_counts() == before
    assert "小家电里的大市场" in out and "试运行" in out
    assert f"第 {line_of('cixi_12.txt', '## 链式生长')} 行" in err


def test_dry_run_reports_a_duplicate_number(series, themes):
    InstallmentPageFactory(parent=series, number=12, title="已有的一篇")
    with pytest.raises(CommandError, match="已有第 12 篇"):
        run(str(SAMPLES / "cixi_12.txt"), "--series", series.slug, "--dry-run")


# -- bad input: message, exit status 1, no row written -------------------------------


def write(tmp_path, data: bytes):
    path = tmp_path / "copy.txt"
    path.write_bytes(data)
    return str(path)


def big_file(tmp_path):
    line = "# 标题\n" + "这是一段正文。" * 50 + "\n"
    data = line.encode() * (MAX_COPY_BYTES // len(line.encode()) + 2)
    return write(tmp_path, data)


BAD_INPUTS = {
    "empty": (lambda tmp: write(tmp, b""), "稿件是空的"),
    "binary": (
        lambda tmp: write(tmp, b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 8),
        "第 5 行无法按 UTF-8 或 GB18030 读取",
    ),
    "nul": (
        lambda tmp: write(tmp, "# 标题\n正文。\n\x00".encode()),
        "第 3 行含有空字符",
    ),
    "no_headline": (
        lambda tmp: write(tmp, "## 人民眼\n\n正文一段。".encode()),
        "没有找到标题：第 1 行到第 3 行",
    ),
    "too_big": (big_file, "超过 2 MB"),
    "missing_file": (lambda tmp: str(tmp / "nope.txt"), "无法读取文件"),
}


@pytest.fixture
def keep_connection(monkeypatch):
    # run_from_argv closes every connection when done, which would end the test's
    # transaction; the close is not what these tests are about.
    from django.core.management import base

    monkeypatch.setattr(base.connections, "close_all", lambda: None)


def run_as_manage_py(*args, capsys) -> tuple[int, str]:
    """Run the command the way manage.py does; returns (exit status, stderr)."""
    with pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(["manage.py", "import_installment", *args])
    return exit_info.value.code, capsys.readouterr().err


@pytest.mark.usefixtures("keep_connection")
@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_file_exits_non_zero_and_writes_nothing(case, series, tmp_path, capsys):
    make_path, message = BAD_INPUTS[case]
    path = make_path(tmp_path)
    before = row_counts()
    status, err = run_as_manage_py(path, "--series", series.slug, capsys=capsys)
    assert status == 1
    assert message in err
    assert "Traceback" not in err
    assert row_counts() == before


@pytest.mark.usefixtures("keep_connection")
def test_duplicate_number_exits_non_zero_and_writes_nothing(series, capsys):
    InstallmentPageFactory(parent=series, number=12, title="已有的一篇")
    before = row_counts()
    status, err = run_as_manage_py(
        str(SAMPLES / "cixi_12.txt"), "--series", series.slug, capsys=capsys
    )
    assert status == 1
    line = line_of("cixi_12.txt", "——县域经济")
    assert f"第 {line} 行：本系列已有第 12 篇（之十二）《已有的一篇》" in err
    assert row_counts() == before


@pytest.mark.usefixtures("keep_connection")
def test_unknown_series_exits_non_zero_and_writes_nothing(home, capsys):
    SeriesPageFactory(parent=home, slug="county-economy")
    before = row_counts()
    status, err = run_as_manage_py(
        str(SAMPLES / "cixi_12.txt"), "--series", "no-such-series", capsys=capsys
    )
    assert status == 1
    assert "找不到网址名为“no-such-series”的系列" in err
    assert "county-economy" in err
    assert row_counts() == before


def test_a_failure_halfway_rolls_back_people_and_page(series, themes, monkeypatch):
    """People and the page row are written before the revision; a failure there
    must take them all back."""
    from series.importer import CopyError

    def fail(*args, **kwargs):
        raise CopyError("模拟写入修订时失败")

    monkeypatch.setattr(InstallmentPage, "save_revision", fail)
    before = row_counts()
    with pytest.raises(CommandError, match="模拟写入修订时失败"):
        run(str(SAMPLES / "cixi_12.txt"), "--series", series.slug)
    assert row_counts() == before
    assert not Person.objects.filter(name="葛映雪").exists()


def test_overlong_credit_name_is_refused_with_its_line(series, tmp_path):
    copy = tmp_path / "copy.txt"
    long_name = "某" * 70
    copy.write_text(f"# 标题\n\n正文。\n\n本版责编：{long_name}\n", encoding="utf-8")
    before = row_counts()
    with pytest.raises(CommandError, match="第 5 行：“某+”太长"):
        run(str(copy), "--series", series.slug)
    assert row_counts() == before


def test_number_out_of_range_is_refused(series, themes):
    before = row_counts()
    with pytest.raises(CommandError, match="1 到 9999"):
        run(str(SAMPLES / "cixi_12.txt"), "--series", series.slug, "--number", "0")
    assert row_counts() == before


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_imported_drafts_pass_the_editors_validation(series, themes, name):
    """What the import writes must save again from the edit form unchanged."""
    out, _err = run(str(SAMPLES / name), "--series", series.slug, "--json")
    page = InstallmentPage.objects.get(pk=json.loads(out)["page_id"])
    page.full_clean()
    stream_block = InstallmentPage._meta.get_field("body").stream_block
    stream_block.clean(page.body)
