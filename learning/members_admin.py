"""The Members menu for member managers: memberships, access codes, free sample requests and seat requests.

Memberships, access codes and sample requests use Wagtail's own `ModelViewSet`, so they look and behave like the
rest of the admin (filters beside the listing, the same search box, the same edit and inspect screens). Seat
requests stay on wagtail-modeladmin, whose button helper carries their Approve and Decline buttons
(`learning/seat_admin.py`); the menu group shows them with the others.

Listings and spreadsheets speak plainly: members by name and email, "Yes"/"No" instead of icons or True/False,
choices by their labels, columns headed in words. Counts kept by the site (seats used, emails sent) are shown,
never edited.
"""

from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from learning.models import AccessCode, Membership, SampleRequest


def yes_no(value):
    return "Yes" if value else "No"


class MembershipViewSet(ModelViewSet):
    model = Membership
    url_prefix = "learning/membership"
    menu_label = "Memberships"
    icon = "group"
    list_display = ["member_name", "member_email", "status", "source", "start", "end"]
    list_filter = ["status", "source", "start", "end"]
    search_fields = ["user__email", "user__username", "user__first_name", "user__last_name", "notes"]
    list_export = ["member_name", "member_email", "status_label", "source_label", "start", "end", "code", "notes"]
    export_headings = {
        "member_name": "Name",
        "member_email": "Email",
        "status_label": "Status",
        "source_label": "How they got access",
        "start": "First day",
        "end": "Last day",
        "code": "Access code",
        "notes": "Staff notes",
    }
    export_filename = "memberships"
    form_fields = ["user", "status", "start", "end", "source", "access_code", "notes"]
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_queryset(self, request):
        return Membership.objects.select_related("user", "access_code")


class AccessCodeViewSet(ModelViewSet):
    model = AccessCode
    url_prefix = "learning/accesscode"
    menu_label = "Access codes"
    icon = "key"
    list_display = ["code", "sponsor_name", "seats", "used_count", "seats_left", "valid_until", "active_label"]
    list_filter = ["active", "valid_until"]
    search_fields = ["code", "sponsor_name"]
    list_export = ["code", "sponsor_name", "seats", "used_count", "seats_left", "valid_until", "active_label"]
    export_headings = {
        "code": "Code",
        "sponsor_name": "Sponsor",
        "seats": "Seats",
        "used_count": "Seats taken",
        "seats_left": "Seats left",
        "valid_until": "Valid until",
        "active_label": "Working",
    }
    export_filename = "access-codes"
    form_fields = ["code", "sponsor_name", "seats", "valid_until", "active"]  # seats taken: counted by the site
    inspect_view_enabled = True
    copy_view_enabled = False


class SampleRequestViewSet(ModelViewSet):
    model = SampleRequest
    url_prefix = "learning/samplerequest"
    menu_label = "Free sample requests"
    icon = "mail"
    list_display = ["first_name", "email", "relationship", "created_at", "send_count", "news_label", "last_error"]
    list_filter = ["relationship", "created_at", "news_consent"]
    search_fields = ["first_name", "email"]
    list_export = [
        "first_name",
        "email",
        "relationship_label",
        "news_label",
        "created_at",
        "last_sent_at",
        "send_count",
    ]
    export_headings = {
        "first_name": "First name",
        "email": "Email",
        "relationship_label": "Relationship",
        "news_label": "Wants news",
        "created_at": "Asked on",
        "last_sent_at": "Link last sent",
        "send_count": "Times sent",
    }
    export_filename = "free-sample-requests"
    form_fields = ["first_name", "email", "relationship", "news_consent"]  # sending history: kept by the site
    inspect_view_enabled = True
    copy_view_enabled = False


class MembersGroup(ViewSetGroup):
    menu_label = "Members"
    menu_icon = "group"
    menu_order = 250
    items = (MembershipViewSet, AccessCodeViewSet, SampleRequestViewSet)
    submenu_hook = "register_members_menu_item"  # the seat requests' modeladmin listing joins here
