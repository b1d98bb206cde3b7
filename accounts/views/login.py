"""Logging in and out, and resetting a forgotten password.

Wrong passwords are counted by django-axes (per account and per address, in the database), which refuses further
attempts for a while once the limit is reached; see accounts/lockouts.py.
"""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache

from accounts.forms import DiscreetPasswordResetForm, LoginForm
from accounts.reset_limits import ResetRateLimitMixin
from home.links import site_base_url


@method_decorator(never_cache, name="dispatch")
class LoginView(auth_views.LoginView):
    """Django's login view with the email-or-username form. `?next=` is followed only within this site."""

    form_class = LoginForm
    template_name = "accounts/login.html"


class LogoutView(auth_views.LogoutView):
    """POST only, as in Django 5: the header's "Log out" button, on every page. Then back to the home page."""

    next_page = "/"


@method_decorator(never_cache, name="dispatch")
class PasswordResetView(ResetRateLimitMixin, auth_views.PasswordResetView):
    template_name = "accounts/password_reset_form.html"
    form_class = DiscreetPasswordResetForm
    email_template_name = "accounts/email/password_reset.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    @property
    def extra_email_context(self):
        return {"SITE_NAME": settings.SITE_NAME, "base_url": site_base_url()}  # not the Host header


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
