"""Reader pages under /newsletters/: follow, confirm, unsubscribe, preferences.

None of them is cached (never_cache): each is about one reader. The follow form
sits on cached pages, so it carries no CSRF token and its view is exempt; the
harm a forged request can do is one confirmation e-mail, throttled, that
changes nothing unless its reader clicks. The unsubscribe POST is exempt too,
as RFC 8058 requires (mail providers send it without a session).
"""

from django import forms
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from series.models import SeriesPage
from series.newsletters import services
from series.newsletters.tokens import read_confirm_token, read_reader_token

# Follow requests per client address per hour, and per e-mail address per hour.
PER_ADDRESS = 30
PER_EMAIL = 3
ONE_CLICK = "List-Unsubscribe=One-Click"


class FollowForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("电子邮箱"), max_length=254)
    series = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # Left empty by people, filled by form-filling bots.
    website = forms.CharField(required=False, widget=forms.HiddenInput)


def _page(request, template, status=200, **context):
    response = render(request, f"newsletters/{template}.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response


def _throttled(key: str, limit: int) -> bool:
    cache.add(key, 0, timeout=3600)
    try:
        return cache.incr(key) > limit
    except ValueError:  # expired between add and incr
        return False


@csrf_exempt
@never_cache
@require_POST
def follow(request):
    form = FollowForm(request.POST)
    if not form.is_valid():
        return _page(request, "follow", status=400, form=form)
    if form.cleaned_data["website"]:
        return _page(request, "follow_sent")
    email = services.normalized_email(form.cleaned_data["email"])
    address = request.META.get("REMOTE_ADDR", "")
    if _throttled(f"nl:ip:{address}", PER_ADDRESS) or _throttled(
        f"nl:email:{email}", PER_EMAIL
    ):
        return _page(request, "follow", status=429, form=form, throttled=True)
    series = SeriesPage.objects.live().filter(pk=form.cleaned_data["series"]).first()
    following = services.follow_request(email=email, series=series)
    if following is not None:
        from series.newsletters.tasks import send_confirmation

        transaction.on_commit(lambda: send_confirmation.delay(following.pk))
    # The same answer whether or not the address was known: nothing leaks.
    return _page(request, "follow_sent", series=series)


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    payload = read_confirm_token(token)
    if payload is None:
        return _page(request, "link_expired", status=400)
    if request.method == "GET":
        # Mail scanners open links: confirming takes a click, not a visit.
        return _page(request, "confirm")
    following = services.follow_confirm(following_id=payload["f"], key=payload["k"])
    if following is None:
        return _page(request, "link_expired", status=400)
    return _page(request, "confirmed", following=following)


def _reader(token: str):
    """(payload, follower) of an unsubscribe or preferences link; follower None
    when the link is forged or its reader erased."""
    payload = read_reader_token(token)
    if payload is None:
        return None, None
    return payload, services.follower_for(follower_id=payload["r"], key=payload["k"])


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    payload, follower = _reader(token)
    if not follower:
        return _page(request, "unsubscribed", status=200)  # already gone
    if request.method == "GET":
        return _page(request, "unsubscribe")
    services.unfollow(follower=follower, series_id=payload["s"])
    if request.POST.get("List-Unsubscribe") == "One-Click":
        return HttpResponse(_("已退订。"), content_type="text/plain; charset=utf-8")
    return _page(request, "unsubscribed")


class PreferencesForm(forms.Form):
    everything = forms.BooleanField(label=gettext_lazy("全部系列"), required=False)
    series = forms.ModelMultipleChoiceField(
        label=gettext_lazy("关注的系列"),
        queryset=SeriesPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["series"].queryset = SeriesPage.objects.live().order_by("title")


@never_cache
@require_http_methods(["GET", "POST"])
def preferences(request, token):
    _payload, follower = _reader(token)
    if not follower:
        return _page(request, "link_expired", status=400)
    if request.GET.get("export"):
        response = HttpResponse(
            services.follower_export(follower=follower),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="my-newsletters.json"'
        return response
    if request.method == "POST" and request.POST.get("erase"):
        services.follower_erase(follower=follower)
        return _page(request, "erased")
    followings = list(follower.followings.filter(confirmed_at__isnull=False))
    initial = {
        "everything": any(f.series_id is None for f in followings),
        "series": [f.series_id for f in followings if f.series_id],
    }
    form = PreferencesForm(request.POST or None, initial=initial)
    saved = False
    if request.method == "POST" and form.is_valid():
        services.followings_set(
            follower=follower,
            series_ids=[s.pk for s in form.cleaned_data["series"]],
            everything=form.cleaned_data["everything"],
        )
        saved = True
    return _page(request, "preferences", form=form, follower=follower, saved=saved)
