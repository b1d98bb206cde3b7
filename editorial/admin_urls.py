"""Admin URLs whose Wagtail views are replaced by the ones in `editorial/admin_views.py` (and, for review actions
taken outside the editor, `editorial/review_actions.py`).

Included by `settings/urls.py` ahead of Wagtail's admin URLs, so these paths reach the replacements. They have no
names: Wagtail's names reverse to the same paths. Decorated as Wagtail decorates its own admin views."""

from django.urls import path
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access

from editorial import admin_views, review_actions


def admin_view(view):
    return never_cache(require_admin_access(view))


def report(url, view_class):
    return [
        path(f"reports/{url}/", admin_view(view_class.as_view())),
        path(f"reports/{url}/results/", admin_view(view_class.as_view(results_only=True))),
    ]


urlpatterns = [
    path("choose-page/", admin_view(admin_views.PageChooserBrowseView.as_view())),
    path("choose-page/<int:parent_page_id>/", admin_view(admin_views.PageChooserBrowseView.as_view())),
    path("choose-page/chosen-multiple/", admin_view(admin_views.PageChosenMultipleView.as_view())),
    *report("page-types-usage", admin_views.PageTypesUsageReport),
    *report("aging-pages", admin_views.AgingPagesReport),
    *report("workflow_tasks", admin_views.WorkflowTasksReport),
    path(
        "pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        admin_view(review_actions.WorkflowActionView.as_view()),
    ),
]
