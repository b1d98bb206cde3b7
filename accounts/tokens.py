"""Signed email-confirmation links, tied to the address they were sent to."""

from django.contrib.auth import get_user_model
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

UserModel = get_user_model()

VERIFY_SALT = "learning.verify-email"  # unchanged from when accounts lived in learning: links already sent still work
VERIFY_MAX_AGE = 3 * 24 * 60 * 60  # 3 days, in seconds


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
