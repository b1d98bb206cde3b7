from django import template

from editorial.clinical_review import live_approval
from editorial.scheduling import scheduled_go_live_at

register = template.Library()


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
