"""What any reader may see listed: the one definition used by listings, author pages, search and feeds."""

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page


def visible_to_readers(queryset):
    """Live, public (no view restriction on the page or above it) and not past its expiry date.

    An expired page stays live until the scheduler's next `publish_scheduled`; it must vanish from lists at once.
    The expiry is excluded by id, because search querysets may only be filtered on indexed fields (id is one).
    """
    expired = Page.objects.filter(expire_at__lte=timezone.now()).values("pk")
    return queryset.live().public().exclude(pk__in=expired)


def hidden_from_readers(queryset):
    """The pages of `queryset` that `visible_to_readers` leaves out: not live, view-restricted (the page or a
    page above it) or past their expiry date.

    The same rule read the other way, for queries over nearly every page (site search): excluding the few
    hidden pages costs far less than listing every visible one.
    """
    return queryset.filter(Q(live=False) | Q(expire_at__lte=timezone.now()) | queryset.private_q())
