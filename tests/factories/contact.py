import wagtail_factories

from contact.models import ContactFormField, ContactPage

FIELDS = [
    ("Your name", "singleline", True),
    ("Your email address", "email", True),
    ("Your message", "multiline", True),
]


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact us"
    slug = "contact"
    intro = "<p>We answer within two working days.</p>"
    thank_you_text = "<p>Thank you for writing.</p>"
    to_address = "team@example.com"

    class Meta:
        model = ContactPage


def make_contact_page(home_page, **fields):
    """A published contact page under the home page, asking for a name, an email address and a message."""
    page = ContactPageFactory(parent=home_page, **fields)
    for order, (label, field_type, required) in enumerate(FIELDS):
        ContactFormField.objects.create(
            page=page, sort_order=order, label=label, field_type=field_type, required=required
        )
    return page
