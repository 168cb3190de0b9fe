"""Readers who follow series by e-mail, and what was sent to them.

Personal data is kept minimal: an address, when it was confirmed, and which
series it follows. Nothing else about the reader, no opens or clicks. Readers
export and erase it themselves (series.newsletters.views); reporters never see
it (no snippet, no admin listing).
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_key() -> str:
    return secrets.token_urlsafe(24)


class Follower(models.Model):
    email = models.EmailField(_("电子邮件"), unique=True)
    # Signed into every link the reader gets; a new key voids all old links.
    key = models.CharField(max_length=40, default=new_key, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("订阅读者")
        verbose_name_plural = _("订阅读者")

    def __str__(self) -> str:
        return f"follower {self.pk}"


class Following(models.Model):
    """One follower following one series (or, with no series, every series)."""

    follower = models.ForeignKey(
        Follower, on_delete=models.CASCADE, related_name="followings"
    )
    series = models.ForeignKey(
        "series.SeriesPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="followings",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["follower", "series"], name="one_following_per_series"
            ),
            models.UniqueConstraint(
                fields=["follower"],
                condition=models.Q(series__isnull=True),
                name="one_site_wide_following",
            ),
        ]

    def __str__(self) -> str:
        return f"following {self.pk}"


class NewsletterIssue(models.Model):
    """An installment's one mailing: created at its first publication, never again."""

    installment = models.OneToOneField(
        "series.InstallmentPage", on_delete=models.CASCADE, related_name="newsletter"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"issue {self.pk}"


class Delivery(models.Model):
    """One message to one follower: the unique row is what makes it at most once."""

    issue = models.ForeignKey(
        NewsletterIssue, on_delete=models.CASCADE, related_name="deliveries"
    )
    follower = models.ForeignKey(
        Follower, on_delete=models.CASCADE, related_name="deliveries"
    )
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "follower"], name="one_delivery_per_follower"
            )
        ]

    def __str__(self) -> str:
        return f"delivery {self.pk}"
