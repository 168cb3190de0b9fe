"""The extra preview modes of an installment: a phone screen and a feed reader.

Both render the same objects readers will get: the phone mode embeds the reader
page itself, the feed mode the item that series.feeds serves to subscribers.
"""

from django.template.loader import render_to_string
from django.template.response import TemplateResponse

# The width of the phones most of our readers hold (iPhone logical pixels).
PHONE_WIDTH = 375
PHONE_HEIGHT = 812


def reader_page_html(page, request) -> str:
    """The page exactly as the default preview mode renders it."""
    return render_to_string(
        page.get_preview_template(request, ""),
        page.get_preview_context(request, ""),
        request=request,
    )


def phone_preview(page, request) -> TemplateResponse:
    # An iframe, not a narrow wrapper: only a real 375 px viewport makes the
    # page's own media queries switch to the phone layout.
    context = {
        "page": page,
        "page_html": reader_page_html(page, request),
        "width": PHONE_WIDTH,
        "height": PHONE_HEIGHT,
    }
    return TemplateResponse(request, "previews/phone.html", context)


def feed_preview(page, request) -> TemplateResponse:
    from series.feeds.items import feed_item

    context = {"page": page, "item": feed_item(page, request)}
    return TemplateResponse(request, "previews/feed_item.html", context)
