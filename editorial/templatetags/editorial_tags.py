from django import template

from wagtail.models import WorkflowState

from editorial.clinical_review import live_approval
from editorial.scheduling import scheduled_go_live_at

register = template.Library()

CHANGES_REQUESTED = "changes requested"


@register.inclusion_tag("editorial/includes/clinical_review.html")
def clinical_review(page):
    """`{% clinical_review page %}`: "Reviewed by Dr. …, clinical psychologist, on 3 March 2027" for the version of
    a learning module readers see, or nothing if that version has no clinical approval."""
    approval = live_approval(page)
    if approval is None:
        return {}
    return {"reviewer": approval.reviewer, "reviewed_at": approval.approved_at}


@register.simple_tag
def scheduled_go_live(page):
    """`{% scheduled_go_live page as go_live %}`: when the page's approved, scheduled version goes live, or None."""
    return scheduled_go_live_at(page)


@register.simple_tag
def review_status(page):
    """`{% review_status page as text %}`: the page's status, or "changes requested" while its review asks for
    changes. Read only from workflow states a listing prefetched (`prefetch_workflow_states`), so a list of pages
    never makes a query per page for it; elsewhere this is Wagtail's own status."""
    for state in getattr(page, "_current_workflow_states", ()):
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return CHANGES_REQUESTED
    return page.status_string
