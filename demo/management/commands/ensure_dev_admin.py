"""`manage.py ensure_dev_admin`: a local superuser for development, printed on the console.

Development only: with DEBUG off it refuses, so a production database never gets an
account with a password written to disk. The password lives in `.dev-admin-password`
in the project root (gitignored); running again prints it instead of changing it.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

USERNAME = "admin"


def password_file() -> Path:
    default = Path(settings.BASE_DIR) / ".dev-admin-password"
    return Path(getattr(settings, "DEV_ADMIN_PASSWORD_FILE", default))


class Command(BaseCommand):
    help = "开发环境：确保存在本地管理员账号 admin，并打印其密码。"

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                _("ensure_dev_admin 只能在开发环境（DEBUG=True）中运行，未做任何改动。")
            )
        path = password_file()
        user = get_user_model().objects.filter(username=USERNAME).first()
        if user is None:
            self.create(path)
        else:
            self.report_existing(user, path)

    def create(self, path: Path) -> None:
        password = secrets.token_urlsafe(12)
        get_user_model().objects.create_superuser(
            username=USERNAME, email="admin@example.com", password=password
        )
        path.write_text(password + "\n", encoding="utf-8")
        path.chmod(0o600)
        self.stdout.write(_("已创建本地管理员账号。"))
        self.print_credentials(password)

    def report_existing(self, user, path: Path) -> None:
        password = path.read_text(encoding="utf-8").strip() if path.exists() else ""
        # The file may belong to another database; only print a password that works.
        if password and user.check_password(password):
            self.print_credentials(password)
        else:
            self.stdout.write(
                _("管理员账号 %(username)s 已存在，密码为此前设置的密码。")
                % {"username": USERNAME}
            )

    def print_credentials(self, password: str) -> None:
        self.stdout.write(_("用户名：%(username)s") % {"username": USERNAME})
        self.stdout.write(_("密码：%(password)s") % {"password": password})
