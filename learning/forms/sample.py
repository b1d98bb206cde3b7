from django import forms

from accounts.honeypot import HoneypotMixin
from learning.models import SampleRequest


class SampleRequestForm(HoneypotMixin, forms.Form):
    first_name = forms.CharField(
        max_length=80, label="Your first name", widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    email = forms.EmailField(
        label="Your email address",
        help_text="We send the link to this address.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    relationship = forms.ChoiceField(
        label="Who are you worried about? (optional)",
        choices=[("", "I'd rather not say"), *SampleRequest.Relationship.choices],
        required=False,
    )
    consent = forms.BooleanField(
        label="Yes, you may email me the sample link and occasional news. I can unsubscribe at any time.",
        error_messages={"required": "We need your permission to email you the link."},
    )

    def clean_first_name(self):
        return self.cleaned_data["first_name"].replace("\x00", "").strip()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
