"""Who approved a page in a review workflow, and when: read from Wagtail's workflow records."""

from wagtail.models import TaskState

from editorial.roles import MODULE_CLINICAL_REVIEW


def latest_approval(page, workflow_name=MODULE_CLINICAL_REVIEW):
    """The most recent approved task of `workflow_name` on `page` (with `finished_by` and `finished_at`), or None."""
    return (
        TaskState.objects.for_instance(page)
        .filter(status=TaskState.STATUS_APPROVED, workflow_state__workflow__name=workflow_name)
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )


def reviewer_name(user):
    return (user.get_full_name() or user.get_username()) if user else "a reviewer whose account was removed"
