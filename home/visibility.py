"""What any reader may see listed: the one definition used by listings, author pages, search and feeds."""

from contextvars import ContextVar

from django.core.signals import request_finished, request_started
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

# Which pages are view-restricted, read at most once per request: kept only for the request being answered (never
# across requests, processes or a cache outage, so a privacy change shows on the very next request everywhere).
_paths_this_request = ContextVar("restricted_paths_this_request", default=None)


@receiver(request_started)
def _start_request_memo(**kwargs):
    _paths_this_request.set({})


@receiver(request_finished)
def _end_request_memo(**kwargs):
    _paths_this_request.set(None)


@receiver([post_save, post_delete], sender=PageViewRestriction)
def _forget_request_memo(**kwargs):
    """A restriction saved or deleted during a request counts for the rest of it."""
    memo = _paths_this_request.get()
    if memo is not None:
        memo.clear()


def restricted_paths():
    """The tree paths of the pages with a view restriction (the pages below them are restricted too).

    Read by page id, once per request: Wagtail's own `private_q()` joins the restrictions to the page table on
    every call, a query SQLite answers by reading the whole page table, and a listing page made it up to seven
    times. Outside a request (commands, the scheduler) it is read on every call.
    """
    memo = _paths_this_request.get()
    if memo is not None and "paths" in memo:
        return memo["paths"]
    restricted = Page.objects.filter(pk__in=PageViewRestriction.objects.values("page_id"))
    paths = list(restricted.values_list("path", flat=True))
    if memo is not None:
        memo["paths"] = paths
    return paths


def restricted_q():
    """Pages under a view restriction, as a filter (one that matches nothing when no page is restricted)."""
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def visible_to_readers(queryset):
    """Live, public (no view restriction on the page or above it) and not past its expiry date.

    An expired page stays live until the scheduler's next `publish_scheduled`; it must vanish from lists at once.
    The expiry is excluded by id, because search querysets may only be filtered on indexed fields (id is one).
    """
    expired = Page.objects.filter(expire_at__lte=timezone.now()).values("pk")
    return queryset.live().exclude(restricted_q()).exclude(pk__in=expired)


def hidden_from_readers(queryset):
    """The pages of `queryset` that `visible_to_readers` leaves out: not live, view-restricted (the page or a
    page above it) or past their expiry date.

    The same rule read the other way, for queries over nearly every page (site search): excluding the few
    hidden pages costs far less than listing every visible one.
    """
    return queryset.filter(Q(live=False) | Q(expire_at__lte=timezone.now()) | restricted_q())
