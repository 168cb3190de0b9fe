"""Accounts over HTTP: lockout after repeated failures on Wagtail's login, password
rules, session expiry, optional TOTP two-factor, and upload limits."""

import base64
import re
import struct
import time
import zlib

import pyotp
import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from series.models import NewsImage
from tests.factories import picture_file

PASSWORD = "county-economy-2025!"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        "editor", "editor@example.com", PASSWORD
    )


def sign_in(client, password=PASSWORD, username="editor"):
    return client.post(
        "/admin/login/", {"username": username, "password": password, "next": "/admin/"}
    )


def test_repeated_failures_lock_the_login(client, editor, settings):
    settings.AXES_ENABLED = True
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, password="wrong-password")
        assert response.status_code == 200  # the form again, with its error
    locked = sign_in(client, password="wrong-password")
    assert locked.status_code == 429
    assert "登录已暂停" in locked.content.decode()
    # Even the right password is refused while the lockout lasts.
    assert sign_in(client).status_code == 429
    assert client.get("/admin/").status_code == 302


def test_a_good_login_is_not_locked(client, editor, settings):
    settings.AXES_ENABLED = True
    sign_in(client, password="wrong-password")
    assert sign_in(client).status_code == 302
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("weak", ["short1!", "password1234", "123456789012"])
def test_weak_passwords_are_refused(weak):
    with pytest.raises(ValidationError):
        validate_password(weak)


def test_a_long_uncommon_password_is_accepted():
    validate_password("县城的春天-industry-park-2025")


def test_sessions_expire(client, editor, settings):
    assert settings.SESSION_COOKIE_AGE <= 12 * 3600
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    # Wagtail's "remember me": a cookie that lasts SESSION_COOKIE_AGE at most …
    client.post(
        "/admin/login/",
        {"username": "editor", "password": PASSWORD, "remember": "on"},
    )
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert int(cookie["max-age"]) == settings.SESSION_COOKIE_AGE
    assert cookie["httponly"]
    # … otherwise one that ends with the browser; the server forgets it just as soon.
    client.post("/admin/logout/")
    sign_in(client)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["max-age"] == "" and cookie["expires"] == ""
    assert client.session.get_expire_at_browser_close()


def current_code(response) -> str:
    secret = re.search(
        r'class="two-factor-secret">([A-Z2-7=]+)<', response.content.decode()
    )
    assert secret, response.content.decode()
    return pyotp.TOTP(secret[1]).now()


def test_two_factor_is_off_by_default(client, editor):
    sign_in(client)
    assert client.get("/admin/").status_code == 200


def test_two_factor_enrolment_then_verification(client, editor, settings):
    settings.EDITOR_TWO_FACTOR = True
    assert sign_in(client).status_code == 302
    to_setup = client.get("/admin/pages/")
    assert to_setup.status_code == 302 and "/admin/2fa/setup/" in to_setup["Location"]
    setup = client.get(to_setup["Location"])
    assert setup.status_code == 200 and "两步验证" in setup.content.decode()
    wrong = client.post(
        "/admin/2fa/setup/", {"token": "000000", "next": "/admin/pages/"}
    )
    assert "验证码不对" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    # django-otp throttles after a wrong code: 1 s, then 2 s, 4 s … before the next try.
    time.sleep(1.2)
    done = client.post(
        "/admin/2fa/setup/", {"token": current_code(setup), "next": "/admin/pages/"}
    )
    assert done.status_code == 302 and done["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200

    # Next sign-in: the enrolled device is asked for, not a new enrolment.
    client.post("/admin/logout/")
    sign_in(client)
    to_verify = client.get("/admin/")
    assert "/admin/2fa/verify/" in to_verify["Location"]
    device = editor.totpdevice_set.get()
    secret = base64.b32encode(device.bin_key).decode()
    # The code used at enrolment may not be replayed; wait out the step if needed.
    device.last_t = -1
    device.save()
    verified = client.post("/admin/2fa/verify/", {"token": pyotp.TOTP(secret).now()})
    assert verified.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_readers_are_never_asked_for_a_code(client, db, settings):
    settings.EDITOR_TWO_FACTOR = True
    assert client.get("/healthz").status_code == 200


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header claims a huge picture (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 4096)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


def upload_image(client, name: str, content: bytes, content_type: str):
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post("/admin/images/add/", {"title": "上传测试", "file": upload})


def test_uploads_refuse_bombs_svg_and_oversize_files(client, editor, settings):
    client.force_login(editor)
    bomb = upload_image(client, "bomb.png", png_claiming(30000, 30000), "image/png")
    assert bomb.status_code == 200
    assert "像素过多" in bomb.content.decode()
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'
    refused = upload_image(client, "logo.svg", svg, "image/svg+xml")
    assert refused.status_code == 200 and "不支持" in refused.content.decode()
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1000
    photo = picture_file(width=400, height=300).read()
    too_big = upload_image(client, "photo.jpg", photo, "image/jpeg")
    assert "文件过大" in too_big.content.decode()
    assert not NewsImage.objects.exists()
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
    accepted = upload_image(client, "photo.jpg", photo, "image/jpeg")
    assert accepted.status_code == 302, accepted.context["form"].errors
    assert NewsImage.objects.count() == 1


def test_documents_refuse_svg_and_html(client, editor):
    client.force_login(editor)
    for name in ["drawing.svg", "page.html"]:
        upload = SimpleUploadedFile(name, b"<script>alert(1)</script>")
        response = client.post("/admin/documents/add/", {"title": name, "file": upload})
        assert response.status_code == 200, name
        assert "是不被允许" in response.content.decode(), name
