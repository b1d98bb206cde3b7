"""The one way to email a family: a neutral sender name and subject line from the site's "Discreet emails" settings.

A parent may share an inbox, a phone or a lock screen with the person they worry about, so the sender and subject
of everything we send them must say nothing about the topic, and the body's first line (shown in inbox previews)
must not either. Callers write that first line with this in mind; this helper owns the envelope.

    send_family_email(request, to="parent@example.org", body="Here is the card you asked for. …",
                      attachments=[("card.pdf", pdf_bytes, "application/pdf")])
"""

from email.utils import formataddr, parseaddr

from django.conf import settings
from django.core.mail import EmailMessage

from wagtail.models import Site

from home.models import DiscreetEmailSettings


def discreet_settings(request=None):
    site = Site.find_for_request(request) if request is not None else None
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return DiscreetEmailSettings()
    return DiscreetEmailSettings.for_site(site)


def neutral_sender(request=None):
    """DEFAULT_FROM_EMAIL's address under the neutral sender name."""
    address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or settings.DEFAULT_FROM_EMAIL
    return formataddr((discreet_settings(request).sender_name, address))


def neutral_sender_name(request=None):
    return discreet_settings(request).sender_name


def neutral_subject(request=None):
    return discreet_settings(request).subject


def family_email(request, to, body, attachments=(), headers=None):
    """The message, unsent: for callers (like Django's password reset) that send it themselves."""
    message = EmailMessage(
        subject=neutral_subject(request), body=body, from_email=neutral_sender(request), to=[to], headers=headers
    )
    for attachment in attachments:
        message.attach(*attachment)
    return message


def send_family_email(request, to, body, attachments=(), headers=None):
    """Send one email to a family. Returns the number sent (1), as Django's send() does."""
    return family_email(request, to, body, attachments, headers).send()
