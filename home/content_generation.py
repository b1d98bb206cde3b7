"""One number that changes whenever anything readers see may have changed: the key of shared cached fragments.

Fragments (a blog's tag bar, category and month lists) are cached under a key that includes `current()`; `bump()`
makes them all stale at once, so nothing has to know which fragment holds what. It is bumped on publish, unpublish
(including scheduled ones), move and delete of a page, on a privacy change, and on any snippet or site setting save.
A full-page cache can put the same number in its keys to be invalidated by the same events.

Fragments hold only what every reader may see (the access rule's `visible_to_readers`), never per-user content.
Expiry needs no event: fragments are kept at most `FRAGMENT_SECONDS`, the longest an expired page's tag may linger.
"""

import time

from django.core.cache import cache
from django.db.models.signals import post_delete

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction
from wagtail.snippets.models import get_snippet_models

GENERATION_KEY = "content-generation"
FRAGMENT_SECONDS = 300


def current():
    """The present generation (created on first use, so a cleared cache starts a new one)."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = time.time_ns()
        cache.add(GENERATION_KEY, generation, timeout=None)
        generation = cache.get(GENERATION_KEY, generation)
    return generation


def bump(*args, **kwargs):
    """Start a new generation; usable directly as a signal receiver."""
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def bump_for_shown_models(sender, **kwargs):
    """post_save/post_delete receiver: bump when a snippet, a site setting or a privacy rule (what pages show)
    changes, or a page is deleted. Page saves are not: a page shows once published, which `page_published` reports."""
    if (
        (issubclass(sender, Page) and kwargs.get("signal") is post_delete)
        or sender is PageViewRestriction
        or issubclass(sender, (BaseSiteSetting, BaseGenericSetting))
        or sender in get_snippet_models()
    ):
        bump()


def fragment(name, build):
    """`build()`'s result, cached for the present generation under `name`."""
    return cache.get_or_set(f"fragment:{current()}:{name}", build, timeout=FRAGMENT_SECONDS)
