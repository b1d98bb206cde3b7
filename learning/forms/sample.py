"""The free-sample form. What people type here goes into an email sent to any address, so the name is one short
line of letters: no newlines, no links, nothing that could turn the email into someone else's message."""

import re

from django import forms
from django.core.exceptions import ValidationError

from accounts.honeypot import HoneypotMixin
from learning.models import SampleRequest

NAME_MAX_LENGTH = 40
# Letters (any alphabet) separated by spaces, hyphens, apostrophes or an initial's dot and a space ("J. Ann"): so no
# "example.com", no "http://", no line breaks.
NAME_PATTERN = re.compile(r"^[^\W\d_]+(?:(?:[ '’-]+|\. +)[^\W\d_]+)*\.?$")


def validate_plain_name(value):
    if not NAME_PATTERN.fullmatch(value):
        raise ValidationError(
            "Please type just your first name, using letters (spaces, hyphens and apostrophes are fine).",
            code="invalid_name",
        )


class SampleRequestForm(HoneypotMixin, forms.Form):
    first_name = forms.CharField(
        max_length=NAME_MAX_LENGTH,
        label="Your first name",
        validators=[validate_plain_name],
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
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
    news_consent = forms.BooleanField(
        label="Also send me occasional news (optional). I can unsubscribe at any time, with one click.",
        required=False,
    )

    def clean_first_name(self):
        return " ".join(self.cleaned_data["first_name"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()
