from pathlib import Path

import pytest
from wagtail.models import Page, Revision

from series.models import Byline, Person
from tests.factories import ThemeFactory

SAMPLES = Path(__file__).parent / "samples"


@pytest.fixture
def themes(db):
    """The four themes of the format notes; cooperation also answers to 协作共进."""
    return {
        theme.slug: theme
        for theme in [
            ThemeFactory(name="创新驱动", slug="innovation"),
            ThemeFactory(name="人才为先", slug="talent"),
            ThemeFactory(name="需求导向", slug="demand"),
            ThemeFactory(name="协同协作", slug="cooperation", aliases="协作共进\n"),
        ]
    }


def row_counts() -> dict[str, int]:
    """Rows an import may write; equal before and after means nothing was written."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "people": Person.objects.count(),
        "bylines": Byline.objects.count(),
    }
