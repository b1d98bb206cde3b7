"""Login lockouts, counted by django-axes in the database (so every worker and server counts together).

Axes watches every `authenticate()` call (the site's login, Wagtail's `/admin/login/`, the password check before
deleting an account) and, once `AXES_FAILURE_LIMIT` failures are recorded for an account or for an address,
refuses further attempts until `AXES_COOLOFF_TIME` has passed. The lockout lifts by itself.
"""

from django.conf import settings
from django.utils.crypto import salted_hmac

from accounts.auth_backends import UsernameOrEmailBackend
from accounts.ratelimit import too_many_requests


def account_identity(request, credentials=None):
    """What axes counts failures against (AXES_USERNAME_CALLABLE): the account, whichever name was typed.

    Typing the username or the email address (in any case) counts against one account. An identifier that
    matches no account is stored as an HMAC, so the attempts table never holds what strangers typed.
    """
    identifier = (credentials or {}).get("username")
    if identifier is None and request is not None:
        identifier = request.POST.get("username", "")
    identifier = str(identifier or "").strip()[:254]
    user = UsernameOrEmailBackend().find_user(identifier) if identifier else None
    if user is not None:
        return f"account-{user.pk}"
    return "unknown-" + salted_hmac("accounts.lockouts", identifier.lower()).hexdigest()[:32]


def locked_out(request, original_response=None, credentials=None):
    """The lockout answer (AXES_LOCKOUT_CALLABLE): the friendly 429 page, saying how long to wait."""
    return too_many_requests(request, seconds=settings.AXES_COOLOFF_TIME.total_seconds())
