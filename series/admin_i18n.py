"""The admin in Chinese where translations cannot reach (issue #15).

Most of Wagtail's English is fixed by the catalogs in locale/ (compiled by
series/catalogs.py). What is left is English that no msgid carries: the login
form's password label (Wagtail redefines the field without one, so Django derives
"Password" from the field name) and the help menu's link to Wagtail's English
release notes. Template-level fixes live in templates/wagtailadmin/.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms.auth import LoginForm


class NewsroomLoginForm(LoginForm):
    """WAGTAILADMIN_USER_LOGIN_FORM: Wagtail's login form with a labelled password."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("密码")


@hooks.register("construct_help_menu")
def drop_english_release_notes(request, menu_items):
    menu_items[:] = [
        item
        for item in menu_items
        if not getattr(item, "name", "").startswith("whats-new-in-wagtail")
    ]
