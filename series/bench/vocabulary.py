"""People, themes, places and images the bench installments share, made once.

Names are generated from syllable lists (not real people); place names and provinces
are real counties. Everything is keyed by a stable slug, so a second run finds them.
"""

from __future__ import annotations

import io

from django.core.files.images import ImageFile

from demo.images import render_scene  # Pillow drawings only: no demo app needed
from series.models import NewsImage, Person, Place, PlaceLevel, Role, Theme

SURNAMES = "王李张刘陈杨赵黄周吴"
GIVEN = ["建国", "晓燕", "海峰", "雪梅", "志强", "丽娟", "文博", "春华"]
THEMES = ["产业升级", "人才回流", "城乡融合", "生态保护", "数字乡村", "县域金融"]
PLACES = [
    ("江阴", "江苏"), ("昆山", "江苏"), ("晋江", "福建"), ("义乌", "浙江"),
    ("慈溪", "浙江"), ("浏阳", "湖南"), ("寿光", "山东"), ("仙居", "浙江"),
    ("长兴", "浙江"), ("安吉", "浙江"), ("南安", "福建"), ("荣成", "山东"),
]  # fmt: skip
SCENES = ["countryside", "riverside_industry", "factory", "glass", "bridge"]


def people_ensure() -> list[Person]:
    people = []
    for i, (surname, given) in enumerate(
        (s, g) for s in SURNAMES[:5] for g in GIVEN[:4]
    ):
        role = Role.COMMENTATOR if i % 10 == 9 else Role.REPORTER
        person, _ = Person.objects.get_or_create(
            slug=f"bench-person-{i}",
            defaults={"name": f"{surname}{given}", "default_role": role},
        )
        people.append(person)
    return people


def themes_ensure() -> list[Theme]:
    return [
        Theme.objects.get_or_create(
            slug=f"bench-theme-{i}", defaults={"name": f"{name}·观察"}
        )[0]
        for i, name in enumerate(THEMES)
    ]


def places_ensure() -> list[Place]:
    return [
        # Real counties: the demo may have made some of them already.
        Place.objects.get_or_create(
            name=name, province=province, defaults={"level": PlaceLevel.COUNTY_CITY}
        )[0]
        for name, province in PLACES
    ]


def images_ensure() -> list[NewsImage]:
    images = []
    for i, scene in enumerate(SCENES):
        title = f"测试图片{i + 1}"
        image = NewsImage.objects.filter(title=title).first()
        if image is None:
            data = render_scene(scene, seed=1000 + i, size=(800, 500))
            image = NewsImage(title=title, credit=f"本报记者 测试{i + 1}摄")
            image.file = ImageFile(io.BytesIO(data), name=f"bench-{i}.jpg")
            image.save()
        images.append(image)
    return images
