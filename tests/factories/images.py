"""Images for tests. A real file is made only where a test asks for an image of its own.

Building an image (a file, a collection) and then resizing it for every rendition was most of the suite's time when
each post made its own. Posts share one image unless a test passes `featured_image=ImageFactory()`.
"""

import factory

import wagtail_factories
from wagtail.images import get_image_model
from wagtail.models import Collection

SHARED_IMAGE_TITLE = "Shared test picture"


def root_collection():
    """Wagtail's root collection, rebuilt when a transactional test has flushed the migration data."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


class ImageFactory(wagtail_factories.ImageFactory):
    """A small real JPEG in the root collection (wagtail-factories makes a new root collection per image)."""

    collection = factory.LazyFunction(root_collection)
    file = factory.django.ImageField(width=64, height=48, color="teal")


def shared_image():
    """The one image that factories reuse; made on first use in each test's database."""
    return get_image_model().objects.filter(title=SHARED_IMAGE_TITLE).first() or ImageFactory(
        title=SHARED_IMAGE_TITLE, description="A family at a kitchen table", credit="© Demo Photographer"
    )


# Soft colours in the site's palette, by the mood a test asks for.
COLOURS = {
    "dawn": (246, 211, 186),
    "day": (170, 210, 228),
    "dusk": (150, 130, 170),
    "night": (44, 60, 90),
    "mist": (214, 222, 226),
    "portrait": (170, 180, 140),
    "cover": (40, 60, 90),
}


def picture(title, mood="day", width=1280, height=720, **fields):
    """A Wagtail image called `title` for tests that show images (browser tests and their screenshots): one soft
    colour, the size of a real photo. `fields` sets others, e.g. `credit`."""
    return ImageFactory(title=title, file__width=width, file__height=height, file__color=COLOURS[mood], **fields)
