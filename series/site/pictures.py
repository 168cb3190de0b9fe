"""Responsive pictures: the presets reader templates ask for, and loading their renditions.

`{% news_picture image "figure" %}` (reader_tags) asks Wagtail for one rendition per
width and format of a preset. A page that knows which pictures it will show hands
them to `prefetch_renditions` first, so all of them come from one query instead of
a cache round trip (and a write back) per picture.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images.models import Filter

# Browsers take the first <source> they support: AVIF, then WebP, then the JPEG <img>.
PICTURE_FORMATS = ("avif", "webp", "jpeg")


@dataclass(frozen=True)
class PicturePreset:
    widths: tuple[int, ...]
    sizes: str
    ratio: float | None = None  # height / width when cropped, None to keep the shape

    def filter(self, width: int, fmt: str) -> Filter:
        return shared_filter(self.spec(width, fmt))

    def spec(self, width: int, fmt: str) -> str:
        if self.ratio is None:
            return f"width-{width}|format-{fmt}"
        return f"fill-{width}x{round(width * self.ratio)}|format-{fmt}"

    def usable_widths(self, image) -> list[int]:
        """The preset's widths the original can fill, topped by the original's own.

        Wagtail never upscales, so a larger width would repeat the same file under
        a second, wrong `w` descriptor.
        """
        limit = image.width
        if self.ratio:
            limit = min(limit, int(image.height / self.ratio))
        fits = [w for w in self.widths if w <= limit]
        if len(fits) < len(self.widths):
            fits.append(limit)
        return sorted(set(fits))


@lru_cache(maxsize=256)
def shared_filter(spec: str) -> Filter:
    # A Filter parses its spec into operations once (a cached_property that looks
    # up the image operation hooks): one shared Filter per spec spares every
    # picture of every page that work, a fifth of an installment's render.
    return Filter(spec=spec)


PICTURE_PRESETS = {
    "hero": PicturePreset((480, 800, 1200, 1600), "(min-width: 64rem) 55rem, 100vw"),
    "figure": PicturePreset((480, 800, 1200), "(min-width: 40rem) 38rem, 100vw"),
    "cover": PicturePreset((480, 800, 1200), "(min-width: 64rem) 34rem, 100vw"),
    "card": PicturePreset(
        (480, 800, 1200), "(min-width: 64rem) 34rem, 100vw", ratio=9 / 16
    ),
    "avatar": PicturePreset((160, 320), "6rem", ratio=1),
}


def picture_filters(image, preset: str) -> list[Filter]:
    """Every rendition `{% news_picture image preset %}` shows, in <source> order."""
    chosen = PICTURE_PRESETS[preset]
    return [
        chosen.filter(width, fmt)
        for fmt in PICTURE_FORMATS
        for width in chosen.usable_widths(image)
    ]


def prefetch_renditions(wanted: Iterable[tuple[object, Iterable[Filter]]]) -> None:
    """Load the renditions of (image, filters) pairs in one query.

    Wagtail trusts an image's prefetched renditions completely: a filter missing
    from them is generated again from the original file. So an image keeps its
    prefetch only when every filter asked for is there (with the image's current
    focal point); any other image takes Wagtail's usual path (cache, database,
    create once) and is complete on the next request.
    """
    filters_of: dict[int, tuple[object, set[Filter]]] = {}
    for image, filters in wanted:
        filters_of.setdefault(id(image), (image, set()))[1].update(filters)
    if not filters_of:
        return
    images = [image for image, _filters in filters_of.values()]
    specs = {f.spec for _image, filters in filters_of.values() for f in filters}
    renditions = images[0].get_rendition_model().objects.filter(filter_spec__in=specs)
    prefetch_related_objects(
        images,
        Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"),
    )
    for image, filters in filters_of.values():
        found = {
            (r.filter_spec, r.focal_point_key) for r in image.prefetched_renditions
        }
        if any((f.spec, f.get_cache_key(image)) not in found for f in filters):
            del image.prefetched_renditions
