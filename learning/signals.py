from django.db.models.signals import post_save

from wagtail.signals import page_published, page_unpublished

from learning.models import LearningModulePage, LockedFile, LockedModuleText


def refresh_locked_text(sender, instance, **kwargs):
    LockedModuleText.refresh(instance)


def refresh_on_full_save(sender, instance, update_fields=None, **kwargs):
    """Full saves write live content (publishing, imports). Partial saves come from drafts: leave those out."""
    if update_fields is None:
        LockedModuleText.refresh(instance)
        LockedFile.record(instance)


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(refresh_locked_text, sender=LearningModulePage, dispatch_uid=f"learning-locked-text-{signal}")
    post_save.connect(refresh_on_full_save, sender=LearningModulePage, dispatch_uid="learning-locked-text-save")
