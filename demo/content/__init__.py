"""All demo copy as data: our own writing around the real story's facts and figures.

The facts and figures (江阴 204/96, 慈溪 13, 福清 one third, 浏阳 505.8 亿元 / 60% / 70%,
江阴—靖江 2.99 → 1.35, 45 parks / 1,700 firms / 660,000 jobs) come from public
reporting; every sentence here is written for this project. Quotes belong only to
unnamed, generic speakers.

References between entries are by key: images by `key`, themes and places by slug,
people by name. demo/pages.py resolves them into primary keys.
"""

from demo.content.installments import (
    INSTALLMENT_FOUR,
    INSTALLMENT_ONE,
    INSTALLMENT_THREE,
    INSTALLMENT_TWO,
    INSTALLMENTS,
)
from demo.content.site import (
    HOME,
    IMAGES,
    PEOPLE,
    PLACES,
    SERIES,
    SITE_NAME,
    THEMES,
)

__all__ = [
    "HOME",
    "IMAGES",
    "INSTALLMENTS",
    "INSTALLMENT_FOUR",
    "INSTALLMENT_ONE",
    "INSTALLMENT_THREE",
    "INSTALLMENT_TWO",
    "PEOPLE",
    "PLACES",
    "SERIES",
    "SITE_NAME",
    "THEMES",
]
