"""Member accounts: join (with an optional access code), confirm the email address, log in and out, reset the
password, and the member's "My learning" page."""

import logging
import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core import signing
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse, reverse_lazy
from django.utils.crypto import constant_time_compare, get_random_string, salted_hmac
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from home import ratelimit
from learning import access
from learning.forms.accounts import JoinForm, LoginForm, RedeemCodeForm, ResendVerificationForm
from learning.models import LearningIndexPage, Membership, ModuleProgress
from learning.models.access_codes import AccessCode, AccessCodeError

logger = logging.getLogger(__name__)
UserModel = get_user_model()

VERIFY_SALT = "learning.verify-email"
VERIFY_MAX_AGE = 3 * 24 * 60 * 60  # 3 days, in seconds
# The "join" limit also covers the other forms that send account emails or try access codes.
EMAIL_SCOPE = "join"


def rate_limited(request, scope):
    """The 429 response when this client is over the scope's limit, else None."""
    if ratelimit.hit(scope, ratelimit.client_ip(request)):
        return None
    return ratelimit.too_many_requests(request, scope)


# Emails


def send_account_email(user, subject, template_name, context):
    """Send a plain-text account email. A failure is logged, never shown as an error page."""
    body = render_to_string(template_name, {"user": user, "SITE_NAME": settings.SITE_NAME, **context})
    try:
        send_mail(subject, body, None, [user.email])
    except OSError:  # smtplib errors are OSErrors too
        logger.exception("Accounts: could not send %s to user %s", template_name, user.pk)
        return False
    return True


def email_fingerprint(email):
    """Ties a link to the address it was sent to, without putting the address itself in the URL (and logs)."""
    return salted_hmac(VERIFY_SALT, email.lower()).hexdigest()[:20]


def make_verify_token(user):
    return signing.dumps({"user": user.pk, "email": email_fingerprint(user.email)}, salt=VERIFY_SALT)


def read_verify_token(token):
    """The account a confirmation link names, or None when it is tampered with, expired or out of date."""
    try:
        data = signing.loads(token, salt=VERIFY_SALT, max_age=VERIFY_MAX_AGE)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(data, dict):
        return None
    user = UserModel._default_manager.filter(pk=data.get("user")).first()
    if user is None or not constant_time_compare(email_fingerprint(user.email), str(data.get("email"))):
        return None
    return user


def send_verification(request, user):
    link = request.build_absolute_uri(reverse("accounts:verify", args=[make_verify_token(user)]))
    return send_account_email(
        user, f"Confirm your email address for {settings.SITE_NAME}", "accounts/email/verify.txt", {"link": link}
    )


def send_existing_account_notice(request, user):
    links = {
        "login_link": request.build_absolute_uri(reverse("accounts:login")),
        "reset_link": request.build_absolute_uri(reverse("accounts:password_reset")),
    }
    return send_account_email(
        user, f"You already have a {settings.SITE_NAME} account", "accounts/email/existing_account.txt", links
    )


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


def create_account(email, password, access_code, dry_run=False):
    """Create an inactive account and redeem the access code: both or neither. Raises AccessCodeError.

    With `dry_run`, do all the same work and then undo it. Joining with an address that already has an account
    goes this way, so neither the answer nor its timing tells a stranger that the account exists (and a bad
    access code is refused either way).
    """
    with transaction.atomic():
        user = UserModel._default_manager.create_user(
            username=username_for(email), email=email, password=password, is_active=False
        )
        if access_code:
            AccessCode.redeem(access_code, user, status=Membership.Status.PENDING)
        if dry_run:
            transaction.set_rollback(True)
    return user


@method_decorator(never_cache, name="dispatch")
class JoinView(FormView):
    template_name = "accounts/join.html"
    form_class = JoinForm

    def get(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect("accounts:my_learning")
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return rate_limited(request, "join") or super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if form.is_bot:
            logger.info("Join: honeypot filled, request dropped.")
            return redirect("accounts:join_sent")
        email = form.cleaned_data["email"]
        existing = existing_account(email)
        password, access_code = form.cleaned_data["password1"], form.cleaned_data["access_code"]
        try:
            user = create_account(email, password, access_code, dry_run=existing is not None)
        except AccessCodeError as error:
            form.add_error("access_code", str(error))
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
                return redirect("accounts:my_learning")
            messages.info(request, "Your email address is already confirmed. Please log in.")
            return redirect("accounts:login")
        user.is_active = True
        user.save(update_fields=["is_active"])
        for membership in Membership.objects.filter(user=user, status=Membership.Status.PENDING):
            membership.status = Membership.Status.ACTIVE
            membership.save()  # also joins the Members group
        login(request, user)
        messages.success(request, "Welcome! Your email address is confirmed and you are logged in.")
        return redirect("accounts:my_learning")

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
    extra_email_context = {"SITE_NAME": settings.SITE_NAME}

    def post(self, request, *args, **kwargs):
        return rate_limited(request, EMAIL_SCOPE) or super().post(request, *args, **kwargs)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


# My learning


def learning_modules():
    """The programme's live modules in order, or none while there is no learning index."""
    index = LearningIndexPage.objects.live().first()
    return list(index.modules()) if index else []


@method_decorator(never_cache, name="dispatch")
class MyLearningView(LoginRequiredMixin, TemplateView):
    """The member's home: membership status, redeeming an access code, and progress through the modules."""

    template_name = "accounts/my_learning.html"

    def get_context_data(self, redeem_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        is_member = access.is_active_member(user)  # first: it marks a membership past its end as expired
        modules = learning_modules()
        progress = ModuleProgress.for_user(user, modules)
        context.update(
            is_member=is_member,
            membership=Membership.objects.filter(user=user).first(),
            redeem_form=None if is_member else (redeem_form or RedeemCodeForm()),
            module_rows=[(module, progress.get(module.pk)) for module in modules],
            has_progress=bool(progress),
            continue_module=ModuleProgress.continue_module(user, modules) if is_member else None,
        )
        return context

    def post(self, request, *args, **kwargs):
        """Redeem an access code for the logged-in account."""
        limited = rate_limited(request, EMAIL_SCOPE)
        if limited:
            return limited
        if access.is_active_member(request.user):
            messages.info(request, "Your membership is already active: you don't need a code.")
            return redirect("accounts:my_learning")
        form = RedeemCodeForm(request.POST)
        if form.is_valid():
            try:
                membership = AccessCode.redeem(form.cleaned_data["access_code"], request.user)
            except AccessCodeError as error:
                form.add_error("access_code", str(error))
            else:
                messages.success(request, membership_welcome(membership))
                return redirect("accounts:my_learning")
        return self.render_to_response(self.get_context_data(redeem_form=form))


def membership_welcome(membership):
    if membership.end:
        end = date_format(membership.end, "F j, Y")
        return f"Your access code worked. Your membership is active until {end}."
    return "Your access code worked. Your membership is active."
