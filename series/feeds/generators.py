"""Feed generators: RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one item vocabulary.

Django's syndication generators know nothing of full content (RSS
``content:encoded``), several people per item, Media RSS or WebSub, so we
extend them. Every generator takes the same ``add_item`` keyword arguments,
which ``series.feeds.items`` builds from an installment:

- ``title``, ``link``, ``unique_id``, ``pubdate``, ``updateddate``: as in Django.
- ``summary``: plain text (deck/standfirst); each format escapes it as it needs.
- ``content_html``: the full item HTML, absolute URLs only.
- ``people``: ``FeedPerson`` list, authors (``primary``) first, then credited
  people, nobody twice (the rule: ``series.feeds.authors``). RSS ``dc:creator``,
  Atom ``author`` and JSON Feed ``authors`` carry only the authors.
- ``terms``: ``FeedCategory`` list (themes, places, the series).
- ``image``: ``FeedImage`` or ``None`` (the hero image: enclosure, media:content).
- ``extension``: dict published as JSON Feed ``_series``; ignored by XML feeds.

Feed-level keyword arguments on top of Django's: ``hub_url`` (WebSub),
``image`` (``FeedImage`` for the channel logo), ``updated`` (fallback date when
the feed has no items, so an empty feed does not change on every request).

All text is written as escaped character data, never CDATA, so ``]]>`` in copy
needs no special case; characters XML 1.0 forbids are dropped rather than
raising, because a stray control character pasted into copy must not take a
feed down.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape

from django.utils import feedgenerator
from django.utils.xmlutils import SimplerXMLGenerator

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"

NS_CONTENT = "http://purl.org/rss/1.0/modules/content/"
NS_DC = "http://purl.org/dc/elements/1.1/"
NS_MEDIA = "http://search.yahoo.com/mrss/"
NS_ATOM = "http://www.w3.org/2005/Atom"

# Characters that XML 1.0 does not allow anywhere, not even escaped.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str | None) -> str | None:
    """Drop characters XML 1.0 cannot carry; keep everything else as is."""
    if text is None:
        return None
    return _XML_INVALID.sub("", str(text))


@dataclass(frozen=True)
class FeedPerson:
    """One byline: a person with a role. ``primary`` people are the authors."""

    name: str
    role: str
    role_label: str
    url: str | None = None
    primary: bool = False


@dataclass(frozen=True)
class FeedCategory:
    """A category term; ``scheme`` is the absolute URL of its kind's index."""

    term: str
    scheme: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class FeedImage:
    """An image as enclosure/media:content: absolute URL, size in bytes, type."""

    url: str
    length: int
    mime_type: str
    width: int | None = None
    height: int | None = None
    title: str = ""
    credit: str = ""


class SafeXMLGenerator(SimplerXMLGenerator):
    """SimplerXMLGenerator that cleans text and attributes instead of raising."""

    def characters(self, content):
        super().characters(xml_safe(content))

    def startElement(self, name, attrs):
        clean = {key: xml_safe(value) for key, value in (attrs or {}).items()}
        super().startElement(name, clean)


class _ExtraFieldsMixin:
    """Defaults for our extra item and feed fields, and a stable last date."""

    def add_item(self, title, link, description=None, **kwargs):
        kwargs.setdefault("summary", description or "")
        kwargs.setdefault("content_html", "")
        kwargs.setdefault("people", ())
        kwargs.setdefault("terms", ())
        kwargs.setdefault("image", None)
        kwargs.setdefault("extension", None)
        super().add_item(title, link, description, **kwargs)

    def latest_post_date(self):
        if self.items or not self.feed.get("updated"):
            return super().latest_post_date()
        return self.feed["updated"]


class NewsRssFeed(_ExtraFieldsMixin, feedgenerator.Rss201rev2Feed):
    """RSS 2.0 with content:encoded, dc:creator, Media RSS and WebSub."""

    def write(self, outfile, encoding):
        handler = SafeXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        self.add_stylesheets(handler)
        handler.startElement("rss", self.rss_attributes())
        handler.startElement("channel", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        self.endChannelElement(handler)
        handler.endElement("rss")

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": NS_CONTENT,
            "xmlns:dc": NS_DC,
            "xmlns:media": NS_MEDIA,
        }

    def add_root_elements(self, handler):
        # Readers treat the channel description as HTML, like item descriptions;
        # our description is plain text, so escape it once more for them.
        plain = self.feed["description"]
        self.feed["description"] = escape(plain or "")
        try:
            super().add_root_elements(handler)
        finally:
            self.feed["description"] = plain
        if self.feed.get("hub_url"):
            handler.addQuickElement(
                "atom:link", None, {"rel": "hub", "href": self.feed["hub_url"]}
            )
        image = self.feed.get("image")
        if image:
            handler.startElement("image", {})
            handler.addQuickElement("url", image.url)
            handler.addQuickElement("title", self.feed["title"])
            handler.addQuickElement("link", self.feed["link"])
            handler.endElement("image")

    def add_item_elements(self, handler, item):
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement("link", item["link"])
        # RSS description is HTML by convention: escape plain text once more.
        handler.addQuickElement("description", escape(item["summary"]))
        if item["content_html"]:
            handler.addQuickElement("content:encoded", item["content_html"])
        for person in authors(item["people"]):
            handler.addQuickElement("dc:creator", person.name)
        if item["pubdate"] is not None:
            handler.addQuickElement(
                "pubDate", feedgenerator.rfc2822_date(item["pubdate"])
            )
        handler.addQuickElement(
            "guid", item["unique_id"] or item["link"], {"isPermaLink": "false"}
        )
        self._add_image(handler, item["image"])
        for term in item["terms"]:
            attrs = {"domain": term.scheme} if term.scheme else {}
            handler.addQuickElement("category", term.term, attrs)

    def _add_image(self, handler, image):
        if image is None:
            return
        handler.addQuickElement(
            "enclosure",
            "",
            {"url": image.url, "length": str(image.length), "type": image.mime_type},
        )
        attrs = {
            "url": image.url,
            "type": image.mime_type,
            "fileSize": str(image.length),
            "medium": "image",
        }
        if image.width and image.height:
            attrs.update(width=str(image.width), height=str(image.height))
        handler.startElement("media:content", attrs)
        if image.title:
            handler.addQuickElement("media:description", image.title, {"type": "plain"})
        if image.credit:
            handler.addQuickElement("media:credit", image.credit)
        handler.endElement("media:content")


class NewsAtomFeed(_ExtraFieldsMixin, feedgenerator.Atom1Feed):
    """Atom 1.0: authors and contributors by role, html content, WebSub hub."""

    def write(self, outfile, encoding):
        handler = SafeXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")

    def add_root_elements(self, handler):
        if self.feed["subtitle"] is None:
            self.feed["subtitle"] = self.feed["description"]  # plain text, type=text
        super().add_root_elements(handler)
        if self.feed.get("hub_url"):
            handler.addQuickElement(
                "link", "", {"rel": "hub", "href": self.feed["hub_url"]}
            )
        image = self.feed.get("image")
        if image:
            handler.addQuickElement("logo", image.url)

    def add_item_elements(self, handler, item):
        handler.addQuickElement("title", item["title"])
        handler.addQuickElement("link", "", {"href": item["link"], "rel": "alternate"})
        handler.addQuickElement("id", item["unique_id"] or item["link"])
        if item["pubdate"] is not None:
            published = feedgenerator.rfc3339_date(item["pubdate"])
            handler.addQuickElement("published", published)
        updated = item["updateddate"] or item["pubdate"] or self.latest_post_date()
        handler.addQuickElement("updated", feedgenerator.rfc3339_date(updated))
        for person in item["people"]:
            self._add_person(handler, person)
        if item["summary"]:
            handler.addQuickElement("summary", item["summary"], {"type": "text"})
        if item["content_html"]:
            handler.addQuickElement("content", item["content_html"], {"type": "html"})
        self._add_image(handler, item["image"])
        for term in item["terms"]:
            attrs = {"term": term.term}
            if term.scheme:
                attrs["scheme"] = term.scheme
            handler.addQuickElement("category", "", attrs)

    def _add_person(self, handler, person):
        handler.startElement("author" if person.primary else "contributor", {})
        handler.addQuickElement("name", person.name)
        if person.url:
            handler.addQuickElement("uri", person.url)
        handler.endElement("author" if person.primary else "contributor")

    def _add_image(self, handler, image):
        if image is None:
            return
        attrs = {
            "rel": "enclosure",
            "href": image.url,
            "length": str(image.length),
            "type": image.mime_type,
        }
        if image.title:
            attrs["title"] = image.title
        handler.addQuickElement("link", "", attrs)


class NewsJsonFeed(_ExtraFieldsMixin, feedgenerator.SyndicationFeed):
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/)."""

    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding):
        json.dump(self.as_dict(), outfile, ensure_ascii=False, indent=1)

    def as_dict(self) -> dict:
        feed = self.feed
        data = {
            "version": JSON_FEED_VERSION,
            "title": feed["title"],
            "home_page_url": feed["link"],
            "feed_url": feed["feed_url"],
            "description": feed["description"],
            "language": feed["language"],
        }
        if feed.get("image"):
            data["icon"] = feed["image"].url
        if feed["author_name"]:
            data["authors"] = [{"name": feed["author_name"], "url": feed["link"]}]
        if feed.get("hub_url"):
            data["hubs"] = [{"type": "WebSub", "url": feed["hub_url"]}]
        data = _without_empty(data)
        # Required even when empty.
        data["items"] = [self.item_dict(item) for item in self.items]
        return data

    def item_dict(self, item) -> dict:
        data = {
            "id": item["unique_id"] or item["link"],
            "url": item["link"],
            "title": item["title"],
            "content_html": item["content_html"] or escape(item["summary"]),
            "summary": item["summary"],
            "date_published": _json_date(item["pubdate"]),
            "date_modified": _json_date(item["updateddate"]),
            "authors": [_json_person(person) for person in authors(item["people"])],
            "tags": [term.term for term in item["terms"]],
        }
        image = item["image"]
        if image is not None:
            data["image"] = image.url
            data["attachments"] = [_json_attachment(image)]
        data["_series"] = self._extension(item)
        return _without_empty(data)

    def _extension(self, item) -> dict | None:
        # JSON Feed authors have no role, so every byline with its role goes
        # in our extension object, which readers that do not know it ignore.
        extension = dict(item["extension"] or {})
        if item["people"] and "bylines" not in extension:
            extension["bylines"] = [
                {"name": p.name, "role": p.role, "role_label": p.role_label}
                for p in item["people"]
            ]
        return extension or None


def authors(people: list[FeedPerson]) -> list[FeedPerson]:
    return [person for person in people if person.primary]


def _json_date(value):
    return feedgenerator.rfc3339_date(value) if value else None


def _json_person(person: FeedPerson) -> dict:
    return _without_empty({"name": person.name, "url": person.url})


def _json_attachment(image: FeedImage) -> dict:
    return _without_empty(
        {
            "url": image.url,
            "mime_type": image.mime_type,
            "title": image.title,
            "size_in_bytes": image.length,
        }
    )


def _without_empty(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "", [])}


FEED_GENERATORS = {"rss": NewsRssFeed, "atom": NewsAtomFeed, "json": NewsJsonFeed}
