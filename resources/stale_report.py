"""Reports > Resources to re-check: help resources nobody has verified for six months (or ever)."""

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from .models import Resource


class StaleResourcesReportView(ReportView):
    page_title = "Resources to re-check"
    header_icon = "warning"
    index_url_name = "resources_stale_report"
    index_results_url_name = "resources_stale_report_results"
    model = Resource
    permission_required = "change"
    no_results_message = "Every resource was checked in the last six months."
    columns = [
        TitleColumn("name", label="Resource", get_url=lambda resource: resource.edit_url),
        Column("place", label="Where"),
        DateColumn("last_verified", label="Last checked"),
        Column("verified_by", label="Checked by"),
    ]
    list_export = ["name", "kind", "region", "phone", "website", "last_verified", "verified_by"]

    def get_queryset(self):
        return (
            Resource.objects.not_recently_verified()
            .select_related("verified_by")
            .order_by("last_verified", "name", "pk")
        )

    def decorate_paginated_queryset(self, resources):
        finder = AdminURLFinder(self.request.user)
        resources = list(resources)
        for resource in resources:
            resource.edit_url = finder.get_edit_url(resource)
        return resources
