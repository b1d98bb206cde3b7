from django import template

from home.tree import single_page_below
from home.visibility import visible_to_readers
from learning import access
from learning.models import LearningIndexPage, ModuleProgress

register = template.Library()


@register.filter
def lookup(mapping, key):
    """`{{ answers|lookup:block.id }}`: a dictionary value by key in a template."""
    return mapping.get(key, "") if mapping else ""


@register.inclusion_tag("learning/includes/module_overview.html", takes_context=True)
def module_overview(context, page, count=4):
    """The first modules of the programme below `page`, public fields only, for the home page."""
    programme = single_page_below(visible_to_readers(LearningIndexPage.objects.all()), page)
    modules = list(programme.modules()) if programme else []
    return {"request": context["request"], "programme": programme, "modules": modules[:count], "total": len(modules)}


@register.simple_tag(takes_context=True)
def is_member(context):
    """`{% is_member as member %}`: whether the visitor has an active membership (members never see "join")."""
    request = context.get("request")
    return access.is_active_member(request.user) if request else False


@register.inclusion_tag("learning/includes/next_step.html", takes_context=True)
def next_learning_step(context, page):
    """For a logged-in member only: where to continue, and how many modules are done. Nothing for anyone else,
    so pages showing it stay the same for every anonymous reader."""
    request = context["request"]
    if not access.is_active_member(request.user):
        return {}
    programme = single_page_below(visible_to_readers(LearningIndexPage.objects.all()), page)
    modules = list(programme.modules()) if programme else []
    progress = ModuleProgress.for_user(request.user, modules)
    module, section = ModuleProgress.continue_point(request.user, modules, progress)
    return {
        "request": request,
        "module": module,
        "section": section,
        "started": bool(module and module.pk in progress),
        "done_count": sum(1 for p in progress.values() if p.completed_at),
        "total": len(modules),
    }
