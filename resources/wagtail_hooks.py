"""Admin: the help resources snippet and the "Resources to re-check" report."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Resource
from .stale_report import StaleResourcesReportView


class ResourceViewSet(SnippetViewSet):
    model = Resource
    icon = "help"
    menu_label = "Help resources"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "kind", "place", "phone", "last_verified"]
    list_filter = ["kind", "region", "is_demo"]
    list_export = ["name", "kind", "region", "area", "phone", "text_number", "website", "last_verified"]
    ordering = ["name"]


register_snippet(ResourceViewSet)


@hooks.register("register_admin_urls")
def stale_report_urls():
    return [
        path("reports/resources-to-recheck/", StaleResourcesReportView.as_view(), name="resources_stale_report"),
        path(
            "reports/resources-to-recheck/results/",
            StaleResourcesReportView.as_view(results_only=True),
            name="resources_stale_report_results",
        ),
    ]


class StaleReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("resources.change_resource")


@hooks.register("register_reports_menu_item")
def stale_report_menu_item():
    return StaleReportMenuItem(
        "Resources to re-check", reverse("resources_stale_report"), icon_name="warning", order=910
    )
