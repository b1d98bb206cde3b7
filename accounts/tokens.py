"""Signed email-confirmation links: tied to the address they were sent to and to the one pending sign-up, so a
link works once (confirming deletes the sign-up) and never for an account staff deactivated (it has none)."""

from django.contrib.auth import get_user_model
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

from accounts.models import PendingSignup

UserModel = get_user_model()

VERIFY_SALT = "accounts.verify-email"
VERIFY_MAX_AGE = 3 * 24 * 60 * 60  # 3 days, in seconds


def email_fingerprint(email):
    """Ties a link to the address it was sent to, without putting the address itself in the URL (and logs)."""
    return salted_hmac(VERIFY_SALT, email.lower()).hexdigest()[:20]


def make_verify_token(pending):
    user = pending.user
    return signing.dumps(
        {"user": user.pk, "signup": pending.pk, "email": email_fingerprint(user.email)}, salt=VERIFY_SALT
    )


def read_verify_token(token):
    """The pending sign-up a confirmation link names, or None when the link is tampered with, expired, already
    used, or for an address that has since changed."""
    try:
        data = signing.loads(token, salt=VERIFY_SALT, max_age=VERIFY_MAX_AGE)
    except signing.BadSignature:  # also SignatureExpired
        return None
    if not isinstance(data, dict):
        return None
    try:
        pending = PendingSignup.objects.select_related("user").get(pk=data.get("signup"), user_id=data.get("user"))
    except (PendingSignup.DoesNotExist, ValueError, TypeError):
        return None
    if not constant_time_compare(email_fingerprint(pending.user.email), str(data.get("email"))):
        return None
    return pending
