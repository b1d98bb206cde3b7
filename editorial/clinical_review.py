"""The clinical review rule: a learning module, and every change to it, goes live only as a revision that a
clinical reviewer other than its last editor approved (a `ClinicalApproval`, recorded by `ClinicalReviewTask`).

The rule is kept where every way of publishing passes, the database writes, so the admin's buttons, bulk actions,
the workflow, the scheduler and code all meet it:

- a module row may not point its live revision at an unapproved revision (publishing now);
- a module revision may not get a go-live time without an approval (scheduling, which the scheduler later runs).

The admin also hides "Publish" on modules and refuses a forged publish before anything is saved
(`editorial.wagtail_hooks`), so editors meet a clear path, not an error.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied

from editorial.models import ClinicalApproval
from learning.models import LearningModulePage

PUBLISH_REFUSED = (
    "Learning modules go live only through the Module clinical review: submit the module, and a clinical "
    "reviewer who did not write the changes approves it."
)


class ClinicalReviewRequired(PermissionDenied):
    """A module revision was about to go live, or be scheduled, without a clinical approval."""


def is_approved(revision_id):
    return ClinicalApproval.objects.filter(revision_id=revision_id).exists()


def refuse_unreviewed_publish(sender, instance, raw=False, **kwargs):
    """pre_save of `LearningModulePage`: publishing points `live_revision` at a new revision; it must be approved.

    Pages created by code (`add_child` with `live=True`, as factories and imports do) have no revision to check;
    the admin's create view is refused earlier, by a hook.
    """
    if raw or instance.pk is None or not instance.live or instance.live_revision_id is None:
        return
    stored = sender.objects.filter(pk=instance.pk).values_list("live_revision_id", flat=True).first()
    if stored != instance.live_revision_id and not is_approved(instance.live_revision_id):
        raise ClinicalReviewRequired(PUBLISH_REFUSED)


def refuse_unreviewed_schedule(sender, instance, raw=False, **kwargs):
    """pre_save of `Revision`: a module revision gets `approved_go_live_at` only if it was approved."""
    if raw or instance.approved_go_live_at is None or not is_module_revision(instance):
        return
    if not is_approved(instance.pk):
        raise ClinicalReviewRequired(PUBLISH_REFUSED)


def is_module_revision(revision):
    return revision.content_type_id == ContentType.objects.get_for_model(LearningModulePage).pk


def live_approval(page):
    """The approval of the version readers see (with the reviewer's profile), or None."""
    if not page.live_revision_id:
        return None
    return ClinicalApproval.objects.filter(revision_id=page.live_revision_id).select_related("reviewer").first()
