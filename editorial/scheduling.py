"""Scheduled go-lives as editors read them: when a page's approved version goes live, written the same way in
messages, emails, the dashboard and the "Scheduled to go live" report ("Tue 3 March, 09:00 EST")."""

from django.utils import timezone
from django.utils.dateformat import format as format_date

from wagtail.models import Revision

WHEN = "D j F, H:i T"  # in the editor's time zone (their Account setting, else the site's)


def when(moment):
    return format_date(timezone.localtime(moment), WHEN)


def scheduled_go_live_at(page):
    """When the page's approved, scheduled revision goes live, or None."""
    return (
        Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__isnull=False)
        .order_by("approved_go_live_at")
        .values_list("approved_go_live_at", flat=True)
        .first()
    )
