"""One number that changes whenever anything readers see may have changed: the key of cached fragments and pages.

Fragments (a blog's tag bar, category and month lists), the sitemap and whole pages (`home/page_cache.py`) are
cached under a key that includes `current()`; `bump()` makes them all stale at once, so nothing has to know which
fragment or page holds what. It is bumped on publish, unpublish (including scheduled ones: `publish_scheduled` sends
the same signals), move and delete of a page, on a privacy change (a restriction saved, deleted or given other
groups), and on any snippet, site setting, site, picture or document save.

A change made inside a transaction bumps twice: at once, and again when the transaction commits. A page rendered in
between, from data read before the commit, was stored under the first new generation, which the second one leaves
behind.

Fragments hold only what every reader may see (the access rule's `visible_to_readers`), never per-user content.
Expiry needs no event: fragments are kept at most `FRAGMENT_SECONDS`, the longest an expired page's tag may linger.
"""

import time

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.snippets.models import get_snippet_models

GENERATION_KEY = "content-generation"
FRAGMENT_SECONDS = 300


# A new generation this process could not store (the cache did not answer, or answered too late): it is stored as
# soon as the cache answers again, so that nothing cached before a change made during an outage (a page made
# private, a post taken down) is served after it.
_unstored = False


def store_unstored():
    """Store the new generation this process could not store before, if any (web requests and scheduler ticks)."""
    if _unstored:
        _start_new_generation()


def current():
    """The present generation (created on first use, so a cleared cache starts a new one)."""
    store_unstored()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = time.time_ns()
        cache.add(GENERATION_KEY, generation, timeout=None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def _start_new_generation():
    """Store a new generation, and read it back: the Redis cache drops writes it cannot make rather than fail."""
    global _unstored
    generation = time.time_ns()
    cache.set(GENERATION_KEY, generation, timeout=None)
    stored = cache.get(GENERATION_KEY)
    _unstored = stored is None or stored < generation  # a later one, from another process, will do as well


def bump(*args, **kwargs):
    """Start a new generation, and another when the present transaction commits; usable as a signal receiver."""
    _start_new_generation()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_start_new_generation)


# Saves that only record a file's size or checksum (Wagtail makes them while rendering) change nothing shown.
FILE_BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})


def _is_file_bookkeeping(kwargs):
    update_fields = kwargs.get("update_fields")
    return bool(update_fields) and set(update_fields) <= FILE_BOOKKEEPING_FIELDS


def _is_shown_page_change(sender, kwargs):
    """A page deleted, or saved while live: publishing reports itself (`page_published`), but code that builds
    live pages directly (imports, `add_child` of a live page) only saves them. A draft saved on a live page bumps
    too, which costs only a fresh render of each page."""
    if not issubclass(sender, Page):
        return False
    return kwargs.get("signal") is post_delete or getattr(kwargs.get("instance"), "live", False)


def is_shared_content_change(sender, kwargs):
    """post_save/post_delete of something any page may show: a snippet, a site setting, a site, a picture or a
    document. A setting's row being created is not a change: the first page that reads it creates it with the
    defaults pages showed until then."""
    if issubclass(sender, (BaseSiteSetting, BaseGenericSetting)):  # some are snippets too (the crisis bar)
        return not kwargs.get("created")
    if sender in (get_image_model(), get_document_model()):
        return not _is_file_bookkeeping(kwargs)
    return sender is Site or sender in get_snippet_models()


def bump_for_shown_models(sender, **kwargs):
    """post_save/post_delete receiver: bump when shared content (above) or a privacy rule changes, or a live page is
    saved or any page deleted."""
    shown = _is_shown_page_change(sender, kwargs) or sender is PageViewRestriction
    if shown or is_shared_content_change(sender, kwargs):
        bump()


def bump_for_restriction_groups(sender, action, **kwargs):
    """m2m_changed receiver of a restriction's groups: who may open the page changed."""
    if action in ("post_add", "post_remove", "post_clear"):
        bump()


def fragment(name, build):
    """`build()`'s result, cached for the present generation under `name`."""
    return cache.get_or_set(f"fragment:{current()}:{name}", build, timeout=FRAGMENT_SECONDS)
