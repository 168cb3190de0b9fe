"""The e-mails: a confirmation request and an installment's message.

Both have a plain-text and an HTML part. Django encodes the Chinese subject and
sender name as RFC 2047 words. Every installment message carries RFC 8058
one-click unsubscribe headers, so a mail client's "unsubscribe" button works
without opening anything.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from series.body_format import PARAGRAPH, text_pieces
from series.links import absolute_url, site_root_url
from series.models import WRITING_ROLES
from series.newsletters.tokens import confirm_token, reader_token


def _link(name: str, token: str, root: str) -> str:
    return absolute_url(reverse(name, args=[token]), root)


def confirmation_message(following) -> EmailMultiAlternatives:
    root = site_root_url(page=following.series)
    context = {
        "series": following.series,
        "confirm_url": _link("newsletter_confirm", confirm_token(following), root),
        "days": 3,
    }
    name = following.series.title if following.series else _("全部系列")
    return _message(
        subject=_("请确认订阅《%(name)s》") % {"name": name},
        to=following.follower.email,
        template="newsletters/email/confirm",
        context=context,
    )


def opening(page) -> str:
    if page.standfirst:
        return page.standfirst
    for kind, text in text_pieces(list(page.body.raw_data)):
        if kind == PARAGRAPH and text:
            return text
    return ""


def installment_context(page, follower) -> dict:
    series = page.series
    root = site_root_url(page=page)
    installments = list(series.installments()) if series else []
    unsubscribe = _link(
        "newsletter_unsubscribe",
        reader_token(follower, series.pk if series else None),
        root,
    )
    return {
        "page": page,
        "series": series,
        "url": absolute_url(page.url, root),
        "bylines": page.grouped_bylines(roles=WRITING_ROLES),
        "opening": opening(page),
        "installments": [(p, absolute_url(p.url, root)) for p in installments],
        "unsubscribe_url": unsubscribe,
        "preferences_url": _link(
            "newsletter_preferences", reader_token(follower), root
        ),
    }


def installment_message(page, follower) -> EmailMultiAlternatives:
    context = installment_context(page, follower)
    series_title = page.series.title if page.series else ""
    message = _message(
        subject=f"【{series_title}{page.position_label}】{page.title}",
        to=follower.email,
        template="newsletters/email/installment",
        context=context,
    )
    message.extra_headers.update(
        {
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"<series-{page.series.pk if page.series else 0}.newsletters>",
        }
    )
    return message


def _message(*, subject, to, template, context) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
    )
    message.attach_alternative(
        render_to_string(f"{template}.html", context), "text/html"
    )
    return message
