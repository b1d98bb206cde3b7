"""Members' sessions end after a shorter idle time than staff sessions."""

import time

from django.conf import settings

# Refresh the expiry at most this often, so a busy member's session is not written on every request.
REFRESH_EVERY = 60


class MemberIdleTimeoutMiddleware:
    """For a logged-in member (anyone without admin access), the session expires `ACCOUNTS_MEMBER_IDLE_TIMEOUT`
    seconds after their last request. Staff keep `SESSION_COOKIE_AGE` (and Wagtail's "remember me" rules)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # After the view, so the request that logs a member in starts the idle clock too.
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not user.has_perm("wagtailadmin.access_admin"):
            now = int(time.time())
            if now - request.session.get("idle_refreshed_at", 0) >= REFRESH_EVERY:
                request.session.set_expiry(settings.ACCOUNTS_MEMBER_IDLE_TIMEOUT)
                request.session["idle_refreshed_at"] = now
        return response
