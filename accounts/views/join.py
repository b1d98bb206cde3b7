"""Joining and confirming the email address.

Confirming an address confirms it and nothing else: the link opens a page with a button (so a mail scanner that
fetches the link changes nothing), pressing it activates the account, and the person then logs in with their
password. The link logs nobody in, works once, and does nothing for an account that staff deactivated.
"""

import logging
import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render, resolve_url
from django.utils.crypto import get_random_string
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from accounts import extensions, ratelimit
from accounts.emails import send_existing_account_notice, send_verification
from accounts.forms import JoinForm, ResendVerificationForm
from accounts.models import PendingSignup
from accounts.tokens import read_verify_token

logger = logging.getLogger(__name__)
UserModel = get_user_model()

# The "join" limit also covers the other forms that send account emails or try access codes.
EMAIL_SCOPE = "join"
RECIPIENT_SCOPE = "account_email"


def rate_limited(request, scope):
    """The 429 response when this client is over the scope's limit, else None."""
    if ratelimit.hit(scope, ratelimit.client_ip(request)):
        return None
    return ratelimit.too_many_requests(request, scope)


def existing_account(email):
    """The account already using this email address, preferring an active one."""
    return UserModel._default_manager.filter(email__iexact=email).order_by("-is_active", "-date_joined").first()


def username_for(email):
    """A new account's username: the email address, with characters usernames may not hold replaced, made unique."""
    base = re.sub(r"[^\w.@+-]", "_", email)[:150]
    username = base
    while UserModel._default_manager.filter(username__iexact=username).exists():
        username = f"{base[:143]}-{get_random_string(6).lower()}"
    return username


def create_account(form, dry_run=False):
    """Create an inactive account waiting for confirmation and run every extension's join step: all or nothing.
    Raises JoinRefused.

    With `dry_run`, do all the same work and then undo it. Joining with an address that already has an account
    goes this way, so neither the answer nor its timing tells a stranger that the account exists (and, say, a
    bad access code is refused either way).
    """
    data = form.cleaned_data
    for extension in extensions.registered():
        extension.check_join(data)
    with transaction.atomic():
        user = UserModel._default_manager.create_user(
            username=username_for(data["email"]), email=data["email"], password=data["password1"], is_active=False
        )
        pending = PendingSignup.objects.create(user=user)
        for extension in extensions.registered():
            extension.joined(user, data)
        if dry_run:
            transaction.set_rollback(True)
    return pending


def may_email(address):
    """Whether joining may send another email to `address`: at most RATE_LIMITS["account_email"] an hour, however
    many clients ask (joining again, new links), so nobody floods a family's inbox, which others may read, with
    mail about the site. Over the limit nothing is sent, and the page says the same as ever."""
    if ratelimit.hit(RECIPIENT_SCOPE, address.strip().lower()):
        return True
    logger.info("Join: the email limit for one address was reached; nothing sent.")
    return False


def send_new_link(request, user):
    """Send a fresh confirmation link to an account still waiting for one (never to a deactivated account)."""
    pending = PendingSignup.objects.filter(user=user, user__is_active=False).select_related("user").first()
    if pending:
        send_verification(request, pending)


@method_decorator(never_cache, name="dispatch")
class JoinView(FormView):
    template_name = "accounts/join.html"
    form_class = JoinForm

    def get(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(resolve_url(settings.LOGIN_REDIRECT_URL))
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return rate_limited(request, "join") or super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if form.is_bot:
            logger.info("Join: honeypot filled, request dropped.")
            return redirect("accounts:join_sent")
        email = form.cleaned_data["email"]
        existing = existing_account(email)
        try:
            pending = create_account(form, dry_run=existing is not None)
        except extensions.JoinRefused as refusal:
            form.add_error(refusal.field, refusal.message)
            return self.form_invalid(form)
        except IntegrityError:
            # Someone joined with the same address at the same moment: treat it as an existing account.
            existing, pending = existing_account(email), None
            if existing is None:
                raise
        if may_email(email):
            self.send_email(pending, existing)
        return redirect("accounts:join_sent")

    def send_email(self, pending, existing):
        if existing is None:
            send_verification(self.request, pending)
        elif existing.is_active:
            send_existing_account_notice(self.request, existing)
        else:
            send_new_link(self.request, existing)  # nothing for an account that staff deactivated


class JoinSentView(TemplateView):
    template_name = "accounts/join_sent.html"


@method_decorator(never_cache, name="dispatch")
class VerifyEmailView(View):
    """The emailed confirmation link: GET shows the confirm button, POST confirms."""

    template_name = "accounts/verify.html"

    def get(self, request, token):
        pending = read_verify_token(token)
        if pending is None:
            return link_failed(request)
        return render(request, self.template_name, {"email": pending.user.email})

    def post(self, request, token):
        limited = rate_limited(request, EMAIL_SCOPE)
        if limited:
            return limited
        with transaction.atomic():
            pending = read_verify_token(token)
            if pending is None:
                return link_failed(request)
            # Deleting the sign-up first makes the link single-use even when two requests race for it.
            if not PendingSignup.objects.filter(pk=pending.pk).delete()[0]:
                return link_failed(request)
            user = pending.user
            user.is_active = True
            user.save(update_fields=["is_active"])
            notes = [extension.confirmed(user) for extension in extensions.registered()]
        if request.user.is_authenticated and request.user != user:
            # Someone else is logged in on this device: confirming another address never switches accounts.
            messages.info(request, "That email address is confirmed.")
            return redirect(resolve_url(settings.LOGIN_REDIRECT_URL))
        messages.success(request, "Thank you: your email address is confirmed. Please log in with your password.")
        for note in filter(None, notes):
            messages.warning(request, note)
        return redirect("accounts:login")


def link_failed(request, form=None):
    """A broken, expired or already used link: a clear page that can send a new one."""
    return render(request, "accounts/verify_failed.html", {"form": form or ResendVerificationForm()}, status=400)


@method_decorator(never_cache, name="dispatch")
class ResendVerificationView(View):
    def get(self, request):
        return link_failed(request)

    def post(self, request):
        """Send a new confirmation link to an account that is still waiting for one."""
        limited = rate_limited(request, EMAIL_SCOPE)
        if limited:
            return limited
        form = ResendVerificationForm(request.POST)
        if not form.is_valid():
            return link_failed(request, form)
        waiting = UserModel._default_manager.filter(email__iexact=form.cleaned_data["email"], is_active=False)
        user = waiting.order_by("-date_joined").first()
        if user and may_email(user.email):
            send_new_link(request, user)
        return redirect("accounts:join_sent")
