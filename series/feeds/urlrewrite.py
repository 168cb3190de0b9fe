"""Make every URL in an HTML fragment absolute, for feed readers that have no base.

Block templates are written for the site and use relative URLs (/media/…,
/themes/…). Feed readers show content away from our site, so links and images
must carry the scheme and host. We rewrite attributes only; text, entities and
anything we do not understand pass through untouched.
"""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser
from urllib.parse import urljoin

URL_ATTRIBUTES = {"href", "src", "poster", "cite", "action"}
# Unsafe in a reader's context and meaningless outside our pages.
DROPPED_ELEMENTS = {"script", "style", "template", "noscript"}


def absolutize_urls(html: str, base_url: str) -> str:
    """Return ``html`` with relative href/src/srcset resolved against ``base_url``."""
    rewriter = _UrlRewriter(base_url)
    rewriter.feed(html)
    rewriter.close()
    return "".join(rewriter.parts)


class _UrlRewriter(HTMLParser):
    def __init__(self, base_url: str):
        super().__init__(convert_charrefs=False)
        self.base_url = base_url
        self.parts: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag, attrs):
        if tag in DROPPED_ELEMENTS:
            self.dropping += 1
        if not self.dropping:
            self.parts.append(self._tag(tag, attrs, closed=False))

    def handle_startendtag(self, tag, attrs):
        if not self.dropping and tag not in DROPPED_ELEMENTS:
            self.parts.append(self._tag(tag, attrs, closed=True))

    def handle_endtag(self, tag):
        if not self.dropping:
            self.parts.append(f"</{tag}>")
        if tag in DROPPED_ELEMENTS and self.dropping:
            self.dropping -= 1

    def handle_data(self, data):
        if not self.dropping:
            self.parts.append(data)

    def handle_entityref(self, name):
        if not self.dropping:
            self.parts.append(f"&{name};")

    def handle_charref(self, name):
        if not self.dropping:
            self.parts.append(f"&#{name};")

    def handle_comment(self, data):
        pass  # template comments are for us, not for readers

    def _tag(self, tag, attrs, *, closed):
        rendered = []
        for name, value in attrs:
            if value is None:
                rendered.append(f" {name}")
                continue
            if name in URL_ATTRIBUTES:
                value = self._absolute(value)
            elif name == "srcset":
                value = self._srcset(value)
            rendered.append(f' {name}="{escape(value, quote=True)}"')
        return f"<{tag}{''.join(rendered)}{' /' if closed else ''}>"

    def _absolute(self, url: str) -> str:
        url = url.strip()
        if url.startswith("#"):
            return url  # in-page anchors stay in-page
        if url.lower().startswith(("javascript:", "vbscript:", "data:text")):
            return "#"
        return urljoin(self.base_url, url)

    def _srcset(self, value: str) -> str:
        candidates = []
        for candidate in value.split(","):
            bits = candidate.strip().split(None, 1)
            if bits:
                bits[0] = self._absolute(bits[0])
                candidates.append(" ".join(bits))
        return ", ".join(candidates)
