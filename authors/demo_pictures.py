"""Pictures for the demo content, drawn with Pillow so that nothing is downloaded.

Calm scenes (sky, sun or moon, hills, a tree, a house, simple figures), head-and-shoulders portraits and
book covers. `save_picture` stores one as a Wagtail image, once: a second call finds it by title.
"""

import io
import math
import textwrap

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from home.demo_images import demo_collection

# (sky top, sky bottom, far hills, near hills, figures) for each time of day.
PALETTES = {
    "dawn": ((246, 211, 186), (253, 240, 222), (166, 190, 170), (94, 138, 120), (38, 62, 60)),
    "day": ((170, 210, 228), (232, 244, 240), (150, 196, 160), (84, 140, 104), (34, 64, 52)),
    "dusk": ((84, 92, 150), (236, 176, 150), (120, 106, 140), (70, 66, 104), (30, 28, 52)),
    "night": ((22, 34, 66), (60, 78, 120), (44, 60, 90), (28, 40, 64), (12, 18, 34)),
    "mist": ((214, 222, 226), (242, 244, 242), (186, 200, 200), (142, 164, 164), (60, 78, 80)),
}
WARM_LIGHT = (255, 214, 140)


def _gradient(size, top, bottom):
    """A smooth vertical gradient: a two-pixel image stretched to `size`."""
    strip = PILImage.new("RGB", (1, 2))
    strip.putpixel((0, 0), top)
    strip.putpixel((0, 1), bottom)
    return strip.resize(size, PILImage.Resampling.BILINEAR)


def _glow(picture, centre, radius, colour):
    """A soft disc: rings of falling opacity around a solid core."""
    layer = PILImage.new("RGBA", picture.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    x, y = centre
    for step in range(24, 0, -1):
        r = radius * (1 + step * 0.06)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(*colour, 6))
    draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(*colour, 255))
    picture.alpha_composite(layer)


def _hill(draw, size, base, amplitude, wavelength, phase, colour):
    width, height = size
    points = [(x, base + amplitude * math.sin(x / wavelength + phase)) for x in range(0, width + 40, 40)]
    draw.polygon([(0, height), *points, (width, height)], fill=colour)


def _figure(draw, foot_x, foot_y, height, colour):
    """A simple standing person: round head, rounded body."""
    head = height * 0.13
    body_top = foot_y - height + head * 2.1
    draw.ellipse([foot_x - head, foot_y - height, foot_x + head, foot_y - height + head * 2], fill=colour)
    draw.rounded_rectangle(
        [foot_x - height * 0.17, body_top, foot_x + height * 0.17, foot_y], radius=int(height * 0.12), fill=colour
    )


def scene(time_of_day="day", figures=(), tree=False, house=False, light="sun", size=(1280, 720)):
    """A calm landscape. `figures` is a list of (x share, height share) pairs for people on the near hill."""
    sky_top, sky_bottom, far, near, ink = PALETTES[time_of_day]
    width, height = size
    picture = _gradient(size, sky_top, sky_bottom).convert("RGBA")
    if light:
        colour = (255, 244, 214) if light == "moon" else (255, 226, 160)
        _glow(picture, (int(width * 0.72), int(height * 0.3)), height // 11, colour)
    draw = ImageDraw.Draw(picture)
    _hill(draw, size, height * 0.62, height * 0.05, width / 9, 0.5, far)
    ground = height * 0.76
    _hill(draw, size, ground, height * 0.03, width / 6, 2.0, near)
    if tree:
        x = width * 0.18
        draw.rectangle([x - 14, ground - 180, x + 14, ground + 10], fill=ink)
        draw.ellipse([x - 110, ground - 360, x + 110, ground - 150], fill=ink)
    if house:
        x, w = width * 0.62, width * 0.14
        draw.rectangle([x, ground - w * 0.7, x + w, ground + 20], fill=ink)
        draw.polygon(
            [(x - 20, ground - w * 0.7), (x + w / 2, ground - w * 1.15), (x + w + 20, ground - w * 0.7)], fill=ink
        )
        draw.rectangle([x + w * 0.2, ground - w * 0.5, x + w * 0.42, ground - w * 0.28], fill=WARM_LIGHT)
        _glow(picture, (int(x + w * 0.8), int(ground - w * 0.45)), 12, WARM_LIGHT)
        draw = ImageDraw.Draw(picture)
    for x_share, height_share in figures:
        _figure(draw, width * x_share, ground + 8, height * height_share, ink)
    return picture.convert("RGB")


def portrait(background, clothes, skin, hair, long_hair=False, size=(800, 800)):
    """A friendly head-and-shoulders illustration on a soft gradient."""
    width, height = size
    picture = _gradient(size, background, tuple(min(255, c + 40) for c in background))
    draw = ImageDraw.Draw(picture)
    cx = width // 2
    if long_hair:
        draw.rounded_rectangle([cx - 185, height * 0.14, cx + 185, height * 0.82], radius=170, fill=hair)
    draw.ellipse([cx - 300, height * 0.74, cx + 300, height * 1.3], fill=clothes)
    draw.rectangle([cx - 55, height * 0.52, cx + 55, height * 0.78], fill=skin)
    draw.ellipse([cx - 168, height * 0.1, cx + 168, height * 0.5], fill=hair)
    draw.ellipse([cx - 140, height * 0.2, cx + 140, height * 0.62], fill=skin)
    draw.chord([cx - 142, height * 0.14, cx + 142, height * 0.4], 190, 350, fill=hair)
    return picture


def book_cover(title, subtitle, author, background, accent, size=(600, 900)):
    """A plain cover: a lamp-like circle, the title, subtitle and author in the built-in font."""
    width, height = size
    picture = _gradient(size, background, tuple(max(0, c - 50) for c in background)).convert("RGBA")
    _glow(picture, (width // 2, int(height * 0.64)), 60, accent)
    draw = ImageDraw.Draw(picture)
    y = 70
    for text, font_size, wrap in ((title, 64, 14), (subtitle, 28, 34)):
        font = ImageFont.load_default(size=font_size)
        for line in textwrap.wrap(text, wrap):
            draw.text((width // 2, y), line, font=font, fill=(255, 255, 255), anchor="ma")
            y += int(font_size * 1.25)
        y += 24
    draw.text((width // 2, height - 90), author.upper(), font=ImageFont.load_default(size=30), fill=accent, anchor="ma")
    return picture.convert("RGB")


def save_picture(title, picture, collection_name, description=""):
    """The Wagtail image called `title`; stored from `picture` (a Pillow image, or a callable making one) once."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    if callable(picture):
        picture = picture()
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    image = Image(title=title, description=description, collection=demo_collection(collection_name))
    image.file = ImageFile(buffer, name=f"{_file_stem(title)}.jpg")
    image.save()
    return image


def _file_stem(title):
    return "".join(c if c.isalnum() else "-" for c in title.lower()).strip("-")[:60]
