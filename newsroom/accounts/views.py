"""Enrol a TOTP authenticator (setup) and check a code at sign-in (verify)."""

import base64

from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django_otp import devices_for_user, login
from django_otp.plugins.otp_totp.models import TOTPDevice

SETUP_DEVICE_NAME = "authenticator"


class TokenForm(forms.Form):
    token = forms.CharField(
        label="验证码",
        min_length=6,
        max_length=6,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}
        ),
    )

    def clean_token(self) -> str:
        token = self.cleaned_data["token"].strip()
        if not token.isdigit():
            raise forms.ValidationError("验证码是 6 位数字。")
        return token


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or "/admin/"
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return "/admin/"


def _check(request, devices, template, context):
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not any(device.verify_is_allowed()[0] for device in devices):
            form.add_error("token", "尝试次数过多，请稍等几秒再输入。")
            return _render(request, template, context, form)
        for device in devices:
            if device.verify_token(form.cleaned_data["token"]):
                device.confirmed = True
                device.save()
                login(request, device)
                return redirect(_next_url(request))
        form.add_error("token", "验证码不对或已过期，请输入验证器上最新的 6 位数字。")
    return _render(request, template, context, form)


def _render(request, template, context, form):
    context.update(form=form, next=_next_url(request))
    return render(request, template, context)


@never_cache
@login_required(login_url="wagtailadmin_login")
def setup(request):
    if list(devices_for_user(request.user, confirmed=True)):
        return redirect("two_factor:verify")
    device, _ = TOTPDevice.objects.get_or_create(
        user=request.user, name=SETUP_DEVICE_NAME, confirmed=False
    )
    secret = base64.b32encode(device.bin_key).decode("ascii")
    context = {"secret": secret, "config_url": device.config_url}
    return _check(request, [device], "accounts/two_factor_setup.html", context)


@never_cache
@login_required(login_url="wagtailadmin_login")
def verify(request):
    devices = list(devices_for_user(request.user, confirmed=True))
    if not devices:
        return redirect("two_factor:setup")
    return _check(request, devices, "accounts/two_factor_verify.html", {})
