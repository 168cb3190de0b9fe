"""The one hostile text for every editor-typed field (issue #14, "Hostile input").

Markup and script that would run if unescaped, an element-closing `</script>`, both
quote kinds and an ampersand entity, right-to-left override and zero-width
characters, and a long unbroken run that must wrap rather than widen a phone screen.
"""

HOSTILE = (
    "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
    "\"双引号\" '单引号' &amp; <b>粗</b>"
    "\u202e反向\u202c\u200b零宽\u200d\u2066隔离\u2069" + "W" * 120
)


def hostile(prefix: str = "", limit: int | None = None) -> str:
    """prefix + HOSTILE, cut to a field's max_length (the markup comes first)."""
    text = prefix + HOSTILE
    return text[:limit] if limit else text
