from wagtail.contrib.forms.forms import FormBuilder

from accounts.honeypot import HoneypotMixin


class ContactFormBuilder(FormBuilder):
    """The editor's fields, plus the hidden field that catches bots."""

    def get_form_class(self):
        return type("ContactForm", (super().get_form_class(), HoneypotMixin), {})
