"""JSON-LD (schema.org) for reader pages.

Builders return plain dicts from objects the page has already loaded, so structured
data costs no queries of its own. `json_ld_dumps` serialises them so that no text,
however hostile, can close the <script> element the data lives in.
"""

import json
from datetime import date, datetime

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags

from series.links import request_absolute_url, site_root_url
from series.models import Role
from series.site.seo import share_rendition

CONTEXT = "https://schema.org"
LANGUAGE = "zh-Hans"

# Inside <script>, "</script>" or "<!--" would end or confuse the element; HTML never
# parses escapes there, so the JSON itself must spell these characters as \u escapes.
_SCRIPT_SAFE = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)

# Which schema.org property each newspaper role fills on a NewsArticle.
ROLE_PROPERTIES = {
    Role.REPORTER: "author",
    Role.CORRESPONDENT: "author",
    Role.PHOTOGRAPHER: "contributor",
    Role.COMMENTATOR: "contributor",
    Role.EDITOR: "editor",
    Role.DESIGNER: "editor",
}


def json_ld_dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=_iso).translate(_SCRIPT_SAFE)


def _iso(value):
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__} as JSON-LD")


def _compact(data: dict) -> dict:
    """Drop empty values: absent is clearer to a crawler than "" or []."""
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def organization(request) -> dict:
    return {
        "@type": "Organization",
        "name": str(settings.WAGTAIL_SITE_NAME),
        "url": site_root_url(request) + "/",
    }


def person_ref(person, request, role_label: str = "") -> dict:
    return _compact(
        {
            "@type": "Person",
            "name": person.name,
            "url": request_absolute_url(request, person.get_absolute_url()),
            "jobTitle": str(role_label),
        }
    )


def image_object(image, request, *, caption: str = "", credit: str = ""):
    rendition = share_rendition(image)
    if rendition is None:
        return None
    url = request_absolute_url(request, rendition.url)
    return _compact(
        {
            "@type": "ImageObject",
            "url": url,
            "contentUrl": url,
            "width": rendition.width,
            "height": rendition.height,
            "caption": caption or image.default_caption,
            "creditText": credit or image.credit,
        }
    )


def place_object(place, request=None) -> dict:
    data = {
        "@type": "Place",
        "name": f"{place.province}{place.name}",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": place.name,
            "addressRegion": place.province,
            "addressCountry": "CN",
        },
    }
    if place.latitude is not None and place.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }
    if request is not None:
        data["url"] = request_absolute_url(request, place.get_absolute_url())
    return data


def series_ref(series, request) -> dict:
    url = request_absolute_url(request, series.get_url(request=request) or "")
    return {
        "@type": "CreativeWorkSeries",
        "@id": url + "#series",
        "name": series.title,
        "url": url,
    }


def _people_by_property(bylines, request) -> dict[str, list]:
    people: dict[str, list] = {"author": [], "contributor": [], "editor": []}
    for byline in bylines:
        prop = ROLE_PROPERTIES.get(byline.role, "contributor")
        label = Role(byline.role).label
        people[prop].append(person_ref(byline.person, request, label))
    return people


def news_article(
    page, request, *, canonical, bylines, themes, places, corrections, image=None
):
    """NewsArticle for an installment, from objects the page context already holds.

    `image` is the lead photo (the hero, else the body's first); caption and credit
    travel with it.
    """
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "@id": canonical + "#article",
        "mainEntityOfPage": canonical,
        "url": canonical,
        "headline": page.title,
        "alternativeHeadline": page.subtitle,
        "description": strip_tags(page.standfirst or page.deck),
        "inLanguage": LANGUAGE,
        "datePublished": page.first_published_at,
        "dateModified": page.last_published_at or page.latest_revision_created_at,
        **_people_by_property(bylines, request),
        "image": [image_object(image, request)] if image else [],
        "publisher": organization(request),
        "position": page.number,
        "isPartOf": series_ref(page.series, request) if page.series else None,
        "articleSection": [theme.name for theme in themes],
        "contentLocation": [place_object(place, request) for place in places],
        "correction": [
            {"@type": "CorrectionComment", "text": c.text, "datePublished": c.date}
            for c in corrections
        ],
        "printEdition": page.edition_date,
        "printPage": str(page.print_page) if page.print_page else "",
        "printSection": page.page_name,
    }
    return _compact(data)


def creative_work_series(series, request, *, canonical, installments) -> dict:
    """CreativeWorkSeries for a series page, listing its installments in order."""
    dates = [p.first_published_at for p in installments if p.first_published_at]
    cover = series.cover_image
    data = {
        "@context": CONTEXT,
        **series_ref(series, request),
        "headline": series.title,
        "alternativeHeadline": series.kicker,
        "description": strip_tags(series.strapline or series.editors_note).strip(),
        "inLanguage": LANGUAGE,
        "publisher": organization(request),
        "image": image_object(cover, request) if cover else None,
        "startDate": min(dates).date() if dates else None,
        "endDate": max(dates).date()
        if dates and series.status == "concluded"
        else None,
        "hasPart": [
            _compact(
                {
                    "@type": "NewsArticle",
                    "headline": page.title,
                    "url": request_absolute_url(request, page.get_url(request=request)),
                    "position": page.number,
                    "datePublished": page.first_published_at,
                }
            )
            for page in installments
        ],
    }
    return _compact(data)


def person_profile(person, request, *, role_label: str = "") -> dict:
    data = person_ref(person, request, role_label)
    data["@id"] = data["url"] + "#person"
    data["description"] = person.bio
    data["worksFor"] = organization(request)
    photo = image_object(person.photo, request) if person.photo else None
    return {"@context": CONTEXT, **_compact({**data, "image": photo})}


def place_profile(place, request) -> dict:
    return {"@context": CONTEXT, **place_object(place, request)}


def theme_collection(theme, request, *, canonical, installments) -> dict:
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "CollectionPage",
            "name": theme.name,
            "url": canonical,
            "description": theme.description,
            "inLanguage": LANGUAGE,
            "about": {"@type": "Thing", "name": theme.name},
            "hasPart": [
                {
                    "@type": "NewsArticle",
                    "headline": page.title,
                    "url": request_absolute_url(request, page.get_url(request=request)),
                }
                for page in installments
            ],
        }
    )


def web_site(request, *, name: str) -> dict:
    return {
        "@context": CONTEXT,
        "@type": "WebSite",
        "name": name,
        "url": site_root_url(request) + "/",
        "inLanguage": LANGUAGE,
        "publisher": organization(request),
    }


def dataset(series, request, *, canonical, downloads, rows) -> dict:
    """Dataset for a series' data page, with its CSV and JSON downloads."""
    places = sorted({str(row.place) for row in rows if row.place})
    years = sorted({row.year for row in rows if row.year})
    return _compact(
        {
            "@context": CONTEXT,
            "@type": "Dataset",
            "name": f"{series.title}：关键数据",
            "description": f"《{series.title}》各篇报道中的关键数据，共 {len(rows)} 项。",
            "url": canonical,
            "inLanguage": LANGUAGE,
            "isPartOf": series_ref(series, request),
            "creator": organization(request),
            "spatialCoverage": places or None,
            "temporalCoverage": f"{years[0]}/{years[-1]}" if years else None,
            "distribution": [
                {
                    "@type": "DataDownload",
                    "encodingFormat": kind,
                    "contentUrl": request_absolute_url(request, url),
                }
                for kind, url in (
                    ("text/csv", downloads["csv"]),
                    ("application/json", downloads["json"]),
                )
            ],
        }
    )


def breadcrumb_list(crumbs, request) -> dict:
    """crumbs: [(name, url)], the last one the current page."""
    return {
        "@context": CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": str(name),
                "item": request_absolute_url(request, url),
            }
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }
