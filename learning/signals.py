from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save

from wagtail.images import get_image_model
from wagtail.models import Revision
from wagtail.signals import page_published, page_unpublished

from learning import access
from learning.models import LearningModulePage, LockedFile, LockedModuleText
from learning.models.locked_files import make_image_private


def refresh_locked_text(sender, instance, **kwargs):
    LockedModuleText.refresh(instance)


def refresh_on_full_save(sender, instance, update_fields=None, **kwargs):
    """Full saves write live content (publishing, imports). Partial saves come from drafts: leave those out."""
    if update_fields is None:
        LockedModuleText.refresh(instance)
        LockedFile.record(instance)


def lock_files_of_revision(sender, instance, raw=False, **kwargs):
    """Every saved revision of a module (drafts and autosaves included) locks the files it uses."""
    if raw or instance.content_type_id != ContentType.objects.get_for_model(LearningModulePage).pk:
        return
    LockedFile.record(instance.as_object())


def keep_member_collection_images_private(sender, instance, raw=False, **kwargs):
    """A picture filed in the member collection (or below it) moves to the private location."""
    if not raw and access.member_collections().filter(pk=instance.collection_id).exists():
        make_image_private(instance)


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(refresh_locked_text, sender=LearningModulePage, dispatch_uid=f"learning-locked-text-{signal}")
    post_save.connect(refresh_on_full_save, sender=LearningModulePage, dispatch_uid="learning-locked-text-save")
    post_save.connect(lock_files_of_revision, sender=Revision, dispatch_uid="learning-locked-files-revision")
    post_save.connect(
        keep_member_collection_images_private, sender=get_image_model(), dispatch_uid="learning-member-images"
    )
