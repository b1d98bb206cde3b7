"""The free sample: ask by email, get a signed link that opens the sample module for 30 days."""

import logging
import smtplib

from django.conf import settings
from django.core import signing
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView

from accounts import ratelimit
from home.family_email import family_email
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
        # Anyone can type anyone's address: a request for one we know only re-sends the link to it, and never
        # changes the name, relationship or news consent its owner gave.
        sample_request, _ = SampleRequest.objects.get_or_create(
            email=email,
            defaults={
                "first_name": form.cleaned_data["first_name"],
                "relationship": form.cleaned_data["relationship"],
                "news_consent": form.cleaned_data["news_consent"],
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
    unsubscribe_link = absolute_url(reverse("sample:unsubscribe", args=[make_unsubscribe_token(sample_request)]))
    context = {
        "sample_request": sample_request,
        "link": link,
        "unsubscribe_link": unsubscribe_link,
        "module": sample_module(),
        "SITE_NAME": settings.SITE_NAME,
    }
    message = family_email(  # neutral sender and subject from the site settings
        request,
        sample_request.email,
        render_to_string("learning/emails/sample_link.txt", context),
        # One-click unsubscribe from the news (RFC 8058): mail apps show their own button and POST to the link.
        headers={"List-Unsubscribe": f"<{unsubscribe_link}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        # With the traceback: the logging filter takes the refused address out of it (docs/security.md).
        logger.error(
            "Free sample: could not email request %s (%s)", sample_request.pk, type(error).__name__, exc_info=True
        )
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


UNSUBSCRIBE_SALT = "learning.sample-unsubscribe"


def make_unsubscribe_token(sample_request):
    """A signed token naming one sample request. It never expires: an old email's link must still work."""
    return signing.dumps({"sample_request": sample_request.pk}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token):
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("sample_request"), int):
        return None
    return SampleRequest.objects.filter(pk=data["sample_request"]).first()


@method_decorator(csrf_exempt, name="dispatch")  # RFC 8058: mail apps POST here with no cookie or CSRF token
@method_decorator(never_cache, name="dispatch")
class UnsubscribeView(View):
    """Stop the news for one address, without logging in. GET asks (mail scanners fetch links); POST does it.
    It changes nothing but the one consent flag, so forging a POST can only ever unsubscribe someone."""

    template_name = "learning/sample_unsubscribe.html"

    def get(self, request, token):
        sample_request = read_unsubscribe_token(token)
        if sample_request is None:
            return render(request, self.template_name, {"invalid": True}, status=400)
        return render(request, self.template_name, {"subscribed": sample_request.news_consent})

    def post(self, request, token):
        sample_request = read_unsubscribe_token(token)
        if sample_request is None:
            return render(request, self.template_name, {"invalid": True}, status=400)
        SampleRequest.objects.filter(pk=sample_request.pk).update(news_consent=False)
        return render(request, self.template_name, {"done": True})
