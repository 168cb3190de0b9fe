"""How the admin names a user: Chinese order, family name first, no space.

Wagtail names users through ``user.get_full_name()`` everywhere (listings,
workflow history, e-mails, avatars' initials) and offers no setting or hook
for the order, and swapping in a custom user model this late would mean
rewriting auth migrations. So the one rule lives here and ``use_chinese_order``
(called from SeriesConfig.ready) makes Django's User follow it.
"""

import re

_LATIN = re.compile(r"[A-Za-z]")


def full_name(first_name: str, last_name: str) -> str:
    """姚 + 雪青 → "姚雪青"; Latin names keep their own order: "Anna Li"."""
    first_name, last_name = first_name.strip(), last_name.strip()
    if _LATIN.search(first_name + last_name):
        return f"{first_name} {last_name}".strip()
    return f"{last_name}{first_name}"


def user_display_name(user) -> str:
    """The user's full name, or their username when they have none."""
    if user is None:
        return ""
    return full_name(user.first_name, user.last_name) or user.get_username()


def _get_full_name(user) -> str:
    return full_name(user.first_name, user.last_name)


def use_chinese_order() -> None:
    from django.contrib.auth import get_user_model

    get_user_model().get_full_name = _get_full_name
