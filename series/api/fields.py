"""What each page model exposes through the API (``api_fields`` on the models)."""

from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField

from series.api.serializers import (
    BylineSerializer,
    CorrectionSerializer,
    PlaceSerializer,
    RichTextSerializer,
    SeriesRefSerializer,
    ThemeSerializer,
)

RENDITION = "width-1200"

HOME_API_FIELDS = [APIField("intro", serializer=RichTextSerializer())]

SERIES_API_FIELDS = [
    APIField("kicker"),
    APIField("strapline"),
    APIField("editors_note", serializer=RichTextSerializer()),
    APIField("cover_image"),
    APIField(
        "cover_image_rendition",
        serializer=ImageRenditionField(RENDITION, source="cover_image"),
    ),
    APIField("planned_installments"),
    APIField("concluded"),
    APIField("status"),
    APIField("published_count"),
    APIField("themes", serializer=ThemeSerializer(many=True)),
]

INSTALLMENT_API_FIELDS = [
    APIField("number"),
    APIField("position_label"),
    APIField("subtitle"),
    APIField("kicker"),
    APIField("series", serializer=SeriesRefSerializer()),
    APIField("deck"),
    APIField("standfirst"),
    APIField("hero_image"),
    APIField(
        "hero_image_rendition",
        serializer=ImageRenditionField(RENDITION, source="hero_image"),
    ),
    APIField("body"),
    APIField("bylines", serializer=BylineSerializer(many=True)),
    APIField("places", serializer=PlaceSerializer(many=True)),
    APIField("themes", serializer=ThemeSerializer(many=True)),
    APIField("corrections", serializer=CorrectionSerializer(many=True)),
    APIField("edition_date"),
    APIField("print_page"),
    APIField("page_name"),
]
