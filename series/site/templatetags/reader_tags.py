"""Template helpers of the reader site: pictures, JSON-LD scripts, the search target."""

from datetime import datetime

from django import template
from django.utils.dateformat import format as date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.timezone import is_aware, localtime
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from series.site.pictures import PICTURE_PRESETS, picture_filters
from series.site.seo import search_path
from series.site.structured_data import json_ld_dumps

register = template.Library()


@register.filter
def json_ld(data):
    """<script type="application/ld+json"> for a dict or a list of dicts.

    json_ld_dumps escapes <, > and & inside strings, so the output is safe to mark.
    """
    items = data if isinstance(data, list | tuple) else [data]
    return format_html_join(
        "\n",
        '<script type="application/ld+json">{}</script>',
        ((mark_safe(json_ld_dumps(item)),) for item in items if item),  # noqa: S308
    )


@register.simple_tag
def search_url() -> str:
    return search_path()


@register.simple_tag
def news_picture(image, preset: str, **attrs):
    """<picture> with AVIF/WebP sources and a JPEG <img> carrying width and height.

    {% news_picture page.hero_image "hero" alt=… loading="lazy" %}
    """
    if not image:
        return ""
    attrs.setdefault("alt", "")
    attrs.setdefault("sizes", PICTURE_PRESETS[preset].sizes)
    renditions = get_renditions_or_not_found(image, picture_filters(image, preset))
    return Picture(renditions, attrs).__html__()


# How the newsroom prints a date, and the machine-readable form beside it.
NEWS_DATE = "Y年n月j日"
NEWS_DATE_TIME = "Y年n月j日 H:i"


@register.simple_tag
def news_time(value, with_time: bool = False):
    """<time datetime="…">2024年5月9日</time> for a date or datetime; empty for None.

    {% news_time page.first_published_at with_time=True %}
    """
    if not value:
        return ""
    is_datetime = isinstance(value, datetime)
    if is_datetime:
        value = localtime(value) if is_aware(value) else value
    return format_html(
        '<time datetime="{}">{}</time>',
        date_format(value, "c" if is_datetime else "Y-m-d"),
        date_format(value, NEWS_DATE_TIME if with_time else NEWS_DATE),
    )


@register.filter
def key_figure_runs(items) -> list[list]:
    """Body items in runs: consecutive key figures together, every other block alone.

    Items are stream children, or (child, anchor) pairs as the installment page
    passes them; a run of two or more key figures is laid out as one grid.
    """
    runs: list[list] = []
    previous_was_figure = False
    for item in items:
        child = item[0] if isinstance(item, tuple) else item
        is_figure = child.block_type == "key_figure"
        if is_figure and previous_was_figure:
            runs[-1].append(item)
        else:
            runs.append([item])
        previous_was_figure = is_figure
    return runs
