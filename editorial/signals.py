"""Signal handlers of the editorial workflow, connected in `EditorialConfig.ready()`."""

from django.db.models.signals import post_save, pre_save
from django.utils import dateparse, timezone

from wagtail.models import Revision
from wagtail.signals import published, unpublished

from editorial import clinical_review, roles
from learning.models import LearningModulePage


def connect():
    for section in roles.SECTIONS:
        post_save.connect(
            set_up_section_page, sender=section.model, dispatch_uid=f"editorial-section-{section.model._meta.label}"
        )
    pre_save.connect(
        clinical_review.refuse_unreviewed_publish, sender=LearningModulePage, dispatch_uid="editorial-module-publish"
    )
    pre_save.connect(clinical_review.refuse_unreviewed_schedule, sender=Revision, dispatch_uid="editorial-schedule")
    published.connect(clear_go_live_that_ran, dispatch_uid="editorial-clear-go-live")
    unpublished.connect(clear_expiry_that_ran, dispatch_uid="editorial-clear-expiry")


def set_up_section_page(sender, instance, created, raw=False, **kwargs):
    """A new blog or learning index gets its review workflow and its section's page permissions."""
    if created and not raw:
        roles.apply_section(instance)


def clear_go_live_that_ran(sender, instance, **kwargs):
    _clear_past_date(instance, "go_live_at")


def clear_expiry_that_ran(sender, instance, **kwargs):
    if getattr(instance, "expired", False):
        _clear_past_date(instance, "expire_at")


def _clear_past_date(obj, field_name):
    """Forget a go-live or expiry date once it has happened.

    Wagtail keeps it (wagtail#13896), in the object and in its revisions; the editor then reloads a past expiry
    date and every later save fails with "Expiry date/time must be in the future".
    """
    now = timezone.now()
    value = getattr(obj, field_name, None)
    if value is None or value > now:
        return
    type(obj)._default_manager.filter(pk=obj.pk).update(**{field_name: None})
    setattr(obj, field_name, None)
    revision_ids = {obj.latest_revision_id, getattr(obj, "live_revision_id", None)} - {None}
    for revision in Revision.objects.filter(pk__in=revision_ids):
        stored = revision.content.get(field_name)
        if stored and dateparse.parse_datetime(stored) <= now:
            revision.content[field_name] = None
            revision.save(update_fields=["content"])
