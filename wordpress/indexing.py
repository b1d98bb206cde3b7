"""Search and reference indexing during an import: once at the end, in bulk, instead of on every save.

Wagtail indexes each saved object for search and records what it refers to (the reference index behind "Usage")
as soon as it is saved; an import saves thousands of objects, and doing that work one object at a time, fetching
each again, was most of the import's time. Inside `DeferredIndexing` saves are only noted; `flush()` then indexes
the noted objects a few hundred at a time, for every search backend that updates itself and for the reference
index, exactly as a save would have.

The signal handlers are swapped for the whole process while the block runs, so it belongs in a management command
(one import at a time), not in a web request.
"""

from collections import defaultdict

from django.db import transaction
from django.db.models.signals import post_save

from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.search.index import RelatedFields, class_is_indexed, get_indexed_models
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

BATCH = 250


def child_relations(model):
    """The child objects and many-to-many fields a cluster (a page) keeps, which the reference index reads."""
    if not hasattr(model, "_meta"):
        return []
    return [relation.get_accessor_name() for relation in get_all_child_relations(model)] + [
        field.name for field in get_all_child_m2m_relations(model)
    ]


def search_prefetches(model, fields=None, prefix=""):
    """The relations the search index reads on each object, nested ones too (an author link's author), to fetch for
    a batch at once: `get_indexed_objects` leaves out parental many-to-many fields (categories) and nested ones, and
    the index then asks for them object by object."""
    lookups = []
    for field in model.get_search_fields() if fields is None else fields:
        if not isinstance(field, RelatedFields):
            continue
        try:
            relation = model._meta.get_field(field.field_name)
        except LookupError:
            continue
        if relation.is_relation and relation.related_model:
            lookups.append(prefix + field.field_name)
            lookups += search_prefetches(relation.related_model, field.fields, f"{prefix}{field.field_name}__")
    return lookups


class DeferredIndexing:
    def __init__(self):
        self.saved = defaultdict(set)  # model: primary keys saved inside the block
        self.paused = []

    def __enter__(self):
        self.paused = [
            model for model in get_indexed_models() if post_save.disconnect(post_save_signal_handler, sender=model)
        ]
        post_save.connect(self.note, weak=False, dispatch_uid=f"deferred-indexing-{id(self)}")
        self.references_paused = disable_reference_index_auto_update()
        self.references_paused.__enter__()
        return self

    def __exit__(self, *exc_info):
        self.references_paused.__exit__(*exc_info)
        post_save.disconnect(dispatch_uid=f"deferred-indexing-{id(self)}")
        for model in self.paused:
            post_save.connect(post_save_signal_handler, sender=model)

    def note(self, sender, instance, raw=False, **kwargs):
        if not raw and (class_is_indexed(sender) or ReferenceIndex.is_indexed(sender)):
            self.saved[sender].add(instance.pk)

    def forget(self):
        """Drop what was noted (a dry run rolled it all back)."""
        self.saved.clear()

    def flush(self):
        """Index everything saved so far; returns how many objects were indexed."""
        done = 0
        saved, self.saved = self.saved, defaultdict(set)
        for model, keys in saved.items():
            keys = sorted(keys)
            for start in range(0, len(keys), BATCH):
                batch = keys[start : start + BATCH]
                with transaction.atomic():
                    if class_is_indexed(model):
                        indexed = model.get_indexed_objects().filter(pk__in=batch)
                        objects = list(indexed.prefetch_related(*search_prefetches(model)))
                        for backend in get_search_backends(with_auto_update=True):
                            backend.add_bulk(model, objects)
                    if ReferenceIndex.is_indexed(model):
                        for instance in model.objects.filter(pk__in=batch).prefetch_related(*child_relations(model)):
                            ReferenceIndex.create_or_update_for_object(instance)
                done += len(batch)
        return done
