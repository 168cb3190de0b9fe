"""Demo pictures drawn with Pillow: gradients and shapes, no fonts, no downloads.

Each scene is a small composition (a river town at dawn, a workshop, curved glass,
fireworks, a bridge, a portrait silhouette). A seed makes a scene reproducible, so a
regenerated file looks like the one it replaces.
"""

import io
import random
from collections.abc import Callable
from math import cos, sin

from PIL import Image, ImageDraw, ImageFilter, ImageOps

Color = tuple[int, int, int]
SIZE = (1200, 750)


def render_scene(scene: str, *, seed: int, size: tuple[int, int] = SIZE) -> bytes:
    """JPEG bytes of one scene; unknown scene names are a programming error."""
    draw_scene = SCENES[scene]
    image = draw_scene(random.Random(seed), size)  # noqa: S311 - pictures, not secrets
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=85, optimize=True)
    return buffer.getvalue()


# ---------------------------------------------------------------- helpers


def gradient(size: tuple[int, int], top: Color, bottom: Color) -> Image.Image:
    ramp = Image.linear_gradient("L").resize(size)
    return ImageOps.colorize(ramp, top, bottom).convert("RGBA")


def jitter(rng: random.Random, color: Color, spread: int = 18) -> Color:
    return tuple(max(0, min(255, c + rng.randint(-spread, spread))) for c in color)


def ridge(
    rng: random.Random, width: int, base: int, height: int, roughness: float
) -> list[tuple[int, int]]:
    """A mountain or skyline edge as a random walk, closed along the bottom edge."""
    points, y, step = [], base - height // 2, max(8, width // 60)
    for x in range(0, width + step, step):
        y += rng.uniform(-roughness, roughness) * step
        y = max(base - height, min(base, y))
        points.append((x, int(y)))
    return [(0, base + 2000), *points, (width, base + 2000)]


def overlay(image: Image.Image, paint: Callable[[ImageDraw.ImageDraw], None]):
    """Draw translucent shapes on a layer, then blend it in."""
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    paint(ImageDraw.Draw(layer))
    return Image.alpha_composite(image, layer)


def river(image: Image.Image, rng: random.Random, top: int, color: Color) -> None:
    draw = ImageDraw.Draw(image)
    width, height = image.size
    draw.rectangle([0, top, width, height], fill=color)
    for _ in range(90):
        y = rng.randint(top + 4, height)
        x = rng.randint(0, width)
        length = rng.randint(20, 120)
        shade = jitter(rng, tuple(min(255, c + 40) for c in color), 10)
        draw.line([(x, y), (x + length, y)], fill=shade, width=2)


def factories(
    image: Image.Image, rng: random.Random, ground: int, color: Color
) -> None:
    draw = ImageDraw.Draw(image)
    x = rng.randint(-40, 40)
    while x < image.width:
        w, h = rng.randint(60, 160), rng.randint(40, 130)
        draw.rectangle([x, ground - h, x + w, ground], fill=jitter(rng, color, 10))
        if rng.random() < 0.4:
            cx = x + rng.randint(10, w - 10)
            draw.rectangle([cx, ground - h - 90, cx + 10, ground - h], fill=color)
        x += w + rng.randint(0, 40)


# ---------------------------------------------------------------- scenes


def countryside(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    width, height = size
    image = gradient(size, (150, 190, 225), (235, 240, 230))
    horizon = int(height * 0.45)
    draw = ImageDraw.Draw(image)
    draw.polygon(ridge(rng, width, horizon, 90, 1.2), fill=(120, 150, 160))
    factories(image, rng, horizon + 10, (200, 200, 195))
    # Fields in perspective: rows widen toward the viewer.
    palette = [(122, 170, 80), (190, 180, 90), (95, 145, 70), (160, 190, 100)]
    y, row = horizon + 10, 0
    while y < height:
        row_h = 14 + row * 10
        x = -rng.randint(0, 80)
        while x < width:
            w = rng.randint(90, 220) + row * 30
            draw.rectangle(
                [x, y, x + w, y + row_h], fill=jitter(rng, rng.choice(palette))
            )
            x += w + 3
        y += row_h + 3
        row += 1
    river_path = [(0, height - 40), (width * 0.4, horizon + 60), (width, horizon + 40)]
    draw.line(river_path, fill=(170, 200, 220), width=26, joint="curve")
    return image


def riverside_industry(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    width, height = size
    image = gradient(size, (250, 180, 120), (120, 150, 190))
    draw = ImageDraw.Draw(image)
    sun_x, sun_y = rng.randint(width // 5, width * 4 // 5), int(height * 0.3)
    draw.ellipse([sun_x - 50, sun_y - 50, sun_x + 50, sun_y + 50], fill=(255, 225, 170))
    ground = int(height * 0.62)
    factories(image, rng, ground, (70, 80, 100))
    for _ in range(4):  # harbour cranes
        x = rng.randint(0, width)
        draw.line([(x, ground), (x, ground - 170)], fill=(60, 65, 80), width=6)
        draw.line(
            [(x - 60, ground - 160), (x + 120, ground - 160)],
            fill=(60, 65, 80),
            width=5,
        )
    river(image, rng, ground, (90, 110, 150))
    return image.filter(ImageFilter.SMOOTH)


def factory(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    width, height = size
    image = gradient(size, (60, 70, 85), (170, 175, 180))
    vanish = (width // 2 + rng.randint(-150, 150), int(height * 0.38))
    draw = ImageDraw.Draw(image)
    for i in range(-8, 9):  # floor lines toward the vanishing point
        draw.line(
            [vanish, (width // 2 + i * 160, height)], fill=(140, 145, 150), width=2
        )
    for side in (-1, 1):
        for depth in range(6, 0, -1):
            scale = depth / 6
            cx = vanish[0] + side * int(90 + 420 * scale)
            cy = vanish[1] + int(330 * scale)
            w, h = int(180 * scale), int(120 * scale)
            color = jitter(rng, (70, 120, 170) if side < 0 else (220, 140, 60), 20)
            draw.rectangle([cx - w // 2, cy - h, cx + w // 2, cy], fill=color)
            draw.rectangle(
                [cx - w // 4, cy - h + 8, cx + w // 4, cy - h // 2], fill=(40, 45, 55)
            )

    def lamps(layer: ImageDraw.ImageDraw) -> None:
        for i in range(7):
            x = int(width * (i + 0.5) / 7)
            layer.ellipse([x - 70, 10, x + 70, 70], fill=(255, 245, 210, 90))
            layer.ellipse([x - 18, 30, x + 18, 48], fill=(255, 250, 230, 230))

    return overlay(image, lamps)


def glass(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    width, height = size
    image = gradient(size, (30, 60, 80), (120, 170, 180))

    def panes(layer: ImageDraw.ImageDraw) -> None:
        for i in range(5):
            left = 80 + i * 220 + rng.randint(-30, 30)
            top = 140 + rng.randint(-40, 60)
            span, bulge = 300, rng.randint(40, 80)
            upper = [
                (left + t * span / 20, top - bulge * (1 - ((t - 10) / 10) ** 2))
                for t in range(21)
            ]
            lower = [(x + 40, y + 320) for x, y in reversed(upper)]
            layer.polygon(
                upper + lower, fill=(190, 230, 240, 70), outline=(230, 250, 255, 200)
            )
            layer.line(
                [(left + 60, top + 40), (left + 200, top + 250)],
                fill=(255, 255, 255, 120),
                width=6,
            )

    image = overlay(image, panes)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height - 110, width, height], fill=(50, 55, 60))
    for x in range(0, width, 60):  # conveyor rollers
        draw.ellipse([x + 10, height - 100, x + 40, height - 70], fill=(120, 125, 130))
    return image


def fireworks(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    width, height = size
    image = gradient(size, (10, 15, 45), (40, 30, 70))
    ground = int(height * 0.72)

    def bursts(layer: ImageDraw.ImageDraw) -> None:
        colors = [
            (255, 90, 80),
            (255, 210, 90),
            (120, 220, 255),
            (200, 130, 255),
            (140, 255, 150),
        ]
        for _ in range(7):
            cx, cy = rng.randint(100, width - 100), rng.randint(60, ground - 160)
            radius, color = rng.randint(60, 150), rng.choice(colors)
            for k in range(36):
                angle = k / 36 * 6.283 + rng.uniform(-0.05, 0.05)
                end = (cx + radius * cos(angle), cy + radius * sin(angle))
                layer.line([(cx, cy), end], fill=(*color, 150), width=2)
                layer.ellipse(
                    [end[0] - 3, end[1] - 3, end[0] + 3, end[1] + 3], fill=(*color, 255)
                )

    image = overlay(image, bursts)
    draw = ImageDraw.Draw(image)
    draw.polygon(ridge(rng, width, ground, 70, 2.5), fill=(15, 15, 25))
    river(image, rng, ground + 20, (25, 25, 55))
    return image


def bridge(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    width, height = size
    image = gradient(size, (170, 205, 235), (225, 230, 235))
    draw = ImageDraw.Draw(image)
    deck = int(height * 0.55)
    factories(image, rng, deck - 10, (150, 160, 175))
    river(image, rng, deck + 30, (110, 140, 165))
    draw.rectangle([0, deck, width, deck + 14], fill=(80, 85, 95))
    for tower_x in (width // 3, width * 2 // 3):
        draw.rectangle(
            [tower_x - 10, deck - 220, tower_x + 10, deck + 120], fill=(70, 75, 85)
        )
        for k in range(1, 9):  # cable-stayed fans
            for side in (-1, 1):
                anchor = (tower_x + side * k * 22, deck)
                draw.line(
                    [(tower_x, deck - 210 + k * 8), anchor], fill=(90, 95, 105), width=2
                )
    return image


def portrait(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    side = min(size)
    image = gradient((side, side), jitter(rng, (200, 210, 225)), (120, 135, 160))
    draw = ImageDraw.Draw(image)
    cx = side // 2
    draw.ellipse([cx - 260, side - 260, cx + 260, side + 260], fill=(60, 70, 90))
    draw.ellipse(
        [cx - 120, side // 2 - 230, cx + 120, side // 2 + 30], fill=(70, 80, 100)
    )
    return image.filter(ImageFilter.GaussianBlur(1))


SCENES: dict[str, Callable[[random.Random, tuple[int, int]], Image.Image]] = {
    "countryside": countryside,
    "riverside_industry": riverside_industry,
    "factory": factory,
    "glass": glass,
    "fireworks": fireworks,
    "bridge": bridge,
    "portrait": portrait,
}
