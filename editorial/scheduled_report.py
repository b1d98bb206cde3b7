"""Reports > Scheduled to go live: every page with an approved go-live time, soonest first, with the time written
out ("Tue 3 March, 09:00 EST") and who scheduled it. Lists only pages the editor may change or publish; late ones
(the scheduler is not running) say so. Open to everyone who may publish somewhere (editors, moderators, clinical
reviewers); contributors, who cannot schedule, do not see it."""

from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial.dashboard import pages_user_can_change
from editorial.scheduling import when


def scheduled_revisions():
    return Revision.page_revisions.filter(
        object_id=Cast(OuterRef("pk"), CharField()), approved_go_live_at__isnull=False
    ).order_by("approved_go_live_at")


class ScheduledPagesView(ReportView):
    page_title = "Scheduled to go live"
    header_icon = "calendar-check"
    index_url_name = "editorial_scheduled_pages"
    index_results_url_name = "editorial_scheduled_pages_results"
    model = Page
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["publish"]  # the people who approve and schedule, not contributors
    no_results_message = (
        "Nothing is scheduled. A page is listed here once it is approved (or published) with a go-live time."
    )
    columns = [
        TitleColumn("title", label="Page", get_url=lambda page: page.edit_url),
        Column("section", label="Section"),
        Column("goes_live", label="Goes live"),
        Column("scheduled_by", label="Version by"),
    ]
    list_export = ["title", "section", "goes_live", "scheduled_by"]

    def get_queryset(self):
        revisions = scheduled_revisions()
        return (
            pages_user_can_change(self.request.user)
            .annotate(
                scheduled_go_live_at=Subquery(revisions.values("approved_go_live_at")[:1]),
                scheduled_revision_id=Subquery(revisions.values("pk")[:1]),
            )
            .filter(scheduled_go_live_at__isnull=False)
            .order_by("scheduled_go_live_at")
        )

    def decorate_paginated_queryset(self, pages):
        pages = list(pages)
        finder = AdminURLFinder(self.request.user)
        parent_paths = {page.pk: page.path[: -Page.steplen] for page in pages}
        parents = {parent.path: parent for parent in Page.objects.filter(path__in=parent_paths.values())}
        revisions = Revision.objects.select_related("user").in_bulk([page.scheduled_revision_id for page in pages])
        now = timezone.now()
        for page in pages:
            page.edit_url = finder.get_edit_url(page)
            parent = parents.get(parent_paths[page.pk])
            page.section = parent.title if parent else ""
            late = " (late: the scheduler is not running)" if page.scheduled_go_live_at < now else ""
            page.goes_live = when(page.scheduled_go_live_at) + late
            user = revisions[page.scheduled_revision_id].user
            page.scheduled_by = (user.get_full_name() or user.get_username()) if user else ""
        return pages
