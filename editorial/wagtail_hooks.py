"""Admin additions of the editorial workflow: dashboard panels, the "Tags used once" report, the scheduler's
line in the health check, and who sees which pages and files in the admin."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial import admin_views, admin_visibility, dashboard, health
from editorial.tag_report import TagsUsedOnceView

hooks.register("construct_homepage_panels", dashboard.add_panels)
hooks.register("register_health_check", health.scheduler_check)


@hooks.register("register_admin_urls")
def tag_report_urls():
    return [
        path("reports/tags-used-once/", TagsUsedOnceView.as_view(), name="editorial_tags_used_once"),
        path(
            "reports/tags-used-once/results/",
            TagsUsedOnceView.as_view(results_only=True),
            name="editorial_tags_used_once_results",
        ),
    ]


class TagReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("taggit.change_tag")


@hooks.register("register_reports_menu_item")
def tag_report_menu_item():
    return TagReportMenuItem("Tags used once", reverse("editorial_tags_used_once"), icon_name="tag", order=900)


# Who sees which pages and files by name in the admin (editorial/admin_visibility.py).


@hooks.register("construct_page_chooser_queryset")
def hide_sections_from_page_chooser(pages, request):
    return admin_visibility.without_hidden_sections(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def hide_sections_from_explorer(parent_page, pages, request):
    return admin_visibility.without_hidden_sections(pages, request.user)


# After Wagtail's own (order 0): the registry keeps the last action registered for each model and name.
for bulk_action in admin_views.BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action, order=1)


@hooks.register("construct_admin_api", order=1)
def choosable_media_in_admin_api(router):
    router.register_endpoint("documents", admin_views.ChoosableDocumentsAPI)
    router.register_endpoint("images", admin_views.ChoosableImagesAPI)


TECHNICAL_REPORTS = {"aging-pages", "page-types-usage", "workflow-tasks"}


@hooks.register("construct_reports_menu")
def hide_technical_reports(request, menu_items):
    """Reports of the whole site's pages are for people who publish pages, not for contributors."""
    if not PagePermissionPolicy().user_has_any_permission(request.user, admin_views.PUBLISHING):
        menu_items[:] = [item for item in menu_items if item.name not in TECHNICAL_REPORTS]
