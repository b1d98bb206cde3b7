"""The site index, kept by Wagtail: a search backend that only writes.

Listed in WAGTAILSEARCH_BACKENDS as "site", it receives every object Wagtail indexes (on save, delete, and
`manage.py update_index`). It keeps a `SearchEntry` for each live page and each author (public words only)
and the vocabulary for "Did you mean". Searching is done by `search.results`, not through this class.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import Page
from wagtail.search.backends.base import BaseIndex, BaseSearchBackend

from search.documents import document_for
from search.engines import get_engine
from search.kinds import kind_of
from search.language import stem, words
from search.models import SearchEntry, SearchWord

WORD_LENGTHS = range(3, 31)


class SiteIndex(BaseIndex):
    def add_items(self, model, items):
        for item in items:
            self.add_item(item)

    def add_item(self, obj):
        kind = kind_of(obj)
        if kind is None:
            return
        if isinstance(obj, Page) and not obj.live:  # a non-live page's row holds its draft: never indexed
            self.delete_item(obj)
            return
        document = document_for(obj)
        entry, _ = SearchEntry.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            defaults={
                "kind": kind,
                "page_id": obj.pk if isinstance(obj, Page) else None,
                "title": document.title or str(obj),
                "summary": document.summary,
                "body": document.body,
            },
        )
        get_engine().store(entry)
        remember_words(f"{entry.title} {entry.summary} {entry.body}")

    def delete_item(self, item):
        if kind_of(item) is None:
            return
        entries = SearchEntry.objects.filter(content_type=ContentType.objects.get_for_model(item), object_id=item.pk)
        get_engine().remove(list(entries.values_list("pk", flat=True)))
        entries.delete()

    def reset(self):
        get_engine().reset()
        SearchEntry.objects.all().delete()
        SearchWord.objects.all().delete()


class SiteIndexRebuilder:
    """`update_index` empties the site index and fills it again in one transaction."""

    def __init__(self, index):
        self.index = index
        self.transaction = transaction.atomic()

    def start(self):
        self.transaction.__enter__()
        self.index.reset()
        return self.index

    def finish(self):
        self.transaction.__exit__(None, None, None)


class SiteIndexBackend(BaseSearchBackend):
    index_class = SiteIndex
    rebuilder_class = SiteIndexRebuilder

    def search(self, *args, **kwargs):
        raise NotImplementedError("The site index is searched through search.results.SiteSearch.")

    autocomplete = search


def remember_words(text):
    """Add the words of public text to the vocabulary "Did you mean" draws on."""
    found = {word for word in words(text) if len(word) in WORD_LENGTHS and word.isalpha()}
    SearchWord.objects.bulk_create(
        [SearchWord(word=word, stem=stem(word), length=len(word)) for word in found], ignore_conflicts=True
    )


SearchBackend = SiteIndexBackend  # the name Wagtail looks for in a backend module
