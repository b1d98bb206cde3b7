"""Reindex a page in the site index once publishing has finished.

Wagtail indexes on `post_save`, which for a page with tags or authors runs before those relations are saved;
`page_published` comes after them, so the site index always holds what readers see.
"""

from django.dispatch import receiver

from wagtail.search.backends import get_search_backend
from wagtail.signals import page_published


@receiver(page_published)
def reindex_published_page(instance, **kwargs):
    get_search_backend("site").add(instance.specific)
