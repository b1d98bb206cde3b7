"""Admin additions of the editorial workflow: dashboard panels, the "Tags used once" report, and the scheduler's
line in the health check."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial import dashboard, health, review_actions
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


hooks.register("construct_page_action_menu", review_actions.plain_footer_actions)
hooks.register("before_edit_page", review_actions.refuse_module_publish_on_edit)
hooks.register("before_create_page", review_actions.refuse_module_publish_on_create)
hooks.register("after_edit_page", review_actions.say_what_happened)
hooks.register("after_create_page", review_actions.say_what_happened)
