"""Pictures for tests that show images (browser tests and their screenshots): real, small, made in milliseconds."""

from wagtail_factories import ImageFactory

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


def picture(title, mood="day", width=1280, height=720):
    """A Wagtail image called `title`: one soft colour, the size of a real photo."""
    return ImageFactory(title=title, file__width=width, file__height=height, file__color=COLOURS[mood])
