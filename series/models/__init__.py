"""Models of the series app, re-exported so callers import from `series.models`."""

from series.models.images import NewsImage, NewsRendition
from series.models.newsletters import (
    Delivery,
    Follower,
    Following,
    NewsletterIssue,
)
from series.models.pages import (
    Byline,
    Correction,
    HomePage,
    InstallmentPage,
    SeriesPage,
    SeriesStatus,
    SeriesTheme,
)
from series.models.review import (
    PrecheckOverride,
    ReviewProcess,
    SignOff,
    SignOffTask,
    Stage,
    WordingRule,
)
from series.models.search import CopyTerm, SynonymGroup
from series.models.snippets import (
    CREDIT_ROLES,
    WRITING_ROLES,
    Person,
    Place,
    PlaceLevel,
    Role,
    Theme,
)

__all__ = [
    "CREDIT_ROLES",
    "WRITING_ROLES",
    "Byline",
    "CopyTerm",
    "Delivery",
    "Follower",
    "Following",
    "Correction",
    "HomePage",
    "InstallmentPage",
    "NewsImage",
    "NewsletterIssue",
    "NewsRendition",
    "Person",
    "Place",
    "PrecheckOverride",
    "ReviewProcess",
    "PlaceLevel",
    "Role",
    "SeriesPage",
    "SeriesStatus",
    "SeriesTheme",
    "SignOff",
    "SignOffTask",
    "Stage",
    "SynonymGroup",
    "Theme",
    "WordingRule",
]
