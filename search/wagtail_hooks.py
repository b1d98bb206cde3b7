from django.contrib.auth.decorators import permission_required
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import Synonym
from search.report import search_report

REPORT_PERMISSION = "search.view_searchquerylog"


@hooks.register("register_admin_urls")
def register_search_report_url():
    view = permission_required(REPORT_PERMISSION, raise_exception=True)(search_report)
    return [path("reports/searches/", view, name="search_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem("What readers search for", reverse("search_report"), icon_name="search", order=700)


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = "Search synonyms"
    menu_order = 800
    add_to_admin_menu = False
    list_display = ["__str__", "note"]
    search_fields = ["terms", "note"]


register_snippet(SynonymViewSet)
