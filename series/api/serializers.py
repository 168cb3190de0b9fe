"""Serializers for our page fields in the API. No model imports: models import us."""

from rest_framework import serializers
from wagtail.rich_text import expand_db_html


class RichTextSerializer(serializers.Field):
    """Rich text as front-end HTML (page links resolved), not the database form."""

    def to_representation(self, value):
        return expand_db_html(value or "")


class AbsoluteUrlMixin:
    def absolute(self, path: str) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class PersonRefSerializer(AbsoluteUrlMixin, serializers.Serializer):
    def to_representation(self, person):
        return {
            "id": person.pk,
            "name": person.name,
            "slug": person.slug,
            "url": self.absolute(person.get_absolute_url()),
        }


class BylineSerializer(AbsoluteUrlMixin, serializers.Serializer):
    def to_representation(self, byline):
        return {
            **PersonRefSerializer(context=self.context).to_representation(
                byline.person
            ),
            "role": byline.role,
            "role_label": str(byline.get_role_display()),
        }


class ThemeSerializer(AbsoluteUrlMixin, serializers.Serializer):
    def to_representation(self, theme):
        return {
            "id": theme.pk,
            "name": theme.name,
            "slug": theme.slug,
            "url": self.absolute(theme.get_absolute_url()),
        }


class PlaceSerializer(AbsoluteUrlMixin, serializers.Serializer):
    def to_representation(self, place):
        return {
            "id": place.pk,
            "name": place.name,
            "province": place.province,
            "level": place.level,
            "slug": place.slug,
            "admin_code": place.admin_code,
            "latitude": _decimal(place.latitude),
            "longitude": _decimal(place.longitude),
            "url": self.absolute(place.get_absolute_url()),
        }


class CorrectionSerializer(serializers.Serializer):
    def to_representation(self, correction):
        return {"date": correction.date.isoformat(), "text": correction.text}


class SeriesRefSerializer(serializers.Serializer):
    def to_representation(self, series):
        if series is None:
            return None
        return {"id": series.pk, "title": series.title, "kicker": series.kicker}


def _decimal(value):
    return None if value is None else str(value)
