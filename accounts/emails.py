"""The account emails: confirm your address, you already have an account, your account is deleted."""

import logging

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.tokens import make_verify_token
from home.family_email import send_family_email
from home.links import absolute_url

logger = logging.getLogger(__name__)


def send_account_email(email, template_name, context):
    """Send a plain-text account email under the site's neutral sender and subject (home.family_email).
    A failure is logged (without the address), never shown as an error."""
    body = render_to_string(template_name, {"SITE_NAME": settings.SITE_NAME, **context})
    try:
        send_family_email(None, email, body)
    except OSError:  # smtplib errors are OSErrors too
        logger.error("Accounts: could not send %s", template_name)
        return False
    return True


def send_verification(request, pending):
    link = absolute_url(reverse("accounts:verify", args=[make_verify_token(pending)]))
    return send_account_email(pending.user.email, "accounts/email/verify.txt", {"link": link})


def send_existing_account_notice(request, user):
    links = {
        "login_link": absolute_url(reverse("accounts:login")),
        "reset_link": absolute_url(reverse("accounts:password_reset")),
    }
    return send_account_email(user.email, "accounts/email/existing_account.txt", links)


def send_deletion_notice(email):
    return send_account_email(email, "accounts/email/account_deleted.txt", {})
