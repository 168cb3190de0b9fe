"""Installment body blocks as stored StreamField JSON, for tests that build bodies.

Text is escaped the way the editor stores it, so hostile copy stays text.
"""

from django.utils.html import escape


def paragraph(text: str) -> dict:
    return {"type": "paragraph", "value": f"<p>{escape(text)}</p>"}


def figure(image, caption: str = "", credit: str = "") -> dict:
    return {
        "type": "image",
        "value": {"image": image.pk, "caption": caption, "credit": credit},
    }


def pull_quote(text: str, attribution: str = "", role: str = "") -> dict:
    return {
        "type": "pull_quote",
        "value": {"text": text, "attribution": attribution, "role": role},
    }


def key_figure(value, unit, label, place=None, year=None, source="") -> dict:
    return {
        "type": "key_figure",
        "value": {
            "value": value,
            "unit": unit,
            "label": label,
            "place": place.pk if place else None,
            "year": year,
            "source": source,
        },
    }


def section(heading: str, *content: dict, subheading: str = "", theme=None) -> dict:
    return {
        "type": "section",
        "value": {
            "theme": theme.pk if theme else None,
            "heading": heading,
            "subheading": subheading,
            "content": list(content),
        },
    }


def commentary(title: str, text: str, author=None) -> dict:
    return {
        "type": "commentary",
        "value": {
            "title": title,
            "author": author.pk if author else None,
            "body": f"<p>{escape(text)}</p>",
        },
    }
