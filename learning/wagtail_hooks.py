from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.permission_policies.collections import CollectionPermissionPolicy
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from learning import access
from learning.models import AccessCode, Membership, SampleRequest
from learning.seat_admin import SeatRequestAdmin, admin_urls


@hooks.register("construct_image_chooser_queryset")
def hide_locked_images_from_choosers(images, request):
    """Pictures of the locked part appear only in the choosers of people who may edit pictures in any collection
    (editors); contributors never see them. Wagtail's own image policy would count contributors in: it takes their
    "add" for "change", since people may change the pictures they uploaded."""
    if CollectionPermissionPolicy(get_image_model()).user_has_permission(request.user, "change"):
        return images
    return images.exclude(access.locked_images())


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
    items = (MembershipAdmin, AccessCodeAdmin, SeatRequestAdmin, SampleRequestAdmin)


modeladmin_register(MembersGroup)


@hooks.register("register_admin_urls")
def register_seat_request_answers():
    return admin_urls()
