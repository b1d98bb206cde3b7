"""Every image size the site renders, named once, and the files each size is made of.

Templates ask for a size by name (`{% named_image post.featured_image "card" %}` from the `named_images` tag
library) and listing querysets prefetch the same names (`images_with_renditions("card")`), so a template and the
query that feeds it can never drift apart, and no other filter spec is ever generated.

Each size is drawn as a `<picture>`: a WebP source at 1x, and at 2x when the original has the pixels for it (a
picture is never enlarged), and an `<img>` at 1x in the original's format for the few browsers without WebP.
`variant_specs(image, name)` lists the filter specs one picture needs; `all_specs(*names)` every spec a size may
use, for prefetching. The renditions are made when a picture is saved (`home.rendition_tasks`), not while a reader
waits.
"""

import re

from django.db.models import Prefetch

from wagtail.images import get_image_model

SPECS = {
    "card": "fill-640x360",  # a post on a listing card
    "hero": "fill-1200x630",  # a post's main picture; also its social-media and search-engine image
    "body": "width-800",  # a picture inside a page's body
    "profile_photo": "fill-240x240",  # an author on the author index and their own page
    "profile_cover": "max-160x240",  # a book cover on the author's page
    "author_box_photo": "fill-160x160",  # the "About the author" box under a post
    "author_box_cover": "max-120x180",  # a book cover in that box
    "module_card": "fill-320x180",  # a learning module on the module index
    "podcast_cover": "fill-1400x1400",  # the podcast's cover in podcast apps
}

# Sizes kept in the original's format only: podcast apps want the cover as JPEG or PNG.
ORIGINAL_FORMAT_ONLY = {"podcast_cover"}

WEBP = "format-webp"
_RESIZE = re.compile(r"^(?P<operation>fill|max|width)-(?P<width>\d+)(?:x(?P<height>\d+))?$")


def spec(name):
    """The filter spec of the named size; an unknown name is a programming error and raises KeyError."""
    return SPECS[name]


def has_webp(name):
    return name not in ORIGINAL_FORMAT_ONLY


def webp_spec(name, density=1):
    """The WebP rendition of the named size at 1x or 2x, e.g. `fill-1280x720|format-webp` for a 2x card."""
    return f"{_resize(SPECS[name], density)}|{WEBP}"


def _size(filter_spec):
    """(operation, width, height or None) of a resizing filter spec such as `fill-640x360` or `width-800`."""
    match = _RESIZE.match(filter_spec)
    if match is None:
        raise ValueError(f"{filter_spec!r}: only fill-, max- and width- sizes can be drawn at 2x")
    return match["operation"], int(match["width"]), int(match["height"]) if match["height"] else None


def _resize(filter_spec, density):
    operation, width, height = _size(filter_spec)
    return f"{operation}-{width * density}" if height is None else f"{operation}-{width * density}x{height * density}"


def has_pixels_for_2x(image, name):
    """Does the original hold twice the pixels of the named size, so the 2x file is truly twice as sharp?

    A fill crops to the size, so both sides must be twice as long; a width needs twice the width; a max (fit inside
    a box) shrinks by the tighter side, which is twice as long when either side of the original is."""
    operation, width, height = _size(SPECS[name])
    height = height or 0
    if operation == "fill":
        return image.width >= 2 * width and image.height >= 2 * height
    if operation == "width":
        return image.width >= 2 * width
    return image.width >= 2 * width or image.height >= 2 * height


def variant_specs(image, name):
    """The filter specs of the files one picture of `image` at the named size uses: the original format at 1x
    first, then WebP at 1x and (when the original has the pixels) 2x."""
    specs = [SPECS[name]]
    if has_webp(name):
        specs.append(webp_spec(name))
        if has_pixels_for_2x(image, name):
            specs.append(webp_spec(name, 2))
    return specs


def every_variant_spec(image):
    """Every file the site may draw `image` with, at every named size."""
    return [filter_spec for name in SPECS for filter_spec in variant_specs(image, name)]


def all_specs(*names):
    """Every filter spec the named sizes may use, whatever the picture: what a listing prefetches."""
    specs = []
    for name in names:
        specs.append(SPECS[name])
        if has_webp(name):
            specs += [webp_spec(name), webp_spec(name, 2)]
    return specs


def images_with_renditions(*names):
    """Images with the renditions of the named sizes prefetched, for `Prefetch("…image", queryset=…)`."""
    return get_image_model().objects.prefetch_renditions(*all_specs(*names))


def renditions_of(lookup, *names):
    """The named renditions of the image at `lookup` (a foreign key the queryset already `select_related`):
    one query for every image's renditions and none for the images themselves."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=all_specs(*names))
    return Prefetch(f"{lookup}__renditions", queryset=renditions, to_attr="prefetched_renditions")
