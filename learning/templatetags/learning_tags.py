from django import template

from learning import access
from learning.models import LearningIndexPage

register = template.Library()


@register.filter
def lookup(mapping, key):
    """`{{ answers|lookup:block.id }}`: a dictionary value by key in a template."""
    return mapping.get(key, "") if mapping else ""


@register.inclusion_tag("learning/includes/module_overview.html", takes_context=True)
def module_overview(context, page, count=4):
    """The first modules of the programme below `page`, public fields only, for the home page."""
    programme = LearningIndexPage.objects.live().public().child_of(page).first()
    modules = list(programme.modules()) if programme else []
    return {"request": context["request"], "programme": programme, "modules": modules[:count], "total": len(modules)}


@register.simple_tag(takes_context=True)
def is_member(context):
    """`{% is_member as member %}`: whether the visitor has an active membership (members never see "join")."""
    request = context.get("request")
    return access.is_active_member(request.user) if request else False
