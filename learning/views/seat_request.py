"""Asking for a sponsored seat: the family's form. Member managers answer in the admin (learning/seat_admin.py)."""

import logging

from django.shortcuts import redirect, render
from django.views import View
from django.views.generic import TemplateView

from accounts import ratelimit
from learning.forms.seat_request import SeatRequestForm
from learning.models import SeatRequest

logger = logging.getLogger(__name__)


class SeatRequestView(View):
    template_name = "learning/seat_request.html"

    def get(self, request):
        return self.render(request, SeatRequestForm())

    def post(self, request):
        form = SeatRequestForm(request.POST)
        if form.is_bot:
            logger.info("Seat request: honeypot filled, request dropped.")
            return redirect("seat:thanks")
        if not ratelimit.hit("seat_request", ratelimit.client_ip(request)):
            return ratelimit.too_many_requests(request, "seat_request")
        if not form.is_valid():
            return self.render(request, form, status=400)
        # One open request per address. Asking again changes nothing: anyone can type any address, so a second
        # request must never rewrite what the family wrote (member managers answer the first).
        if not SeatRequest.objects.filter(email=form.cleaned_data["email"], status=SeatRequest.Status.WAITING).exists():
            form.save()
        return redirect("seat:thanks")

    def render(self, request, form, status=200):
        response = render(request, self.template_name, {"form": form}, status=status)
        response["Cache-Control"] = "private, no-cache"
        return response


class SeatThanksView(TemplateView):
    template_name = "learning/seat_thanks.html"
