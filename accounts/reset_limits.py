"""Password-reset requests are limited per address and per email address typed, on the site and in the admin."""

from wagtail.admin.views.account import PasswordResetView as WagtailPasswordResetView

from accounts import ratelimit


class ResetRateLimitMixin:
    def post(self, request, *args, **kwargs):
        if not ratelimit.hit("password_reset", ratelimit.client_ip(request)):
            return ratelimit.too_many_requests(request, "password_reset")
        email = str(request.POST.get("email", "")).strip().lower()[:254]
        if email and not ratelimit.hit("password_reset_email", email):
            return ratelimit.too_many_requests(request, "password_reset_email")
        return super().post(request, *args, **kwargs)


class AdminPasswordResetView(ResetRateLimitMixin, WagtailPasswordResetView):
    """Wagtail's `/admin/password_reset/`, with the site's reset limits (it had none)."""
