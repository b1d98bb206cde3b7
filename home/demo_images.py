"""Demo pictures drawn with Pillow, so demo content needs no download."""

import io

from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection


def demo_collection(name):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def calm_picture(seed, size=(1200, 675)):
    """A soft two-colour gradient with a few overlapping circles; `seed` picks the palette and layout."""
    palettes = [
        ((29, 92, 99), (232, 241, 239)),
        ((180, 69, 31), (251, 233, 226)),
        ((60, 80, 140), (228, 233, 246)),
        ((90, 120, 60), (236, 243, 228)),
        ((120, 70, 120), (243, 230, 243)),
    ]
    dark, light = palettes[seed % len(palettes)]
    width, height = size
    picture = PILImage.new("RGB", size, light)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        share = y / height
        colour = tuple(int(light[i] * (1 - share * 0.5) + dark[i] * share * 0.5) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    for n in range(3):
        radius = height // (3 + n)
        x = (seed * 137 + n * 311) % width
        y = (seed * 89 + n * 173) % height
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], outline=dark, width=6)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer


def get_or_create_demo_image(title, seed, collection_name, size=(1200, 675)):
    """The Wagtail image called `title`, drawn the first time it is asked for."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    image = Image(title=title, collection=demo_collection(collection_name))
    image.file = ImageFile(calm_picture(seed, size), name=f"demo-{seed}.png")
    image.save()
    return image
