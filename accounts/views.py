"""Site accounts: join, confirm the email address, log in and out, reset the password.

What joining means beyond an account (an access code, a membership) is added by the apps above through
`accounts.extensions`; this module never imports them.
"""

import logging
import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse_lazy
from django.utils.crypto import get_random_string
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from accounts import extensions, ratelimit
from accounts.emails import send_existing_account_notice, send_verification
from accounts.forms import JoinForm, LoginForm, ResendVerificationForm
from accounts.tokens import read_verify_token
from home.links import site_base_url

logger = logging.getLogger(__name__)
UserModel = get_user_model()

# The "join" limit also covers the other forms that send account emails or try access codes.
EMAIL_SCOPE = "join"


def rate_limited(request, scope):
    """The 429 response when this client is over the scope's limit, else None."""
    if ratelimit.hit(scope, ratelimit.client_ip(request)):
        return None
    return ratelimit.too_many_requests(request, scope)


def account_home():
    """Where a logged-in person belongs (My learning, set by `LOGIN_REDIRECT_URL`)."""
    return resolve_url(settings.LOGIN_REDIRECT_URL)


# Joining


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
    """Create an inactive account and run every extension's join step: all or nothing. Raises JoinRefused.

    With `dry_run`, do all the same work and then undo it. Joining with an address that already has an account
    goes this way, so neither the answer nor its timing tells a stranger that the account exists (and, say, a
    bad access code is refused either way).
    """
    data = form.cleaned_data
    with transaction.atomic():
        user = UserModel._default_manager.create_user(
            username=username_for(data["email"]), email=data["email"], password=data["password1"], is_active=False
        )
        for extension in extensions.registered():
            extension.joined(user, data)
        if dry_run:
            transaction.set_rollback(True)
    return user


@method_decorator(never_cache, name="dispatch")
class JoinView(FormView):
    template_name = "accounts/join.html"
    form_class = JoinForm

    def get(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect(account_home())
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
            user = create_account(form, dry_run=existing is not None)
        except extensions.JoinRefused as refusal:
            form.add_error(refusal.field, refusal.message)
            return self.form_invalid(form)
        except IntegrityError:
            # Someone joined with the same address at the same moment: treat it as an existing account.
            existing = existing_account(email)
            if existing is None:
                raise
        if existing is None:
            send_verification(self.request, user)
        elif existing.is_active:
            send_existing_account_notice(self.request, existing)
        else:
            send_verification(self.request, existing)
        return redirect("accounts:join_sent")


class JoinSentView(TemplateView):
    template_name = "accounts/join_sent.html"


@method_decorator(never_cache, name="dispatch")
class VerifyEmailView(View):
    """The emailed confirmation link. A broken or old link gets a page that sends a new one."""

    failed_template_name = "accounts/verify_failed.html"

    def get(self, request, token):
        user = read_verify_token(token)
        if user is None:
            return self.failed(request, ResendVerificationForm())
        if user.is_active:
            # Already confirmed (perhaps by a mail scanner opening the link first): the link is not a password.
            if request.user == user:
                return redirect(account_home())
            messages.info(request, "Your email address is already confirmed. Please log in.")
            return redirect("accounts:login")
        user.is_active = True
        user.save(update_fields=["is_active"])
        for extension in extensions.registered():
            extension.confirmed(user)
        login(request, user)
        messages.success(request, "Welcome! Your email address is confirmed and you are logged in.")
        return redirect(account_home())

    def post(self, request, token):
        """Send a new confirmation link to an account that is still waiting for one."""
        limited = rate_limited(request, EMAIL_SCOPE)
        if limited:
            return limited
        form = ResendVerificationForm(request.POST)
        if not form.is_valid():
            return self.failed(request, form)
        waiting = UserModel._default_manager.filter(email__iexact=form.cleaned_data["email"], is_active=False)
        user = waiting.order_by("-date_joined").first()
        if user:
            send_verification(request, user)
        return redirect("accounts:join_sent")

    def failed(self, request, form):
        return render(request, self.failed_template_name, {"form": form}, status=400)


# Logging in and out, passwords


class LoginView(auth_views.LoginView):
    """Django's login view with the email-or-username form. `?next=` is followed only within this site."""

    form_class = LoginForm
    template_name = "accounts/login.html"

    def post(self, request, *args, **kwargs):
        return rate_limited(request, "login") or super().post(request, *args, **kwargs)


class LogoutView(auth_views.LogoutView):
    """POST only, as in Django 5: the header's "Log out" button. Then back to the home page."""

    next_page = "/"


@method_decorator(never_cache, name="dispatch")
class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset_form.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    @property
    def extra_email_context(self):
        return {"SITE_NAME": settings.SITE_NAME, "base_url": site_base_url()}  # not the Host header

    def post(self, request, *args, **kwargs):
        return rate_limited(request, EMAIL_SCOPE) or super().post(request, *args, **kwargs)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
