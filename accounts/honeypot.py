from django import forms


class HoneypotMixin(forms.Form):
    """A field people never see (hidden by CSS and from screen readers). Bots that fill in every field give
    themselves away; views then pretend all went well and store nothing."""

    website = forms.CharField(
        label="Leave this empty",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    @property
    def is_bot(self):
        return bool(self.data.get("website"))
