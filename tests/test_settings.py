"""Settings read the environment; production is secure by default."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_passes_check_deploy():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="newsroom.settings.production",
        DJANGO_SECRET_KEY="x7" * 30 + "kq!Z",
        DJANGO_ALLOWED_HOSTS="news.example.com",
        DATABASE_URL="sqlite:///:memory:",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret():
    result = manage("check", DJANGO_SETTINGS_MODULE="newsroom.settings.production")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_dev_serves_localhost_and_speaks_chinese():
    from django.conf import settings

    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.ALLOWED_HOSTS, s.LANGUAGE_CODE, s.TIME_ZONE)",
        DJANGO_SETTINGS_MODULE="newsroom.settings.dev",
    )
    assert "['127.0.0.1', 'localhost'] zh-hans Asia/Shanghai" in result.stdout, (
        result.stderr
    )
    assert settings.LANGUAGE_CODE == "zh-hans"


def test_production_does_not_install_the_demo():
    result = manage(
        "help",
        "--commands",
        DJANGO_SETTINGS_MODULE="newsroom.settings.production",
        DJANGO_SECRET_KEY="x7" * 30 + "kq!Z",
        DJANGO_ALLOWED_HOSTS="news.example.com",
        DATABASE_URL="sqlite:///:memory:",
    )
    assert result.returncode == 0, result.stderr
    commands = result.stdout.split()
    assert "import_installment" in commands
    assert "load_demo" not in commands
    assert "ensure_dev_admin" not in commands
