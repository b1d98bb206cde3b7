"""The account emails: confirm your address, you already have an account, your account is deleted."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.tokens import make_verify_token
from home.links import absolute_url

logger = logging.getLogger(__name__)


def send_account_email(email, subject, template_name, context):
    """Send a plain-text account email. A failure is logged (without the address), never shown as an error."""
    body = render_to_string(template_name, {"SITE_NAME": settings.SITE_NAME, **context})
    try:
        send_mail(subject, body, None, [email])
    except OSError:  # smtplib errors are OSErrors too
        logger.error("Accounts: could not send %s", template_name)
        return False
    return True


def send_verification(request, pending):
    link = absolute_url(reverse("accounts:verify", args=[make_verify_token(pending)]))
    return send_account_email(
        pending.user.email,
        f"Confirm your email address for {settings.SITE_NAME}",
        "accounts/email/verify.txt",
        {"link": link},
    )


def send_existing_account_notice(request, user):
    links = {
        "login_link": absolute_url(reverse("accounts:login")),
        "reset_link": absolute_url(reverse("accounts:password_reset")),
    }
    return send_account_email(
        user.email, f"You already have a {settings.SITE_NAME} account", "accounts/email/existing_account.txt", links
    )


def send_deletion_notice(email):
    return send_account_email(
        email, f"Your {settings.SITE_NAME} account has been deleted", "accounts/email/account_deleted.txt", {}
    )
