"""Template helpers of the reader site: pictures, JSON-LD scripts, the search target."""

from dataclasses import dataclass

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from series.seo import search_path
from series.structured_data import json_ld_dumps

register = template.Library()


@register.filter
def json_ld(data, nonce=""):
    """<script type="application/ld+json"> for a dict or a list of dicts.

    json_ld_dumps escapes <, > and & inside strings, so the output is safe to mark.
    `nonce` is the request's CSP nonce (newsroom/settings/security.py).
    """
    items = data if isinstance(data, list | tuple) else [data]
    return format_html_join(
        "\n",
        '<script type="application/ld+json"{}>{}</script>',
        (
            (_nonce_attribute(nonce), mark_safe(json_ld_dumps(item)))  # noqa: S308
            for item in items
            if item
        ),
    )


def _nonce_attribute(nonce) -> str:
    # str() first: django-csp's lazy nonce is falsy until it is evaluated.
    nonce = "" if nonce is None else str(nonce)
    return format_html(' nonce="{}"', nonce) if nonce else ""


@register.simple_tag
def search_url() -> str:
    return search_path()


# Browsers take the first <source> they support: AVIF, then WebP, then the JPEG <img>.
PICTURE_FORMATS = ("avif", "webp", "jpeg")


@dataclass(frozen=True)
class PicturePreset:
    widths: tuple[int, ...]
    sizes: str
    ratio: float | None = None  # height / width when cropped, None to keep the shape

    def spec(self, width: int, fmt: str) -> str:
        if self.ratio is None:
            return f"width-{width}|format-{fmt}"
        return f"fill-{width}x{round(width * self.ratio)}|format-{fmt}"

    def usable_widths(self, image) -> list[int]:
        """The preset's widths the original can fill, topped by the original's own.

        Wagtail never upscales, so a larger width would repeat the same file under
        a second, wrong `w` descriptor.
        """
        limit = image.width
        if self.ratio:
            limit = min(limit, int(image.height / self.ratio))
        fits = [w for w in self.widths if w <= limit]
        if len(fits) < len(self.widths):
            fits.append(limit)
        return sorted(set(fits))


PICTURE_PRESETS = {
    "hero": PicturePreset((480, 800, 1200, 1600), "(min-width: 64rem) 55rem, 100vw"),
    "figure": PicturePreset((480, 800, 1200), "(min-width: 40rem) 38rem, 100vw"),
    "cover": PicturePreset((480, 800, 1200), "(min-width: 64rem) 34rem, 100vw"),
    "card": PicturePreset(
        (480, 800, 1200), "(min-width: 64rem) 34rem, 100vw", ratio=9 / 16
    ),
    "avatar": PicturePreset((160, 320), "6rem", ratio=1),
}


@register.simple_tag
def news_picture(image, preset: str, **attrs):
    """<picture> with AVIF/WebP sources and a JPEG <img> carrying width and height.

    {% news_picture page.hero_image "hero" alt=… loading="lazy" %}
    """
    if not image:
        return ""
    chosen = PICTURE_PRESETS[preset]
    specs = [
        chosen.spec(width, fmt)
        for fmt in PICTURE_FORMATS
        for width in chosen.usable_widths(image)
    ]
    attrs.setdefault("alt", "")
    attrs.setdefault("sizes", chosen.sizes)
    return Picture(get_renditions_or_not_found(image, specs), attrs).__html__()
