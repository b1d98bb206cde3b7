"""Purging a CDN in front of the site (Wagtail's frontend cache), on the events that start a new content generation.

Our own page cache forgets every page at once (home/content_generation.py); a CDN has to be told addresses. Each
event names those it touches:

- a page published, unpublished or deleted: `paths_of(page)`, which is the page type's own `affected_paths()` where
  it has one (a blog post: the post, the blog and its later listing pages, archives, feeds, authors, home, sitemap),
  else the page (with its `get_cached_paths()`), its parent, the home page and the sitemap;
- a page moved: the same, plus the old address of the page and of every live page below it;
- a privacy change: the page's `paths_of` and every page below it;
- a snippet, setting, site, picture or document saved (the crisis bar and the footer are on every page): every
  public address: each one the sitemap lists (pages, blog archives, authors, resources, joining), each page's
  cached paths (feeds, listing pages) and the sitemap itself.

Addresses are worked out when the event happens (a deleted page's, before it goes) and sent when its transaction
commits, through Wagtail's purge task (`purge_urls_from_cache`, a django-tasks task); listing every public address
is a task of its own (`purge_every_public_url`). Both run in the request unless a task worker is configured.
Nothing is done unless
`WAGTAILFRONTENDCACHE` is set, which settings/base.py does only from the FRONTEND_CACHE_* environment variables.
The `wagtail.contrib.frontend_cache` app itself is not installed: it would only add handlers that purge a published
page's own address, which these already include.
"""

import copy

from django_tasks import task

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home import content_generation, sitemaps


def is_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _site_root_url(page):
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def paths_of(page):
    """Site paths whose content changes with this page (see the module docstring)."""
    page = page.specific_deferred
    if hasattr(page, "affected_paths"):
        return set(page.affected_paths())
    paths = {"/", *sitemaps.sitemap_paths()}
    if page.url:
        paths.update(page.url + path.lstrip("/") for path in page.get_cached_paths())
    parent = page.get_parent()
    if parent and parent.url:
        paths.add(parent.url)
    return paths


def _urls_of(page):
    root = _site_root_url(page)
    return {root + path for path in paths_of(page)}


def _send_on_commit(urls):
    urls = sorted(urls)
    transaction.on_commit(lambda: purge_urls_from_cache(urls))


def every_public_url():
    """Every address readers may open that a CDN may hold (see the module docstring)."""
    default_site = Site.objects.filter(is_default_site=True).first()
    root = default_site.root_url if default_site else ""
    urls = {root + path for path in sitemaps.sitemap_paths()}
    batch = PurgeBatch()
    for section in sitemaps.sections().values():
        for item in section().items():
            if isinstance(item, dict):
                urls.add(root + item["path"])
            else:
                urls.update(entry["location"] for entry in item.get_sitemap_urls())
                batch.add_page(item)
    return urls | batch.urls


@task()
def purge_every_public_url():
    """A task of its own: listing every address reads the whole tree (about 2 s per 1,000 posts), which a task
    worker, when one is configured, does outside the editor's request."""
    purge_urls_from_cache(sorted(every_public_url()))


def page_changed(sender, instance, **kwargs):
    """page_published / page_unpublished receiver."""
    if is_configured():
        _send_on_commit(_urls_of(instance))


def page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    """post_page_move receiver: the new addresses, and the old ones of the page and every live page below it."""
    if not is_configured() or url_path_before == url_path_after:
        return
    batch = PurgeBatch()
    for page in [instance, *instance.get_descendants().live()]:
        before = copy.copy(page)
        before.url_path = url_path_before + page.url_path[len(url_path_after) :]
        batch.add_page(before)
    _send_on_commit(batch.urls | _urls_of(instance))


def page_deleting(sender, instance, **kwargs):
    """pre_delete receiver of pages: their addresses, worked out while the page and its relations still exist."""
    if is_configured() and isinstance(instance, Page) and instance.live:
        _send_on_commit(_urls_of(instance))


def _privacy_changed(page):
    batch = PurgeBatch()
    batch.add_pages(page.get_descendants().live().specific(defer=True))  # private now, or public again
    _send_on_commit(batch.urls | _urls_of(page))


def restriction_changed(sender, instance, **kwargs):
    """post_save/post_delete receiver of page view restrictions (not those deleted with their page: see above)."""
    origin = kwargs.get("origin")
    deleted_with_its_page = isinstance(origin, Page) or (
        isinstance(origin, QuerySet) and issubclass(origin.model, Page)
    )
    if is_configured() and not deleted_with_its_page:
        _privacy_changed(instance.page)


def restriction_groups_changed(sender, instance, action, **kwargs):
    """m2m_changed receiver of a restriction's groups."""
    if is_configured() and action in ("post_add", "post_remove", "post_clear"):
        _privacy_changed(instance.page)


def shared_content_changed(sender, **kwargs):
    """post_save/post_delete receiver: a snippet, setting, site, picture or document can be on any page."""
    if is_configured() and content_generation.is_shared_content_change(sender, kwargs):
        transaction.on_commit(purge_every_public_url.enqueue)


def connect():
    """Connect the receivers (from HomeConfig.ready)."""
    for signal in (page_published, page_unpublished):
        signal.connect(page_changed, dispatch_uid=f"frontend-purge-{id(signal)}")
    post_page_move.connect(page_moved, dispatch_uid="frontend-purge-move")
    pre_delete.connect(page_deleting, dispatch_uid="frontend-purge-delete")
    for signal in (post_save, post_delete):
        signal.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid=f"frontend-purge-pvr-{id(signal)}")
        signal.connect(shared_content_changed, dispatch_uid=f"frontend-purge-models-{id(signal)}")
    m2m_changed.connect(
        restriction_groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid="frontend-purge-groups"
    )
