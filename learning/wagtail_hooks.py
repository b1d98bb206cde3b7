from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.images.models import Image
from wagtail.permission_policies.collections import CollectionPermissionPolicy

from learning import access
from learning.members_admin import MembersGroup
from learning.seat_admin import SeatRequestAdmin, admin_urls


@hooks.register("construct_image_chooser_queryset")
def hide_locked_images_from_choosers(images, request):
    """Pictures of the locked part appear only in the choosers of people who may edit pictures in any collection
    (editors); contributors never see them. Wagtail's own image policy would count contributors in: it takes their
    "add" for "change", since people may change the pictures they uploaded."""
    # The grants stay on Wagtail's own image permissions (as Wagtail's image policy checks them) with our image model.
    if CollectionPermissionPolicy(get_image_model(), auth_model=Image).user_has_permission(request.user, "change"):
        return images
    return images.exclude(access.locked_images())


@hooks.register("register_admin_viewset")
def register_members_menu():
    return MembersGroup()


# Seat requests keep wagtail-modeladmin (their Approve and Decline buttons); their menu item joins the Members group.
seat_requests = SeatRequestAdmin()
seat_requests.register_with_wagtail()


@hooks.register("register_members_menu_item")
def seat_requests_menu_item():
    return seat_requests.get_menu_item(order=4)


@hooks.register("register_admin_urls")
def register_seat_request_answers():
    return admin_urls()
