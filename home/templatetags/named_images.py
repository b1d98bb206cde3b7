"""`{% named_image image "card" alt="…" %}` and `{% named_rendition image "hero" as picture %}`: images at the
sizes named in `home.renditions`, using renditions the view's queryset prefetched."""

from django import template

from wagtail.images.shortcuts import get_rendition_or_not_found

from home.renditions import spec

register = template.Library()


@register.simple_tag
def named_rendition(image, size):
    """The rendition of `image` at the named size, or None without an image."""
    return get_rendition_or_not_found(image, spec(size)) if image else None


@register.simple_tag
def named_image(image, size, **attributes):
    """An <img> of `image` at the named size with the given attributes, or nothing without an image."""
    rendition = named_rendition(image, size)
    return rendition.img_tag(attributes) if rendition else ""
