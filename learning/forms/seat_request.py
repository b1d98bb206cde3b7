from django import forms

from accounts.honeypot import HoneypotMixin
from learning.models import SeatRequest


class SeatRequestForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = SeatRequest
        fields = ["email", "region", "situation"]
        labels = {
            "email": "Your email address",
            "region": "Where you live",
            "situation": "Your situation, in a few words",
        }
        help_texts = {
            "email": "We send our answer, and your invitation, to this address.",
            "region": "Your town or county and state, e.g. 'Dayton, Ohio'. Sponsors fund seats for their area.",
            "situation": "Who you are worried about and what is happening. A sentence or two is enough; "
            "please leave out names.",
        }
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "region": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "situation": forms.Textarea(attrs={"rows": 4}),
        }

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_region(self):
        return self.cleaned_data["region"].replace("\x00", "").strip()

    def clean_situation(self):
        return self.cleaned_data["situation"].replace("\x00", "").strip()
