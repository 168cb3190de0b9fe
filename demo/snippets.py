"""Demo images, themes, places and people: matched by title, slug or name, then compared.

Each `*_sync` creates what is missing, updates what differs and leaves the rest alone,
so a second run writes nothing.
"""

import hashlib
from decimal import Decimal

from django.core.files.base import ContentFile

from demo import content
from demo.images import render_scene
from demo.summary import CREATED, UNCHANGED, UPDATED, DemoSummary
from series.models import NewsImage, Person, Place, Theme
from series.services import person_get_or_create


def fields_apply(obj, values: dict) -> bool:
    """Set the fields that differ; True when anything changed."""
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    for name in changed:
        setattr(obj, name, values[name])
    return bool(changed)


def record_save(obj, *, created: bool, changed: bool, summary: DemoSummary) -> None:
    if created or changed:
        obj.save()
    action = CREATED if created else UPDATED if changed else UNCHANGED
    summary.record(action, str(type(obj)._meta.verbose_name), str(obj))


# ---------------------------------------------------------------- images


def images_sync(*, summary: DemoSummary) -> dict[str, NewsImage]:
    return {
        spec["key"]: image_sync(spec=spec, summary=summary) for spec in content.IMAGES
    }


def image_sync(*, spec: dict, summary: DemoSummary) -> NewsImage:
    image = NewsImage.objects.filter(title=spec["title"]).order_by("pk").first()
    created = image is None
    if created:
        image = NewsImage(title=spec["title"])
    changed = fields_apply(
        image, {"credit": spec["credit"], "default_caption": spec["caption"]}
    )
    # A database restored without its media folder still gets pictures back.
    if created or not image.file.storage.exists(image.file.name):
        image_file_draw(image=image, spec=spec)
        changed = True
        if not created:
            image.renditions.all().delete()
    record_save(image, created=created, changed=changed, summary=summary)
    if created or changed:
        summary.files_written.append(image.file.name)
    return image


def image_file_draw(*, image: NewsImage, spec: dict) -> None:
    data = render_scene(spec["scene"], seed=spec["seed"])
    image.file = ContentFile(data, name=f"demo-{spec['key']}.jpg")
    image.file_size = len(data)
    # Same digest as Wagtail's own duplicate detection (hash_filelike: SHA-1).
    image.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()


# ---------------------------------------------------------------- themes, places


def themes_sync(*, summary: DemoSummary) -> dict[str, Theme]:
    themes = {}
    for spec in content.THEMES:
        theme = (
            Theme.objects.filter(slug=spec["slug"]).first()
            or Theme.objects.filter(name=spec["name"]).first()
        )
        created = theme is None
        theme = theme or Theme()
        changed = fields_apply(
            theme,
            {
                "name": spec["name"],
                "slug": spec["slug"],
                "description": spec["description"],
                "aliases": "\n".join(spec["aliases"]),
            },
        )
        record_save(theme, created=created, changed=changed, summary=summary)
        themes[spec["slug"]] = theme
    return themes


def places_sync(*, summary: DemoSummary) -> dict[str, Place]:
    places = {}
    for spec in content.PLACES:
        place = (
            Place.objects.filter(slug=spec["slug"]).first()
            or Place.objects.filter(
                province=spec["province"], name=spec["name"]
            ).first()
        )
        created = place is None
        place = place or Place()
        values = {
            **spec,
            "latitude": Decimal(spec["latitude"]),
            "longitude": Decimal(spec["longitude"]),
        }
        changed = fields_apply(place, values)
        record_save(place, created=created, changed=changed, summary=summary)
        places[spec["slug"]] = place
    return places


# ---------------------------------------------------------------- people


def people_sync(
    *, images: dict[str, NewsImage], summary: DemoSummary
) -> dict[str, Person]:
    people = {}
    for spec in content.PEOPLE:
        person, created = person_get_or_create(name=spec["name"], role=spec["role"])
        photo = images.get(spec.get("photo", ""))
        changed = fields_apply(
            person,
            {
                "default_role": spec["role"],
                "bio": spec["bio"],
                "photo_id": photo.pk if photo else None,
            },
        )
        # The service already saved a new person; only a bio or photo may be pending.
        if changed:
            person.save()
        action = CREATED if created else UPDATED if changed else UNCHANGED
        summary.record(action, str(Person._meta.verbose_name), str(person))
        people[spec["name"]] = person
    return people
