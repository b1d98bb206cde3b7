from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.admin.forms import WagtailAdminModelForm


class ResourceAdminForm(WagtailAdminModelForm):
    """Records who checked a resource: whoever sets or changes its "last verified" date."""

    def clean_last_verified(self):
        checked = self.cleaned_data.get("last_verified")
        if checked and checked > timezone.localdate():
            raise ValidationError("The checked date cannot be in the future.")
        return checked

    def save(self, commit=True):
        if "last_verified" in self.changed_data:
            self.instance.verified_by = self.for_user if self.cleaned_data.get("last_verified") else None
        return super().save(commit=commit)
