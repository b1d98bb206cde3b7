"""The free sample: ask by email, get a signed link that opens the sample module for 30 days."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from accounts import ratelimit
from home.links import absolute_url
from learning import access
from learning.forms.sample import SampleRequestForm
from learning.models import LearningModulePage, SampleRequest

logger = logging.getLogger(__name__)


def sample_module():
    return LearningModulePage.objects.live().filter(is_free_sample=True).order_by("number").first()


class SampleRequestView(View):
    template_name = "learning/sample_request.html"

    def get(self, request):
        return self.render(request, SampleRequestForm())

    def post(self, request):
        form = SampleRequestForm(request.POST)
        if form.is_bot:
            logger.info("Free sample: honeypot filled, request dropped.")
            return redirect("sample:thanks")
        if not ratelimit.hit("sample_ip", ratelimit.client_ip(request)):
            return ratelimit.too_many_requests(request, "sample_ip")
        if not form.is_valid():
            return self.render(request, form, status=400)
        email = form.cleaned_data["email"]
        if not ratelimit.hit("sample_email", email):
            return ratelimit.too_many_requests(request, "sample_email")
        sample_request, _ = SampleRequest.objects.update_or_create(
            email=email,
            defaults={
                "first_name": form.cleaned_data["first_name"],
                "relationship": form.cleaned_data["relationship"],
                "consent": True,
            },
        )
        send_sample_link(request, sample_request)
        return redirect("sample:thanks")

    def render(self, request, form, status=200):
        response = render(request, self.template_name, {"form": form, "module": sample_module()}, status=status)
        response["Cache-Control"] = "private, no-cache"
        return response


def send_sample_link(request, sample_request):
    """Email the link. A failure is logged and recorded on the request; the request itself is kept."""
    link = absolute_url(reverse("sample:access", args=[access.make_sample_grant(sample_request)]))
    context = {
        "sample_request": sample_request,
        "link": link,
        "module": sample_module(),
        "SITE_NAME": settings.SITE_NAME,
    }
    try:
        send_mail(
            subject=f"Your free module from {settings.SITE_NAME}",
            message=render_to_string("learning/emails/sample_link.txt", context),
            from_email=None,
            recipient_list=[sample_request.email],
        )
    except (smtplib.SMTPException, OSError) as error:
        logger.exception("Free sample: could not email request %s", sample_request.pk)
        SampleRequest.objects.filter(pk=sample_request.pk).update(last_error=str(error)[:255])
        return False
    SampleRequest.objects.filter(pk=sample_request.pk).update(
        last_sent_at=timezone.now(), send_count=sample_request.send_count + 1, last_error=""
    )
    return True


class SampleThanksView(TemplateView):
    template_name = "learning/sample_thanks.html"


class SampleAccessView(View):
    """The emailed link. It works many times (mail scanners open links first) and leaves a cookie behind."""

    def get(self, request, token):
        sample_request = access.read_sample_grant(token)
        module = sample_module()
        if sample_request is None or module is None:
            return render(request, "learning/sample_link_invalid.html", status=400)
        response = redirect(module.url)
        response.set_cookie(
            access.SAMPLE_GRANT_COOKIE,
            token,
            max_age=access.SAMPLE_GRANT_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
        return response
