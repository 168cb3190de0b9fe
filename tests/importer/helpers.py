"""Sample copy (tests/importer/samples/) and checks shared by the importer tests."""

from pathlib import Path

from wagtail.models import Page, Revision

from series.models import Byline, Person

SAMPLES = Path(__file__).parent / "samples"
SAMPLE_NAMES = sorted(path.name for path in SAMPLES.iterdir())
# Lines of copy that are structure (headings, bylines, credits), not prose.
STRUCTURAL_PREFIXES = (
    "#",
    "——",
    "本报记者",
    "本报通讯员",
    "本报评论员",
    "本版责编",
    "版式设计",
)


def sample_bytes(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


def sample_text(name: str) -> str:
    data = sample_bytes(name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def sample_lines(name: str) -> list[str]:
    return sample_text(name).replace("\r\n", "\n").split("\n")


def line_of(name: str, text: str) -> int:
    """1-based number of the first line of a sample that contains `text`."""
    return next(n for n, line in enumerate(sample_lines(name), 1) if text in line)


def line_equal_to(name: str, text: str) -> int:
    """1-based number of the first line of a sample that is exactly `text`."""
    return next(
        n for n, line in enumerate(sample_lines(name), 1) if line.strip() == text
    )


def prose_lines(name: str, parsed) -> list[str]:
    """The sample's prose lines, found without the parser's help (bar a few names).

    Headings, bylines, credits, captions, subheadings, the deck, author lines and
    unplaced names (kept out of the text, listed for the editor) are left out.
    """
    skip = {parsed.deck, "＊＊＊", "（完）"}
    skip |= {section.subheading for section in parsed.sections}
    skip |= {author for sidebar in parsed.sidebars for author in sidebar.authors}
    skip |= {credit.name for credit in parsed.photo_credits}
    skip |= {unplaced.name for unplaced in parsed.unplaced_names}
    paragraphs = parsed.all_paragraphs()
    return [
        line
        for line in (raw.strip() for raw in sample_lines(name))
        if line
        and not line.startswith(STRUCTURAL_PREFIXES)
        and not line.endswith("摄）")
        and (line not in skip or line in paragraphs)
    ]


def row_counts() -> dict[str, int]:
    """Rows an import may write; equal before and after means nothing was written."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "people": Person.objects.count(),
        "bylines": Byline.objects.count(),
    }
