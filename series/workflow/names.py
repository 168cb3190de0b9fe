"""How the admin names a user: Chinese order, family name first, no space."""


def user_display_name(user) -> str:
    """ "姚雪青" for last_name 姚 + first_name 雪青; the username when both are empty."""
    if user is None:
        return ""
    full_name = f"{user.last_name}{user.first_name}".strip()
    return full_name or user.get_username()
