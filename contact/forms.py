from django.core.validators import RegexValidator

from wagtail.contrib.forms.forms import FormBuilder

from accounts.honeypot import HoneypotMixin

# Staff read each message as "Label: value" lines; a line break typed into a one-line answer could forge a line
# (say, another "Your email address:").
one_line = RegexValidator(r"[\r\n\u2028\u2029]", inverse_match=True, message="Please keep this answer to one line.")


class ContactFormBuilder(FormBuilder):
    """The editor's fields, plus the hidden field that catches bots; one-line answers stay on one line."""

    def get_form_class(self):
        return type("ContactForm", (super().get_form_class(), HoneypotMixin), {})

    def create_singleline_field(self, field, options):
        form_field = super().create_singleline_field(field, options)
        form_field.validators.append(one_line)
        return form_field
