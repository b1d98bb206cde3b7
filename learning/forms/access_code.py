"""The access code field, used when joining (through the membership join step) and on My learning."""

from django import forms

from learning.models.access_codes import AccessCode


def access_code_field(required):
    return forms.CharField(
        label="Access code" if required else "Access code (optional)",
        required=required,
        max_length=AccessCode._meta.get_field("code").max_length,
        help_text="If an agency or sponsor gave you a code, type it here.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
    )


class RedeemCodeForm(forms.Form):
    access_code = access_code_field(required=True)
