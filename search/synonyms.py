"""The editors' synonym groups, read once per content generation (a synonym is a snippet: saving or deleting one
starts a new generation, `home.content_generation`)."""

from home.content_generation import fragment
from search.models import Synonym


def synonym_groups():
    return fragment("search:synonym-groups", lambda: [synonym.term_list() for synonym in Synonym.objects.all()])
