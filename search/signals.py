"""Keep the site index in step with pages.

Wagtail indexes on `post_save`, which for a page with tags or authors runs before those relations are saved;
`page_published` comes after them, so the site index always holds what readers see. A deleted page's entry goes
with it (the foreign key cascades) before Wagtail asks the index to delete the page, so an entry's stems are
removed when the entry is: the engines count and rank from the stems alone.
"""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from wagtail.search.backends import get_search_backend
from wagtail.signals import page_published

from search.engines import get_engine
from search.models import SearchEntry


@receiver(page_published)
def reindex_published_page(instance, **kwargs):
    get_search_backend("site").add(instance.specific)


@receiver(post_delete, sender=SearchEntry)
def remove_stems_of_deleted_entry(instance, **kwargs):
    get_engine().remove([instance.pk])
