from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from wagtail import hooks
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from learning import access
from learning.models import AccessCode, Membership, SampleRequest


@hooks.register("before_serve_document")
def check_member_ebook_access(document, request):
    """Locked eBooks are served only when the access rule says yes: members, or the sample's grant holder."""
    if access.can_download_document(request, document):
        return None
    if not request.user.is_authenticated:
        login_url = reverse("accounts:login")
        return redirect(f"{login_url}?{urlencode({'next': request.get_full_path()})}")
    raise PermissionDenied("This eBook is for members.")


class MembershipAdmin(ModelAdmin):
    model = Membership
    menu_label = "Memberships"
    menu_icon = "group"
    list_display = ("user", "user_email", "status", "source", "start", "end")
    list_filter = ("status", "source", "start", "end")
    search_fields = ("user__email", "user__username", "user__first_name", "user__last_name", "notes")
    list_export = ("user", "user_email", "status", "source", "start", "end", "access_code", "notes")
    inspect_view_enabled = True

    def user_email(self, obj):
        return obj.user.email

    user_email.short_description = "Email"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user", "access_code")


class AccessCodeAdmin(ModelAdmin):
    model = AccessCode
    menu_label = "Access codes"
    menu_icon = "key"
    list_display = ("code", "sponsor_name", "seats", "used_count", "seats_left", "valid_until", "active")
    list_filter = ("active", "valid_until")
    search_fields = ("code", "sponsor_name")
    list_export = ("code", "sponsor_name", "seats", "used_count", "seats_left", "valid_until", "active")
    inspect_view_enabled = True


class SampleRequestAdmin(ModelAdmin):
    model = SampleRequest
    menu_label = "Free sample requests"
    menu_icon = "mail"
    list_display = ("first_name", "email", "relationship", "created_at", "send_count", "last_error")
    list_filter = ("relationship", "created_at", "news_consent")
    search_fields = ("first_name", "email")
    list_export = ("first_name", "email", "relationship", "news_consent", "created_at", "last_sent_at", "send_count")
    inspect_view_enabled = True


class MembersGroup(ModelAdminGroup):
    menu_label = "Members"
    menu_icon = "group"
    menu_order = 250
    items = (MembershipAdmin, AccessCodeAdmin, SampleRequestAdmin)


modeladmin_register(MembersGroup)
