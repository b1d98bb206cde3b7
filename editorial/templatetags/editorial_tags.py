from django import template

from editorial.reviews import latest_approval, reviewer_name

register = template.Library()


@register.inclusion_tag("editorial/includes/clinical_review.html")
def clinical_review(page):
    """`{% clinical_review page %}`: "Reviewed by … on …" for a learning module, or nothing if never reviewed."""
    approval = latest_approval(page)
    if approval is None:
        return {}
    return {"reviewer": reviewer_name(approval.finished_by), "reviewed_at": approval.finished_at}
