"""The admin form every page type uses: when something needs fixing, the message at the top names the fields."""

from django.forms.forms import NON_FIELD_ERRORS

from wagtail.admin.forms import WagtailAdminPageForm

SUMMARY = "Please check the fields listed here; each one is marked in red below."
BLOCK_ERROR = "one of its blocks needs a change (marked in red below)."


class NamedErrorsPageForm(WagtailAdminPageForm):
    """Wagtail's page form; the error banner lists each field with a problem, by the label the editor sees.

    Wagtail writes that list only when the form has an error of its own (not tied to one field), so one is added
    whenever a field has an error; a StreamField's "Validation error in StreamBlock" becomes plain words.
    """

    def full_clean(self):
        super().full_clean()
        if not self.is_bound or not self._errors or NON_FIELD_ERRORS in self._errors:
            return
        for errors in self._errors.values():
            for error in errors.data:  # ValidationErrors; a block error keeps its per-block details
                if str(getattr(error, "message", "")).startswith("Validation error in"):
                    error.message = BLOCK_ERROR
        field_errors = dict(self._errors)
        self._errors.clear()  # the summary first, then each field's errors, in the form's order
        self._errors[NON_FIELD_ERRORS] = self.error_class([SUMMARY], error_class="nonfield")
        self._errors.update(field_errors)
