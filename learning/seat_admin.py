"""Member managers answer seat requests in the admin: approve (a single-use invitation code, emailed to the
family) or decline (a kind email pointing to the free module). Both are POSTs behind a confirmation page."""

import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_http_methods

from wagtail_modeladmin.helpers import ButtonHelper
from wagtail_modeladmin.options import ModelAdmin

from home.family_email import send_family_email
from home.links import absolute_url
from learning.models import SeatRequest

logger = logging.getLogger(__name__)

LISTING = "learning_seatrequest_modeladmin_index"


class SeatRequestButtonHelper(ButtonHelper):
    """Answer buttons on waiting requests, for those who may change requests."""

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if obj.status == SeatRequest.Status.WAITING and may_answer(self.request.user):
            for action, label in (("approve", "Approve and invite"), ("decline", "Decline")):
                buttons.append(
                    {
                        "url": reverse(f"seat_request_{action}", args=[obj.pk]),
                        "label": label,
                        "classname": "button button-small button-secondary",
                        "title": f"{label}: {obj.email}",
                    }
                )
        return buttons


class SeatRequestAdmin(ModelAdmin):
    model = SeatRequest
    menu_label = "Sponsored seat requests"
    menu_icon = "help"
    add_to_admin_menu = False  # shown in the Members menu (learning/members_admin.py)
    list_display = ("email", "region", "status", "created_at", "decided_by")
    list_filter = ("status", "created_at")
    search_fields = ("email", "region", "situation")
    list_export = ("email", "region", "situation", "status", "created_at", "decided_at", "invitation")
    inspect_view_enabled = True
    button_helper_class = SeatRequestButtonHelper
    form_fields_exclude = ["status", "decided_at", "decided_by", "invitation"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("decided_by", "invitation")


def may_answer(user):
    return user.has_perm("learning.change_seatrequest")


@require_http_methods(["GET", "POST"])
def answer_view(request, pk, action):
    if not may_answer(request.user):
        raise PermissionDenied
    seat_request = get_object_or_404(SeatRequest, pk=pk)
    if seat_request.status != SeatRequest.Status.WAITING:
        messages.warning(request, f"The request from {seat_request.email} has already been answered.")
        return redirect(LISTING)
    if request.method == "GET":
        context = {"seat_request": seat_request, "action": action, "listing_url": reverse(LISTING)}
        return TemplateResponse(request, "learning/admin/seat_answer.html", context)
    if action == "approve":
        code = seat_request.approve(request.user)
        if code is None:
            messages.warning(request, f"The request from {seat_request.email} has already been answered.")
        elif email_family(request, seat_request, "learning/emails/seat_approved.txt", {"code": code}):
            messages.success(request, f"Approved: the invitation {code.code} was emailed to {seat_request.email}.")
        else:
            messages.error(request, f"Approved, but the email failed: send {code.code} to {seat_request.email}.")
    elif seat_request.decline(request.user):
        email_family(request, seat_request, "learning/emails/seat_declined.txt", {})
        messages.success(request, f"Declined: {seat_request.email} was told by email.")
    return redirect(LISTING)


def email_family(request, seat_request, template_name, context):
    links = {
        "join_link": absolute_url(reverse("accounts:join")),
        "login_link": absolute_url(reverse("accounts:login")),
        "sample_link": absolute_url(reverse("sample:request")),
    }
    body = render_to_string(template_name, {**links, **context, "SITE_NAME": settings.SITE_NAME})
    try:
        send_family_email(request, seat_request.email, body)  # neutral sender and subject
    except OSError:  # smtplib's errors are OSErrors too
        logger.exception("Seat request %s: could not email the family", seat_request.pk)
        return False
    return True


def admin_urls():
    return [
        path("seat-requests/<int:pk>/approve/", answer_view, {"action": "approve"}, name="seat_request_approve"),
        path("seat-requests/<int:pk>/decline/", answer_view, {"action": "decline"}, name="seat_request_decline"),
    ]
