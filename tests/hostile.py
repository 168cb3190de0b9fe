"""The one hostile text the tests put into every field a person can type.

HOSTILE breaks naive HTML (tags, quotes, &), script blocks (``</script>``), XML and
CDATA (``]]>``) and JSON-in-HTML handling, and is short enough for a 60-character name
after a three-character prefix. HOSTILE_FULL adds an event-handler image, right-to-left
override and zero-width characters, and a long unbroken run that must wrap rather than
widen a phone screen; `hostile()` cuts it to a field's length. Whatever shows either
must show these characters as text and run nothing.
"""

from django.utils.html import escape

HOSTILE = "</script><script>alert(1)</script>]]> & \"引号\" '单' <b>粗</b>"
# For fields of 40 characters or fewer.
HOSTILE_SHORT = "</script>&\"'<b>"
# The same words as rich-text source: escaped, as the editor stores them.
HOSTILE_HTML = escape(HOSTILE)

HOSTILE_FULL = (
    "<img src=x onerror=alert(2)>"
    + HOSTILE
    + " &amp; \u202e反向\u202c\u200b零宽\u200d\u2066隔离\u2069"
    + "W" * 120
)


def hostile(prefix: str = "", limit: int | None = None) -> str:
    """prefix + HOSTILE_FULL, cut to a field's max_length (the markup comes first)."""
    text = prefix + HOSTILE_FULL
    return text[:limit] if limit else text
