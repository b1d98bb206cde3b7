"""Who sees which pages, documents and pictures by name in the admin.

Wagtail lists pages by the user's page permissions in the explorer, the page search, the reports and the dashboard,
but by design not everywhere: the page chooser and its search, the bulk-action confirmation pages and the admin API
show any page, document or picture they are asked for (wagtail#9714, wagtail#7099). The learning section's drafts
and locked files must stay out of sight of people with no part in it (contributors, member managers), so the
places that ignore permissions ask this module, through the hooks and views in `editorial/wagtail_hooks.py` and
`editorial/admin_views.py`.

The rule: a learning section (its index page and everything below it) is hidden from a user whose page permissions
do not reach into it, that is, who may not explore its index page. Documents and pictures are seen by name only by
people whose choosers list them (collection permissions, and the chooser hooks that keep locked pictures from
contributors).
"""

from django.db.models import Q

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from learning.models import LearningIndexPage


def hidden_sections(user):
    """The learning index pages this user may not explore (none for superusers and editors)."""
    policy = PagePermissionPolicy()
    sections = Page.objects.type(LearningIndexPage)
    if not policy.user_has_any_permission(user, {"add", "change", "publish", "lock", "unlock", "bulk_delete"}):
        return list(sections)
    return list(sections.exclude(pk__in=policy.explorable_instances(user).values("pk")))


def without_hidden_sections(pages, user):
    """`pages` less every page in a section hidden from `user`. Kept to path and depth filters, so it also works
    on a queryset that is then searched (the search backends filter on Wagtail's indexed `path` and `depth`)."""
    for section in hidden_sections(user):
        pages = pages.exclude(Q(path__startswith=section.path) & Q(depth__gte=section.depth))
    return pages


def is_hidden(page, user):
    return any(page.path.startswith(section.path) for section in hidden_sections(user))


def choosable(model, request):
    """The documents or pictures the user's chooser lists: Wagtail's "choose" permission on their collection, then
    the chooser hooks (which keep locked pictures from contributors)."""
    hook_name = {
        get_image_model(): "construct_image_chooser_queryset",
        get_document_model(): "construct_document_chooser_queryset",
    }[model]
    items = policy_registry.get_by_type(model).instances_user_has_any_permission_for(request.user, ["choose"])
    for hook in hooks.get_hooks(hook_name):
        items = hook(items, request)
    return items
