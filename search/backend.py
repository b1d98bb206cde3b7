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
        """Index a batch in a few queries: entries created and updated in bulk, stems and words stored at once."""
        items = [item for item in items if kind_of(item) is not None]
        live = [item for item in items if not isinstance(item, Page) or item.live]
        for item in items:
            if isinstance(item, Page) and not item.live:  # a non-live page's row holds its draft: never indexed
                self.delete_item(item)
        if not live:
            return
        content_type = ContentType.objects.get_for_model(model)
        existing = {
            entry.object_id: entry
            for entry in SearchEntry.objects.filter(content_type=content_type, object_id__in=[item.pk for item in live])
        }
        entries = [self._entry(existing.get(item.pk) or SearchEntry(content_type=content_type), item) for item in live]
        SearchEntry.objects.bulk_update(
            [entry for entry in entries if entry.pk], ["kind", "page", "title", "summary", "body"]
        )
        SearchEntry.objects.bulk_create([entry for entry in entries if not entry.pk])
        if any(entry.pk is None for entry in entries):  # a database that returns no ids on bulk insert
            entries = list(SearchEntry.objects.filter(content_type=content_type, object_id__in=[i.pk for i in live]))
        get_engine().store(entries)
        remember_words(" ".join(f"{entry.title} {entry.summary} {entry.body}" for entry in entries))

    def add_item(self, obj):
        self.add_items(obj._meta.model, [obj])

    @staticmethod
    def _entry(entry, obj):
        document = document_for(obj)
        entry.object_id = obj.pk
        entry.kind = kind_of(obj)
        entry.page_id = obj.pk if isinstance(obj, Page) else None
        entry.title = document.title or str(obj)
        entry.summary = document.summary
        entry.body = document.body
        return entry

    def delete_item(self, item):
        if kind_of(item) is None:
            return
        # Their stems go with them (search.signals).
        SearchEntry.objects.filter(content_type=ContentType.objects.get_for_model(item), object_id=item.pk).delete()

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
