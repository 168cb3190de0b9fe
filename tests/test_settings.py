"""Settings read the environment; production is secure by default."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Subprocesses with their own settings: the test database is not involved.
pytestmark = pytest.mark.single_pass

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


PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
    "DJANGO_SECRET_KEY": "x7" * 30 + "kq!Z",
    "DJANGO_ALLOWED_HOSTS": "news.example.com",
    "DATABASE_URL": "sqlite:///:memory:",
}


def production_values(expression: str, **env) -> str:
    result = manage(
        "shell",
        "-c",
        f"from django.conf import settings as s; print({expression})",
        **{**PRODUCTION, **env},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_missing_secret_is_one_clear_line_not_a_traceback():
    for secret in ("", "too-short"):
        result = manage(
            "check",
            DJANGO_SETTINGS_MODULE="newsroom.settings.production",
            DJANGO_SECRET_KEY=secret,
        )
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert lines[0].startswith("Refusing to start: DJANGO_SECRET_KEY")


def test_media_goes_to_s3_only_when_configured():
    local = production_values("s.STORAGES['default']['BACKEND']")
    assert local == "django.core.files.storage.FileSystemStorage"
    s3 = {
        "DJANGO_MEDIA_S3_BUCKET": "newsroom-media",
        "DJANGO_MEDIA_S3_REGION": "cn-north-1",
        "DJANGO_MEDIA_S3_CUSTOM_DOMAIN": "media.example.com",
    }
    expression = (
        "(s.STORAGES['default'], s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    )
    storage, img_src = eval(production_values(expression, **s3))
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "newsroom-media"
    assert storage["OPTIONS"]["querystring_auth"] is False
    assert "https://media.example.com" in img_src
    # The storage class really builds from these options, without touching the network.
    built = production_values(
        "__import__('django.core.files.storage', fromlist=['storages']).storages['default'].url('a/b.jpg')",
        **s3,
    )
    assert built == "https://media.example.com/a/b.jpg"


def test_production_logs_json_caches_templates_and_keeps_connections():
    value = production_values(
        "s.LOGGING['handlers']['stdout']['formatter'], "
        "s.TEMPLATES[0]['OPTIONS']['loaders'][0][0], "
        "s.DATABASES['default']['CONN_MAX_AGE'], "
        "s.DATABASES['default']['CONN_HEALTH_CHECKS']"
    )
    assert value == "json django.template.loaders.cached.Loader 60 True"


def test_json_log_lines_escape_hostile_text():
    import json
    import logging

    from newsroom.jsonlog import JsonFormatter

    record = logging.makeLogRecord(
        {
            "msg": "标题 %s",
            "args": ('"</script>\n',),
            "levelname": "WARNING",
            "name": "series",
        }
    )
    line = JsonFormatter().format(record)
    assert "\n" not in line
    assert json.loads(line)["message"] == '标题 "</script>\n'


def test_production_does_not_install_the_demo():
    result = manage("help", "--commands", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    commands = result.stdout.split()
    assert "import_installment" in commands
    assert "load_demo" not in commands
    assert "ensure_dev_admin" not in commands
