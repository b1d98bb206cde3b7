"""`{% named_image image "card" alt="…" %}` and `{% named_rendition image "hero" as picture %}`: images at the
sizes named in `home.renditions`, using renditions the view's queryset prefetched."""

from django import template
from django.utils.html import format_html

from wagtail.images.models import SourceImageIOError
from wagtail.images.shortcuts import get_rendition_or_not_found

from home.renditions import spec, variant_specs

register = template.Library()

# A picture on screen when the page opens (a post's main picture, the first card of a listing) is fetched at once
# and before others; every other picture waits until the reader scrolls near it and is decoded off the main thread.
FIRST_ON_SCREEN = {"loading": "eager", "fetchpriority": "high"}
BELOW_THE_FOLD = {"loading": "lazy", "decoding": "async"}


def _renditions(image, size):
    """All files of `image` at the named size, in the order of `variant_specs`, read in one go (prefetched, cached
    or one query) so a later use of the same picture finds them in the cache; None if the original is missing."""
    try:
        return list(image.get_renditions(*variant_specs(image, size)).values())
    except SourceImageIOError:
        return None


@register.simple_tag
def named_rendition(image, size):
    """The rendition of `image` at the named size in the original's format, or None without an image."""
    if not image:
        return None
    renditions = _renditions(image, size)
    return renditions[0] if renditions else get_rendition_or_not_found(image, spec(size))


@register.simple_tag
def named_image(image, size, priority=False, **attributes):
    """`image` at the named size with the given attributes (alt, class), or nothing without an image.

    A `<picture>` with a WebP source (1x, and 2x where the original is large enough) around an `<img>` in the
    original's format that carries the width, height and attributes; sizes kept in the original format are a plain
    `<img>`. `priority=True` marks the picture on screen when the page opens; all others load lazily."""
    if not image:
        return ""
    attributes = {**attributes, **(FIRST_ON_SCREEN if priority else BELOW_THE_FOLD)}
    renditions = _renditions(image, size)
    if not renditions:  # the original is missing: Wagtail's "not found" stand-in, as {% image %} draws
        return get_rendition_or_not_found(image, spec(size)).img_tag(attributes)
    fallback, *webp = renditions
    img = fallback.img_tag(attributes)
    if not webp:
        return img
    srcset = ", ".join(f"{rendition.url} {density}x" for density, rendition in enumerate(webp, start=1))
    return format_html('<picture><source type="image/webp" srcset="{}">{}</picture>', srcset, img)
