"""The editors' synonym groups, read once and kept in the cache until an editor changes one."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from search.models import Synonym

CACHE_KEY = "search:synonym-groups"


def synonym_groups():
    groups = cache.get(CACHE_KEY)
    if groups is None:
        groups = [synonym.term_list() for synonym in Synonym.objects.all()]
        cache.set(CACHE_KEY, groups, timeout=None)
    return groups


@receiver([post_save, post_delete], sender=Synonym)
def forget_synonyms(**kwargs):
    cache.delete(CACHE_KEY)
