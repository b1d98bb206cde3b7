"""`ContactPage`: Wagtail's form builder page, hardened for the public: rate limited, a honeypot, a stored
submission even when the email to staff cannot be sent, and the sender's address as the email's Reply-To."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.fields import RichTextField

from accounts import ratelimit
from home.models import BasePage

from .forms import ContactFormBuilder
from .messages_access import READ_MESSAGES_PERMISSION, ResponderSubmissionsPanel

logger = logging.getLogger(__name__)


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(BasePage, AbstractEmailForm):
    """The "Contact us" page: who reads messages and when, then the form."""

    intro = RichTextField(
        features=["bold", "italic", "link", "ul"],
        blank=True,
        help_text="Shown above the form: who reads messages, how soon you answer, and where to go in an emergency.",
    )
    thank_you_text = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="Shown after someone sends a message, e.g. when they can expect an answer.",
    )

    form_builder = ContactFormBuilder

    content_panels = BasePage.content_panels + [
        ResponderSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Questions on the form"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel(
                            "to_address",
                            help_text="Who receives each message by email. Separate several addresses by commas.",
                        ),
                        FieldPanel(
                            "from_address",
                            help_text="The sender shown on those emails. Leave empty to use the site's address.",
                        ),
                    ]
                ),
                FieldPanel("subject", help_text="Subject line of those emails, e.g. 'Message from the website'."),
            ],
            heading="Email to staff",
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "contact page"
        # Families write private things here; only the staff who answer them read them (contact/wagtail_hooks.py).
        permissions = [(READ_MESSAGES_PERMISSION, "Can read and export the messages sent through the contact form")]

    def get_meta_description(self):
        return self.search_description

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            if not ratelimit.hit("contact", ratelimit.client_ip(request)):
                return ratelimit.too_many_requests(request, "contact")
            form = self.get_form(request.POST, page=self, user=request.user)
            if form.is_valid() and form.is_bot:
                return self.render_landing_page(request)  # a bot: thank it, store and send nothing
        return super().serve(request, *args, **kwargs)

    def process_form_submission(self, form):
        form.cleaned_data.pop("website", None)
        return super().process_form_submission(form)

    def send_mail(self, form):
        """Email staff; a mail failure is logged, and the stored message is not lost."""
        message = EmailMessage(
            subject=self.subject or f"Message from the {settings.SITE_NAME} contact page",
            body=self.render_email(form),
            from_email=self.from_address or None,
            to=[address.strip() for address in self.to_address.split(",")],
            reply_to=self._sender(form),
        )
        try:
            message.send()
        except OSError:  # smtplib's errors are OSErrors too
            logger.exception("Contact: could not email the message from page %s to staff", self.pk)

    def _sender(self, form):
        emails = [field.clean_name for field in self.get_form_fields() if field.field_type == "email"]
        address = form.cleaned_data.get(emails[0]) if emails else None
        return [address] if address else None
