import pytest

from tests.factories import ThemeFactory


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
