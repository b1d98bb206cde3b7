"""Panels added to the admin dashboard (registered in `editorial/wagtail_hooks.py`).

Wagtail's own "Awaiting your review" panel stays: reviewers see what was submitted to them there.
Each panel lists only pages the editor may edit or publish, and hides itself when it has nothing to show.
"""

from datetime import timedelta

from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from wagtail.admin.ui.components import Component
from wagtail.models import Revision
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from editorial.scheduling import when
from learning.models import SampleRequest

SCHEDULE_DAYS = 14
RECENT_COUNT = 8
SIGN_UP_DAYS = 7


def pages_user_can_change(user):
    return PagePermissionPolicy().instances_user_has_any_permission_for(user, {"change", "publish"})


class ScheduledPagesPanel(Component):
    """Pages set to go live in the next two weeks, soonest first; late ones are flagged."""

    name = "scheduled_pages"
    order = 230
    template_name = "editorial/admin/scheduled_pages_panel.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        now = timezone.now()
        revisions = list(
            Revision.page_revisions.filter(approved_go_live_at__lte=now + timedelta(days=SCHEDULE_DAYS))
            .order_by("approved_go_live_at")
            .only("object_id", "approved_go_live_at")
        )
        pages = (
            pages_user_can_change(request.user)
            .filter(pk__in=[int(revision.object_id) for revision in revisions])
            .specific()
            .in_bulk()
        )
        scheduled = [
            {
                "page": pages[int(revision.object_id)],
                "go_live_at": revision.approved_go_live_at,
                "when": when(revision.approved_go_live_at),
            }
            for revision in revisions
            if int(revision.object_id) in pages
        ]
        return {
            "scheduled": scheduled,
            "now": now,
            "days": SCHEDULE_DAYS,
            "request": request,
            "report_url": reverse("editorial_scheduled_pages"),
        }


class RecentlyPublishedPanel(Component):
    """The pages published most recently, by anyone."""

    name = "recently_published"
    order = 260
    template_name = "editorial/admin/recently_published_panel.html"

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        pages = (
            pages_user_can_change(request.user)
            .live()
            .filter(depth__gt=2, last_published_at__isnull=False)
            .order_by("-last_published_at")
            .specific()[:RECENT_COUNT]
        )
        return {"pages": pages, "request": request}


class SampleSignUpsPanel(Component):
    """For member managers: how many people asked for the free sample module this week."""

    name = "sample_sign_ups"
    order = 100
    template_name = "editorial/admin/sample_sign_ups_panel.html"

    def render_html(self, parent_context=None):
        if not ModelPermissionPolicy(SampleRequest).user_has_permission(parent_context["request"].user, "view"):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        since = timezone.now() - timedelta(days=SIGN_UP_DAYS)
        try:
            listing_url = reverse("learning_samplerequest_modeladmin_index")
        except NoReverseMatch:
            listing_url = None
        return {
            "count": SampleRequest.objects.filter(created_at__gte=since).count(),
            "days": SIGN_UP_DAYS,
            "listing_url": listing_url,
        }


def add_panels(request, panels):
    panels += [ScheduledPagesPanel(), RecentlyPublishedPanel(), SampleSignUpsPanel()]
