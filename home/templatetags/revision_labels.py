"""Readable names for the versions the admin's "Compare" screen puts side by side ("saved on Tue 3 March 2026,
09:00 by Eden"), instead of a raw timestamp."""

from django import template
from django.utils import timezone
from django.utils.dateformat import format as format_date

from wagtail.models import Revision

register = template.Library()

READABLE_DATE = "D j F Y, H:i"
NAMED = {"live": "the published version", "earliest": "the first saved version", "latest": "the latest draft"}


@register.simple_tag
def revision_label(revision_id):
    if revision_id in NAMED:
        return NAMED[revision_id]
    revision = Revision.objects.filter(pk=revision_id).select_related("user").first()
    if revision is None:
        return "a version that no longer exists"
    when = format_date(timezone.localtime(revision.created_at), READABLE_DATE)
    who = revision.user.get_full_name() or revision.user.get_username() if revision.user else ""
    return f"the version saved on {when}" + (f" by {who}" if who else "")
