"""How emails to families look in a shared inbox: a sender name and subject that do not reveal the topic."""

from django.db import models

from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="mail")
class DiscreetEmailSettings(BaseSiteSetting):
    """Every email the site sends to a family (free sample link, resource card, account confirmation, password
    reset) goes out with this sender name and subject line, so a glance at a shared inbox gives nothing away."""

    sender_name = models.CharField(
        max_length=60,
        default="Notifications",
        help_text='The name families see as the sender. Choose something ordinary, e.g. "Notifications" or '
        '"Account service". Avoid words about drugs, alcohol, addiction or recovery.',
    )
    subject = models.CharField(
        max_length=80,
        default="The information you asked for",
        help_text="The subject line of every email sent to families. Keep it plain: people around them may "
        "see their inbox.",
    )

    panels = [
        HelpPanel(
            content="Families may share a phone, a computer or an email account with the person they are worried "
            "about. The sender name and subject below are used on every email the site sends them."
        ),
        FieldPanel("sender_name"),
        FieldPanel("subject"),
    ]

    class Meta:
        verbose_name = "discreet emails"
