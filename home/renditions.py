"""Every image size the site renders, named once.

Templates ask for a size by name (`{% named_image post.featured_image "card" %}` from the `named_images` tag
library) and listing querysets prefetch the same names (`images_with_renditions("card")`), so a template and the
query that feeds it can never drift apart, and no other filter spec is ever generated.
"""

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


def spec(name):
    """The filter spec of the named size; an unknown name is a programming error and raises KeyError."""
    return SPECS[name]


def images_with_renditions(*names):
    """Images with the renditions of the named sizes prefetched, for `Prefetch("…image", queryset=…)`."""
    return get_image_model().objects.prefetch_renditions(*(SPECS[name] for name in names))


def renditions_of(lookup, *names):
    """The named renditions of the image at `lookup` (a foreign key the queryset already `select_related`):
    one query for every image's renditions and none for the images themselves."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=[SPECS[n] for n in names])
    return Prefetch(f"{lookup}__renditions", queryset=renditions, to_attr="prefetched_renditions")
