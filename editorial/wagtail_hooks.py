"""Admin additions of the editorial workflow: dashboard panels, the "Scheduled to go live" and "Tags used once"
reports, the review actions (editorial/review_actions.py), the scheduler's line in the health check, and who
sees which pages and files in the admin."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial import admin_views, admin_visibility, dashboard, health, review_actions
from editorial.scheduled_report import ScheduledPagesView
from editorial.tag_report import TagsUsedOnceView

hooks.register("construct_homepage_panels", dashboard.add_panels)
hooks.register("register_health_check", health.scheduler_check)


@hooks.register("register_admin_urls")
def report_urls():
    return [
        path("reports/scheduled/", ScheduledPagesView.as_view(), name="editorial_scheduled_pages"),
        path(
            "reports/scheduled/results/",
            ScheduledPagesView.as_view(results_only=True),
            name="editorial_scheduled_pages_results",
        ),
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


class ScheduledReportMenuItem(MenuItem):
    def is_shown(self, request):
        return ScheduledPagesView.permission_policy.user_has_any_permission(
            request.user, ScheduledPagesView.any_permission_required
        )


@hooks.register("register_reports_menu_item")
def scheduled_report_menu_item():
    return ScheduledReportMenuItem(
        "Scheduled to go live", reverse("editorial_scheduled_pages"), icon_name="calendar-check", order=850
    )


@hooks.register("register_reports_menu_item")
def tag_report_menu_item():
    return TagReportMenuItem("Tags used once", reverse("editorial_tags_used_once"), icon_name="tag", order=900)


@hooks.register("insert_editor_js")
def schedule_picker_js():
    return format_html('<script src="{}" defer></script>', static("editorial/schedule-picker.js"))


hooks.register("construct_page_action_menu", review_actions.plain_footer_actions)
hooks.register("before_edit_page", review_actions.refuse_module_publish_on_edit)
hooks.register("before_create_page", review_actions.refuse_module_publish_on_create)
hooks.register("after_edit_page", review_actions.say_what_happened)
hooks.register("after_create_page", review_actions.say_what_happened)


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
